"""Lengths told in more than one unit: "two hours and 30 minutes" is one TIMEX3, PT2H30M.

``compound_value`` writes the ISO 8601 value of the cleaned phrase; ``date_values`` calls it
from its ``duration.compound`` rule and ``date_extents.join_compound_durations`` makes one span
of the parts the model marked one by one ("11 days", "19 hours", "48 minutes").
"""

from __future__ import annotations

import re

#: Units from the largest down, with their ISO letter and whether they are time (after "T") units.
_ORDER = (("year", "Y", False), ("month", "M", False), ("week", "W", False), ("day", "D", False),
          ("hour", "H", True), ("minute", "M", True), ("second", "S", True))
_RANK = {name: i for i, (name, _, _) in enumerate(_ORDER)}
PART = re.compile(r"(\d+(?:\.\d+)?)\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b")
#: "2 hours, 21 minutes and 6 seconds" (after ``clean``: number words are digits).
COMPOUND = (
    r"^(?P<parts>\d+(?:\.\d+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?)"
    r"(?:(?:,\s*|\s+)(?:and\s+)?\d+(?:\.\d+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?))+)$"
)


def descending(units: list[str]) -> bool:
    """True when each unit is smaller than the one before ("hours" then "minutes")."""
    ranks = [_RANK[u.rstrip("s")] for u in units]
    return all(a < b for a, b in zip(ranks, ranks[1:], strict=False))


def compound_value(phrase: str) -> str | None:
    """"2 hours, 21 minutes and 6 seconds" -> PT2H21M6S; None unless the units descend."""
    parts = [(count, unit.rstrip("s")) for count, unit in PART.findall(phrase)]
    if len(parts) < 2 or not descending([unit for _, unit in parts]):
        return None
    date_part = "".join(f"{float(c):g}{letter}" for c, u in parts for name, letter, is_time in _ORDER if name == u and not is_time)
    time_part = "".join(f"{float(c):g}{letter}" for c, u in parts for name, letter, is_time in _ORDER if name == u and is_time)
    return "P" + date_part + (f"T{time_part}" if time_part else "")
