"""Quote facts: direct and reported speech, who said it, and the cue that says so.

Sentences come from Wikinews articles (2019-2020) and the seed article; the speaker check
accepts the speaker's own words or the name of the entity it was resolved to.
"""

from __future__ import annotations

import csv
from itertools import pairwise

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from tui.extract import QuoteFact, analyse
from tui.extract.quote_marks import find_marked_quotes, is_embedded


def quotes_of(nlp, text: str) -> list[QuoteFact]:
    return list(analyse(text, nlp=nlp).facts_of("quote"))


def find_quote(nlp, text: str, content: str) -> tuple[QuoteFact, str]:
    """The quote whose content holds ``content``, and its speaker as written plus as resolved."""
    analysis = analyse(text, nlp=nlp)
    for fact in analysis.facts_of("quote"):
        if content in fact.content.text:
            names = fact.speaker.text if fact.speaker else ""
            ent = analysis.entity(fact.speaker.entity) if fact.speaker and fact.speaker.entity else None
            return fact, f"{names} | {ent.name if ent else ''}"
    found = [f.content.text for f in analysis.facts_of("quote")]
    raise AssertionError(f"no quote holding {content!r}; found {found}")


CASES = [
    pytest.param(
        '"For my generation, Mr Robert Mugabe should be remembered for what he was to us. He was a '
        'dictator. He was ruthless.", said Ashton Bumhira, director of Youth Forum Zimbabwe.',
        "He was a dictator", "Ashton Bumhira", "said", True, id="direct-inverted-multi-sentence"),
    pytest.param(
        'Madina Bizheva won this second Olympiad. Bizheva said: "I give my victory to my mother, '
        'who inspired me to study at a neurosurgeon."',
        "I give my victory to my mother", "Bizheva", "said", True, id="direct-colon"),
    pytest.param(
        "Rouhani was speaking at the opening of Sacred Defence Week. \"The presence of foreign forces "
        "can be dangerous for the region, international waters, as well as the security of shipping "
        "lines and energy,\" he said.",
        "The presence of foreign forces", "Rouhani", "said", True, id="direct-pronoun-speaker"),
    pytest.param(
        '"It\'s a good sign", said Ryan Cloutier of the Harvard–Smithsonian Center for Astrophysics. '
        '"Overall," he continued, "the presence of water in its atmosphere certainly improves the '
        'prospect of K2-18b being a potentially habitable planet."',
        "the presence of water in its atmosphere", "Cloutier", "continued", True, id="direct-interrupted"),
    pytest.param(
        "Greek prime minister Kyriakos Mitsotakis called the border agreement \"null and void\". "
        "\"The agreement assumes that our islands, including our biggest island Crete, does not have "
        "an exclusive economic zone\", he added.",
        "The agreement assumes", "Mitsotakis", "added", True, id="direct-he-added"),
    pytest.param(
        'Trump said on Friday "I can do it if I want. I may do it." Trump also said that he would '
        "prefer to agree a solution with the opposition.",
        "I can do it if I want", "Trump", "said", True, id="direct-after-verb-no-comma"),
    pytest.param(
        "Longtime Imus in the Morning writer and performer Rob Bartlett tweeted: \"He was a rebel, an "
        "unapologetic decrier of bullshit, a harsh critic of human behavior. Rest easy Cowboy.\n\n"
        "The account for the show tweeted a farewell.",
        "He was a rebel", "Rob Bartlett", "tweeted", True, id="direct-unbalanced-runs-to-paragraph-end"),
    pytest.param(
        "A total of 39 are confirmed dead, officials told state media, adding that rescuers ended "
        "their work yesterday.",
        "rescuers ended their work yesterday", "officials", "adding", False, id="indirect-participle"),
    pytest.param(
        "The new Boeing 737 Max was not airworthy, investigators have said, and should not have taken off.",
        "was not airworthy", "investigators", "said", False, id="indirect-parenthetical-tag"),
    pytest.param(
        "Ukrainian Prime Minister Oleksiy Honcharuk filed his resignation on Friday. He said Zelensky "
        "is a model of honesty for him.",
        "Zelensky is a model of honesty", "Honcharuk", "said", False, id="indirect-pronoun"),
    pytest.param(
        "Emergency workers have indicated a homicide probe is ongoing.",
        "a homicide probe is ongoing", "Emergency workers", "indicated", False, id="indirect-misparsed-object"),
    pytest.param(
        "Tomasz Kubiak, a fire service spokesman, told Agence France-Presse the male victim is in "
        "intensive care.",
        "the male victim is in intensive care", "Tomasz Kubiak", "told", False, id="indirect-told-apposition"),
    pytest.param(
        "The Vice President, Mike Pence, said on Friday the United States faces a crisis on its southern border.",
        "the United States faces a crisis", "Mike Pence", "said", False, id="indirect-name-in-apposition"),
    pytest.param(
        "A second fire on Saturday, eighteen kilometres away in another block of flats in La Llagosta, "
        "killed another person, according to firefighters.",
        "killed another person", "firefighters", "according to", False, id="according-to-after"),
    pytest.param(
        "According to the WHO's situation report dated March 16, the virus claimed 6606 lives.",
        "the virus claimed 6606 lives", "WHO", "According to", False, id="according-to-before-source-noun"),
    pytest.param(
        "The Aviation Herald reported the failed landing was a mistake. In 2018 another aircraft "
        "confused the two airports, performing an emergency go around at \"very low height\" "
        "according to The Aviation Herald.",
        "another aircraft confused the two airports", "Aviation Herald", "according to", False,
        id="according-to-with-scare-quote"),
]


