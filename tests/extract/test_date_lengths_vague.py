"""Lengths and times the model leaves out or misreads (``date_lengths``, ``date_durations``), on real sentences."""

from __future__ import annotations

import pytest

from tui.extract import analyse, date_lengths


def _dates(nlp, text, published="1998-08-14"):
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analyse(text, nlp=nlp, published=published).facts_of("date")]


def test_for_some_time_and_for_a_while_are_lengths_of_no_told_size(nlp):
    doc = nlp.make_doc("Forces could stay for some time, and they will live without it for a while.")
    assert [doc.text[s.start:s.end] for s in date_lengths.add_vague_lengths(doc, [])] == ["some time", "a while"]


@pytest.mark.parametrize(
    "text",
    ["He will come at some time.", "Once in a while he calls.", "He left some time ago.", "It took a long time."],
)
def test_some_time_and_a_while_without_for_are_no_length(nlp, text):
    doc = nlp.make_doc(text)
    assert date_lengths.add_vague_lengths(doc, []) == []


def test_a_vague_length_reads_as_pxx(nlp):
    assert _dates(nlp, "American forces could be in the gulf region for some time.") == [("some time", "DURATION", "PXX")]
