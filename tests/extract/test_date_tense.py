"""Direction and anchoring of DATE values from tense: plans told with "was to", seasons named with
"this", "Today," opening a sentence about the present age."""

from __future__ import annotations

import pytest

from tests.extract.date_support import date_values
from tui.extract import analyse

#: A Wednesday.
WEDNESDAY = "1998-03-04"


def _values(nlp, text: str, published: str = WEDNESDAY) -> dict[str, str | None]:
    return date_values(nlp, text, published)


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Officials said the talks were to resume Monday.", "Monday", "1998-03-09"),
        ("The minister was to leave for Paris on Friday.", "Friday", "1998-03-06"),
        ("Albright was to have met Netanyahu on Sunday.", "Sunday", "1998-03-01"),  # a plan gone by
        ("On Friday, the minister was to leave for Paris.", "Friday", "1998-03-06"),  # the day before the verb
    ],
)
def test_a_plan_told_with_was_to_lies_ahead_of_its_telling(nlp, text, words, value):
    """anchor.was_to: "were to resume Monday" is the coming Monday; "was to have met" is past."""
    assert _values(nlp, text)[words] == value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("The company will hire more workers this spring.", "1998-12-10", "1999-SP"),
        ("The storms that hit the coast this spring killed 20.", "1998-12-10", "1998-SP"),
        ("Sales fell sharply this fall.", "1998-02-10", "1997-FA"),
        ("The company will hire this fall.", "1998-02-10", "1998-FA"),
        ("This summer was the hottest on record.", "1998-08-10", "1998-SU"),  # the season under way
        ("The drought in the summer killed the crops.", "1998-03-10", "1997-SU"),
        ("The company will hire in the summer.", "1998-03-10", "1998-SU"),
    ],
)
def test_this_season_is_the_one_the_verb_points_to(nlp, text, published, value):
    """date.season_by_tense: "this spring" told in December is next spring in the future, this year's in the past."""
    values = _values(nlp, text, published)
    assert next(v for k, v in values.items() if k.lower().startswith(("this", "the "))) == value


@pytest.mark.parametrize(
    "text",
    [
        "Today, about 100,000 Greeks worship the ancient gods.",
        "And today, the right to work is equal to the right to survival.",
        "Today, the company does not employ anyone.",
    ],
)
def test_today_opening_a_sentence_in_the_simple_present_is_the_present_age(nlp, text):
    """date.today_in_general: TimeML's PRESENT_REF, as TimeBank marks it."""
    assert next(v for k, v in _values(nlp, text).items() if k.lower() == "today") == "PRESENT_REF"


@pytest.mark.parametrize(
    "text",
    [
        "Today, hundreds of people began to arrive.",  # past: the news of the day
        "Today, helicopters are flying over the area.",  # progressive
        "Today, the president says he will veto the bill.",  # a verb of saying
        "Today, the president is in Ohio.",  # where someone is today
        "The company employs 5,000 people today, officials said.",  # not opening the sentence
    ],
)
def test_today_telling_the_news_of_the_day_stays_the_day(nlp, text):
    assert next(v for k, v in _values(nlp, text).items() if k.lower() == "today") == WEDNESDAY


def test_a_year_ago_of_a_quarter_compares_and_leaves_the_story_at_its_quarter(nlp):
    """anchor.compared_quarter: after "from $90.5 million a year ago" (1988-Q3), "the year-earlier
    period" and "the latest quarter" are still read from the third quarter reported (1989-Q3)."""
    text = (
        "Kimberly-Clark Corp. posted a 20% gain in third-quarter net income. Net rose to $108.8 million "
        "from $90.5 million a year ago. The comparison was enhanced by charges taken in the year-earlier "
        "period. Sales in the latest quarter were $1.45 billion."
    )
    values = _values(nlp, text, "1989-11-01")
    assert values["a year ago"] == "1988-Q3"
    assert values["the year-earlier period"] == "1988-Q3"
    assert values["the latest quarter"] == "1989-Q3"


