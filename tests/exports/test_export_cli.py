"""``newsloupe export``: files and the library to stdout, a file or a directory; bad input in one line, exit 2."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from brat_reader import check_consistent

from tui.cli import exitcodes
from tui.cli.main import main
from tui.extract.serialize import from_dict, to_dict

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"
WIKINEWS = sorted((ROOT / "seeds").glob("wikinews-2019-0*.txt"))[:1]


def _one_line_error(capsys) -> str:  # type: ignore[no-untyped-def]
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and "Traceback" not in captured.err
    return lines[0]


def test_missing_article_is_one_line_exit_2(capsys, tmp_path):
    missing = tmp_path / "nope.txt"
    assert main(["export", str(missing), "--format", "jsonl"]) == exitcodes.BAD_INPUT
    assert "no such file" in _one_line_error(capsys)


@pytest.mark.parametrize("fmt", ["jsonl", "displacy", "html", "markdown", "brat"])
def test_unwritable_output_is_one_line_exit_2(capsys, tmp_path, fmt):
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main(["export", str(SEED), "--format", fmt, "-o", str(blocker / "out")])
    assert code == exitcodes.BAD_INPUT
    assert "not a directory" in _one_line_error(capsys)


def test_brat_into_an_existing_file_is_refused(capsys, tmp_path):
    target = tmp_path / "taken.ann"
    target.write_text("", encoding="utf-8")
    assert main(["export", str(SEED), "--format", "brat", "-o", str(target)]) == exitcodes.BAD_INPUT
    assert "not a directory" in _one_line_error(capsys)


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "jsonl"], "nothing to export"),
        ([str(SEED), "--all", "--format", "jsonl"], "not both"),
        ([str(SEED), "--format", "brat"], "give a directory"),
        ([str(SEED), "--format", "pdf"], "invalid choice"),
        ([str(SEED), "--db", "library.db", "--format", "jsonl"], "--db names the library for --all"),
    ],
)
def test_bad_arguments_are_one_line_exit_2(capsys, argv, message):
    assert main(["export", *argv]) == exitcodes.BAD_INPUT
    assert message in _one_line_error(capsys)


def test_all_without_a_library_is_one_line_exit_2(capsys, tmp_path):
    db = tmp_path / "absent.db"
    assert main(["export", "--all", "--db", str(db), "--format", "jsonl"]) == exitcodes.BAD_INPUT
    assert "no library" in _one_line_error(capsys)
    assert not db.exists()  # exporting never creates a library


def test_jsonl_to_stdout_round_trips(capsys, seed_analysis):
    assert main(["export", str(SEED), *map(str, WIKINEWS), "--format", "jsonl"]) == exitcodes.OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 1 + len(WIKINEWS)
    first = from_dict(json.loads(lines[0]))
    assert first.text == seed_analysis.text and first.source == str(SEED)
    assert first.mentions == seed_analysis.mentions
    # Compared in the schema: confidences are rounded there.
    assert to_dict(first)["facts"] == to_dict(seed_analysis)["facts"]


def test_displacy_several_articles_is_a_list_spacy_renders(capsys):
    from spacy import displacy

    assert main(["export", str(SEED), *map(str, WIKINEWS), "--format", "displacy"]) == exitcodes.OK
    docs = json.loads(capsys.readouterr().out)
    assert isinstance(docs, list) and len(docs) == 1 + len(WIKINEWS)
    html = displacy.render(docs, style="ent", manual=True, jupyter=False)
    assert html.count("<mark") == sum(len(d["ents"]) for d in docs)


def test_html_to_a_file(capsys, tmp_path, seed_analysis):
    out = tmp_path / "nested" / "seed.html"
    assert main(["export", str(SEED), "--format", "html", "-o", str(out)]) == exitcodes.OK
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.count("<mark") == len(seed_analysis.mentions)
    assert str(out) in capsys.readouterr().err


def test_markdown_into_a_directory_writes_one_dossier_per_article(tmp_path):
    out = tmp_path / "dossiers"
    out.mkdir()
    assert main(["export", str(SEED), *map(str, WIKINEWS), "--format", "markdown", "-o", str(out)]) == exitcodes.OK
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(f"{p.stem}.md" for p in (SEED, *WIKINEWS))
    assert (out / f"{SEED.stem}.md").read_text(encoding="utf-8").startswith("# Israel, Turkey hold talks")


def test_brat_directory_holds_consistent_pairs_and_the_conf(tmp_path):
    out = tmp_path / "brat"
    assert main(["export", str(SEED), *map(str, WIKINEWS), "--format", "brat", "-o", str(out)]) == exitcodes.OK
    files = {p.name: p.read_text(encoding="utf-8") for p in out.iterdir()}
    assert {"annotation.conf", "visual.conf"} <= set(files)
    for path in (SEED, *WIKINEWS):
        ann = check_consistent(files, path.stem)
        assert ann.textbounds


def test_all_exports_the_library_using_cached_analyses(capsys, tmp_path, nlp, seed_analysis):
    from tui.extract import ArticleInput
    from tui.library.store import Store

    db = tmp_path / "library.db"
    wikinews_text = WIKINEWS[0].read_text(encoding="utf-8")
    with Store.open(db) as store:
        seed_id = store.add_article(ArticleInput(seed_analysis.text, "Seed", "2025-03-01", "seed"))
        store.add_article(ArticleInput(wikinews_text, "Wikinews", "2019-01-04", "wikinews"))
        # A recognisable cached analysis proves the cache is read, not recomputed.
        store.put_analysis(seed_id, replace(seed_analysis, title="From the cache"))
    assert main(["export", "--all", "--db", str(db), "--format", "jsonl"]) == exitcodes.OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["title"] for r in rows] == ["From the cache", "Wikinews"]  # newest first
    assert rows[1]["text"] == wikinews_text and rows[1]["mentions"]


def test_missing_model_is_one_line_exit_3(capsys):
    code = main(["export", str(SEED), "--format", "jsonl", "--model", "xx_no_such_pipeline"])
    assert code == exitcodes.MODEL_MISSING
    assert "xx_no_such_pipeline" in _one_line_error(capsys)


def test_all_leaves_an_article_no_pipeline_reads_unanalysed_and_uncached(capsys, tmp_path, nlp, shared_dir):
    """A German page in the library: `export --all` gives its text and notice, as `index` and `extract` do,
    never the English pipeline's reading of it (which, cached, the reader and the rankings then showed)."""
    from tui.extract.model import model_info
    from tui.library.store import Store

    page = shared_dir / "data" / "web" / "pages" / "de.cointelegraph.com-CME.html"
    db = tmp_path / "library.db"
    assert main(["add", str(page), str(SEED), "--db", str(db)]) == exitcodes.OK
    capsys.readouterr()
    assert main(["export", "--all", "--db", str(db), "--format", "jsonl"]) == exitcodes.OK
    captured = capsys.readouterr()
    rows = {r["meta"].get("language"): r for r in map(json.loads, captured.out.splitlines())}
    assert rows["de"]["mentions"] == [] and rows["de"]["facts"] == [] and "Bitcoin" in rows["de"]["text"]
    assert "language 'de': no pipeline configured" in rows["de"]["meta"]["notice"]
    assert rows["en"]["mentions"]
    assert captured.err.count("language 'de'") == 1
    with Store.open(db) as store:
        german = next(r.id for r in store.articles() if "Bitcoin" in r.title)
        assert store.cached_analysis(german, model_info(nlp)) is None
        assert store.query("SELECT entity_count FROM articles WHERE id = ?", (german,))[0][0] is None


