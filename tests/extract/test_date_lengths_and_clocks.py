"""Lengths and times the model leaves out or misreads (``date_lengths``, ``date_durations``), on real sentences."""

from __future__ import annotations

import pytest

from tui.extract import analyse, date_lengths, date_sets, date_times


def _dates(nlp, text, published="1998-08-14"):
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analyse(text, nlp=nlp, published=published).facts_of("date")]


def test_for_some_time_and_for_a_while_are_lengths_of_no_told_size(nlp):
    doc = nlp.make_doc("Forces could stay for some time, and they will live without it for a while.")
    assert [doc.text[s.start:s.end] for s in date_lengths.add_vague_lengths(doc, [])] == ["some time", "a while"]


@pytest.mark.parametrize(
    "text",
    ["He will come at some time.", "Once in a while he calls.", "He left some time ago.", "It took a long time."],
)
def test_some_time_and_a_while_without_for_are_no_length(nlp, text):
    doc = nlp.make_doc(text)
    assert date_lengths.add_vague_lengths(doc, []) == []


def test_a_vague_length_reads_as_pxx(nlp):
    assert _dates(nlp, "American forces could be in the gulf region for some time.") == [("some time", "DURATION", "PXX")]


def test_a_wire_clock_right_before_a_weekday_is_that_days_time(nlp):
    text = "The quake struck at 4:53 a.m. Thursday (2053 Wednesday night, UTC)."
    assert ("2053 Wednesday night", "TIME", "2019-10-16T20:53") in _dates(nlp, text, "2019-10-17")
    doc = nlp.make_doc("Humberto was upgraded at 0300 Monday; the 2053 Wednesdays club met.")
    spans = date_times.read_wire_clocks_before_weekdays(doc, [])
    assert [(doc.text[s.start:s.end], s.reads_as) for s in spans] == [("0300 Monday", "03:00 Monday")]


def test_a_number_that_is_no_clock_before_a_weekday_stays_out(nlp):
    doc = nlp.make_doc("Flight 2460 Monday was late; 1975 Tuesday; and 12 2300 Friday.")
    assert [doc.text[s.start:s.end] for s in date_times.read_wire_clocks_before_weekdays(doc, [])] == ["2300 Friday"]


def test_a_clock_told_by_the_quarter_hour_is_not_split_into_a_length_and_a_time(nlp):
    text = "The mayor left his home a quarter before 11 a.m. on Thursday."
    assert ("a quarter before 11 a.m.", "TIME", "2020-07-09T10:45") in _dates(nlp, text, "2020-07-09")
    # a length before a time is still two expressions
    assert [d[0] for d in _dates(nlp, "It fell in the twenty four hours preceding 10 a.m. Friday.")] == ["the twenty four hours", "10 a.m. Friday"]


def test_local_time_belongs_to_the_clock_before_it(nlp):
    text = "The quake occurred at 7:37 p.m. local time (1137 UTC) on Wednesday; power went off at midnight local time."
    found = _dates(nlp, text, "2019-10-17")
    assert ("7:37 p.m. local time", "TIME", "2019-10-16T19:37") in found
    assert any(t == "midnight local time" and kind == "TIME" for t, kind, _ in found)
    doc = nlp.make_doc("They met at the local time office.")
    assert date_times.widen_clocks_to_local_time(doc, []) == []


def test_shortly_before_midnight_is_midnight(nlp):
    """"shortly before", "just after" are signals, left out as with a clock ("just after 7:30 a.m. EDT")."""
    assert [d[0] for d in _dates(nlp, "Pilots would strike from shortly after midnight Wednesday.", "2005-12-06")] == ["midnight Wednesday"]
    assert [d[0] for d in _dates(nlp, "He left just before noon Friday.", "2005-12-06")] == ["noon Friday"]


def test_once_a_week_is_one_set_with_its_count(nlp):
    assert _dates(nlp, "The magazine appears once a week.") == [("once a week", "SET", "P1W")]
    doc = nlp.make_doc("He was once a small wholesaler.")
    assert date_sets.widen_to_frequency_counts(doc, []) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He probably died within weeks or months of his capture.", [("weeks or months", "DURATION", "PXW")]),
        ("Many funds in recent weeks and months have been selling.", [("recent weeks and months", "DATE", "PAST_REF")]),
        ("The crisis could last months or even years.", [("months or even years", "DURATION", "PXM")]),
    ],
)
def test_two_vague_units_joined_by_or_are_one_length(nlp, text, expected):
    assert _dates(nlp, text, "1998-02-19") == expected


def test_the_verb_last_is_no_part_of_the_length_after_it(nlp):
    assert _dates(nlp, "The talks could last days.") == [("days", "DURATION", "PXD")]
    assert _dates(nlp, "In the last days of the war, he fled.")[0][0] == "the last days"


def test_a_game_clock_counting_down_is_a_length(nlp):
    text = "With Denver leading, 117-100, with 1:29 remaining, Collins tackled Smith."
    assert _dates(nlp, text, "2006-12-17") == [("1:29", "DURATION", "PT1M29S")]
    doc = nlp.make_doc("The meeting starts at 1:30 today.")
    assert date_times.read_game_clocks(doc, []) == []


def test_a_count_of_seconds_is_no_ordinal(nlp):
    assert _dates(nlp, "The 10-second blast shattered windows.") == [("10-second", "DURATION", "PT10S")]
    assert [d[2] for d in _dates(nlp, "Profit rose in the second quarter.")] == ["1998-Q2"]
    assert [d[2] for d in _dates(nlp, "Profit rose in the 1988 second quarter.")] == ["1988-Q2"]


