"""Phrases of modern news the model leaves out or starts in the wrong place (``date_news_phrases``),
and lengths of "the past year and a half" (``date_values``), found on the blind set's dev split."""

from __future__ import annotations

from datetime import date

from tui.extract.dates import resolve


def _facts(nlp, text, published="2020-09-26"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_last_night_opening_a_paragraph_is_a_time_every_time(nlp):
    text = (
        "Mr Parish said the Lords picked up where the Commons left off.\n\n"
        "Last night, senior Tory MP Neil Parish urged the Government to compromise.\n\n"
        "Last night, a Government spokesperson said: 'We remain focused on getting trade deals.'"
    )
    facts = _facts(nlp, text)
    assert [f for f in facts if f[0] == "Last night"] == [("Last night", "TIME", "2020-09-25TNI")] * 2


def test_a_relative_period_inside_a_longer_phrase_or_a_programme_name_is_not_added(nlp):
    facts = _facts(nlp, "She spoke on CBS This Morning about the last week of June.")
    assert not any(words.startswith("This Morning") for words, _, _ in facts)
    assert [words for words, _, _ in facts if "last week" in words] == [words for words, _, _ in facts if "June" in words]  # one phrase


def test_a_fortnight_is_two_weeks(nlp):
    facts = _facts(nlp, "In a Commons debate expected within the next fortnight, MPs will vote. The talks took a fortnight.")
    assert ("the next fortnight", "DURATION", "P2W") in facts
    assert ("a fortnight", "DURATION", "P2W") in facts


def test_at_most_belongs_to_the_length(nlp):
    facts = _facts(nlp, "Most prorogations have been for at most two weeks.")
    assert facts == [("at most two weeks", "DURATION", "P2W")]


def test_the_past_year_and_a_half_is_a_length_not_last_year():
    today = date(2020, 6, 21)
    assert resolve("the past year and a half", today) == ("P1Y6M", "duration")
    assert resolve("the last year and a half", today) == ("P1Y6M", "duration")
    assert resolve("the next month and a half", today) == ("P1M2W", "duration")
    assert resolve("the past year", today) == ("2019", "year")  # unchanged: a year, as TimeBank marks it


def test_the_past_year_and_a_half_in_a_sentence(nlp):
    facts = _facts(nlp, "The chain reported 22 sold units in the past year and a half.", "2020-06-21")
    assert ("the past year and a half", "DURATION", "P1Y6M") in facts


def test_a_second_day_after_a_month_day_is_a_date_of_that_month(nlp):
    facts = _facts(nlp, "Woolworths and Coles introduced limits on March 4 and 5 respectively. The summit is on June 3 and 4 in Paris.", "2020-03-13")
    assert [f for f in facts if f[0] in {"March 4", "5", "June 3", "4"}] == [
        ("March 4", "DATE", "2020-03-04"), ("5", "DATE", "2020-03-05"), ("June 3", "DATE", "2020-06-03"), ("4", "DATE", "2020-06-04"),
    ]


def test_a_count_after_a_month_day_is_no_day(nlp):
    facts = _facts(nlp, "After the vote on March 4 and 5 people were hurt.", "2020-03-13")
    assert facts == [("March 4", "DATE", "2020-03-04")]


def test_idioms_name_no_time_but_the_days_end_does(nlp):
    assert _facts(nlp, "But at the end of the day, all of these efforts did not persuade world leaders.") == []
    assert _facts(nlp, "He had eyes that saw much beyond his years.") == []
    assert ("the end of the day", "DATE", "2020-09-26") in _facts(nlp, "Shares closed higher at the end of the day.")


def test_two_or_more_years_earlier_is_a_length_as_days_are_but_a_year_earlier_stays_the_date():
    today = date(2020, 9, 2)
    assert resolve("four years earlier", today) == ("P4Y", "duration")
    assert resolve("12 days earlier", today) == ("P12D", "duration")
    assert resolve("a year earlier", today) == ("2019", "year")  # results' comparisons, as TimeBank marks them


def test_national_days_beyond_the_us_and_uk_are_their_calendar_days(nlp):
    facts = _facts(nlp, "Mr Key promoted the campaign on Waitangi Day. Many marched on World AIDS Day.", "2015-05-07")
    assert ("Waitangi Day", "DATE", "2015-02-06") in facts
    assert ("World AIDS Day", "DATE", "2014-12-01") in facts  # looking back from May
