"""Time-zone abbreviations news writes after a clock ("0930 GMT", "8:30 p.m. EST", "15:00 CEST"):
one table for the date rules (spans, values, anchoring) and the entity rules (a zone is part of a
time, not an organisation).

Each zone has the UTC offset news means by it. Some abbreviations name more than one zone: "CST"
is US Central here (not China), "IST" India (not Ireland or Israel), "BST" British Summer Time,
"AST" Atlantic. ``NAME_CLASHES`` are abbreviations that are also common names of companies ("ADT"
alarms, "AST" satellites): the date rules read them after a clock ("1900 ADT Monday"), but the
entity rules, which also judge a zone standing alone, leave them to the model.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import NamedTuple


class TimeZone(NamedTuple):
    """A zone abbreviation, its offset from UTC and where it is used."""

    name: str
    utc_offset: timedelta
    region: str


def _zone(name: str, hours: float, region: str) -> TimeZone:
    return TimeZone(name, timedelta(hours=hours), region)


ZONES: Mapping[str, TimeZone] = {
    zone.name: zone
    for zone in (
        _zone("UTC", 0, "Coordinated Universal Time"), _zone("GMT", 0, "Greenwich Mean Time"),
        _zone("EST", -5, "US Eastern"), _zone("EDT", -4, "US Eastern, summer"),
        _zone("CST", -6, "US Central"), _zone("CDT", -5, "US Central, summer"),
        _zone("MST", -7, "US Mountain"), _zone("MDT", -6, "US Mountain, summer"),
        _zone("PST", -8, "US Pacific"), _zone("PDT", -7, "US Pacific, summer"),
        _zone("AST", -4, "Atlantic"), _zone("ADT", -3, "Atlantic, summer"),
        _zone("BST", 1, "British Summer Time"),
        _zone("CET", 1, "Central European"), _zone("CEST", 2, "Central European, summer"),
        _zone("EET", 2, "Eastern European"), _zone("EEST", 3, "Eastern European, summer"),
        _zone("MSK", 3, "Moscow"), _zone("IST", 5.5, "India"),
        _zone("SGT", 8, "Singapore"), _zone("HKT", 8, "Hong Kong"),
        _zone("JST", 9, "Japan"), _zone("KST", 9, "Korea"),
        _zone("AEST", 10, "Australian Eastern"), _zone("AET", 10, "Australian Eastern"),
        _zone("AEDT", 11, "Australian Eastern, summer"),
    )
}

#: Abbreviations that are also names of companies ("ADT said on Monday ...").
NAME_CLASHES = frozenset({"ADT", "AST"})
#: Zones that stand alone as no other name: "UTC" in any sentence is a zone, never an organisation.
STANDALONE_ZONES = frozenset(ZONES) - NAME_CLASHES

#: One regular-expression group of every zone, upper case (longest first): add re.IGNORECASE
#: (or wrap it in ``(?i:...)``) where the text is lower-cased.
ZONE_RE = r"(?:" + "|".join(sorted(ZONES, key=lambda name: (-len(name), name))) + r")"
