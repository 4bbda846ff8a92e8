"""Named storms are events: written with their kind ("Hurricane Dorian", "Tropical Storm Barry") and by their
given name alone after it. The rule alone on hand-made mentions, then through the engine on a real report."""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.storm_names import storm_names, storms_named


def test_the_rule_runs_among_the_repairs_before_the_majority_vote():
    rules = list(repairs.RULES)
    assert rules.index(storms_named) < rules.index(repairs.majority_labels)


def test_a_storm_and_its_given_name_are_events(nlp):
    text = "Hurricane Dorian hit Abaco. Dorian then moved north, and Tropical Storm Barry formed."
    mentions = raw_mentions(text, ("Hurricane Dorian", "ORG"), ("Abaco", "GPE"), ("Dorian", "NORP"),
                            ("Storm Barry", "PERSON"))
    assert [(text[m.start : m.end], m.label) for m in storms_named(nlp(text), mentions)] == [
        ("Hurricane Dorian", "EVENT"), ("Abaco", "GPE"), ("Dorian", "EVENT"), ("Storm Barry", "EVENT")]


@pytest.mark.parametrize("text", [
    "The Storm Prediction Center issued a watch.",
    "The Hurricane Humberto Intermediate Advisory Number 25A was issued.",
    "Barry Manilow sang in Miami.",
])
def test_words_that_name_no_storm_are_left(nlp, text):
    assert not {"Prediction", "Humberto", "Barry"} & storm_names(text)
    mentions = raw_mentions(text, (text.split()[1] if text.startswith("The") else "Barry Manilow", "ORG"))
    assert storms_named(nlp(text), mentions) == mentions


def test_the_hurricane_of_a_real_report_is_no_nationality(nlp, shared_dir):
    """Wikinews, 2019-09-03: "Dorian" was tagged NORP four times, the story's first key entity a people."""
    import csv

    with (shared_dir / "data/wikinews/data/wikinews_2019.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["title"].startswith("Hurricane Dorian leaves trail"))
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
    labels = {e.name: e.label for e in analysis.entities}
    assert labels["Dorian"] == "EVENT" and labels["Hurricane Dorian"] == "EVENT"
    assert "NORP" not in {e.label for e in analysis.entities if "Dorian" in e.name}