def test_half_an_hour_later_is_the_length(nlp):
    assert _dates(nlp, "Half an hour later, police arrived.") == [("Half an hour", "DURATION", "PT30M")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The team of some 50 inspectors, for a tour likely to last over a week, left.", ("over a week", "P1W")),
        ("Russia can keep a naval base there for at least 20 more years.", ("at least 20 more years", "P20Y")),
        ("It recently achieved profitability after several quarters of losses.", ("several quarters", "PXQ")),
    ],
)
def test_lengths_the_model_leaves_out_are_found(nlp, text, expected):
    assert (expected[0], "DURATION", expected[1]) in _dates(nlp, text)


@pytest.mark.parametrize(
    "text",
    ["Three quarters of the vote went to him.", "He pays $50,000 a year.", "The man, 20 years old, fled.",
     "He hopes he will one day fly.", "In 1,500 years of history."],
)
def test_ages_fractions_rates_and_some_day_are_no_missed_length(nlp, text):
    doc = nlp.make_doc(text)
    assert date_lengths.add_missed_lengths(doc, []) == []


def test_a_length_per_day_is_a_set(nlp):
    text = "He was kept in solitary confinement at least 23 hours per day."
    assert _dates(nlp, text) == [("at least 23 hours per day", "SET", "P1D")]
    assert _dates(nlp, "The plant runs 24 hours a day.") == [("24 hours a day", "SET", "P1D")]


def test_one_day_after_a_modal_is_some_day_to_come(nlp):
    assert _dates(nlp, "Islam will one day be the second largest religion in the country.") == [("one day", "DATE", "FUTURE_REF")]
    assert _dates(nlp, "He had only been in the job one day.") == [("one day", "DURATION", "P1D")]


def test_every_with_a_decimal_count_is_a_set(nlp):
    found = _dates(nlp, "Compute has doubled roughly every 3.4 months since 2012.", "2020-01-07")
    assert found[0][1:] == ("SET", "P3.4M") and "every 3.4 months" in found[0][0]


def test_a_single_unit_after_a_word_of_length_is_found(nlp):
    doc = nlp.make_doc("It is running a month behind schedule, and the job took an hour; he earns $5 a year.")
    assert [doc.text[s.start:s.end] for s in date_lengths.add_missed_lengths(doc, [])] == ["a month", "an hour"]


def test_a_wire_clock_with_its_zone_before_a_weekday_and_part_of_day_is_one_time(nlp):
    text = "Advisory 14, released at 11:00 p.m. EDT on Sunday (0300 UTC Monday morning), placed Humberto far west."
    assert ("0300 UTC Monday morning", "TIME", "2019-09-16T03:00") in _dates(nlp, text, "2019-09-16")


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The flight lasts an hour and 45 minutes.", "an hour and 45 minutes", "PT1H45M"),
    ("He was gone for a year and two months.", "a year and two months", "P1Y2M"),
    ("The hearing lasted 2 hours 15 minutes.", "2 hours 15 minutes", "PT2H15M"),
])
def test_a_compound_length_may_count_its_first_unit_with_a(nlp, text, span, value):
    """duration.compound: "an hour and 45 minutes" is one PT1H45M, as "one hour and 45 minutes" is."""
    assert _dates(nlp, text) == [(span, "DURATION", value)]


def test_a_wire_clock_with_its_zone_is_a_time_even_where_the_model_left_it_out(nlp):
    """time.zone_clock: "at 0830 GMT", "(0735 GMT)" are times of the story's day, with their zone."""
    found = _dates(nlp, "The plane took off at 0830 GMT and landed at 1015 GMT in Nairobi.", "1998-08-08")
    assert found == [("0830 GMT", "TIME", "1998-08-08T08:30"), ("1015 GMT", "TIME", "1998-08-08T10:15")]
    found = _dates(nlp, "The explosion occurred at 10:35 a.m. (0735 GMT) near the embassy.", "1998-08-08")
    assert ("0735 GMT", "TIME", "1998-08-08T07:35") in found
    # a count before a zone-like word, or a year, is no clock
    assert _dates(nlp, "Flight 0830 UTCA landed.", "1998-08-08") == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("The talks lasted a half-hour.", "a half-hour", "PT30M"),
    ("The talks lasted a half hour.", "a half hour", "PT30M"),
    ("The strike lasted a half-day.", "a half-day", "PT12H"),
])
def test_a_half_hour_is_thirty_minutes_as_half_an_hour_is(nlp, text, span, value):
    """duration.half_unit_noun: "a half-hour" was marked by the model but read by no rule."""
    assert _dates(nlp, text) == [(span, "DURATION", value)]



def test_overnight_as_an_adverb_the_model_left_out_is_the_night_before(nlp):
    """time.overnight_adverb: "attacked the town overnight" is the night before the story's day (TNI)."""
    assert _dates(nlp, "Rebels attacked the town overnight.", "1998-02-18") == [("overnight", "TIME", "1998-02-17TNI")]


def test_a_wire_clock_takes_any_zone_of_the_table(nlp):
    """time.zone_clock reads the zones of ``time_zones``: "(0930 KST)" is a time too."""
    found = _dates(nlp, "The missile was fired at 0715 local time (2215 GMT) and landed at 0930 KST.", "2019-10-02")
    assert any(span == "0930 KST" and kind == "TIME" and value.endswith("T09:30") for span, kind, value in found), found
