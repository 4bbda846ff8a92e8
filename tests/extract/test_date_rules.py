"""Each named date rule on its own: values (``date_values``), spans (``date_spans``), anchors (``date_anchors``)."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract import date_spans
from tui.extract.date_anchors import BACK, FORWARD, UNDECIDED, StoryTrail, direction
from tui.extract.date_calendar import date_label, placeable, sort_key
from tui.extract.date_values import VALUE_RULES, Anchor, Reading, normalise
from tui.extract.date_words import clean

#: Friday 22 March 2013: the TempEval-3 platinum era, a weekday that shows the arithmetic.
FRIDAY = date(2013, 3, 22)
NOW = Anchor(today=FRIDAY, story=FRIDAY)
BACKWARD = Anchor(today=FRIDAY, story=FRIDAY, direction=-1)
AHEAD = Anchor(today=FRIDAY, story=FRIDAY, direction=1)
STORY = Anchor(today=FRIDAY, story=date(2013, 3, 12), story_value="2013-03-12")
RESULTS = Anchor(today=date(1989, 10, 30), story=date(1989, 10, 30), story_value="1989-Q3")

#: (rule, text, anchor, type, value): at least one case per rule in VALUE_RULES.
CASES = [
    ("ref.present", "now", NOW, "DATE", "PRESENT_REF"),
    ("ref.present", "currently", NOW, "DATE", "PRESENT_REF"),
    ("ref.past", "the past", NOW, "DATE", "PAST_REF"),
    ("ref.past", "recently", NOW, "DATE", "PAST_REF"),
    ("ref.future", "the near future", NOW, "DATE", "FUTURE_REF"),
    ("ref.future", "the coming days", NOW, "DATE", "FUTURE_REF"),
    ("ref.future", "the days ahead", NOW, "DATE", "FUTURE_REF"),
    ("ref.future", "the years ahead", NOW, "DATE", "FUTURE_REF"),
    ("ref.future", "a later date", NOW, "DATE", "FUTURE_REF"),
    ("duration.fuzzy", "the coming weeks", NOW, "DURATION", "PXW"),  # TimeBank: weeks stay a length
    ("duration.units_ago", "months ago", NOW, "DURATION", "PXM"),
    ("duration.units_ago", "just weeks ago", NOW, "DURATION", "PXW"),
    ("ref.past", "years ago", NOW, "DATE", "PAST_REF"),
    ("duration.each_of_the_last", "each of the past three years", NOW, "DURATION", "P3Y"),
    ("duration.half_unit_noun", "a half-hour", NOW, "DURATION", "PT30M"),
    ("duration.digit_range", "4-5 years", NOW, "DURATION", "P4Y"),
    ("duration.digit_range", "3\u20134 hours", NOW, "DURATION", "PT3H"),
    ("duration.digit_range", "30+ years", NOW, "DURATION", "P30Y"),
    ("duration.fuzzy", "the weeks ahead", NOW, "DURATION", "PXW"),
    ("set.word", "daily", NOW, "SET", "P1D"),
    ("date.web_form", "the early 2000s", NOW, "DATE", "200"),
    ("date.web_form", "the end of the century", NOW, "DATE", "20"),
    ("duration.large_count", "more than two thousand years", NOW, "DURATION", "P2L"),
    ("set.every_weekday", "every Sunday", NOW, "SET", "XXXX-WXX-7"),
    ("set.weekday_plural", "Tuesday nights", NOW, "SET", "XXXX-WXX-2TNI"),
    ("set.every_month", "each July", NOW, "SET", "XXXX-07"),
    ("set.every_unit", "every week", NOW, "SET", "P1W"),
    ("set.every_part_of_day", "every morning", NOW, "SET", "XXXX-XX-XXTMO"),
    ("set.every_part_of_day", "each night", NOW, "SET", "XXXX-XX-XXTNI"),
    ("set.weekends", "every weekend", NOW, "SET", "XXXX-WXX-WE"),
    ("set.weekends", "weekends", NOW, "SET", "XXXX-WXX-WE"),
    ("set.counted_seasons", "the past three summers", NOW, "SET", "XXXX-SU"),  # TimeBank: each summer, not a stretch
    ("set.counted_seasons", "the last two winters", NOW, "SET", "XXXX-WI"),
    ("set.every_other_weekday", "every other Saturday", NOW, "SET", "XXXX-WXX-6"),
    ("set.unit_after_unit", "year after year", NOW, "SET", "P1Y"),
    ("set.unit_after_unit", "night after night", NOW, "SET", "P1D"),
    ("duration.fortnight", "a fortnight", NOW, "DURATION", "P2W"),
    ("duration.more_units", "at least 20 more years", NOW, "DURATION", "P20Y"),
    ("duration.more_units", "an additional year", NOW, "DURATION", "P1Y"),
    ("duration.more_units", "another year", NOW, "DURATION", "P1Y"),
    ("duration.more_units", "more years", NOW, "DURATION", "PXY"),
    ("duration.period", "a three-year period", NOW, "DURATION", "P3Y"),
    ("duration.period", "one-year term", NOW, "DURATION", "P1Y"),
    ("duration.units_long", "months-long", NOW, "DURATION", "PXM"),
    ("duration.unit_long", "yearlong", NOW, "DURATION", "P1Y"),
    ("duration.unit_long", "an hour-long", NOW, "DURATION", "PT1H"),
    ("duration.quarter_century", "a quarter of a century", NOW, "DURATION", "P25Y"),
    ("duration.count", "a century and a half", NOW, "DURATION", "P150Y"),
    ("duration.units_long", "minutes-long", NOW, "DURATION", "PTXM"),
    ("duration.count", "two-and-a-half years", NOW, "DURATION", "P2Y6M"),
    ("set.every_few", "every few years", NOW, "SET", "PXY"),
    ("duration.compound", "two hours and 30 minutes", NOW, "DURATION", "PT2H30M"),
    ("duration.compound", "11 days, 19 hours and 48 minutes", NOW, "DURATION", "P11DT19H48M"),
    ("set.every_unit", "every other year", NOW, "SET", "P2Y"),
    ("set.every_season", "each summer", NOW, "SET", "XXXX-SU"),
    ("set.frequency", "twice a week", NOW, "SET", "P1W"),
    ("set.frequency", "three times a day", NOW, "SET", "P1D"),
    # the calendar parser takes "May" for the verb; the year is told from the publication date
    ("date.month_of_relative_year", "May last year", NOW, "DATE", "2012-05"),
    ("date.month_of_relative_year", "mid-May of next year", NOW, "DATE", "2014-05"),
    ("date.month_of_relative_year", "March 3 this year", NOW, "DATE", "2013-03-03"),
    ("duration.part_century", "the past half-century", NOW, "DURATION", "P50Y"),
    ("duration.part_century", "a quarter century", NOW, "DURATION", "P25Y"),
    ("date.ago", "two years ago", NOW, "DATE", "2011"),
    ("date.ago", "three days ago", NOW, "DATE", "2013-03-19"),
    ("date.ago", "ten years back", NOW, "DATE", "2003"),
    ("duration.short_shift", "three days later", NOW, "DURATION", "P3D"),
    ("duration.short_shift", "hours later", NOW, "DURATION", "PTXH"),  # no count told: X, not 1
    ("duration.fuzzy_shift", "some months later", STORY, "DURATION", "PXM"),  # not a month after the story's day
    ("duration.fuzzy_shift", "a few years earlier", STORY, "DURATION", "PXY"),
    ("date.story_shift", "a year earlier", STORY, "DATE", "2012"),
    ("date.story_shift", "a year earlier", RESULTS, "DATE", "1988-Q3"),
    # a told length and its signal: TimeML marks the length (TimeBank "Three days later", "twenty years after")
    ("duration.vague", "some time", NOW, "DURATION", "PXX"),
    ("set.every_unit", "roughly every 3.4 months", NOW, "SET", "P3.4M"),
    ("duration.unit_alternatives", "weeks or months", NOW, "DURATION", "PXW"),
    ("ref.past", "recent weeks and months", NOW, "DATE", "PAST_REF"),
    ("duration.vague", "a while", NOW, "DURATION", "PXX"),
    ("duration.counted_shift", "ten years later", Anchor(today=FRIDAY, story=date(1965, 3, 18), story_value="1965-03-18"), "DURATION", "P10Y"),
    ("duration.counted_shift", "Forty years later", NOW, "DURATION", "P40Y"),
    ("duration.counted_shift", "exactly a year later", STORY, "DURATION", "P1Y"),
    ("duration.counted_shift", "more than two decades earlier", NOW, "DURATION", "P20Y"),
    ("duration.counted_shift", "two and a half years later", NOW, "DURATION", "P2Y6M"),
    # ... but "a year earlier" in results is the period compared with, and "a month earlier" too
    ("date.story_shift", "a month earlier", STORY, "DATE", "2013-02"),  # one unit before: the date it compares with
    ("duration.counted_shift", "two months earlier", STORY, "DURATION", "P2M"),  # a count of two or more is a length
    ("date.story_adjacent", "the next day", STORY, "DATE", "2013-03-13"),
    ("date.story_adjacent", "the previous day", STORY, "DATE", "2013-03-11"),
    # a part of a day is a TIME, as "last night" is (2013-03-21TNI)
    ("date.story_adjacent_part", "the previous night", STORY, "TIME", "2013-03-11TNI"),
    ("date.story_adjacent_part", "the next morning", STORY, "TIME", "2013-03-13TMO"),
    ("date.day_word_shift", "the day before yesterday", NOW, "DATE", "2013-03-20"),
    ("date.hundreds", "the 1800s", NOW, "DATE", "18"),  # the century, not the decade 1800-1809
    ("date.hundreds", "the early 1900s", NOW, "DATE", "19"),
    ("date.current_year", "the beginning of the year", NOW, "DATE", "2013"),
    ("date.year_end", "year-end", BACKWARD, "DATE", "2012-12-31"),
    ("date.compared_quarter", "the year-ago third quarter", RESULTS, "DATE", "1988-Q3"),
    ("date.compared_quarter", "the same quarter last year", RESULTS, "DATE", "1988-Q3"),
    ("date.compared_quarter", "the quarter a year ago", NOW, "DATE", "2011-Q4"),  # the last full quarter (2012-Q4), a year before
    ("date.year_end", "the end of the year", AHEAD, "DATE", "2013"),
    ("date.this_week", "earlier in the week", NOW, "DATE", "2013-W12"),
    ("date.numeric", "2013/03/21", NOW, "DATE", "2013-03-21"),
    # on a Friday, "this past weekend" is last week's and "the coming weekend" tomorrow's
    ("date.weekend", "this past weekend", NOW, "DATE", "2013-W11-WE"),
    ("date.weekend", "this coming weekend", NOW, "DATE", "2013-W12-WE"),
    # told in the past on a weekday, "this weekend" is the one just gone
    ("date.weekend", "this weekend", Anchor(today=date(2019, 7, 23), direction=-1), "DATE", "2019-W29-WE"),
    ("date.relative_unit", "the coming weekend", NOW, "DATE", "2013-W12-WE"),
    ("date.story_weekday", "the previous Friday", STORY, "DATE", "2013-03-08"),
    ("date.story_part", "the morning", STORY, "TIME", "2013-03-12TMO"),
    ("date.story_part", "mid-afternoon", STORY, "TIME", "2013-03-12TAF"),
    ("calendar", "midnight", STORY, "TIME", "2013-03-12T24:00"),  # a clock time, not "mid" + "night"
    ("calendar", "midday", STORY, "TIME", "2013-03-12T12:00"),
    ("date.year_earlier", "year-earlier", RESULTS, "DATE", "1988-Q3"),
    ("date.that_unit", "that day", STORY, "DATE", "2013-03-12"),
    # "in 1988 ... later that year": the year last told, though the last day told was another year's
    ("date.that_unit", "later that year", Anchor(today=FRIDAY, story=FRIDAY, story_value="1988"), "DATE", "1988"),
    ("date.that_unit", "that month", Anchor(today=FRIDAY, story=FRIDAY, story_value="2011-06"), "DATE", "2011-06"),
    ("date.in_the_day", "later in the day", STORY, "DATE", "2013-03-12"),
    ("date.day_word", "yesterday", NOW, "DATE", "2013-03-21"),
    ("date.day_word", "tomorrow morning", NOW, "TIME", "2013-03-23TMO"),
    ("date.last_night", "last night", NOW, "TIME", "2013-03-21TNI"),
    ("time.overnight", "overnight", STORY, "TIME", "2013-03-11TNI"),
    ("date.part_day_word", "mid-afternoon yesterday", NOW, "TIME", "2013-03-21TAF"),
    ("date.day_word", "late yesterday afternoon", NOW, "TIME", "2013-03-21TAF"),
    ("date.ago", "a week or so ago", NOW, "DATE", "2013-W11"),
    ("date.this_part", "this afternoon", NOW, "TIME", "2013-03-22TAF"),
    ("date.relative_weekday", "last Friday", NOW, "DATE", "2013-03-15"),
    ("date.relative_weekday", "next Monday", NOW, "DATE", "2013-03-25"),
    ("date.relative_month", "last March", NOW, "DATE", "2012-03"),
    ("date.relative_month", "last February", NOW, "DATE", "2012-02"),  # the month just gone would be "last month"
    ("date.relative_month", "last January", NOW, "DATE", "2013-01"),
    ("date.season", "last summer", NOW, "DATE", "2012-SU"),
    ("date.season", "summer 2012", NOW, "DATE", "2012-SU"),
    ("date.quarter", "the first quarter", NOW, "DATE", "2013-Q1"),
    ("date.quarter", "third-quarter", RESULTS, "DATE", "1989-Q3"),
    ("date.quarter", "the fourth quarter", BACKWARD, "DATE", "2012-Q4"),
    ("date.quarter", "the fourth quarter of last year", NOW, "DATE", "2012-Q4"),
    ("date.quarter", "the first quarter of next year", NOW, "DATE", "2014-Q1"),
    ("date.story_adjacent", "the previous quarter", RESULTS, "DATE", "1989-Q2"),  # the quarter before the one told
    ("date.half", "the second half of the year", NOW, "DATE", "2013-H2"),
    ("date.season", "winter 2012-13", NOW, "DATE", "2012-WI"),
    ("date.year", "FY2013", NOW, "DATE", "2013"),
    ("date.quarter_q", "Q1 2013", NOW, "DATE", "2013-Q1"),
    ("date.current_quarter", "the current quarter", NOW, "DATE", "2013-Q1"),
    ("date.current_year", "the fiscal year", NOW, "DATE", "2013"),
    ("date.this_month", "the end of the month", NOW, "DATE", "2013-03"),
    ("date.weekend", "this weekend", NOW, "DATE", "2013-W12-WE"),
    ("date.this_month", "earlier in the month", NOW, "DATE", "2013-03"),
    ("date.this_week", "later in the week", NOW, "DATE", "2013-W12"),
    ("date.weekend", "this past weekend", Anchor(today=date(2013, 3, 25), story=date(2013, 3, 25)), "DATE", "2013-W12-WE"),
    ("date.the_quarter", "the quarter", RESULTS, "DATE", "1989-Q3"),
    ("date.half", "the first half of 2013", NOW, "DATE", "2013-H1"),
    ("date.half", "the last half of 1989", NOW, "DATE", "1989-H2"),
    ("date.half", "the second half of next year", NOW, "DATE", "2014-H2"),
    ("date.relative_unit", "last week", NOW, "DATE", "2013-W11"),
    ("date.relative_unit", "next month", NOW, "DATE", "2013-04"),
    ("date.relative_unit", "earlier this year", NOW, "DATE", "2013"),
    ("date.relative_decade", "the last decade", NOW, "DATE", "200"),
    ("date.week_of_month", "the first week of april", NOW, "DATE", "2013-W14"),
    ("date.half_units_ago", "a year and a half ago", NOW, "DATE", "2011"),
    ("date.relative_century", "this century", NOW, "DATE", "20"),
    ("date.decade", "the 1990s", NOW, "DATE", "199"),
    ("date.decade", "the mid-'80s", NOW, "DATE", "198"),
    ("date.decade_words", "the nineties", NOW, "DATE", "199"),
    ("date.century", "the 20th century", NOW, "DATE", "19"),
    ("date.fiscal_short", "FY14", NOW, "DATE", "2014"),
    ("date.fiscal_short", "fiscal 99", NOW, "DATE", "1999"),
    ("date.year", "2012", NOW, "DATE", "2012"),
    ("date.year", "nineteen ninety-six", NOW, "DATE", "1996"),
    ("date.year", "fiscal 1989", NOW, "DATE", "1989"),
    ("date.numeric", "2025-02-04", NOW, "DATE", "2025-02-04"),
    ("duration.count", "five years", NOW, "DURATION", "P5Y"),
    ("duration.count", "two hours", NOW, "DURATION", "PT2H"),
    ("duration.count", "2 1/2 years", NOW, "DURATION", "P2Y6M"),
    ("duration.count", "a few days", NOW, "DURATION", "PXD"),
    ("duration.count", "the first nine months", NOW, "DURATION", "P9M"),
    ("duration.count", "16-hour", NOW, "DURATION", "PT16H"),
    ("duration.fuzzy", "weeks", NOW, "DURATION", "PXW"),
    ("calendar", "Feb. 4, 2025", NOW, "DATE", "2025-02-04"),
    ("calendar", "Thursday", NOW, "DATE", "2013-03-21"),
    ("calendar", "Monday", AHEAD, "DATE", "2013-03-25"),
    # undecided: on or before the publication day, even one day ahead (news tells the days past)
    ("calendar", "Saturday", NOW, "DATE", "2013-03-16"),
    ("calendar", "Saturday night", NOW, "TIME", "2013-03-16TNI"),
    ("calendar", "Wednesday afternoon", BACKWARD, "TIME", "2013-03-20TAF"),
    # a clock time is on the story's day; told in the past, never after publication
    ("calendar", "3 p.m.", STORY, "TIME", "2013-03-12T15:00"),
    ("calendar", "3 p.m.", Anchor(today=FRIDAY, story=date(2013, 3, 25), direction=-1), "TIME", "2013-03-22T15:00"),
    ("calendar", "9:30 p.m.", Anchor(today=FRIDAY, story=date(2013, 3, 25), direction=1), "TIME", "2013-03-25T21:30"),
    ("calendar", "April 7", AHEAD, "DATE", "2013-04-07"),
    ("calendar", "June", NOW, "DATE", "2013-06"),
    ("calendar", "December", NOW, "DATE", "2012-12"),
    ("calendar", "December", AHEAD, "DATE", "2013-12"),
    # undecided months lean back: March in an October article is this year's, January next year's
    ("calendar", "March", Anchor(today=date(1989, 10, 30), story=date(1989, 10, 30)), "DATE", "1989-03"),
    ("calendar", "January", Anchor(today=date(1989, 10, 30), story=date(1989, 10, 30)), "DATE", "1990-01"),
    ("calendar", "15:00 GMT Saturday", AHEAD, "TIME", "2013-03-23T15:00"),
    ("calendar", "0930 UTC", NOW, "TIME", "2013-03-22T09:30"),
    ("calendar", "Thursday evening", NOW, "TIME", "2013-03-21TEV"),
    ("date.month_of_relative_year", "July last year", NOW, "DATE", "2012-07"),
    ("calendar", "Tuesday next week", NOW, "DATE", "2013-03-26"),
    ("date.week_of", "the week of March 11", NOW, "DATE", "2013-W11"),
    ("date.day_of_month", "the 15th", BACKWARD, "DATE", "2013-03-15"),
    ("date.day_of_month", "Friday the 29th", NOW, "DATE", "2013-03-29"),  # the month whose 29th is a Friday
    ("date.day_of_month", "the 2nd", AHEAD, "DATE", "2013-04-02"),
    ("calendar", "March '09", NOW, "DATE", "2009-03"),  # a two-digit year: the century that keeps it near publication
    ("date.season", "spring '98", NOW, "DATE", "1998-SP"),  # that week's Tuesday, not the last one
    ("date.story_shift", "the day after", STORY, "DATE", "2013-03-13"),  # as "the day before": a day, not a length
    ("absolute_fallback", "2/4/2025", NOW, "DATE", "2025-02-04"),
    ("date.holiday", "Christmas", NOW, "DATE", "XXXX-12-25"),  # months away with no tense: Christmas in general
    ("date.holiday", "Christmas", BACKWARD, "DATE", "2012-12-25"),
    ("date.holiday", "Christmas", AHEAD, "DATE", "2013-12-25"),
    ("date.holiday", "Easter", NOW, "DATE", "2013-03-31"),  # nine days ahead
    ("date.holiday", "last Thanksgiving", NOW, "DATE", "2012-11-22"),
    ("date.holiday", "Labor Day 2019", NOW, "DATE", "2019-09-02"),
    ("duration.half_unit", "half an hour", NOW, "DURATION", "PT30M"),
    ("duration.half_unit", "about half a century", NOW, "DURATION", "P50Y"),
    ("date.from_now", "two years from now", NOW, "DATE", "2015"),
    ("date.from_now", "a week from today", NOW, "DATE", "2013-W13"),
    ("date.this_week", "the end of the week", NOW, "DATE", "2013-W12"),
    ("set.every_unit", "per year", NOW, "SET", "P1Y"),  # "$50,000 a year" reads as "per year"
]


@pytest.mark.parametrize(("rule", "text", "anchor", "kind", "value"), CASES, ids=[f"{c[0]}:{c[1]}" for c in CASES])
def test_value_rule(rule, text, anchor, kind, value):
    assert normalise(text, anchor) == (Reading(kind, value), rule)


def test_every_value_rule_has_a_case():
    assert {name for name, _, _ in VALUE_RULES} <= {case[0] for case in CASES}


@pytest.mark.parametrize("text", ["53", "the 99th", "$5", "garbage", "", "the second half", "\x1b[31m"])
def test_non_dates_get_no_value(text):
    result = normalise(text, NOW)
    assert result is None or result[0].value is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Nineteen ninety-six", "1996"), ("the year two thousand", "the year 2000"), ("twenty four hours", "24 hours"),
     ("March eighth", "march 8th"), ("the first nine months", "the 1st 9 months"), ("a couple of years", "2 years"),
     ("the last couple of weeks", "the last 2 weeks"), ("three-four months", "3 to 4 months"), ("a couple of people", "a couple of people")],
)
def test_clean_writes_number_words_as_digits(text, expected):
    assert clean(text) == expected


# -- spans -------------------------------------------------------------------------------------
def _spans(nlp, text):
    from tui.extract import entities, repairs

    doc = nlp(text)
    _, mentions = entities.link_mentions(doc, repairs.repair_mentions(doc))
    return doc, date_spans.find_time_spans(doc, mentions)


def _texts(doc, spans):
    return [doc.text[s.start:s.end] for s in spans]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Pawel Adamowicz, 53, was stabbed on Sunday.", ["Sunday"], ["53"]),
        ("The 53-year-old mayor died aged 53 in 2019.", ["2019"], ["53-year-old", "aged 53"]),
        ("The company now pays a quarterly dividend.", ["now"], ["quarterly"]),
        ("Prices have risen recently, and the future is unclear.", ["recently", "the future"], []),
        ("It was a two-year project, and the bus runs daily.", ["two-year", "daily"], []),
        ("Profit rose in the quarter ended Sept. 30.", ["the quarter", "Sept. 30"], []),
        ("The quake struck at 0930 UTC.", ["0930 UTC"], []),
        ("The 2017-18 season was his last.", ["2017", "18"], []),
        ("Crews meet twice a week, and the board three times a year.", ["twice a week", "three times a year"], []),
        ("Police arrived at 3 p.m. and left.", ["3 p.m."], ["3 p.m"]),
        ("Good evening from Havana. He spoke on the morning talk show.", [], ["evening", "the morning"]),
        # ages in any unit and fractions are no lengths of time
        ("An eleven-month-old boy was rescued after 30 hours.", ["30 hours"], ["eleven-month-old", "eleven-month"]),
        ("About a quarter of the staff left in the third quarter.", ["the third quarter"], ["About a quarter"]),
        ("The storm struck the coast a week ago.", ["a week ago"], ["the coast a week ago"]),
    ],
)
def test_span_rules_find_times_and_drop_non_times(nlp, text, present, absent):
    doc, spans = _spans(nlp, text)
    found = _texts(doc, spans)
    for words in present:
        assert words in found
    for words in absent:
        assert words not in found


def test_trim_prepositions_leaves_timeml_extents(nlp):
    doc = nlp.make_doc("He left in 1998 and came back since Monday.")
    spans = [date_spans.TimeSpan(8, 15), date_spans.TimeSpan(30, 42)]
    assert _texts(doc, date_spans.trim_prepositions(doc, spans)) == ["1998", "Monday"]


def test_split_ranges_gives_both_ends_with_the_whole_range(nlp):
    doc = nlp.make_doc("It ran 1957-58 and 2009-2010.")
    spans = date_spans.split_ranges(doc, [date_spans.TimeSpan(7, 14), date_spans.TimeSpan(19, 28)])
    assert _texts(doc, spans) == ["1957", "58", "2009", "2010"]
    assert spans[0].range == spans[1].range == (7, 14)
    assert spans[1].reads_as == "1958"


def test_both_ends_of_a_range_are_date_facts_sharing_the_range(nlp):
    from tui.extract import analyse

    facts = analyse("The 2017-18 season was his last.", nlp=nlp, published="2019-09-24").facts_of("date")
    assert [(f.span.text, f.value) for f in facts] == [("2017", "2017"), ("18", "2018")]
    assert facts[0].range == facts[1].range and facts[0].range.text == "2017-18 season"


def test_extend_times_joins_a_clock_and_its_day(nlp):
    doc = nlp.make_doc("They meet at noon Thursday, every Sunday.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("noon"), start("noon") + 4), date_spans.TimeSpan(start("Thursday"), start("Thursday") + 8),
             date_spans.TimeSpan(start("Sunday"), start("Sunday") + 6)]
    assert _texts(doc, date_spans.extend_times(doc, spans)) == ["noon Thursday", "every Sunday"]


def test_extend_times_joins_a_day_and_its_part(nlp):
    doc = nlp.make_doc("Troops moved late yesterday afternoon, at mid-afternoon yesterday and will leave next Tuesday evening.")
    spans = []
    for words in ("late yesterday", "mid-afternoon", "yesterday and", "next Tuesday"):
        start = doc.text.index(words)
        spans.append(date_spans.TimeSpan(start, start + len(words.removesuffix(" and"))))
    assert _texts(doc, date_spans.extend_times(doc, spans)) == [
        "late yesterday afternoon", "mid-afternoon yesterday", "next Tuesday evening",
    ]


def test_extend_times_joins_a_weekday_and_its_date(nlp):
    doc = nlp.make_doc("The market fell Friday Oct. 13 and rose Monday.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("Friday"), start("Friday") + 6), date_spans.TimeSpan(start("Oct."), start("Oct.") + 7),
             date_spans.TimeSpan(start("Monday"), start("Monday") + 6)]
    assert _texts(doc, date_spans.extend_times(doc, spans)) == ["Friday Oct. 13", "Monday"]
    assert normalise("Friday Oct. 13", Anchor(today=date(1989, 10, 27), story=date(1989, 10, 27)))[0].value == "1989-10-13"


def test_mark_rates_reads_the_period_of_a_rate_as_a_set(nlp):
    doc = nlp.make_doc("He earns $50,000 a year and sleeps for a year.")
    first, second = doc.text.index("a year"), doc.text.rindex("a year")
    spans = [date_spans.TimeSpan(first, first + 6), date_spans.TimeSpan(second, second + 6)]
    doc = nlp(doc.text)
    marked = date_spans.mark_rates(doc, spans)
    assert [s.reads_as for s in marked] == ["per year", None]


def test_split_two_times_parts_a_period_and_the_day_it_was_told(nlp):
    doc = nlp.make_doc("It reported the second quarter on Tuesday, and met at noon on Friday.")
    whole = doc.text.index("the second quarter on Tuesday")
    noon = doc.text.index("noon on Friday")
    spans = [date_spans.TimeSpan(whole, whole + 29), date_spans.TimeSpan(noon, noon + 14)]
    assert _texts(doc, date_spans.split_two_times(doc, spans)) == ["the second quarter", "Tuesday", "noon on Friday"]


def test_extend_times_joins_a_part_of_the_day_and_its_date(nlp):
    doc = nlp.make_doc("The meeting was held on the morning of March 12 and ended around 2 a.m. Sunday.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("the morning"), start("the morning") + 11),
             date_spans.TimeSpan(start("March 12"), start("March 12") + 8),
             date_spans.TimeSpan(start("around 2 a.m."), start("around 2 a.m.") + 13),
             date_spans.TimeSpan(start("Sunday"), start("Sunday") + 6)]
    assert _texts(doc, date_spans.extend_times(doc, spans)) == ["the morning of March 12", "around 2 a.m. Sunday"]


# -- anchors -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("The talks will resume on Monday.", "Monday", FORWARD),
        ("The talks resumed on Monday.", "Monday", BACK),
        ("The ban stays until October 14.", "October 14", FORWARD),
        ("He has lived there since June.", "June", BACK),
        ("The committee is meeting Thursday.", "Thursday", FORWARD),
        ("The dividend is payable Dec. 7.", "Dec. 7", FORWARD),
        ("Officials said talks are planned for April.", "April", FORWARD),
        ("The match on Saturday", "Saturday", UNDECIDED),
        # a plan told in the past perfect has gone by; an event named by its day took place
        ("It had been due to expire Friday evening.", "Friday evening", BACK),
        ("The offer had been scheduled to expire at midnight Friday.", "midnight Friday", BACK),
        ("The vote is scheduled to take place Friday.", "Friday", FORWARD),
        ("The GM move follows Tuesday's declaration by Ford.", "Tuesday", BACK),
        ("Revenue fell in the year ended March 31.", "March 31", BACK),
        ("Investors will watch Friday's jobs report.", "Friday", FORWARD),
        ("The government faces Wednesday's deadline.", "Wednesday", FORWARD),
        ("Storm to hit coast Saturday", "Saturday", FORWARD),  # headline style
        ("Talks to resume Monday in Belfast", "Monday", FORWARD),
        ("He wanted to leave Friday.", "Friday", BACK),
        ("His trial has been scheduled for November.", "November", FORWARD),
        ("The bill would fund the government through September.", "September", FORWARD),
        ("The state of emergency is expected to end on December 15.", "December 15", FORWARD),
        # a verb joined to a scheduled one shares its time; "may", "is to be", "as soon as" point ahead
        ("The capsule is scheduled to remain at the station and return to Earth on Friday.", "Friday", FORWARD),
        ("The earthquakes may continue into early February.", "February", FORWARD),
        ("Reports said he is to be sentenced in June.", "June", FORWARD),
        ("The storm could become a hurricane as soon as Friday.", "Friday", FORWARD),
        ("He ate and left on Friday.", "Friday", BACK),
        ("The attack follows another attempt in April.", "April", UNDECIDED),
        ("Congress returns from its August recess.", "August", BACK),
        ("Voters cast ballots in the November election.", "November", BACK),
        ("Voters will cast ballots in the November election.", "November", FORWARD),
    ],
)
def test_direction_comes_from_tense_and_signal_words(nlp, sentence, words, expected):
    doc = nlp(sentence)
    start = sentence.index(words)
    assert direction(doc, start, start + len(words)) == expected


def test_story_trail_reads_anaphora_from_the_last_day_told(nlp):
    doc = nlp("On March 12 the board met. The next day it resigned.")
    trail = StoryTrail(FRIDAY)
    trail.remember(Reading("DATE", "2013-03-12"), "calendar")
    start = doc.text.index("The next day")
    anchor = trail.anchor_for(doc, start, start + 12)
    assert (anchor.today, anchor.story) == (FRIDAY, date(2013, 3, 12))
    trail.remember(Reading("DATE", "2012-03-12"), "date.story_shift")  # told from the story: it does not move it
    assert trail.last_day == date(2013, 3, 12)
    trail.remember(Reading("DURATION", "P2D"), "duration.count")
    assert trail.last_value == "2013-03-12"


def test_a_past_tense_clause_is_not_anchored_to_a_day_still_to_come(nlp):
    """"... custody until his court appearance on April 5. The attack was at 0040 UTC": the
    clock time is on the last day told up to publication, not on April 5."""
    doc = nlp("He was remanded until April 5. The attack was at 0040 UTC on a busy street.")
    trail = StoryTrail(FRIDAY)
    trail.remember(Reading("DATE", "2013-03-15"), "calendar")
    trail.remember(Reading("DATE", "2013-04-05"), "calendar")
    start = doc.text.index("0040 UTC")
    anchor = trail.anchor_for(doc, start, start + 8)
    assert anchor.direction == BACK and anchor.story == date(2013, 3, 15) and anchor.story_value == "2013-03-15"
    assert normalise("0040 UTC", anchor)[0] == Reading("TIME", "2013-03-15T00:40")
    doc = nlp("He will appear in court on April 5. The hearing will start at 10 a.m. sharp.")
    start = doc.text.index("10 a.m.")
    assert trail.anchor_for(doc, start, start + 7).story == date(2013, 4, 5)  # told forward: the day to come


def test_a_wire_dateline_gives_the_day_deictic_words_are_told_from():
    from tui.extract.date_anchors import dateline_day

    published = date(1999, 3, 13)
    assert dateline_day("BEIJING, March 12 (Xinhua) -- China said today", published) == date(1999, 3, 12)
    assert dateline_day("NAIROBI, Kenya, Aug. 7 (AP) _ Bombs", date(1998, 8, 8)) == date(1998, 8, 7)
    assert dateline_day("NEW YORK, Dec. 31 (Reuters) - Stocks", date(1999, 1, 2)) == date(1998, 12, 31)
    # no dateline, or one far from the creation time: the publication date stays the anchor
    assert dateline_day("WASHINGTON -- When the storm struck", published) is None
    assert dateline_day("BEIJING, March 2 (Xinhua) -- China", published) is None


def test_story_shift_counts_adjacent_years_from_the_year_the_story_is_at():
    at_1995 = Anchor(today=FRIDAY, story=FRIDAY, story_value="1995")
    assert normalise("two years later", at_1995) == (Reading("DURATION", "P2Y"), "duration.counted_shift")
    assert normalise("the following year", at_1995) == (Reading("DATE", "1996"), "date.story_adjacent")
    no_day = Anchor(today=FRIDAY, story=None)
    assert normalise("the previous month", no_day) == (Reading("DATE", "2013-02"), "date.story_adjacent")


@pytest.mark.parametrize(
    ("text", "value"),
    [("two to three weeks", "P2W"), ("47.42 seconds", "PT47.42S"), ("1,000 years", "P1000Y"), ("a 1,000-year", "P1000Y"),
     ("3.2 years", "P3.2Y"), ("2.5 hours", "PT2H30M"), ("the last three-four months", "P3M"), ("as long as two years", "P2Y"),
     ("10 and 15 years", "P10Y"), ("the past two quarters", "P2Q"), ("several quarters", "PXQ")],
)
def test_duration_counts(text, value):
    assert normalise(text, NOW)[0] == Reading("DURATION", value)


@pytest.mark.parametrize(
    ("text", "anchor", "value"),
    [
        # near the publication day: the nearest one, across the turn of the year too
        ("December 28", Anchor(today=date(2020, 1, 5)), "2019-12-28"),
        ("January 4", Anchor(today=date(2019, 12, 30), direction=1), "2020-01-04"),
        ("Oct. 31", Anchor(today=date(1989, 10, 26), direction=-1), "1989-10-31"),  # "asked it to respond by Oct. 31"
        # "was expected to end on December 15" in a New Year's Day article: the one just gone by
        ("December 15", Anchor(today=date(2020, 1, 1), direction=1), "2019-12-15"),
    ],
)
def test_day_and_month_take_the_year_near_the_publication_day(text, anchor, value):
    assert normalise(text, anchor)[0] == Reading("DATE", value)


def test_this_weekday_follows_the_tense():
    assert normalise("this Sunday", Anchor(today=date(2019, 8, 6), direction=-1))[0].value == "2019-08-04"
    assert normalise("this Sunday", Anchor(today=date(2019, 8, 6)))[0].value == "2019-08-11"


# -- calendar helpers for the timeline ---------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "kind", "expected"),
    [("2019-10", "DATE", True), ("2019-W42", "DATE", True), ("2012-SU", "DATE", True), ("2013-03-22T15:00", "TIME", True),
     ("P5Y", "DURATION", False), ("XXXX-WXX-7", "SET", False), ("199", "DATE", False), ("19", "DATE", False),
     ("PRESENT_REF", "DATE", False), ("XXXX-XX-XX", "DATE", False), (None, "DATE", False)],
)
def test_only_calendar_dates_are_placeable(value, kind, expected):
    assert placeable(value, kind) is expected


@pytest.mark.parametrize(
    ("value", "label"),
    [("2012-SU", "summer 2012"), ("2013-Q1", "Q1 2013"), ("2019-W42", "2019-W42"), ("2019-10", "2019-10"),
     ("2013-03-22TAF", "2013-03-22 afternoon"), ("2013-03-22T15:00", "2013-03-22 15:00")],
)
def test_date_labels_show_the_granularity(value, label):
    assert date_label(value) == label


def test_sort_key_orders_weeks_seasons_and_quarters_among_days():
    values = ["2012-SU", "2012-07-01", "2012-Q3", "2012-W20", "2012-05", "2012"]
    assert sorted(values, key=sort_key) == ["2012", "2012-05", "2012-W20", "2012-SU", "2012-07-01", "2012-Q3"]


def test_sort_key_orders_parts_of_a_day_by_their_hours():
    values = ["2012-07-01TNI", "2012-07-01TAF", "2012-07-01T10:30", "2012-07-01TMO", "2012-07-01TEV", "2012-07-01"]
    assert sorted(values, key=sort_key) == [
        "2012-07-01", "2012-07-01TMO", "2012-07-01T10:30", "2012-07-01TAF", "2012-07-01TEV", "2012-07-01TNI",
    ]


#: Sentences of the Wikinews library whose numbers the model tags as dates (a timeline once showed them as years).
WIKINEWS_NUMBERS = [
    ("Out these, 1846 persons were hospitalized and 1720 had already been discharged.", "1846"),
    ("It placed Humberto 785 miles (1260 kilometers) west of Bermuda.", "1260"),
    ("Air India Express flight 1344 was en-route from Dubai.", "1344"),
    ("What are the problems with the DMCA 1201 which is circumvention of copyright protection?", "1201"),
    ("With government resolution No. 1430/2019, the state issued an indemnity bond.", "1430"),
    ("The study stated the black hole is about 1010 ± 195 light years away.", "1010"),
]


@pytest.mark.parametrize(("sentence", "number"), WIKINEWS_NUMBERS)
def test_counts_and_labels_are_not_years(nlp, sentence, number):
    from tui.extract import analyse

    values = [f.value or "" for f in analyse(sentence, nlp=nlp, published="2019-09-18").facts_of("date")]
    assert not any(v.startswith(number) for v in values)


@pytest.mark.parametrize(
    ("sentence", "year"),
    [("The colonies were set up in 1842.", "1842"), ("He amended the Judiciary Act of 1869.", "1869"),
     ("Bill Clinton was impeached in 1998, and Andrew Johnson in 1868.", "1868"),
     ("Warholm won the final at the 2019 IAAF World Athletics Championships.", "2019")],
)
def test_years_written_as_years_stay(nlp, sentence, year):
    from tui.extract import analyse

    assert year in [f.value for f in analyse(sentence, nlp=nlp, published="2019-09-18").facts_of("date")]


def test_a_clock_time_takes_the_day_written_after_it(nlp):
    """Wikinews writes "At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning": both clocks are Saturday's."""
    from tui.extract import analyse

    text = "On Sunday, the capsule docked. At 2:49 a.m. local time (7:49 a.m. UTC) on Saturday morning, it was launched."
    values = {f.span.text: f.value for f in analyse(text, nlp=nlp, published="2019-03-05").facts_of("date")}
    assert values["2:49 a.m. local time"] == "2019-03-02T02:49"
    assert values["7:49 a.m. UTC"] == "2019-03-02T07:49"
    assert values["Saturday morning"] == "2019-03-02TMO"


