"""Dates the model labels as something else or cuts short (``date_missed_spans``), and the story's
year for a day told without one (``date_story_years``)."""

from __future__ import annotations

from datetime import date

import pytest

from tui.extract.date_story_years import month_days_in_the_story_year


def _facts(nlp, text, published="2020-02-19"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_a_month_day_the_model_called_an_event_is_a_date_and_super_tuesday_no_weekday(nlp):
    facts = _facts(nlp, "The outcome of the March 3 Super Tuesday primaries could turn on it. He campaigned in Super Tuesday states.")
    assert ("March 3", "DATE", "2020-03-03") in facts
    assert not any("Tuesday" in words for words, _, _ in facts)


def test_a_plain_weekday_stays_a_weekday(nlp):
    assert ("Tuesday", "DATE", "2020-02-18") in _facts(nlp, "Warren said on Tuesday that the race was open.")


def test_recently_only_frames_the_date_after_as(nlp):
    facts = _facts(nlp, "He argued as recently as 2015 that the policy was smart, and recently apologised.")
    assert ("2015", "DATE", "2015") in facts
    assert [w for w, _, _ in facts].count("recently") == 1  # the second one is a timex of its own


def test_the_day_before_an_event_is_the_day_before_the_story(nlp):
    text = "The job was done on December 16, 2010. She flew to New York on the day before the fitting."
    assert ("the day before", "DATE", "2010-12-15") in _facts(nlp, text, "2012-04-17")


def test_a_date_restated_as_the_day_before_keeps_its_value(nlp):
    facts = _facts(nlp, "Eight trading days after Oct. 12, the day before the stock market plunge, the index fell.", "1989-11-02")
    assert ("the day", "DATE", "1989-10-12") in facts


def test_a_clock_word_joins_the_day_word_after_it_and_takes_its_day(nlp):
    facts = _facts(nlp, "The shutoffs were expected to last through at least midday tomorrow.", "2019-10-09")
    assert ("midday tomorrow", "TIME", "2019-10-10T12:00") in facts


def test_days_without_a_year_follow_the_story_year(nlp):
    text = ("The court heard he botched the job on December 16, 2010. She returned a week later to spend Christmas "
            "with her mother. She was back at the house on December 27 and planned to meet a friend at 8pm the next day. "
            "On December 29, her boyfriend found her.")
    facts = _facts(nlp, text, "2012-04-17")
    assert ("Christmas", "DATE", "2010-12-25") in facts
    assert ("December 27", "DATE", "2010-12-27") in facts
    assert ("8pm the next day", "TIME", "2010-12-28T20:00") in facts
    assert ("December 29", "DATE", "2010-12-29") in facts


@pytest.mark.parametrize(
    ("words", "value", "moved"),
    [
        ("Oct. 13", "1989-10-13", None),  # before the story's day: this year's, as read
        ("Nov. 2", "1989-11-02", None),  # 14 days after, but three days before publication: this week's news
        ("Nov. 20", "1988-11-20", "1987-11-20"),  # a month after the story's day, not a year before publication
        ("next Friday", "1988-11-20", None),  # names no month
    ],
)
def test_story_year_moves_only_days_soon_after_the_story(words, value, moved):
    text = f"The crash of Oct. 19, 1987 came first. Then {words} came."
    first = text.index("Oct. 19, 1987")
    second = text.index(words)
    values = [(first, first + 13, "1987-10-19"), (second, second + len(words), value)]
    assert month_days_in_the_story_year(text, values, published=date(1989, 11, 5)).get(1) == moved


def test_story_year_keeps_the_clock():
    text = "On Dec. 16, 2010 it broke. At 8pm on December 27 she came back."
    values = [(3, 16, "2010-12-16"), (text.index("8pm"), len(text) - 10, "2011-12-27T20:00")]
    assert month_days_in_the_story_year(text, values, published=date(2012, 4, 17)) == {1: "2010-12-27T20:00"}


def test_story_year_reaches_across_new_year():
    text = "It began on Dec. 20, 2010. On Jan. 4 it ended."
    values = [(12, 25, "2010-12-20"), (text.index("Jan. 4"), text.index("Jan. 4") + 6, "2012-01-04")]
    assert month_days_in_the_story_year(text, values, published=date(2012, 4, 17)) == {1: "2011-01-04"}


def test_a_year_the_model_called_a_number_is_a_year_unless_it_counts(nlp):
    facts = _facts(nlp, "We now have a goal of 100 percent clean energy by 2045 in state law. He won by 2045 votes.")
    assert ("2045", "DATE", "2045") in facts
    assert [w for w, _, _ in facts].count("2045") == 1


def test_a_clock_without_its_last_point_and_its_weekday_are_one_time(nlp):
    facts = _facts(nlp, "A 5.3-magnitude quake was recorded at 4:53 a.m Thursday morning in Manay.", "2019-10-22")
    assert ("4:53 a.m Thursday morning", "TIME", "2019-10-17T04:53") in facts


def test_a_weekday_and_its_clock_are_one_time_but_at_keeps_them_two(nlp):
    facts = _facts(nlp, "Phivolcs recorded 611 aftershocks as of Saturday 8:00 p.m. The panel meets Friday at 3 p.m.", "2019-10-22")
    assert ("Saturday 8:00 p.m.", "TIME", "2019-10-19T20:00") in facts
    assert any(w == "Friday" for w, _, _ in facts) and any(w == "3 p.m." for w, _, _ in facts)


def test_a_date_of_the_papers_own_time_ends_the_story():
    text = "The UK voted on June 23, 2016, to leave. The deadline is October 31. May stepped down on July 24 after that."
    spans = [("June 23, 2016", "2016-06-23"), ("October 31", "2019-10-31"), ("July 24", "2019-07-24")]
    values = [(text.index(w), text.index(w) + len(w), v) for w, v in spans]
    assert month_days_in_the_story_year(text, values, published=date(2019, 9, 11)) == {}


def test_a_day_with_a_relative_year_is_not_moved():
    text = "The protest began on August 20, 2018. It peaked on September 20 of this year."
    spans = [("August 20, 2018", "2018-08-20"), ("September 20 of this year", "2019-09-20")]
    values = [(text.index(w), text.index(w) + len(w), v) for w, v in spans]
    assert month_days_in_the_story_year(text, values, published=date(2019, 12, 14)) == {}


def test_a_month_day_after_last_year_is_one_day_of_last_year(nlp):
    facts = _facts(nlp, 'She wrote, "Last year August 8 was one of the happiest days for me."', "2020-09-03")
    assert facts == [("Last year August 8", "DATE", "2019-08-08")]