@pytest.mark.parametrize("text, content, speaker, cue, direct", CASES)
def test_quote_on_real_sentences(nlp, text, content, speaker, cue, direct):
    fact, names = find_quote(nlp, text, content)
    assert speaker in names
    assert fact.cue is not None and fact.cue.text == cue
    assert fact.direct is direct
    assert fact.content.text == text[fact.content.start : fact.content.end]


@pytest.mark.parametrize(
    "text, phrase",
    [
        pytest.param("COVID-19 was previously announced to be a \"pandemic\" by the World Health "
                     "Organization.", "pandemic", id="scare-quote-passive"),
        pytest.param("Millions don't turn up to 'storm' US airbase for extraterrestrial evidence.",
                     "storm", id="single-quoted-word"),
        pytest.param("Schiff called it \"a non-starter\" in a short interview.", "a non-starter",
                     id="scare-quote-after-non-speech-verb"),
        pytest.param("Some reports suggest a deliberate criminal act.", "criminal act",
                     id="speech-verb-without-clause"),
    ],
)
def test_scare_quotes_and_bare_objects_are_not_quotes(nlp, text, phrase):
    assert not [f for f in quotes_of(nlp, text) if phrase in f.content.text]


def test_pronoun_speaker_is_resolved_and_marked_heuristic(nlp):
    text = ("USCG Captain Monica Rochester told the press the search found nothing. "
            "\"It is never an easy decision to suspend search efforts,\" she said.")
    fact, names = find_quote(nlp, text, "It is never an easy decision")
    assert "Rochester" in names
    assert fact.heuristic
    assert fact.speaker is not None and fact.speaker.entity is not None


def test_next_quote_in_the_paragraph_keeps_the_speaker(nlp):
    text = ("\"This is probably the worst-case scenario you can possibly have,\" said Santa Barbara "
            "County Sheriff Bill Brown. \"You have a vessel that's on the open sea, that is in the "
            "middle of the night.\"")
    fact, names = find_quote(nlp, text, "You have a vessel")
    assert "Bill Brown" in names
    assert fact.rule == "quote.floating" and fact.heuristic


def test_quote_reopened_in_next_paragraph_continues(nlp):
    text = ("Ashton Bumhira, director of Youth Forum Zimbabwe, said: \"For my generation, Mr Robert "
            "Mugabe should be remembered for what he was to us.\n\n"
            "\"He was a dictator. He was ruthless. He is the author of the current economic challenges.\"")
    fact, names = find_quote(nlp, text, "He was a dictator")
    assert "Bumhira" in names
    assert fact.rule == "quote.floating"