def test_a_clock_time_keeps_its_day_when_words_stand_between():
    from tui.extract.date_anchors import clock_on_the_day_after_it

    text = "at 3 p.m. the talks ended and on Friday they resumed"
    values = [(3, 9, "2013-03-20T15:00"), (34, 40, "2013-03-15")]
    assert clock_on_the_day_after_it(text, values) == {}
    text = "at 3 p.m. on Friday"
    assert clock_on_the_day_after_it(text, [(3, 9, "2013-03-20T15:00"), (13, 19, "2013-03-15")]) == {0: "2013-03-15T15:00"}


def test_a_weekday_restating_the_date_before_it_is_that_day(nlp):
    """Politico: "break the news to the district staff on Dec. 18, a Wednesday" (published Dec. 30)."""
    from tui.extract import analyse

    text = "He was asked to break the news to the staff on Dec. 18, a Wednesday and the day of the vote."
    values = {f.span.text: f.value for f in analyse(text, nlp=nlp, published="2019-12-30").facts_of("date")}
    assert values["Dec. 18"] == "2019-12-18" and values["Wednesday"] == "2019-12-18"


def test_a_weekday_that_is_not_the_date_before_it_keeps_its_own_day():
    from tui.extract.date_anchors import weekday_restating_the_day_before

    text = "on Dec. 18, a Friday"  # Dec. 18, 2019 was a Wednesday: the words say something else
    assert weekday_restating_the_day_before(text, [(3, 10, "2019-12-18"), (14, 20, "2019-12-27")]) == {}


