"""Gold readers, the exact-span scorer and ``newsloupe eval``, on small files of each format and on GUM news."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli.main import main
from tui.evaluate.conllu import read_conllu
from tui.evaluate.gold import load_gold, read_brat, read_conll
from tui.evaluate.scoring import CONLL_MAP, GUM_MAP, Counts, parse_map, score_overlap, score_spans
from tui.evaluate.types import GoldError, GoldSpan

CONLLU = """\
# newdoc id = doc1
# global.Entity = GRP-etype-infstat-salience-centering-minspan-link-identity
# newpar
# text = Trump's aide met NATO.
1-2\tTrump's\t_\t_\t_\t_\t_\t_\t_\t_
1\tTrump\tTrump\tPROPN\tNNP\t_\t3\tnmod:poss\t_\tEntity=(1-person-new-sssss-cf1-1-coref-Donald_Trump
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\tEntity=1)
3\taide\taide\tNOUN\tNN\t_\t4\tnsubj\t_\tEntity=(2-person-new-sssss-cf1-1-sgl)
4\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_
5\tNATO\tNATO\tPROPN\tNNP\t_\t4\tobj\t_\tEntity=(3-organization-new-sssss-cf1-1-sgl-NATO)|SpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

# newpar
# text = He visited the United States.
1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\tEntity=(1-person-giv-sssss-cf1-1-coref-Donald_Trump)
2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_
3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\tEntity=(4-place-new-sssss-cf1-2-sgl-United_States
4\tUnited\tUnited\tPROPN\tNNP\t_\t5\tcompound\t_\t_
5\tStates\tStates\tPROPN\tNNP\t_\t2\tobj\t_\tEntity=4)|SpaceAfter=No
6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""

CONLL = """\
-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP I-PER
Blackburn NNP I-NP I-PER
in IN O O
New NNP B-NP B-LOC
York NNP I-NP I-LOC

-DOCSTART- -X- -X- O

Reuters NNP B-NP B-ORG
"""


def _spans(doc):
    return [(doc.text[m.start : m.end], m.label) for m in doc.mentions]


def test_conllu_rebuilds_the_text_and_keeps_named_linked_mentions(tmp_path):
    path = tmp_path / "doc.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (doc,) = read_conllu(path)
    assert doc.text == "Trump's aide met NATO.\n\nHe visited the United States."
    # No pronoun, no unlinked common noun; the possessive marker and the article are left out of the name.
    assert _spans(doc) == [("Trump", "person"), ("NATO", "organization"), ("United States", "place")]


def test_conllu_noun_phrase_spans_keep_the_article(tmp_path):
    path = tmp_path / "doc.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (doc,) = read_conllu(path, conll_spans=False)
    assert _spans(doc)[-1] == ("the United States", "place")


def test_conllu_can_keep_every_mention(tmp_path):
    path = tmp_path / "doc.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    (doc,) = read_conllu(path, named_only=False)
    assert ("He", "person") in _spans(doc) and ("aide", "person") in _spans(doc)