def test_quote_paragraph_without_verb_takes_the_last_reported_speaker(nlp):
    text = ("Former Trump adviser Steve Bannon predicted Trump would run for president again in 2024.\n\n"
            "“He will be back, and he will be stronger than ever before.”")
    fact, names = find_quote(nlp, text, "He will be back")
    assert "Steve Bannon" in names
    assert fact.rule == "quote.floating" and fact.cue is None


def test_colon_at_paragraph_end_introduces_the_next_paragraph(nlp):
    text = ("Richardson provided Wikinews with the text of a message, and wrote:\n"
            "\"Please let Rocky know that if he runs with Kanye West in California I will withdraw.\"")
    fact, names = find_quote(nlp, text, "Please let Rocky know")
    assert "Richardson" in names
    assert fact.cue is not None and fact.cue.text == "wrote"


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        pytest.param("The proceedings were criticised by archbishop Monsenor Jorge Eduardo Scheinig. Calling it "
                     "a \"culture of death\" the archbishop said \"We need to pray so that in Argentina, the yes "
                     "to life is stronger than death.\"", "We need to pray", "Jorge Eduardo Scheinig",
                     id="the-archbishop-named-before"),
        pytest.param("The United States' National Institute of Allergy and Infectious Disease's director, Dr. "
                     "Anthony Fauci, said of the outbreak, \"[b]ottom line, it's going to get worse.\"",
                     "going to get worse", "Anthony Fauci", id="name-apposed-after-a-title"),
        pytest.param("Politico quoted Tim Manning, formerly a deputy administrator at FEMA, as saying \"FEMA has "
                     "an important role in coordinating the larger response to the crisis.\"",
                     "FEMA has an important role", "Tim Manning", id="quoted-someone-as-saying"),
        pytest.param("The proclamation specifically said \"the COVID-19 outbreak in the United States constitutes "
                     "a national emergency\" and said the national emergency began on March 1.",
                     "the national emergency began", "The proclamation", id="second-verb-after-a-quote"),
    ],
)
def test_speaker_found_beyond_the_plain_subject(nlp, text, content, speaker):
    fact, names = find_quote(nlp, text, content)
    assert speaker in names


@pytest.mark.parametrize(
    "text, content, wrong",
    [
        # The relative clause of speech is what was said: its subject is no name of the speaker's.
        ("A new allegation surfaced from a niece of Biden's opponent Christine O'Donnell, who claimed Biden "
         "commented on her looks.", "commented on her looks", "Biden"),
    ],
)
def test_a_name_inside_the_relative_clause_of_speech_is_not_who_spoke(nlp, text, content, wrong):
    fact, names = find_quote(nlp, text, content)
    assert fact.speaker is not None and wrong not in names.split(" | ")[1]