def test_a_weekday_listed_after_another_is_the_next_day_of_its_name(nlp):
    """anchor.weekday_pair: "on Friday and Saturday" runs forward from the Friday, even in a
    past-tense clause of a Friday story (the Saturday is tomorrow, not last week's)."""
    from tui.extract import analyse

    text = "The paintings were to be shown in the town hall on Friday and Saturday before the sale."
    values = {f.span.text: f.value for f in analyse(text, nlp=nlp, published="2021-05-14").facts_of("date")}
    assert values["Friday"] == "2021-05-14" and values["Saturday"] == "2021-05-15"


def test_a_weekday_list_chains_and_needs_weekdays_on_both_sides():
    from tui.extract.date_anchors import weekday_following_the_weekday_before

    text = "from Monday to Wednesday"
    assert weekday_following_the_weekday_before(text, [(5, 11, "2021-05-10"), (15, 24, "2021-05-05")]) == {1: "2021-05-12"}
    text = "Friday, Saturday and Sunday"
    chained = weekday_following_the_weekday_before(text, [(0, 6, "2021-05-14"), (8, 16, "2021-05-08"), (21, 27, "2021-05-09")])
    assert chained == {1: "2021-05-15", 2: "2021-05-16"}
    text = "on May 3 and Friday"  # a date then a weekday: no list of days, the weekday keeps its reading
    assert weekday_following_the_weekday_before(text, [(3, 8, "2021-05-03"), (13, 19, "2021-04-30")]) == {}