def test_index_clears_what_an_older_export_stored_for_an_article_no_pipeline_reads(capsys, tmp_path, nlp,
                                                                                 shared_dir):
    """A library where `export --all` once cached the English pipeline's reading of a German page (its
    "diese", "dem" ranked among the library's entities, its layers shown): `index` takes them out."""
    from tui.extract import analyse_many
    from tui.extract.model import model_info
    from tui.library.store import Store

    page = shared_dir / "data" / "web" / "pages" / "de.cointelegraph.com-CME.html"
    db = tmp_path / "library.db"
    assert main(["add", str(page), str(SEED), "--db", str(db)]) == exitcodes.OK
    with Store.open(db) as store:
        ids = {r.title: r.id for r in store.articles()}
        german = next(i for t, i in ids.items() if "Bitcoin" in t)
        english = next(i for t, i in ids.items() if i != german)
        for article_id in (german, english):
            store.put_analysis(article_id, next(iter(analyse_many([store.article_input(article_id)], nlp=nlp))))
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (german,))[0][0] > 0
    capsys.readouterr()
    assert main(["index", "--db", str(db), "--processes", "1"]) == exitcodes.OK
    with Store.open(db) as store:
        assert store.cached_analysis(german, model_info(nlp)) is None
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (german,))[0][0] == 0
        assert store.query("SELECT count(*) FROM fact_index WHERE article_id = ?", (german,))[0][0] == 0
        assert store.cached_analysis(english, model_info(nlp)) is not None  # the English article keeps its own
        assert store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (english,))[0][0] > 0
        assert "Bitcoin" in store.article_text(german)  # the article itself stays