#: A Friday.
FRIDAY = "1998-08-07"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He is due in court Monday.", "Monday", "1998-08-10"),  # anchor.is_due
        ("The deadline is Wednesday.", "Wednesday", "1998-08-12"),  # anchor.event_is_on
        ("The election is on Sunday.", "Sunday", "1998-08-09"),
        ("The new currency, due to be launched in January, is popular.", "January", "1999-01"),  # anchor.due_to_aside
        ("The plane, due to land Monday, crashed.", "Monday", "1998-08-03"),  # the plan told of a past event
        ("The vote is the first since Monday.", "Monday", "1998-08-03"),
        ("On Monday, Mohamed and his father are to travel to New York.", "Monday", "1998-08-10"),  # anchor.is_to
    ],
)
def test_a_schedule_told_with_the_present_of_be_lies_ahead(nlp, text, words, value):
    assert _values(nlp, text, FRIDAY)[words] == value


def test_a_plan_told_with_was_to_lies_ahead_of_the_story_s_last_day(nlp):
    """anchor.was_to: in a story at Friday, "The Senate was to meet Monday" is the Monday after that
    Friday, though publication came after it."""
    text = "The House confirmed the nomination on Friday, but the Senate did not. The Senate was to meet Monday to discuss it."
    assert _values(nlp, text, "2019-08-08")["Monday"] == "2019-08-05"


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("Brett McGurk, who was Trump's special envoy until December, also criticized the decision.", "December", "2018-12"),
        ("The ceasefire was in effect until Friday.", "Friday", "2019-10-04"),
        ("He was to stay in Paris until Friday.", "Friday", "2019-10-11"),  # a plan
        ("Talks were postponed until Friday.", "Friday", "2019-10-11"),  # a verb of scheduling
    ],
)
def test_was_until_a_day_tells_a_state_that_has_ended(nlp, text, words, value):
    """anchor.lasted_until with "was": the day after "until" is when the state ended, not one to come."""
    assert _values(nlp, text, "2019-10-08")[words] == value


@pytest.mark.parametrize(
    ("text", "words", "value"),
    [
        ("He died on February 6.", "February 6", "2019-02-06"),  # date.past_day_behind
        ("He died Feb. 6 in Paris.", "Feb. 6", "2019-02-06"),
        ("The offer was extended to Jan. 30.", "Jan. 30", "2020-01-30"),  # the end of a stretch may lie ahead
        ("They asked it to respond by Jan. 30.", "Jan. 30", "2020-01-30"),
        ("The agreement set Feb. 6 as the deadline.", "Feb. 6", "2020-02-06"),  # an object: any day
    ],
)
def test_a_day_of_an_event_told_in_the_past_is_not_weeks_ahead(nlp, text, words, value):
    assert _values(nlp, text, "2020-01-01")[words] == value


def test_a_day_of_an_event_told_with_will_is_not_weeks_behind(nlp):
    """date.future_day_ahead: "will rule on Dec. 10" in late January is next December's; a present
    ("results from the ruling on July 8") keeps the nearest day."""
    assert _values(nlp, "The court will rule on Dec. 10.", "2020-01-20")["Dec. 10"] == "2020-12-10"
    assert _values(nlp, "The court will rule on Jan. 24.", "2020-01-20")["Jan. 24"] == "2020-01-24"
    assert _values(nlp, "The request results from the ruling on July 8.", "2015-08-02")["July 8"] == "2015-07-08"


def test_a_plan_the_story_tells_without_a_saying_verb_counts_from_the_story_s_day(nlp):
    """anchor.was_to, narrated plans: "which was planning to hold its primary on Tuesday" after the
    story's Tuesday is that Tuesday; "said Monday it planned to cut jobs in June" keeps June ahead."""
    text = (
        "On Tuesday, Democrats held primaries in Arizona, Florida and Illinois. In Ohio, which was planning "
        "to hold its primary election on Tuesday, Governor Mike DeWine postponed it."
    )
    facts = [(f.span.text, f.value) for f in analyse(text, nlp=nlp, published="2020-03-20").facts_of("date")]
    assert facts == [("Tuesday", "2020-03-17"), ("Tuesday", "2020-03-17")]
    assert _values(nlp, "The company said Monday it planned to cut jobs in June.", "2020-03-20")["June"] == "2020-06"
