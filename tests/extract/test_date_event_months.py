"""anchor.event_month_ahead: a month naming a scheduled event soon after publication is the coming one (``date_event_months``)."""

from __future__ import annotations

from datetime import date

from tests.extract.date_support import date_values
from tui.extract.date_event_months import event_months_ahead


def test_a_failed_bid_for_october_elections_told_in_september_is_this_october(nlp):
    values = date_values(nlp, "Monday's bid for October elections failed to get the two-thirds majority.", "2019-09-11")
    assert values["October"] == "2019-10"


def test_an_event_month_told_as_an_outcome_or_far_ahead_keeps_the_tense_reading():
    text = "Voters rejected the plan in the June referendum."
    start = text.index("June")
    assert event_months_ahead(text, [(start, start + 4, "2018-06")], published=date(2019, 3, 11)) == {}
    aimed = "Parties prepared for the June referendum."
    start = aimed.index("June")
    assert event_months_ahead(aimed, [(start, start + 4, "2018-06")], published=date(2019, 3, 11)) == {0: "2019-06"}
    assert event_months_ahead(aimed, [(start, start + 4, "2018-06")], published=date(2019, 1, 11)) == {}


def test_a_month_before_another_noun_is_left_alone():
    text = "Sales in the October quarter fell."
    start = text.index("October")
    assert event_months_ahead(text, [(start, start + 7, "2018-10")], published=date(2019, 9, 11)) == {}


def test_a_contract_month_is_the_next_one_of_its_name(nlp):
    assert date_values(nlp, "Light sweet crude for November delivery rose 50 cents.", "2019-10-15")["November"] == "2019-11"
    assert date_values(nlp, "Wheat for March delivery fell 2 cents.", "2019-10-15")["March"] == "2020-03"
