"""Date resolution against the publication date, and the date facts of real articles."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from tui.extract import analyse
from tui.extract.dates import resolve

#: A Friday, so weekday arithmetic is visible.
PUBLISHED = date(2025, 3, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thursday", ("2025-03-13", "day")),
        ("on Monday", ("2025-03-10", "day")),
        ("Friday", ("2025-03-14", "day")),  # the day of publication itself
        ("last Friday", ("2025-03-07", "day")),
        ("the previous night", ("2025-03-13TNI", "time")),
        ("yesterday", ("2025-03-13", "day")),
        ("December", ("2024-12", "month")),
        ("Feb. 4, 2025", ("2025-02-04", "day")),
        ("2019", ("2019", "year")),
        ("March 2019", ("2019-03", "month")),
        ("last week", ("2025-W10", "week")),
        ("last year", ("2024", "year")),
        ("the 1990s", ("199", "decade")),
        ("two days ago", ("2025-03-12", "day")),
        ("2 p.m.", ("2025-03-14T14:00", "time")),
    ],
)
def test_resolves_against_the_publication_date(text, expected):
    assert resolve(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("late June", ("2025-06", "month")),  # undecided: the nearest June (three months ahead)
        ("mid-August", ("2025-08", "month")),  # five months ahead is nearer than seven back
        ("last March", ("2024-03", "month")),  # written in March: the March before
        ("June of this year", ("2025-06", "month")),
        ("the end of 2017", ("2017", "year")),
        ("around 8:30 p.m.", ("2025-03-14T20:30", "time")),
        ("the 13th century", ("12", "century")),
        ("the next day", ("2025-03-15", "day")),
        ("daily", ("P1D", "set")),
        ("every year", ("P1Y", "set")),
    ],
)
def test_edges_months_centuries_and_recurring(text, expected):
    assert resolve(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [("three years", "P3Y"), ("decades", "PXDE"), ("the past two weeks", "P2W"), ("twenty-five years", "P25Y"),
     ("five-hour", "PT5H"), ("a month", "P1M")],
)
def test_durations_are_lengths_not_dates(text, value):
    assert resolve(text, PUBLISHED) == (value, "duration")


@pytest.mark.parametrize("text", ["the previous night", "last week", "two days ago"])
def test_relative_dates_stay_unresolved_without_an_anchor(text):
    assert resolve(text, None) == (None, None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("Thursday", "XXXX-WXX-4"), ("December", "XXXX-12"), ("Dec. 4", "XXXX-12-04"), ("the 4th of December", "XXXX-12-04"),
     ("Friday night", "XXXX-WXX-5TNI"), ("3 p.m.", "XXXX-XX-XXT15:00"), ("Christmas", "XXXX-12-25")],
)
def test_underspecified_dates_write_unknown_parts_as_x_without_an_anchor(text, value):
    assert resolve(text, None) == (value, "unknown")


@pytest.mark.parametrize(("text", "value"), [("Feb. 4, 2025", "2025-02-04"), ("2019", "2019"), ("March 2019", "2019-03")])
def test_absolute_dates_resolve_without_an_anchor(text, value):
    assert resolve(text, None)[0] == value


@pytest.mark.parametrize("text", ["", "   ", "garbage text", "[/]", "\x1b[31m"])
def test_non_dates_never_raise(text):
    assert resolve(text, PUBLISHED) is None


def _dates(text: str, nlp, published: str | None):
    return {f.span.text: f for f in analyse(text, nlp=nlp, published=published).facts_of("date")}


def test_previous_night_is_anchored_to_the_day_named_in_its_sentence(nlp):
    text = "Jerusalem confirmed on Thursday that Israeli and Turkish officials met the previous night in Azerbaijan."
    found = _dates(text, nlp, "2025-03-17")  # a Monday: Thursday is the 13th, the night before the 12th
    assert found["Thursday"].value == "2025-03-13"
    assert found["the previous night"].value == "2025-03-12TNI"
    assert found["the previous night"].rule == "date.story_anchor"


def test_seed_without_publication_date_keeps_relative_dates_unresolved(seed_analysis):
    by_text = {f.span.text: f for f in seed_analysis.facts_of("date")}
    # Thursday of an unknown week: TimeML writes the weekday and X for the rest, and it is not placed.
    assert by_text["Thursday"].resolved is False and by_text["Thursday"].value == "XXXX-WXX-4"
    assert by_text["Feb. 4, 2025"].value == "2025-02-04"
    # The photo caption is printed twice: its date is one fact, not two.
    assert sum(f.span.text == "Feb. 4, 2025" for f in seed_analysis.facts_of("date")) == 1


def test_date_fact_offsets_index_the_text(seed_analysis):
    for fact in seed_analysis.facts_of("date"):
        assert seed_analysis.text[fact.span.start : fact.span.end] == fact.span.text
        assert fact.evidence == ((fact.span.start, fact.span.end),)


def test_wikinews_sentence_dates_resolve(nlp):
    text = "Emergencies Minister Yevgeny Zinichev arrived at the scene on Monday night, three days after the blast."
    found = _dates(text, nlp, "2019-01-04")
    assert found["Monday night"].value == "2018-12-31TNI"  # TimeML: the night of that day


def test_the_next_day_follows_the_day_told_in_the_sentence_before(nlp):
    text = "The mayor was stabbed on Sunday evening in Gdańsk. He died the next day in hospital."
    found = _dates(text, nlp, "2019-01-14")  # a Monday
    assert found["Sunday evening"].value == "2019-01-13TEV"
    assert found["the next day"].value == "2019-01-14"


def test_the_next_day_without_a_day_told_stays_unresolved(nlp):
    found = _dates(text := "He died the next day in hospital.", nlp, "2019-01-14")
    assert text and found["the next day"].resolved is False


@pytest.mark.parametrize(
    ("sentence", "mention", "rule"),
    [
        ("The photo was taken in Ankara on Feb. 4, 2025.", "Feb. 4, 2025", "date.absolute"),
        ("Jerusalem confirmed on Thursday that officials met.", "Thursday", "date.published_anchor"),
        (
            "Jerusalem confirmed on Thursday that officials met the previous night in Azerbaijan.",
            "the previous night", "date.story_anchor",
        ),
        ("Mugabe ruled Zimbabwe for 37 years.", "37 years", "date.duration"),
    ],
)
def test_date_rules_are_named(nlp, sentence, mention, rule):
    found = _dates(sentence, nlp, "2025-03-14")
    assert found[mention].rule == rule


def test_relative_date_without_publication_is_named_unanchored(nlp):
    found = _dates("Jerusalem confirmed on Thursday that officials met.", nlp, None)
    assert (found["Thursday"].rule, found["Thursday"].text) == ("date.unanchored", "Thursday = XXXX-WXX-4")
    assert found["Thursday"].granularity == "unknown" and not found["Thursday"].resolved


@given(text=st.text(max_size=40), days=st.integers(min_value=0, max_value=40000))
@settings(max_examples=300, deadline=None)
def test_resolve_never_raises_and_answers_in_shape(text, days):
    published = date(1950, 1, 1) + timedelta(days=days)
    for anchor in (published, None):
        result = resolve(text, anchor)
        assert result is None or (len(result) == 2 and (result[0] is None or isinstance(result[0], str)))


@pytest.mark.parametrize(
    ("published", "expected"),
    [("2025-03-14", date(2025, 3, 14)), ("2025-03-14T09:30:00+01:00", date(2025, 3, 14)),
     ("Fri, 14 Mar 2025 09:30:00 GMT", date(2025, 3, 14)), ("March 14, 2025", date(2025, 3, 14)),
     ("Thursday", None), ("not a date", None), (None, None),
     ("'2025-03-14T09:30'", date(2025, 3, 14)), ('"2025-03-14"', date(2025, 3, 14)), ("20250314", date(2025, 3, 14)),
     ("20250314T093000", date(2025, 3, 14)), ("2025-03-14T23:30:00-05:00", date(2025, 3, 14)), ('"March 14, 2025"', date(2025, 3, 14))],
)
def test_publication_dates_are_read_from_every_source_format(published, expected):
    from tui.extract.pipeline import parse_published

    assert parse_published(published) == expected


def test_engine_uses_the_publication_date_a_feed_gives(nlp):
    found = {f.span.text: f for f in analyse("Officials met on Thursday.", nlp=nlp, published="Fri, 14 Mar 2025 09:30:00 GMT").facts_of("date")}
    assert found["Thursday"].value == "2025-03-13"
