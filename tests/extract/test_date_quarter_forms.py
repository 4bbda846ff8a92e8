"""span.bare_quarter: "Q1" ... "Q4" written alone are quarters (``date_quarter_forms``)."""

from __future__ import annotations

from tests.extract.date_support import date_values


def test_a_bare_quarter_is_found_and_read_by_the_tense(nlp):
    assert date_values(nlp, "Revenue in Q1 fell.", "2019-06-14") == {"Q1": "2019-Q1"}
    assert date_values(nlp, "Its Q4 results beat forecasts.", "2019-06-14") == {"Q4": "2018-Q4"}


def test_a_car_model_or_a_question_number_is_no_quarter(nlp):
    assert date_values(nlp, "He drives an Audi Q3 to work.", "2019-06-14") == {}
    assert date_values(nlp, "Q1: What did you do? Q2: Why did you stay?", "2019-06-14") == {}