def test_the_statement_which_said_hagia_sophia_is_the_commissions(nlp, shared_dir):
    """Wikinews: 'They released a statement which said, "Hagia Sophia bears profound ..."' was
    attributed to "Hagia Sophia", the name the statement speaks of."""
    url = "https://en.wikinews.org//wiki/Turkey%27s_President_Erdogan_proposes_converting_Hagia_Sophia_Museum_to_mosque"
    with (shared_dir / "data/wikinews/data/wikinews_2019.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["url"] == url)
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
    (fact,) = [f for f in analysis.facts_of("quote") if "bears profound" in f.content.text]
    entity = analysis.entity(fact.speaker.entity) if fact.speaker and fact.speaker.entity else None
    assert entity is not None and "Religious Freedom" in entity.name


def test_wh_clause_after_say_is_not_speech_but_after_ask_it_is(nlp):
    assert quotes_of(nlp, "The new study explains how the bone tools were made in the cave.") == []
    fact, names = find_quote(nlp, "Reporters asked whether the minister would resign over the affair.",
                             "the minister would resign")
    assert fact.cue.text == "asked"


def test_infinitive_after_a_cue_is_not_speech(nlp):
    text = "On Wednesday, the World Health Organization declared the ongoing outbreak to be a pandemic."
    assert quotes_of(nlp, text) == []


def test_capitalised_slogan_beside_a_verb_is_not_speech(nlp):
    text = "The train had banners on it which mentioned \"International Women's Day Celebration\"."
    assert quotes_of(nlp, text) == []


def test_title_in_marks_opening_a_paragraph_is_no_quote(nlp):
    text = "“Bohemian Rhapsody” won four awards at the ceremony on Sunday."
    assert quotes_of(nlp, text) == []


def test_according_to_source_runs_to_its_comma(nlp):
    text = ("According to Windsor Locks' first selectman Chris Kervick, there were ten passengers and "
            "three crew members aboard the aircraft.")
    fact, names = find_quote(nlp, text, "there were ten passengers")
    assert fact.content.text.startswith("there were ten passengers")
    assert "Chris Kervick" in names


def test_anonymous_source_kept_as_written_without_entity(nlp):
    fact, names = find_quote(nlp, "A senior Israeli official said the talks would continue next week.",
                             "the talks would continue")
    assert fact.speaker is not None and fact.speaker.text == "A senior Israeli official"
    assert fact.speaker.entity is None


def test_passive_report_has_no_speaker_quote(nlp):
    text = "All but one of the sixteen on board died; no deaths were reported on the ground."
    assert not [f for f in quotes_of(nlp, text) if f.speaker and f.speaker.text.startswith("no deaths")]


def test_quoted_as_saying(nlp):
    fact, names = find_quote(nlp, "Defence Minister Ben Wallace was quoted as saying the troops would "
                                  "stay in Estonia.", "the troops would stay")
    assert "Ben Wallace" in names
    assert fact.rule == "quote.indirect.quoted_as"


def test_evidence_covers_speaker_cue_and_content(nlp):
    for fact in quotes_of(nlp, "Penny Sharpe said, \"The current law has meant women and doctors "
                               "have a threat of 10 years in jail.\""):
        for part in (fact.content, fact.cue, fact.speaker):
            assert part is not None
            assert any(a <= part.start and part.end <= b for a, b in fact.evidence)


# -- the seed article ---------------------------------------------------------

def _seed_quote(seed_analysis, content: str, *, cue: str | None = None) -> QuoteFact:
    for fact in seed_analysis.facts_of("quote"):
        if content in fact.content.text and (cue is None or fact.cue and fact.cue.text == cue):
            return fact
    raise AssertionError(f"no seed quote holding {content!r}")


def test_seed_red_line_attributed_to_channel_12(seed_analysis):
    fact = _seed_quote(seed_analysis, "would cross a “red line")
    assert fact.speaker.text == "Channel 12 News" and fact.speaker.entity
    assert fact.cue.text == "according to"
    assert fact.content.text.startswith("Jerusalem warned that")
    # the scare quote itself is no quote of its own
    assert not [f for f in seed_analysis.facts_of("quote") if f.content.text.strip("“”,") == "red line"]


def test_seed_official_added(seed_analysis):
    fact = _seed_quote(seed_analysis, "Any change in foreign force deployment")
    assert fact.speaker_local.text == "the official"  # the words at the cue, the evidence
    assert fact.speaker.text == "a senior Israeli official"  # who they stand for
    assert fact.cue.text == "added"
    assert not fact.content.text.endswith("the official added")


def test_seed_turkish_sources(seed_analysis):
    fact = _seed_quote(seed_analysis, "efforts were underway to build communication channels")
    assert fact.speaker.text == "Turkish sources" and fact.speaker.entity is None
    assert fact.cue.text == "said"


def test_seed_netanyahu_told_aides(seed_analysis):
    fact = _seed_quote(seed_analysis, "Israel has a limited window to act", cue="told")
    assert "Netanyahu" in fact.speaker.text
    assert seed_analysis.entity(fact.speaker.entity).name == "Benjamin Netanyahu"
    assert not fact.content.text.startswith("that")


def test_seed_according_to_arabic_language_media(seed_analysis):
    fact = [f for f in seed_analysis.facts_of("quote") if f.speaker and f.speaker.text == "Arabic-language media"]
    assert fact and fact[0].cue.text == "According to"
    assert "Western diplomatic sources" not in fact[0].content.text


def test_seed_statement_from_prime_ministers_office(seed_analysis):
    fact = _seed_quote(seed_analysis, "each side presented its regional interests")
    assert fact.speaker.text == "the Prime Minister’s Office"
    assert fact.cue.text == "According to"
    assert fact.text.startswith("the Prime Minister’s Office (according to):")


# -- quotation marks ------------------------------------------------------------

def test_unclosed_mark_runs_to_paragraph_end():
    text = "He said: “We will stay\nuntil the end.\n\nNext paragraph."
    (quote,) = find_marked_quotes(text)
    assert not quote.closed
    assert text[quote.inner_start : quote.inner_end] == "We will stay"


def test_guillemets_and_straight_marks():
    text = 'Il a dit «nous partons» et "we leave now" ensuite.'
    inner = [text[q.inner_start : q.inner_end] for q in find_marked_quotes(text)]
    assert inner == ["nous partons", "we leave now"]


def test_apostrophes_are_not_single_quotes():
    text = "Israel’s army and the children’s home said ‘we will not go back to the old ways’ today."
    inner = [text[q.inner_start : q.inner_end] for q in find_marked_quotes(text)]
    assert inner == ["we will not go back to the old ways"]


def test_embedded_marks_are_told_apart():
    text = "It would cross a “red line,” he said. Smith said: “No.”"
    first, second = find_marked_quotes(text)
    assert is_embedded(text, first) and not is_embedded(text, second)


@pytest.mark.parametrize(
    "text",
    ["", "   \n\n  ", "“”“”\"\"\"«»", "\"" * 1000, "“" + "word " * 3000, "He said: “" * 400],
    ids=["empty", "blank", "only-marks", "many-straight-marks", "never-closed", "repeated-openers"],
)
def test_odd_input_never_crashes(nlp, text):
    for fact in quotes_of(nlp, text):
        assert 0 <= fact.content.start <= fact.content.end <= len(text)


def test_mark_scanning_handles_a_huge_line():
    text = ("He said “yes” and ‘no’ and \"maybe " * 200_000)
    found = find_marked_quotes(text)
    assert found and all(q.end <= len(text) for q in found)


def test_surname_speaker_resolves_to_the_full_name(nlp):
    text = ("Israeli Prime Minister Benjamin Netanyahu met the delegation on Monday. "
            "Netanyahu said the talks had been useful and would continue next month.")
    analysis = analyse(text, nlp=nlp)
    (fact,) = [f for f in analysis.facts_of("quote") if "talks had been useful" in f.content.text]
    assert fact.speaker_local.text == "Netanyahu" and fact.speaker_rule == "surname"
    assert fact.speaker.text == "Benjamin Netanyahu"  # the mention that names him in full
    assert analysis.entity(fact.speaker.entity).name == "Benjamin Netanyahu"


def test_cli_jsonl_carries_quotes(tmp_path, capsys, nlp):
    import json

    from tui.cli.main import main

    (tmp_path / "story.txt").write_text(
        "Judge Durham Hall QC said the men \"appear not to have shown any respect for the minimum "
        "standards of decent behaviour.\"\n", encoding="utf-8")
    assert main(["extract", "--format", "jsonl", str(tmp_path)]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    quotes = [f for f in json.loads(line)["facts"] if f["kind"] == "quote"]
    assert len(quotes) == 1
    assert "Durham Hall" in quotes[0]["speaker"]["text"] and quotes[0]["cue"]["text"] == "said"
    assert "minimum standards" in quotes[0]["content"]["text"]


_PIECES = ["He said", " ", "“", "”", '"', "‘", "’", "«", "»", "\n", "\n\n", ",", ".", "we will win",
           "according to", "Smith", "told", "officials", "it’s", ":"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60))
def test_marked_quotes_are_ordered_disjoint_and_inside_their_paragraph(pieces):
    text = "".join(pieces)
    found = find_marked_quotes(text)
    for q in found:
        assert q.paragraph[0] <= q.start < q.inner_start <= q.inner_end <= q.end <= q.paragraph[1]
    doubles = [q for q in found if text[q.start] != "‘"]
    for a, b in pairwise(doubles):
        assert a.end <= b.start


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(_PIECES), max_size=40))
def test_any_mix_of_marks_and_cues_gives_well_formed_quotes(nlp, pieces):
    text = "".join(pieces)
    for fact in quotes_of(nlp, text):
        assert 0 <= fact.content.start < fact.content.end <= len(text)
        assert fact.content.text == text[fact.content.start : fact.content.end]
        if fact.cue is not None:
            assert fact.cue.text == text[fact.cue.start : fact.cue.end]


