"""anchor.extended_through: an end reached by an extension told in the present (perfect) lies ahead (``date_anchors``)."""

from __future__ import annotations

from tests.extract.date_support import date_values


def test_an_extension_told_in_the_present_perfect_reaches_ahead(nlp):
    text = "A group of lenders has extended the company $90 million in loans through January."
    assert date_values(nlp, text, "1989-10-30")["January"] == "1990-01"


def test_an_extension_in_the_simple_past_or_another_verb_keeps_the_tense(nlp):
    assert date_values(nlp, "The ban, extended through January, expired.", "1989-10-30")["January"] == "1989-01"
    assert date_values(nlp, "Sales rose through January.", "1989-10-30")["January"] == "1989-01"
