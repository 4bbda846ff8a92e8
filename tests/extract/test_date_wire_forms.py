"""The date rules for forms of wire news (``date_wire_forms``): Sunday papers, month pairs with
"early"/"late", a year shared by two months, "this moment" and abbreviated seconds."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract.date_wire_forms import seconds_phrase


def _facts(nlp, text, published=date(2005, 11, 10)):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published.isoformat())
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


@pytest.mark.parametrize(
    "text",
    ["The Sunday Times reported it, and the Sunday Telegraph said so.",
     "The documents were printed in the Independent on Sunday.", "He told the Mail on Sunday he was sorry."],
)
def test_a_sunday_paper_is_no_sunday(nlp, text):
    assert not any(v.startswith("2005") for _, _, v in _facts(nlp, text))


def test_a_sunday_after_a_paper_is_still_read(nlp):
    # The paper's name no longer anchors the story: the trip is the coming Sunday.
    facts = _facts(nlp, "He told the Mail on Sunday that he would go to Paris on Sunday.")
    assert facts == [("Sunday", "DATE", "2005-11-13")]
    assert ("Sunday", "DATE", "2005-11-06") in _facts(nlp, "The minister resigned on Sunday, officials said.")


def test_months_with_early_and_late_are_two_expressions(nlp):
    facts = _facts(nlp, "The Games are slated for between late November and early December in the Philippines.")
    assert ("late November", "DATE", "2005-11") in facts and ("early December", "DATE", "2005-12") in facts


@pytest.mark.parametrize(
    ("text", "first"),
    [("Talks were held from May to July 2004.", ("May", "DATE", "2004-05")),
     ("Prices rose between March and April 2003.", ("March", "DATE", "2003-03")),
     ("It was held on May 5 and June 6, 2004.", ("May 5", "DATE", "2004-05-05")),
     ("Between January and March 1999, sales fell.", ("January", "DATE", "1999-01")),
     ("Talks were held between late May and early June 2004.", ("late May", "DATE", "2004-05"))],
)
def test_the_year_written_after_a_pair_of_months_belongs_to_both(nlp, text, first):
    assert first in _facts(nlp, text)


def test_a_month_before_another_year_keeps_its_own(nlp):
    facts = _facts(nlp, "Sales fell in March, and in April 2003 the plant closed.")
    assert ("March", "DATE", "2005-03") in facts and ("April 2003", "DATE", "2003-04") in facts


def test_this_moment_is_the_present_unless_a_moment_is_named(nlp):
    assert ("this moment", "DATE", "PRESENT_REF") in _facts(nlp, "What is needed at this moment is a strong message.")
    assert not _facts(nlp, "He will never forget this moment of triumph.")


def test_abbreviated_seconds_are_lengths(nlp):
    facts = _facts(nlp, "Lun was sixth in his heat in 11.42sec, while the winner ran 10.9 sec and Ali 1min 44.5sec.")
    assert ("11.42sec", "DURATION", "PT11.42S") in facts and ("10.9 sec", "DURATION", "PT10.9S") in facts
    assert ("1min 44.5sec", "DURATION", "PT1M44.5S") in facts


@pytest.mark.parametrize(("minutes", "seconds", "phrase"), [(None, "11.42", "11.42 seconds"), ("1", "44.5", "1 minutes 44.5 seconds")])
def test_seconds_phrase(minutes, seconds, phrase):
    assert seconds_phrase(minutes, seconds) == phrase


def test_the_adjective_current_is_the_present_but_not_in_fixed_terms(nlp):
    # TimeBank marks the adjective "current" PRESENT_REF ("current fundamentals"); "current account" is a term.
    facts = _facts(nlp, "The current impasse may lead to failure, he said, citing current fundamentals.")
    assert facts == [("current", "DATE", "PRESENT_REF"), ("current", "DATE", "PRESENT_REF")]
    facts = _facts(nlp, "The current account deficit widened in the current quarter, and the current flows eased.")
    assert facts == [("the current quarter", "DATE", "2005-Q4")]


def test_holidays_the_model_left_out_are_days(nlp):
    published = date(1998, 7, 10)
    assert _facts(nlp, "The parade will be held on Bastille Day in Paris.", published) == [("Bastille Day", "DATE", "1998-07-14")]
    assert ("New Year's Day", "DATE", "1998-01-01") in _facts(nlp, "Shops were closed over Christmas and on New Year's Day.", published)
    assert _facts(nlp, "Pilgrims gathered on Good Friday in Jerusalem.", published) == [("Good Friday", "DATE", "1998-04-10")]


@pytest.mark.parametrize(
    "text",
    ["The Good Friday agreement was signed by both sides.", "The ship reached Easter Island.",
     "Rallies marked International Women's Day."],
)
def test_names_after_a_holiday_and_observances_are_no_days(nlp, text):
    assert _facts(nlp, text, date(1998, 7, 10)) == []


def test_the_following_weekday_reads_from_the_story(nlp):
    published = date(1998, 2, 12)
    facts = _facts(nlp, "Annan will fly to Baghdad on Feb. 20 and return the following Monday.", published)
    assert ("the following Monday", "DATE", "1998-02-23") in facts
    facts = _facts(nlp, "He arrived on Feb. 2. The following Tuesday, he left.", published)
    assert ("The following Tuesday", "DATE", "1998-02-03") in facts


def test_at_present_is_the_present_but_present_levels_are_not(nlp):
    assert _facts(nlp, "At present there are 40 troops, he said.") == [("present", "DATE", "PRESENT_REF")]
    assert _facts(nlp, "Prices at present levels are too high.") == []
    assert _facts(nlp, "He gave a present at the party.") == []
