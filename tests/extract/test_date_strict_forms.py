"""Span and value rules from the news set labelled strictly by TimeBank's practice
(``date_strict_forms``, and the season and story-weekday readings of ``date_values``), each beside the
use that stays."""

from __future__ import annotations


def _facts(nlp, text, published="2007-03-05"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_a_four_digit_count_before_a_plural_is_no_year(nlp):
    assert _facts(nlp, "A survey of 1709 schoolchildren - aged 8-10 years, from 88 schools - was carried out.") == []
    assert _facts(nlp, "The army sent 2000 soldiers to the border.") == []
    assert _facts(nlp, "She won at the 2019 World Athletics Championships.") == [("2019", "DATE", "2019")]


def test_a_season_qualifying_a_noun_is_no_season_of_a_year(nlp):
    assert _facts(nlp, "More protections are needed for its summer and winter habitats.", "2019-02-02") == []
    assert _facts(nlp, "Drivers were told to fit winter tyres.", "2019-02-02") == []
    assert _facts(nlp, "Sales slowed over the summer.", "2019-09-02") == [("the summer", "DATE", "2019-SU")]


def test_a_weekday_and_its_part_of_the_day_are_one_time(nlp):
    facts = _facts(nlp, "I visited on Saturday night. I went back the next Tuesday night and there was no one there.")
    assert facts == [("Saturday night", "TIME", "2007-03-03TNI"), ("the next Tuesday night", "TIME", "2007-03-06TNI")]
    assert _facts(nlp, "I went back the next Tuesday and there was no one there.") == [("the next Tuesday", "DATE", "2007-03-06")]


def test_a_season_across_two_years_is_the_season_of_the_first(nlp):
    facts = _facts(nlp, "It is the highest count since the winter of 2006-2007.", "2019-02-02")
    assert facts == [("the winter of 2006-2007", "DATE", "2006-WI")]
    assert _facts(nlp, "It is the highest count since winter 2012-13.", "2019-02-02") == [("winter 2012-13", "DATE", "2012-WI")]


def test_a_named_day_split_from_a_deictic_one_stays_a_name(nlp):
    facts = _facts(nlp, "In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates quit.", "2020-03-06")
    assert facts == [("yesterday", "DATE", "2020-03-05"), ("Wednesday", "DATE", "2020-03-04")]
    assert _facts(nlp, "Voters went to the polls on Tuesday, officials said.", "2020-03-06") == [("Tuesday", "DATE", "2020-03-03")]


def test_a_week_of_a_month_is_the_iso_week_of_its_middle_day(nlp):
    facts = _facts(nlp, "The Olympiad took place in the first week of April at the Federal Center.", "2019-05-06")
    assert facts == [("the first week of April", "DATE", "2019-W14")]
    assert _facts(nlp, "Talks are set for the last week of March 2020.", "2019-05-06") == [
        ("the last week of March 2020", "DATE", "2020-W13")]
    assert _facts(nlp, "The Olympiad took place in April at the Federal Center.", "2019-05-06") == [("April", "DATE", "2019-04")]


def test_a_length_back_is_a_length_ago(nlp):
    assert _facts(nlp, "A few days back, his mother died after contracting the virus.", "2020-03-03") == [
        ("A few days back", "DATE", "PAST_REF")]
    assert _facts(nlp, "Two years back, the firm was sold.", "2020-03-03") == [("Two years back", "DATE", "2018")]
    assert _facts(nlp, "She spent three days back home in Ohio.", "2020-03-03") == [("three days", "DURATION", "P3D")]


def test_decades_written_with_an_apostrophe_are_decades(nlp):
    facts = _facts(nlp, "It was the blue jeans war of the late '70s and early 1980s.", "2019-06-20")
    assert facts == [("the late '70s", "DATE", "197"), ("early 1980s", "DATE", "198")]
    assert _facts(nlp, "Music of the '80s and '90s is back.", "2019-06-20") == [("the '80s", "DATE", "198"), ("'90s", "DATE", "199")]
    assert _facts(nlp, "Rock 'n' roll never dies.", "2019-06-20") == []


def test_the_day_before_an_event_set_off_by_commas_is_the_day_before(nlp):
    text = "The court rejected the suit on Friday. On Saturday, supporters rallied at the court, which rejected, the day before the rally, a suit."
    facts = _facts(nlp, text, "2020-12-15")
    assert ("the day before", "DATE", "2020-12-11") in facts
    facts = _facts(nlp, "Stocks fell on Oct. 12, the day before the plunge, analysts said.", "1989-10-20")
    assert ("Oct. 12", "DATE", "1989-10-12") in facts and ("the day", "DATE", "1989-10-12") in facts



def test_a_range_of_days_in_one_month_is_two_days(nlp):
    facts = _facts(nlp, "Spread over three days, May 24 to 26, the event featured idols.", "2019-05-31")
    assert facts == [("three days", "DURATION", "P3D"), ("May 24", "DATE", "2019-05-24"), ("26", "DATE", "2019-05-26")]
    assert _facts(nlp, "The trial ran March 4-8, 2018, in Boston.", "2019-05-31") == [
        ("March 4", "DATE", "2018-03-04"), ("8, 2018", "DATE", "2018-03-08")]
    assert _facts(nlp, "The summit runs Nov. 30 to Dec. 2 in Paris.", "2019-05-31") == [
        ("Nov. 30", "DATE", "2019-11-30"), ("Dec. 2", "DATE", "2019-12-02")]



def test_a_count_and_a_half_ago_is_the_unit_it_falls_in(nlp):
    assert _facts(nlp, "The man had converted to Islam a year-and-a-half ago.", "2019-10-05") == [
        ("a year-and-a-half ago", "DATE", "2018")]
    assert _facts(nlp, "He was hired a month and a half ago.", "2019-10-05") == [("a month and a half ago", "DATE", "2019-08")]
    assert _facts(nlp, "The talks lasted a year and a half.", "2019-10-05") == [("a year and a half", "DURATION", "P1Y6M")]


def test_the_future_with_a_capital_is_a_title(nlp):
    assert _facts(nlp, "Marty McFly from Back to the Future posed for photos.", "2019-03-29") == []
    assert _facts(nlp, "Nobody knows what the future holds.", "2019-03-29") == [("the future", "DATE", "FUTURE_REF")]
