"""A set's TimeML quant and freq ("every Sunday": EVERY, "twice a week": 2X), on written sentences."""

from __future__ import annotations

import pytest

from tui.extract import analyse
from tui.extract.date_set_attributes import set_attributes
from tui.extract.serialize import fact_from_dict, fact_to_dict


@pytest.mark.parametrize(("words", "quant", "freq"), [
    ("every week", "EVERY", None), ("Each month", "EACH", None), ("twice a week", None, "2X"),
    ("once a month", None, "1X"), ("three times a day", None, "3X"), ("twice every month", "EVERY", "2X"),
    ("daily", None, None), ("Sundays", None, None),
])
def test_set_attributes(words, quant, freq):
    assert set_attributes(words) == (quant, freq)


def test_a_set_fact_carries_its_quant_and_freq_and_other_facts_none(nlp):
    analysis = analyse("They meet twice a week and every Sunday since May 1997.", nlp=nlp, published="1998-02-18")
    found = {f.span.text: f for f in analysis.facts_of("date")}
    assert (found["twice a week"].type, found["twice a week"].value, found["twice a week"].freq) == ("SET", "P1W", "2X")
    assert (found["every Sunday"].value, found["every Sunday"].quant) == ("XXXX-WXX-7", "EVERY")
    assert (found["May 1997"].quant, found["May 1997"].freq) == (None, None)
    # the JSON of a set keeps them; other date facts do not carry the keys
    data = fact_to_dict(found["twice a week"])
    assert (data["quant"], data["freq"]) == (None, "2X")
    assert fact_from_dict(data) == found["twice a week"]
    assert "freq" not in fact_to_dict(found["May 1997"])
