"""The date rules for forms of modern web news (``date_web_forms``): race times, decades written
with an apostrophe, "a couple of weeks", "the 2000s" and the end of the century."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract import date_spans
from tui.extract.date_web_forms import race_time_phrase, web_form_value
from tui.extract.dates import resolve


def _facts(nlp, text, published=date(2019, 10, 14)):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published.isoformat())
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def _spans(nlp, text):
    from tui.extract import entities, repairs

    doc = nlp(text)
    _, mentions = entities.link_mentions(doc, repairs.repair_mentions(doc))
    return [doc.text[s.start:s.end] for s in date_spans.find_time_spans(doc, mentions)]


@pytest.mark.parametrize(
    ("clock", "phrase"),
    [("2:14:04", "2 hours, 14 minutes and 4 seconds"), ("0:58:07", "58 minutes and 7 seconds"),
     ("27:01:09.5", "27 hours, 1 minutes and 9 seconds"), ("3:00:00", None), ("2:14", None), ("2:61:04", None)],
)
def test_race_time_phrase_spells_out_the_length(clock, phrase):
    assert race_time_phrase(clock) == phrase


def test_race_times_are_lengths_not_times_of_day(nlp):
    text = ("Yesterday Kosgei won in 2:14:04. Cherono posted a time of 2:05:45. He was followed by "
            "Dejene Debela, 2:05:46, and Asefa Mengstu, 2:05:48. Just the previous day, Kipchoge ran in Vienna.")
    facts = _facts(nlp, text)
    assert ("2:14:04", "DURATION", "PT2H14M4S") in facts
    assert ("2:05:46", "DURATION", "PT2H5M46S") in facts and ("2:05:48", "DURATION", "PT2H5M48S") in facts
    # No race time moves the story to a day: "the previous day" is the day before yesterday's race.
    assert ("the previous day", "DATE", "2019-10-12") in facts


@pytest.mark.parametrize(
    "text",
    ["The quake struck at 02:05:46 local time.", "The signal came at 14:32:10.", "It ended at 10:32:15 p.m. on Friday.",
     "The first alert was logged 14:32:10 UTC."],
)
def test_clock_times_with_seconds_stay_moments(nlp, text):
    assert not any(kind == "DURATION" for _, kind, _ in _facts(nlp, text))


def test_a_decade_takes_its_apostrophe_and_determiner(nlp):
    text = "It is far smaller than what was there in the 2000's when the resort shut down, unlike 2010's budget."
    spans = _spans(nlp, text)
    assert "the 2000's" in spans
    assert not any(s.startswith("2010") and s.endswith("'s") for s in spans)  # a possessive year stays a year
    assert ("the 2000's", "DATE", "200") in _facts(nlp, text)


def test_a_couple_of_units_is_found_and_read(nlp):
    text = '"We made a lot of ground on where we were [in the] last couple of weeks," the coach said.'
    assert ("last couple of weeks", "DURATION", "P2W") in _facts(nlp, text)


@pytest.mark.parametrize(
    ("phrase", "today", "value"),
    [("the 2000s", None, "200"), ("the early 2000's", None, "200"), ("the end of the century", date(2023, 11, 8), "20"),
     ("the century's end", date(1998, 2, 6), "19"), ("the end of the century", None, None)],
)
def test_web_form_values(phrase, today, value):
    assert web_form_value(phrase, today) == value


def test_the_2000s_is_a_decade_and_the_1800s_a_century():
    assert resolve("the 2000s", date(2023, 11, 8)) == ("200", "decade")
    assert resolve("the 1800s", date(2023, 11, 8)) == ("18", "century")
    assert resolve("by the century’s end", date(2023, 11, 8)) == ("20", "century")


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("more than two thousand years", "P2L"), ("almost a hundred years", "P100Y"), ("two hundred days", "P200D"),
     ("a thousand years", "P1L")],
)
def test_lengths_in_hundreds_and_thousands(phrase, value):
    assert resolve(phrase, date(2019, 10, 9)) == (value, "duration")


def test_hundreds_of_years_stays_unmarked():
    assert resolve("hundreds of years", date(2019, 10, 9)) is None


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("a quarter before 11 a.m.", "2019-10-09T10:45"), ("half past 3 p.m.", "2019-10-09T15:30"), ("a quarter past 9", "2019-10-09T09:15")],
)
def test_quarter_and_half_clocks(phrase, value):
    assert resolve(phrase, date(2019, 10, 9))[0] == value


def test_a_length_ends_at_its_unit_and_a_movement_is_no_set(nlp):
    facts = _facts(nlp, "Within the first four hours 185 thousand customers were without power. "
                        "That September, the Fridays for Future movement launched. Shops close on Fridays.")
    assert ("the first four hours", "DURATION", "PT4H") in facts
    assert [(w, v) for w, t, v in facts if t == "SET"] == [("Fridays", "XXXX-WXX-5")]