def test_a_quoted_question_keeps_its_speech_verb_after_the_marks(nlp):
    # The question mark ends the parser's sentence; "he said" after it is still the quote's cue.
    analysis = analyse("Senator John Smith spoke to reporters on Monday. \"Why would I resign over this?\" he said.",
                       nlp=nlp)
    [fact] = analysis.facts_of("quote")
    assert fact.content.text == "Why would I resign over this?" and fact.cue.text == "said"
    assert analysis.entity(fact.speaker.entity).name == "John Smith"


@pytest.mark.parametrize("text, content", [
    ("Fidan said [the talks] were useful but not enough.", "[the talks] were useful but not enough"),
    ("Smith said [the mayor] had known about the plan for weeks.", "[the mayor] had known about the plan for weeks"),
])
def test_a_reported_clause_opening_with_a_bracket_keeps_it(nlp, text, content):
    """An editor's bracket at the start of a reported clause is the clause's: the parser hangs "[" on the
    verb, outside the clause, which cut it off the quote ("the talks] were useful")."""
    (quote,) = quotes_of(nlp, text)
    assert quote.content.text == content


def test_a_bracket_is_taken_in_only_when_it_closes_inside():
    from tui.extract.quote_clauses import trimmed

    text = "said [the talks] were useful"
    assert trimmed(text, 6, len(text)) == (5, len(text))
    text = "said (in a statement) that the border would stay closed"
    start = text.index("the border")
    assert trimmed(text, start, len(text)) == (start, len(text))


