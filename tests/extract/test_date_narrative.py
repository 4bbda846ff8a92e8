"""Anchoring in stories told about another day: clocks with "last night", seasons, fiscal years,
narrative weekdays and months, "today" in speech reported later, clocks converted across midnight."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract import analyse
from tui.extract.date_values import Anchor, Reading, normalise

#: A Thursday.
THURSDAY = "2024-03-14"


def _values(nlp, text: str, published: str = THURSDAY) -> dict[str, str | None]:
    return {f.span.text: f.value for f in analyse(text, nlp=nlp, published=published).facts_of("date")}


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("9 p.m. last night", "2024-03-13T21:00"),
        ("last night at 9 p.m.", "2024-03-13T21:00"),
        ("11 p.m. last evening", "2024-03-13T23:00"),
        ("2 a.m. last night", "2024-03-14T02:00"),  # past midnight: the day of publication
        ("12:30 a.m. last night", "2024-03-14T00:30"),
    ],
)
def test_a_clock_with_last_night_is_on_the_night_before(phrase, value):
    """anchor.clock_last_night: the clock takes the day "last night" names, not the publication day."""
    anchor = Anchor(today=date(2024, 3, 14), story=date(2024, 3, 14), direction=-1)
    assert normalise(phrase, anchor)[0] == Reading("TIME", value)


def test_a_clock_with_last_night_in_a_sentence(nlp):
    assert _values(nlp, "The suspect was arrested at 9 p.m. last night near the station.")["9 p.m. last night"] == "2024-03-13T21:00"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Revenue for FY24 rose by a tenth.", "FY24", "2024"),
        ("The FY2023 figures were revised.", "FY2023", "2023"),
        ("The plan runs to FY 2030.", "FY 2030", "2030"),
    ],
)
def test_fiscal_years_written_short_are_their_years(nlp, sentence, expression, value):
    """date.fiscal_short: "FY24" is 2024 (TimeML gives "fiscal 1989" the year 1989)."""
    assert _values(nlp, sentence)[expression] == value


def test_a_fiscal_year_range_gives_both_ends(nlp):
    found = analyse("In FY 2012-13 the deficit grew.", nlp=nlp, published=THURSDAY).facts_of("date")
    assert [f.value for f in found] == ["2012", "2013"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Exports slowed in the autumn, the ministry said.", "the autumn", "2023-FA"),
        ("Rain fell heavily during the winter.", "the winter", "2023-WI"),
    ],
)
def test_a_season_after_a_preposition_is_found(nlp, sentence, expression, value):
    """anchor.season_after_preposition: "in the autumn" is a season, told back in the past tense."""
    assert _values(nlp, sentence)[expression] == value


@pytest.mark.parametrize(
    "sentence",
    ["The fall in prices hurt exporters.", "After the fall of Rome, trade collapsed.", "He was hurt in the fall from the ladder."],
)
def test_the_fall_as_a_drop_is_no_season(nlp, sentence):
    assert not [v for k, v in _values(nlp, sentence).items() if "fall" in k]


def test_a_local_clock_converted_across_midnight_is_on_the_day_before(nlp):
    """anchor.clock_across_midnight: "8:30 p.m. (0130 GMT Friday)" is Thursday evening."""
    found = _values(nlp, "The fire started at 8:30 p.m. (0130 GMT Friday), police said.", published="2024-03-15")
    assert found["8:30 p.m."] == "2024-03-14T20:30"
    assert found["0130 GMT Friday"] == "2024-03-15T01:30"


def test_a_weekday_with_a_zone_ahead_of_the_paper_is_the_day_after_publication(nlp):
    """anchor.zone_ahead: told in the past in a Thursday paper, a GMT or local-time Friday is the next day."""
    found = _values(nlp, "The fire started at 8:30 p.m. (0130 GMT Friday), police said.")
    assert found["0130 GMT Friday"] == "2024-03-15T01:30"
    assert found["8:30 p.m."] == "2024-03-14T20:30"
    local = _values(nlp, "The mayor was found dead, police reported Friday morning, local time (UTC+0900).")
    assert local["Friday morning"] == "2024-03-15TMO"


def test_a_converted_clock_that_names_its_own_day_keeps_it(nlp):
    found = _values(nlp, "Rebels attacked the town at 1:30 a.m. Saturday local time (1630 GMT Friday) last week.")
    assert found["1630 GMT Friday"] == "2024-03-08T16:30"
    assert _values(nlp, "The vote closed Friday evening.")["Friday evening"] == "2024-03-08TEV"  # no zone: the past reading
