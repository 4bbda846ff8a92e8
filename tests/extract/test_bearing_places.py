"""A name the article places a compass point away ("75 miles north of Bermuda") is a place, at every mention.
The rule alone on hand-made mentions, then through the engine on a real report."""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.bearing_places import bearing_names, places_by_bearing


def test_the_rule_runs_among_the_repairs_before_the_majority_vote():
    rules = list(repairs.RULES)
    assert rules.index(places_by_bearing) < rules.index(repairs.majority_labels)


def test_a_name_a_bearing_away_is_a_place_at_every_mention(nlp):
    text = "Bermuda braced. The storm was 75 miles (120 kilometers) north of Bermuda Wednesday night."
    mentions = raw_mentions(text, ("Bermuda", "PERSON"), ("Bermuda", "PERSON"))
    assert [(text[m.start : m.end], m.label) for m in places_by_bearing(nlp(text), mentions)] == [
        ("Bermuda", "GPE"), ("Bermuda", "GPE")]
    assert {"Bermuda", "Bermuda Wednesday"} <= bearing_names(text)


@pytest.mark.parametrize("text, name", [
    ("Bermuda Smith spoke to the press north of the border.", "Bermuda Smith"),
    ("Jane North of Reuters said so.", "Jane North"),
    ("The town lies west of Lyon, Sarah Lyon said.", "Sarah Lyon"),
])
def test_people_no_bearing_places_are_left(nlp, text, name):
    mentions = raw_mentions(text, (name, "PERSON"))
    assert places_by_bearing(nlp(text), mentions) == mentions


def test_the_island_of_a_real_hurricane_report_is_no_person(nlp, shared_dir):
    """Wikinews, 2019-09-19: "Bermuda" was tagged PERSON at all eight mentions of Hurricane Humberto's report."""
    import csv

    with (shared_dir / "data/wikinews/data/wikinews_2019.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["title"].startswith("Hurricane Humberto strengthens"))
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
    assert [e.label for e in analysis.entities if e.name == "Bermuda"] == ["GPE"]