def test_weekdays_named_out_of_the_weeks_order_keep_their_readings():
    from tui.extract.date_anchors import weekday_following_the_weekday_before

    text = "statements made Friday and Thursday"  # both days of the week just told, latest first
    assert weekday_following_the_weekday_before(text, [(16, 22, "2021-05-14"), (27, 35, "2021-05-13")]) == {}


def test_daily_after_a_determiner_is_the_newspaper_not_a_set(nlp):
    """span.daily_paper: the model may tag "daily" in "the business daily reported" as the adverb;
    after a determiner it names a paper. "Ferries sail daily" stays a set."""
    from tui.extract import analyse

    paper = analyse("The sports daily said the coach would stay.", nlp=nlp, published="2021-05-14")
    assert [f.span.text for f in paper.facts_of("date")] == []
    named = analyse("The rally was reported by the opposition Tala daily newspaper.", nlp=nlp, published="2021-05-14")
    assert [f.span.text for f in named.facts_of("date")] == []
    ferries = analyse("Ferries sail daily to the island.", nlp=nlp, published="2021-05-14")
    assert [(f.span.text, f.value) for f in ferries.facts_of("date")] == [("daily", "P1D")]


def test_a_four_digit_clock_with_its_zone_is_a_time_not_a_year(nlp):
    """span.wire_clock: wire copy writes "at 0340 GMT"; the number is a clock time of the day."""
    from tui.extract import analyse

    result = analyse("The ferry sank at 0340 GMT, port officials said.", nlp=nlp, published="2005-12-07")
    assert [(f.span.text, f.value) for f in result.facts_of("date")] == [("0340 GMT", "2005-12-07T03:40")]


def test_a_weekday_after_is_due_to_is_the_coming_one(nlp):
    """anchor.due_to: "is due to arrive Sunday" told on a Wednesday is the Sunday to come (the
    nearest Sunday would be the one just gone); "was due to" keeps the nearest reading."""
    from tui.extract import analyse

    coming = analyse("The new ambassador is due to arrive Sunday.", nlp=nlp, published="2005-12-07")
    assert [(f.span.text, f.value) for f in coming.facts_of("date")] == [("Sunday", "2005-12-11")]
    likely = analyse("Negotiations are likely to resume Monday.", nlp=nlp, published="2005-12-07")
    assert [(f.span.text, f.value) for f in likely.facts_of("date")] == [("Monday", "2005-12-12")]


def test_a_bare_part_of_a_century_is_not_read_as_a_length():
    """duration.part_century wants "the" or "a": "a quarter-century high" describes the high."""
    assert normalise("quarter-century", NOW) is None or normalise("quarter-century", NOW)[1] != "duration.part_century"
    assert normalise("the last half century", NOW) == (Reading("DURATION", "P50Y"), "duration.part_century")
