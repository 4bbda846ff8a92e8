"""date.year_end: a year-end told in the past is the last one gone by (``date_year_end``)."""

from __future__ import annotations

from tests.extract.date_support import date_values


def test_a_year_end_told_in_the_past_is_the_year_before_publication(nlp):
    assert date_values(nlp, "The index has risen 12% since year-end.", "2013-03-20")["year-end"] == "2012-12-31"
    assert date_values(nlp, "Debt at year-end was $4 billion.", "2013-03-20")["year-end"] == "2012-12-31"


def test_a_year_end_still_ahead_is_the_publication_year(nlp):
    assert date_values(nlp, "The company expects to close the deal by year-end.", "2013-03-20")["year-end"] == "2013-12-31"
    assert date_values(nlp, "The deal should close by the end of the year.", "2013-03-20")["the end of the year"] == "2013"


def test_the_end_of_a_year_told_in_its_sentence_is_that_year(nlp):
    text = "Sales in 2008 slumped, and by the end of the year the bank had failed."
    assert date_values(nlp, text, "2013-03-20")["the end of the year"] == "2008"
