"""Small anchoring rules for wire and web news: scheduled words, "that June", "the 2000s"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.date_support import date_values
from tui.extract.date_values import Anchor, Reading, normalise

THURSDAY = "2024-03-14"


def _values(nlp, text: str, published: str = THURSDAY) -> dict[str, str | None]:
    return date_values(nlp, text, published)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The verdict is due on Friday.", "Friday", "2024-03-15"),
        ("The licence expires in February.", "February", "2025-02"),
        ("The verdict came on Friday.", "Friday", "2024-03-08"),  # no scheduled word: the tense decides
    ],
)
def test_a_scheduled_word_points_forward_through_its_preposition(nlp, sentence, expression, value):
    """anchor.scheduled: "due on Friday", "expires in February" as "due Friday" does."""
    assert _values(nlp, sentence)[expression] == value


def test_a_month_after_that_is_in_the_year_the_story_is_at(nlp):
    """anchor.that_month: "The protests began in 1989. That June, ..." is June 1989."""
    found = _values(nlp, "The protests began in 1989. That June, troops fired on crowds.")
    assert found["1989"] == "1989"
    assert next(v for k, v in found.items() if k.endswith("June")) == "1989-06"
    assert _values(nlp, "She was born in 1961. That March, her father left.")["That March"] == "1961-03"
    plain = _values(nlp, "The protests began in 1989. In June, troops fired on crowds again.")
    assert plain["June"] == "2023-06"  # without "that" the month is told from publication


@pytest.mark.parametrize(("text", "value"), [("the 2000s", "200"), ("the early 2000s", "200"), ("the 1800s", "18"), ("the 1990s", "199")])
def test_the_2000s_are_a_decade_the_1800s_a_century(text, value):
    reading = normalise(text, Anchor(today=date(2024, 3, 14)))
    assert reading is not None and reading[0] == Reading("DATE", value)


def test_the_previous_year_counts_from_the_year_the_story_told():
    """date.story_shift: "Sales fell in 2020. The previous year, ..." is 2019, not the year before publication;
    "a year earlier" keeps its reading (in results it compares with the period reported)."""
    after_2020 = Anchor(today=date(2024, 3, 14), story=None, story_value="2020", direction=-1)
    assert normalise("the previous year", after_2020)[0] == Reading("DATE", "2019")
    assert normalise("the year before", after_2020)[0] == Reading("DATE", "2019")
    assert normalise("the following year", after_2020)[0] == Reading("DATE", "2021")
    assert normalise("the year-earlier quarter", after_2020)[0] != Reading("DATE", "2019")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The new timetable applies starting Monday.", "Monday", "2024-03-18"),
        ("Restrictions will be lifted beginning in June.", "June", "2024-06"),
        ("Prices rose steadily starting in January.", "January", "2024-01"),  # the past tense still decides
    ],
)
def test_starting_and_beginning_point_forward_when_the_tense_says_nothing(nlp, sentence, expression, value):
    assert _values(nlp, sentence)[expression] == value


def test_a_year_earlier_counts_from_a_year_told_in_its_sentence(nlp):
    """date.story_shift with ``story_near``: in a March 2024 article "Sales in 2023 rose 5% from a
    year earlier" compares with 2022; a year told in an earlier sentence does not move it."""
    assert _values(nlp, "Sales in 2023 rose 5% from a year earlier.")["a year earlier"] == "2022"
    apart = _values(nlp, "The company was founded in 1998. Sales rose 5% from a year earlier.")
    assert apart["a year earlier"] == "2023"



def test_a_day_of_that_year_takes_the_year_the_story_told(nlp):
    """date.that_year: "... in 1989, when John Tower lost a vote on March 9 of that year"."""
    found = _values(nlp, "The Senate last rejected a nominee in 1989, when John Tower lost a vote on March 9 of that year.", published="2024-04-10")
    assert found["March 9 of that year"] == "1989-03-09"
    assert normalise("June that year", Anchor(today=date(2024, 4, 10), story_value="1989"))[0] == Reading("DATE", "1989-06")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("The town boomed in the 1990's.", "the 1990's", "199"),
        ("In the mid-1970’s it rained.", "the mid-1970’s", "197"),
        ("The railway was built in the 1800's.", "the 1800's", "18"),
        ("2020's budget was cut.", "2020", "2020"),  # a year's possessive, no "the"
    ],
)
def test_a_decade_written_with_an_apostrophe_is_the_decade(nlp, sentence, span, value):
    """date.decade_apostrophe: the model marks "1990" of "the 1990's"; the apostrophe makes it the decade."""
    assert _values(nlp, sentence)[span] == value


def test_a_clock_time_the_next_day_is_on_the_day_after_the_storys(nlp):
    """date.clock_next_day: "on December 27 ... at 8pm the next day" is 8pm on December 28."""
    text = "She returned to the property on December 27 and made plans to meet a friend at 8pm the next day."
    assert _values(nlp, text, published="2012-04-17")["8pm the next day"] == "2011-12-28T20:00"
    story = Anchor(today=date(2012, 4, 17), story=date(2011, 12, 27), story_value="2011-12-27")
    assert normalise("noon the day before", story)[0] == Reading("TIME", "2011-12-26T12:00")
    assert normalise("8pm", story)[0] == Reading("TIME", "2011-12-27T20:00")


def test_the_latter_half_of_the_year_is_the_second():
    today = Anchor(today=date(2024, 3, 14), story=date(2024, 3, 14))
    assert normalise("the latter half of the year", today)[0] == Reading("DATE", "2024-H2")
    assert normalise("the first half of next year", today)[0] == Reading("DATE", "2025-H1")


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Two new flights, with the third departing each Thursday from August 6.", "August 6", "2024-08-06"),
        ("He holds shares bought from Oct. 26 to Nov. 20.", "Oct. 26", "2023-10-26"),  # a range: "from" says nothing
        ("Prices fell from January, the office said.", "January", "2024-01"),
    ],
)
def test_from_opens_a_stretch_to_come_when_nothing_else_tells(nlp, sentence, expression, value):
    """anchor.from_on: "from August 6" with no tense to go by starts something still to come."""
    assert _values(nlp, sentence)[expression] == value
