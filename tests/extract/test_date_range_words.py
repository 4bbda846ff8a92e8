"""A range's end written in two digits ("Prohibition (1919–33)"): its fact says it is the end of the range.

A Wikinews interview gave the timeline row "33 = 1933" and the sidebar "33 → 1933": read alone, a number
made a year. The value is right; the words now show what it was read from."""

from __future__ import annotations

from tui.extract import analyse
from tui.extract.types import DateFact

TEXT = "Alcohol was banned in the period known as Prohibition (1919–33) across the United States."


def _dates(nlp) -> dict[str, DateFact]:
    analysis = analyse(TEXT, nlp=nlp, published="2020-02-01")
    return {f.span.text: f for f in analysis.facts if isinstance(f, DateFact)}


def test_the_two_digit_end_of_a_range_is_summarised_with_its_range(nlp):
    dates = _dates(nlp)
    assert dates["33"].value == "1933" and dates["33"].text == "33 in 1919–33 = 1933"
    assert dates["1919"].value == "1919"


def test_the_sidebar_shows_the_range_beside_its_end(nlp):
    from tui.widgets.facts_tree import fact_label

    assert fact_label(_dates(nlp)["33"]).plain == "33 in 1919–33  → 1933"
