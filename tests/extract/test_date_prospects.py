"""anchor.future_in_past: days hanging from a verb that looks ahead of a past moment of telling."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.date_support import date_values
from tui.extract.date_prospects import telling_day

#: Thursday 14 March 2024.
THURSDAY = "2024-03-14"


def _values(nlp, text: str, published: str = THURSDAY) -> dict[str, str | None]:
    return date_values(nlp, text, published)


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The government said it would hold elections in June.", "June", "2024-06"),
        ("He said he would step down in December.", "December", "2024-12"),
        ("In a letter, he said he would begin withdrawing troops on Friday.", "Friday", "2024-03-15"),
        ("The union threatened to strike on Monday.", "Monday", "2024-03-18"),
        ("Leaders agreed to meet again in May.", "May", "2024-05"),
        ("The company announced plans to list its shares in October.", "October", "2024-10"),
        ("The rebels vowed to attack again on Sunday.", "Sunday", "2024-03-17"),
    ],
)
def test_a_plan_told_in_the_past_points_forward(nlp, sentence, expression, value):
    assert _values(nlp, sentence)[expression] == value


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("He said he had planned to step down in December.", "December", "2023-12"),  # a plan told from the past
        ("The group said it would have finished the work by January.", "January", "2024-01"),
        ("The firm said on Wednesday it would cut 500 jobs by June.", "Wednesday", "2024-03-13"),  # the saying's day
        ("The president said on Monday he would visit Kyiv on Friday.", "Monday", "2024-03-11"),
    ],
)
def test_days_of_the_saying_and_past_perfect_plans_stay_back(nlp, sentence, expression, value):
    assert _values(nlp, sentence)[expression] == value


def test_the_plan_counts_from_the_day_it_was_told(nlp):
    """Told on Tuesday in a Saturday article, "would ... on Thursday" is the Thursday just gone."""
    found = _values(nlp, "The bank said on Tuesday that it would raise rates on Thursday.", published="2024-03-16")
    assert (found["Tuesday"], found["Thursday"]) == ("2024-03-12", "2024-03-14")
    found = _values(nlp, "The president said on Monday he would visit Kyiv on Friday.")
    assert (found["Monday"], found["Friday"]) == ("2024-03-11", "2024-03-15")


def test_the_telling_day_is_a_day_of_the_same_sentence_in_the_week_before_publication():
    published = date(2024, 3, 16)
    assert telling_day(published, date(2024, 3, 12), 40, 10) == date(2024, 3, 12)
    day_before = date(2024, 3, 15)
    assert telling_day(published, date(2024, 3, 12), 5, 10) == day_before  # named in an earlier sentence
    assert telling_day(published, date(2024, 2, 1), 40, 10) == day_before  # too long before publication
    assert telling_day(published, date(2024, 3, 20), 40, 10) == day_before  # after publication
    assert telling_day(None, date(2024, 3, 12), 40, 10) is None


def test_without_a_day_told_the_plan_may_have_been_told_the_day_before(nlp):
    """Published on Thursday, "would pass by Bermuda Wednesday night" is the night just gone;
    "voted to lift it on Saturday afternoon" published on Sunday is the day before."""
    found = _values(nlp, "The NHC predicted that Humberto would pass by Bermuda Wednesday night.", published="2019-09-19")
    assert found["Wednesday night"] == "2019-09-18TNI"
    found = _values(nlp, "The cabinet unanimously voted to lift it on Saturday afternoon.", published="2019-12-29")
    assert found["Saturday afternoon"] == "2019-12-28TAF"


def test_a_schedule_told_in_the_present_reads_from_the_day_it_was_said(nlp):
    """anchor.reported_schedule: "announced on Monday that students return to school on
    Wednesday", published Thursday, is the Wednesday after Monday; with no day of saying in the
    sentence a present-tense schedule still points ahead of publication."""
    found = _values(nlp, "The ministry announced on Monday that students return to school on Wednesday.")
    assert (found["Monday"], found["Wednesday"]) == ("2024-03-11", "2024-03-13")
    assert _values(nlp, "Students return to school on Wednesday, the ministry announced.")["Wednesday"] == "2024-03-20"


def test_a_day_forecast_in_the_past_lies_ahead_of_the_forecast(nlp):
    """anchor.future_in_past: "forecast electricity demand Monday", published on a Sunday, is the coming Monday."""
    found = _values(nlp, "California ISO forecast electricity demand Monday at near all-time peak levels.", published="2020-08-16")
    assert found["Monday"] == "2020-08-17"
    assert _values(nlp, "The agency predicted on Tuesday that prices would fall.")["Tuesday"] == "2024-03-12"