@pytest.mark.parametrize("sentence, word, subordinate", [
    ("He came home every day after Archie was born.", "Archie", True),
    ("Nobody spoke because the judge had left.", "judge", True),
    # a contrast brings in the one the story goes on with
    ("Duda said the victims were young, while Brudziński wrote he had ordered checks.", "Brudziński", False),
    ("Archie was born in May.", "Archie", False),
])
def test_the_subject_of_a_clause_of_time_or_cause_is_subordinate(nlp, sentence, word, subordinate):
    from tui.extract.coref import subordinate_subject

    [token] = [t for t in nlp(sentence) if t.text == word]
    assert subordinate_subject(token) is subordinate


def test_he_after_a_clause_of_time_in_the_sentence_before_is_its_main_subject(nlp, shared_dir):
    """CNN's royal interview: "He said that every day he came home from work after Archie was born, he would
    arrive to see Meghan crying ... But he said he did not broach the topic": Harry, not the baby of the clause
    of time (named last, and a person once "her son Archie" makes him one)."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/edition.cnn.com-royal.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    [quote] = [q for q in analysis.facts_of("quote") if "did not broach the topic" in q.text]
    assert quote.speaker is not None and quote.speaker.text == "Harry"
    assert not [q.text for q in analysis.facts_of("quote") if q.speaker is not None and q.speaker.text == "Archie"]
    [told] = [e for e in analysis.facts_of("event") if e.trigger.start == quote.cue.start]  # the coreference too
    assert [a.text for a in told.actors] == ["Harry"]


@pytest.mark.parametrize("text, speaker", [
    # Wikinews: "study co-author" split by the parser into "co" and the name, both subjects of "said": five
    # quotes were "study co".
    ('"Warm water is attacking the shelves," said study co-author Karen Alley.', "Karen Alley"),
    ('"It is symbolic," said study co-author Professor Carl Lipo of Binghamton University.', "Carl Lipo"),
    ("The judge in the case, Bernard Schwartz, said the trial would go on.", "Bernard Schwartz"),
])
def test_of_two_subjects_of_a_cue_the_name_speaks(nlp, text, speaker):
    [quote] = analyse(text, nlp=nlp).facts_of("quote")
    assert quote.speaker is not None and quote.speaker.text == speaker
