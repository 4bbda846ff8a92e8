"""Words no one said, given as quotes on real Wikinews and web pages: a pointing word as the speaker, the
interviewer's "according to you", and a clause a semicolon keeps apart from the verb after it."""

from __future__ import annotations

import csv

import pytest

from tui.extract import analyse


def _speakers(nlp, text: str) -> list[str]:
    return [f.speaker.text if f.speaker else "" for f in analyse(text, nlp=nlp).facts_of("quote")]


def _contents(nlp, text: str) -> list[str]:
    return [f.content.text for f in analyse(text, nlp=nlp).facts_of("quote")]


def _wikinews(shared_dir, year: int, title: str):
    with (shared_dir / f"data/wikinews/data/wikinews_{year}.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["title"] == title)
    return analyse(row["text"], title=row["title"], published=row["date"])


@pytest.mark.parametrize("text", [
    "The paper spoke to the Navy, who told it this was as-yet unconfirmed and noted no ransom has been sought.",
    "There is a single statistical factor for a group—just as there is for an individual—that predicts how well"
    " the group will do on a wide range of tasks.",
])
def test_a_pointing_word_never_speaks(nlp, text):
    assert not {"this", "that", "these", "those"} & {s.lower() for s in _speakers(nlp, text)}


@pytest.mark.parametrize("text, speaker", [
    ("This report said the plan would fail.", "This report"),
    ("Those who attended the meeting said the plan would fail.", "Those"),
    ("Those close to the minister said the plan would fail.", "Those close to the minister"),
])
def test_a_demonstrative_with_its_noun_or_clause_still_speaks(nlp, text, speaker):
    assert _speakers(nlp, text) == [speaker]


@pytest.mark.parametrize("text, speaker", [
    ("Bermuda was rarely hit, according to CNN who reported that only 21 hurricanes came near it.", "CNN"),
    ("The mayor, who said the plan would fail, resigned.", "The mayor"),
    ("Officials met. WHO said they are uncertain whether the infected are infectious.", "WHO"),
])
def test_who_speaks_for_the_name_before_it(nlp, text, speaker):
    assert speaker in _speakers(nlp, text) and "who" not in _speakers(nlp, text)


def test_a_who_after_no_name_speaks_for_no_one(nlp):
    text = ("Democrats are stuck with a candidate who voted for more war and who wrote some of our oppressive laws,"
            " I say, \"There is a better way for you.\"")
    assert "who" not in _speakers(nlp, text)


def test_according_to_the_interviewee_is_a_question_not_a_source(nlp):
    assert _speakers(nlp, "According to you, what is the significance of a hijab in the modern world?") == []
    assert _speakers(nlp, "According to the police, the man was arrested on Friday night.") == ["the police"]


@pytest.mark.parametrize("text", ["Let's say it is based on embodiment.", "Let’s say the plan would fail."])
def test_let_us_say_is_the_speakers_own_supposition(nlp, text):
    assert _speakers(nlp, text) == []


def test_a_clause_before_a_semicolon_is_not_what_the_next_verb_reports(nlp):
    text = "That September, the Fridays for Future movement launched; Thunberg promised protests every week."
    assert not any("movement launched" in c for c in _contents(nlp, text))
    # a clause after the verb is still its content, whatever stands before a semicolon
    assert "the plan would fail" in _contents(nlp, "Talks ended; the minister said the plan would fail.")


def test_real_reports_give_no_pointing_word_or_interviewer_as_speaker(shared_dir):
    """Wikinews 2019-2020: "this (noted)", "you (according to)" and "Greta Thunberg (promised): That
    September, the Fridays for Future movement launched" were quotes."""
    ship = _wikinews(shared_dir, 2019, "Wikinews investigates disappearance of Indonesian cargo ship Namse Bangdzod")
    assert "this" not in {f.speaker.text.lower() for f in ship.facts_of("quote") if f.speaker}
    hijab = _wikinews(shared_dir, 2020, "Zara Kay tells Wikinews about her non-profit organisation Faithless Hijabi")
    assert "you" not in {f.speaker.text.lower() for f in hijab.facts_of("quote") if f.speaker}
    humberto = _wikinews(shared_dir, 2019, "Hurricane Humberto strengthens to Category 3 while approaching Bermuda")
    assert [f.speaker.text for f in humberto.facts_of("quote") if "21 hurricanes" in f.content.text
            and f.speaker is not None and f.cue is not None and f.cue.text == "reported"] == ["CNN"]
    greta = _wikinews(shared_dir, 2019, "Greta Thunberg named 2019 Time Person of the Year")
    assert not any("movement launched" in f.content.text for f in greta.facts_of("quote"))


def test_the_economist_page_gives_no_relative_that_as_speaker(shared_dir):
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/economist.com.thinking.html")
    analysis = analyse(article.text, title=article.title, published=article.published)
    assert "that" not in {f.speaker.text.lower() for f in analysis.facts_of("quote") if f.speaker}