def test_conll_bio_reads_documents_and_iob1_runs(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    first, second = read_conll(path)
    assert first.text == "EU rejects German call .\nPeter Blackburn in New York"
    assert _spans(first) == [("EU", "ORG"), ("German", "MISC"), ("Peter Blackburn", "PER"), ("New York", "LOC")]
    assert _spans(second) == [("Reuters", "ORG")]


def test_conll_bad_tag_is_a_gold_error(tmp_path):
    path = tmp_path / "gold.conll"
    path.write_text("EU ORG\n", encoding="utf-8")
    with pytest.raises(GoldError, match="gold.conll:1"):
        read_conll(path)


def _brat(tmp_path: Path) -> Path:
    text = 'Ilham Aliyev hosted the talks in Baku. "We will meet again," Aliyev said.'
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    quote = text.index("We will")
    lines = [
        "T1\tPERSON 0 12\tIlham Aliyev",
        f"T2\tGPE {text.index('Baku')} {text.index('Baku') + 4}\tBaku",
        f"T3\tQuote {quote} {quote + 18}\tWe will meet again",
        "#1\tAnnotatorNotes T1\tpresident",
    ]
    (tmp_path / "a.ann").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path / "a.ann"


def test_brat_reads_mentions_and_quotes(tmp_path):
    (doc,) = read_brat(_brat(tmp_path))
    assert _spans(doc) == [("Ilham Aliyev", "PERSON"), ("Baku", "GPE")]
    assert [doc.text[q.start : q.end] for q in doc.quotes] == ["We will meet again"]


def test_brat_offsets_outside_the_text_are_a_gold_error(tmp_path):
    (tmp_path / "b.txt").write_text("Short.", encoding="utf-8")
    (tmp_path / "b.ann").write_text("T1\tORG 0 99\tShort.\n", encoding="utf-8")
    with pytest.raises(GoldError, match="outside the text"):
        read_brat(tmp_path / "b.ann")


def test_exact_span_scores_per_class():
    gold = [("d", [GoldSpan(0, 5, "PER"), GoldSpan(10, 14, "LOC"), GoldSpan(20, 25, "ORG")])]
    predicted = {"d": [GoldSpan(0, 5, "PERSON"), GoldSpan(10, 14, "ORG"), GoldSpan(20, 24, "ORG"), GoldSpan(30, 34, "DATE")]}
    scores = score_spans(gold, predicted, CONLL_MAP)
    assert (scores.per_class["PER"].tp, scores.per_class["LOC"].fn, scores.per_class["ORG"].fp) == (1, 1, 2)
    assert (scores.overall.tp, scores.overall.fp, scores.overall.fn) == (1, 2, 2)
    assert scores.overall.precision == pytest.approx(1 / 3) and scores.overall.recall == pytest.approx(1 / 3)


def test_a_class_can_take_several_engine_labels():
    mapping = parse_map(["place=GPE|LOC|FAC"])
    gold = [("d", [GoldSpan(0, 4, "place"), GoldSpan(5, 9, "place")])]
    scores = score_spans(gold, {"d": [GoldSpan(0, 4, "FAC"), GoldSpan(5, 9, "GPE")]}, mapping)
    assert scores.overall.f1 == 1.0


@pytest.mark.parametrize("spec", ["person", "=PERSON", "person=", "person=|"])
def test_bad_map_specs_are_refused(spec):
    with pytest.raises(ValueError):
        parse_map([spec])


def test_quote_overlap_matching_is_one_to_one():
    gold = [(0, 100), (200, 260)]
    assert score_overlap(gold, [(10, 100), (0, 90)], threshold=0.5) == Counts(tp=1, fp=1, fn=1)
    assert score_overlap(gold, [(200, 230)], threshold=0.5) == Counts(tp=1, fp=0, fn=1)
    assert score_overlap(gold, [(200, 220)], threshold=0.5) == Counts(tp=0, fp=1, fn=2)


def test_engine_beats_the_raw_model_on_gum_news(shared_dir, nlp):
    from tui.evaluate.run import evaluate

    docs = load_gold(shared_dir / "data" / "gum_news" / "dep", "conllu")
    assert len(docs) == 24
    for doc in docs:  # every gold span indexes the rebuilt text
        assert all(0 <= m.start < m.end <= len(doc.text) and doc.text[m.start : m.end].strip() for m in doc.mentions)
    result = evaluate(docs, nlp, GUM_MAP)
    assert result.ours.overall.f1 > result.raw.overall.f1
    for name, ours in result.ours.per_class.items():
        assert ours.f1 >= result.raw.per_class[name].f1, name


def test_cli_eval_json_on_conll(tmp_path, capsys):
    path = tmp_path / "gold.conll"
    path.write_text(CONLL, encoding="utf-8")
    assert main(["eval", str(path), "--format-out", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["documents"] == 2 and set(out["ours"]["per_class"]) == {"PER", "LOC", "ORG", "MISC"}
    assert out["ours"]["overall"]["tp"] + out["ours"]["overall"]["fn"] == 5  # EU, German, Peter Blackburn, New York, Reuters


def test_cli_eval_table_with_a_custom_map_and_brat_quotes(tmp_path, capsys):
    assert main(["eval", str(_brat(tmp_path)), "--map", "PERSON=PERSON", "--map", "GPE=GPE|LOC"]) == 0
    out = capsys.readouterr().out
    assert "PERSON" in out and "GPE" in out and "overall" in out and "quotes (overlap >= 0.5)" in out


@pytest.mark.parametrize(
    "args, message",
    [
        (["eval", "/no/such/gold"], "no such file"),
        (["eval", "{conll}", "--map", "PER"], "expected GOLD=OURS"),
        (["eval", "{conll}", "--format-out", "xml"], "invalid choice"),
        (["eval", "{conll}", "--quote-threshold", "0"], "quote-threshold"),
        (["eval", "{empty}"], "no gold files"),
    ],
)
def test_cli_eval_bad_input_is_one_line(tmp_path, capsys, args, message):
    conll = tmp_path / "gold.conll"
    conll.write_text(CONLL, encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    args = [a.format(conll=conll, empty=empty) for a in args]
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_the_engine_scores_perfect_precision_on_its_own_brat_export(tmp_path, nlp, seed_analysis):
    from tui.evaluate.run import evaluate
    from tui.evaluate.scoring import SPACY_MAP
    from tui.exports.brat import to_brat

    for name, content in to_brat(seed_analysis, name="seed").items():
        (tmp_path / name).write_text(content, encoding="utf-8")
    docs = load_gold(tmp_path, "brat")
    assert docs[0].text == seed_analysis.text and docs[0].quotes
    result = evaluate(docs, nlp, SPACY_MAP)
    assert result.ours.overall.precision == 1.0
    assert result.quotes is not None and result.quotes.f1 == 1.0
    # The raw model is scored on the same text and finds less of it.
    assert result.raw.overall.f1 < result.ours.overall.f1


def test_conllu_keeps_the_gold_identity(tmp_path):
    path = tmp_path / "gum.conllu"
    path.write_text(CONLLU, encoding="utf-8")
    [doc] = read_conllu(path)
    assert {doc.text[m.start : m.end]: m.identity for m in doc.mentions}["Trump"] == "Donald_Trump"


def test_identity_pairs_within_and_across_articles():
    from tui.evaluate.identity import score_identity
    from tui.evaluate.types import GoldDoc

    a = GoldDoc("a", "Donald Trump met Trump.", (GoldSpan(0, 12, "person", "Donald_Trump"), GoldSpan(17, 22, "person", "Donald_Trump")))
    b = GoldDoc("b", "Trump spoke.", (GoldSpan(0, 5, "person", "Donald_Trump"),))
    mentions = {"a": [(0, 12, "person:donald-trump"), (17, 22, "person:trump")], "b": [(0, 5, "person:trump")]}
    split = score_identity([a, b], mentions, {})
    assert (split.within.tp, split.within.fn) == (0, 1)
    assert (split.across.tp, split.across.fn) == (0, 1)
    linked = score_identity([a, b], mentions, {("a", "person:trump"): "person:donald-trump",
                                               ("b", "person:trump"): "person:donald-trump"})
    assert (linked.across.tp, linked.across.fp, linked.across.fn) == (1, 0, 0)


def test_identity_detection_is_one_to_one():
    from tui.evaluate.gold import GoldDoc
    from tui.evaluate.identity import detected_pairs

    # GUM marks the place inside the university's name; the one predicted name detects only the university.
    text = "University of Southern Indiana"
    doc = GoldDoc("a", text, (GoldSpan(0, 30, "organization", "University_of_Southern_Indiana"),
                              GoldSpan(14, 30, "place", "Southern_Indiana")))
    assert detected_pairs(doc, [(0, 30, "org:usi")]) == [("University_of_Southern_Indiana", "org:usi")]
    # "Sydney, Australia" is a mention of Sydney: the predicted "Australia" detects the nested gold one.
    text = "Sydney, Australia"
    doc = GoldDoc("b", text, (GoldSpan(0, 17, "place", "Sydney"), GoldSpan(8, 17, "place", "Australia")))
    assert detected_pairs(doc, [(0, 6, "gpe:sydney"), (8, 17, "gpe:australia")]) == [("Australia", "gpe:australia")]


def test_cli_eval_identity_on_gum_news_beats_entity_ids(shared_dir, nlp, capsys):
    from tui.evaluate.identity import evaluate_identity

    docs = load_gold(shared_dir / "data" / "gum_news" / "dep", "conllu")
    linked = evaluate_identity(docs, nlp)
    plain = evaluate_identity(docs, nlp, baseline=True)
    assert set(linked) == {"all", "dev", "check"}
    assert linked["all"].across.f1 > plain["all"].across.f1
    assert linked["all"].within.f1 >= 0.85
    assert main(["eval", str(shared_dir / "data" / "gum_news" / "dep"), "--identity", "--errors", "--format-out", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["identity"]["all"]["within"]["f1"] == round(linked["all"].within.f1, 4)
    # Both matchings side by side; the looser one never detects fewer gold mentions.
    assert set(out["matchings"]) == {"one-to-one", "best-overlap"}
    assert out["matchings"]["best-overlap"]["all"]["detected"] >= out["matchings"]["one-to-one"]["all"]["detected"]
    assert set(out["errors"]) == {f"{m} {p}" for m in ("one-to-one", "best-overlap") for p in ("dev", "check")}


def test_identity_best_overlap_matching_lets_one_name_detect_nested_ones():
    from tui.evaluate.gold import GoldDoc
    from tui.evaluate.identity import detected_pairs, score_identity
    from tui.evaluate.identity_errors import identity_errors

    text = "University of Southern Indiana"
    doc = GoldDoc("a", text, (GoldSpan(0, 30, "organization", "USI"), GoldSpan(14, 30, "place", "Southern_Indiana")))
    outer = [(0, 30, "org:usi")]
    assert detected_pairs(doc, outer, matching="best-overlap") == [("USI", "org:usi"), ("Southern_Indiana", "org:usi")]
    assert score_identity([doc], {"a": outer}, {}, matching="best-overlap").within.fp == 1
    assert score_identity([doc], {"a": outer}, {}).within.fp == 0
    [error] = [e for e in identity_errors([doc], {"a": outer}, {}, matching="best-overlap") if e.scope == "within"]
    assert (error.kind, error.key, error.pairs) == ("merged", "a org:usi", 1)
    # A mention of the place nested in the name detects it under either matching.
    both = outer + [(14, 30, "gpe:southern-indiana")]
    for matching in ("one-to-one", "best-overlap"):
        assert detected_pairs(doc, both, matching=matching) == [("USI", "org:usi"), ("Southern_Indiana", "gpe:southern-indiana")]
    with pytest.raises(ValueError):
        detected_pairs(doc, both, matching="loose")
