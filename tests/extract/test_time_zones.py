"""The one table of time-zone abbreviations (``time_zones``) and the rules that read it: a zone any
rule knows, every rule knows."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from tui.extract import analyse, repairs
from tui.extract.labels import time_zone
from tui.extract.serialize import to_dict
from tui.extract.time_zones import NAME_CLASHES, STANDALONE_ZONES, ZONE_RE, ZONES


def test_each_zone_is_an_upper_case_abbreviation_with_a_real_offset():
    for name, zone in ZONES.items():
        assert zone.name == name and re.fullmatch(r"[A-Z]{3,4}", name)
        assert timedelta(hours=-12) <= zone.utc_offset <= timedelta(hours=14)
    assert ZONES["UTC"].utc_offset == ZONES["GMT"].utc_offset == timedelta(0)
    assert ZONES["EST"].utc_offset == timedelta(hours=-5) and ZONES["IST"].utc_offset == timedelta(hours=5, minutes=30)


def test_the_pattern_takes_each_zone_whole():
    pattern = re.compile(rf"\b{ZONE_RE}\b")
    for name in ZONES:
        assert pattern.fullmatch(name)
    assert re.match(ZONE_RE, "CEST").group() == "CEST"  # not "CET" with an "S" left over
    assert not pattern.search("The CESTA, the GMTV and the Utc plan.")


def test_a_zone_that_is_also_a_company_stands_alone_in_no_entity_rule():
    assert NAME_CLASHES <= set(ZONES) and not NAME_CLASHES & STANDALONE_ZONES
    assert time_zone("IST", "ORG") == time_zone("KST", "ORG") == "TIME"
    assert time_zone("ADT", "ORG") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The quake struck at 0930 KST on Friday.", [("0930 KST", "TIME"), ("Friday", "DATE")]),
        ("The plane landed at around 7:38 pm IST (1408 UTC).", [("around 7:38 pm IST", "TIME"), ("1408 UTC", "TIME")]),
        ("ADT said on Monday it would cut jobs.", [("ADT", "ORG"), ("Monday", "DATE")]),
    ],
)
def test_the_entity_layer_knows_the_zones_the_labels_know(nlp, text, expected):
    found = [(text[m.start:m.end], m.label) for m in repairs.repair_mentions(nlp(text))]
    assert [(t, label) for t, label in found if label in {"TIME", "DATE", "ORG"}] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a zone the span rules knew, but not the wire-clock rules
        ("Trading resumed at 0300 JST Monday.", ("0300 JST Monday", "TIME", "2020-08-03T03:00")),
        # zones only the anchoring rules knew
        ("It began at 1922 KST yesterday.", ("1922 KST", "TIME", "2020-08-06T19:22")),
        ("At 1430 MSK the talks ended.", ("1430 MSK", "TIME", "2020-08-07T14:30")),
        ("He said at 10 p.m. AET the polls had closed.", ("10 p.m. AET", "TIME", "2020-08-07T22:00")),
    ],
)
def test_every_date_rule_knows_every_zone(nlp, text, expected):
    facts = to_dict(analyse(text, published="2020-08-07", nlp=nlp))["facts"]
    dates = [(f["span"]["text"], f["type"], f["value"]) for f in facts if f.get("kind") == "date"]
    assert expected in dates
