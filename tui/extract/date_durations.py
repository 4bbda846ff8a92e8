"""Lengths of time as TimeML writes them: P5Y, PT2H30M, PXD.

``duration_value`` writes a count of a unit; ``compound_value`` a length told in more than one
unit ("two hours and 30 minutes" is one TIMEX3, PT2H30M: ``date_extents.join_compound_durations``
makes one span of the parts the model marked one by one). ``DURATION_RULES`` are the value rules
``date_values`` runs before its general ``duration.count``: (name, pattern over the cleaned
phrase, value of the match).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .date_words import UNIT_RE, UNITS

#: Units from the largest down, with their ISO letter and whether they are time (after "T") units.
_ORDER = (("year", "Y", False), ("month", "M", False), ("week", "W", False), ("day", "D", False),
          ("hour", "H", True), ("minute", "M", True), ("second", "S", True))
_RANK = {name: i for i, (name, _, _) in enumerate(_ORDER)}
#: A count and its unit; "an hour and 45 minutes" counts its first unit with "an".
PART = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?|an?)\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)\b")
#: "2 hours, 21 minutes and 6 seconds", "a year and two months" (after ``clean``: number words are digits).
COMPOUND = (
    r"^(?P<parts>(?:\d+(?:\.\d+)?|an?)\s+(?:years?|months?|weeks?|days?|hours?|minutes?)"
    r"(?:(?:,\s*|\s+)(?:and\s+)?\d+(?:\.\d+)?\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?))+)$"
)


def descending(units: list[str]) -> bool:
    """True when each unit is smaller than the one before ("hours" then "minutes")."""
    ranks = [_RANK[u.rstrip("s")] for u in units]
    return all(a < b for a, b in zip(ranks, ranks[1:], strict=False))


def compound_value(phrase: str) -> str | None:
    """"2 hours, 21 minutes and 6 seconds" -> PT2H21M6S, "an hour and 45 minutes" -> PT1H45M;
    None unless the units descend."""
    parts = [(number(count) or 1.0, unit.rstrip("s")) for count, unit in PART.findall(phrase)]
    if len(parts) < 2 or not descending([unit for _, unit in parts]):
        return None
    date_part = "".join(f"{c:g}{letter}" for c, u in parts for name, letter, is_time in _ORDER if name == u and not is_time)
    time_part = "".join(f"{c:g}{letter}" for c, u in parts for name, letter, is_time in _ORDER if name == u and is_time)
    return "P" + date_part + (f"T{time_part}" if time_part else "")


def unit_name(word: str) -> str:
    """"centuries" -> "century", "days" -> "day": the singular of a unit word."""
    word = word.rstrip("s") if not word.endswith("ss") else word
    return {"centurie": "century", "centuri": "century", "millennia": "millennium", "millenniu": "millennium"}.get(word, word)


def number(text: str | None) -> float | None:
    """"a" -> 1, "2.5" -> 2.5; None when the words are no count."""
    if text is None:
        return None
    if text in {"a", "an", "one", "single"}:
        return 1
    try:
        return float(text)
    except ValueError:
        return None


#: Half of a unit in the next unit down: 2 1/2 years = P2Y6M, 5 1/2 hours = PT5H30M.
_HALVES = {"year": "6M", "month": "2W", "day": "T12H", "hour": "30M", "minute": "30S"}


def duration_value(count: float | None, unit: str) -> str:
    """P5Y, PT2H, P2Y6M, PXD, P2Q: a length of ``count`` (None = unknown) ``unit``s."""
    unit = unit_name(unit)
    if unit == "weekend":
        unit = "week"
    letter, is_time = UNITS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{letter}"  # "quarters" is PXQ (TimeBank, HeidelTime), "decades" PXDE
    if unit == "decade":
        return f"P{count * 10:g}Y"
    if unit in {"century", "millennium"} and count != int(count):
        return f"P{count * (100 if unit == 'century' else 1000):g}Y"  # "a century and a half" is P150Y
    if count - int(count) == 0.5 and (half := _HALVES.get(unit)):
        whole = f"{int(count)}{letter}" if int(count) else ""
        return f"{prefix}{whole}{half}"
    return f"{prefix}{count:g}{letter}"  # "47.42 seconds" is PT47.42S


#: Counts before a unit in the rules below (after ``clean``: number words are digits).
_COUNT = r"(\d+(?:\.\d+)?|an?|one)"
_ROUGHLY = r"(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|up to|roughly|only|just|another|a full)\s+)*"


def _fortnight(m: re.Match[str]) -> str | None:
    """duration.fortnight: "a fortnight", "the next fortnight" are two weeks (P2W)."""
    count = number(m.group(1) or "a")
    return duration_value(count * 2, "week") if count is not None else None


def _more_units(m: re.Match[str]) -> str | None:
    """duration.more_units: "at least 20 more years", "an additional year", "another two weeks":
    the length still to come, counted as told (TimeBank: P20Y, P1Y)."""
    told, unit = m.group(1), m.group(2) or m.group(3)
    if told is None:  # "another year" is one; "more years" tells no count
        return duration_value(None if unit.endswith("s") else 1, unit)
    return duration_value(None if told in _FUZZY else number(told), unit)


_FUZZY = frozenset({"few", "a few", "several", "many"})


def _period_noun(m: re.Match[str]) -> str | None:
    """duration.period: "a three-year period", "the 12-month term": the length is the count's
    (TimeBank marks "a three-year period" and "one-year term" whole)."""
    count = number(m.group(1))
    return duration_value(count, m.group(2)) if count is not None else None


def _unit_long(m: re.Match[str]) -> str:
    """duration.unit_long: "yearlong", "an hour-long", "decade-long": one unit (P1Y, PT1H, P10Y)."""
    return duration_value(1, m.group(1))


def _quarter_century(m: re.Match[str]) -> str:
    """duration.quarter_century: "a quarter of a century" is 25 years."""
    return "P25Y"


def _units_long(m: re.Match[str]) -> str:
    """duration.units_long: "months-long", "a years-long war": a length of no told count (PXM)."""
    return duration_value(None, m.group(1))


def _vague_length(m: re.Match[str]) -> str:
    """duration.vague: "(for) some time", "(for) a while": a length of no told size or unit (PXX)."""
    return "PXX"


def _half_unit_noun(m: re.Match[str]) -> str:
    """duration.half_unit_noun: "a half-hour", "a half hour", "a half-day": half of the unit, as
    "half an hour" is (PT30M, PT12H)."""
    return {"hour": "PT30M", "day": "PT12H", "minute": "PT30S"}[m.group(1)]


def _units_ago(m: re.Match[str]) -> str:
    """duration.units_ago: "(just) months ago", "weeks ago": no count, so no date to count back to;
    TimeML marks the length (TimeBank: "just months ago" PXM, as "about two years ago" P2Y).
    "years ago" stays the past (PAST_REF, as "several years ago" in TimeBank)."""
    return duration_value(None, m.group(1))


def _each_of_the_last(m: re.Match[str]) -> str | None:
    """duration.each_of_the_last: "each of the past three years" is the length the years cover
    (TimeBank: P3Y), as "the past three years" is."""
    count = number(m.group(1))
    return duration_value(count, m.group(2)) if count is not None else None


def _digit_range(m: re.Match[str]) -> str | None:
    """duration.digit_range: "4-5 years", "3–4 hours", "30+ years": the first end (TimeML, as "two to
    three weeks" is P2W; TimeBank); only a plural unit, so "10-19 year olds" stays an age."""
    low = number(m.group(1))
    high = number(m.group(2)) if m.group(2) else None
    if low is None or (high is not None and high <= low):
        return None
    return duration_value(low, m.group(3))


def _unit_alternatives(m: re.Match[str]) -> str:
    """duration.unit_alternatives: "weeks or months", "months or even years": a length of no told count,
    in the first unit (TimeBank: "weeks or months" PXW)."""
    return duration_value(None, m.group(1))


DURATION_RULES: tuple[tuple[str, str, Callable[[re.Match[str]], str | None]], ...] = (
    ("duration.unit_alternatives", rf"^(?:(?:several|many|some)\s+)?({UNIT_RE})\s+(?:or|and)\s+(?:(?:even|possibly|perhaps)\s+)?{UNIT_RE}$",
     _unit_alternatives),
    ("duration.vague", r"^(?:quite\s+)?(?:some\s+time|a\s+while)$", _vague_length),
    ("duration.units_ago", r"^(?:(?:just|only)\s+)?(days|weeks|months)\s+ago$", _units_ago),
    ("duration.each_of_the_last", rf"^each\s+of\s+the\s+(?:past|last|previous|next|coming)\s+(\d+)\s+({UNIT_RE})$", _each_of_the_last),
    ("duration.digit_range", rf"^{_ROUGHLY}(?:the\s+)?(\d+)(?:\s*-\s*(\d+)|\+)\s+(seconds|minutes|hours|days|weeks|months|years|decades)$", _digit_range),
    ("duration.half_unit_noun", rf"^{_ROUGHLY}(?:an?\s+)?half[\s-](hour|day|minute)(?:[\s-]?long)?$", _half_unit_noun),
    ("duration.fortnight", rf"^(?:the\s+(?:next|past|last|coming|previous|following|first)\s+)?{_ROUGHLY}(?:(\d+|an?|one)\s+)?fortnights?$", _fortnight),
    ("duration.more_units", rf"^{_ROUGHLY}(?:(\d+(?:\.\d+)?|an?|one|a few|few|several|many)\s+)?(?:more|additional|extra|further)\s+({UNIT_RE})$"
     rf"|^another\s+({UNIT_RE})$", _more_units),
    ("duration.period", rf"^(?:a|an|the|its|their|his|her)?\s*{_COUNT}[\s-]({UNIT_RE})(?:-long)?\s+(?:period|term|span|stretch|spell|window)$", _period_noun),
    ("duration.unit_long", r"^(?:an?\s+)?(hour|day|night|week|month|year|decade|century)[\s-]?long$", _unit_long),
    ("duration.quarter_century", r"^(?:(?:about|nearly|almost|more than|over)\s+)?a\s+quarter\s+of\s+a\s+century$", _quarter_century),
    ("duration.units_long", r"^(?:an?\s+)?(seconds|minutes|hours|days|weeks|months|years|decades)[\s-]long$", _units_long),
)


def _counted_shift(m: re.Match[str]) -> str | None:
    """duration.counted_shift: "Forty years later", "a year later", "more than two decades
    earlier": a told length and the signal that places it. TimeML marks the length (TimeBank:
    "Three days later" P3D, "twenty years after" P20Y, "several months before" PXM); "a year
    earlier" (and "a month earlier") stays the date it compares with, as in results ("up from $5
    million a year earlier", 25 of 25 in TimeBank), so only later lengths, decades or centuries
    before and counts of two or more ("four years earlier", as "12 days earlier") are read here."""
    count, unit, way = number(m.group(1)), unit_name(m.group(2)), m.group(3)
    if count is None or (way in {"earlier", "before"} and unit not in {"decade", "century"} and count < 2):
        return None
    return duration_value(count, unit)


#: Rules ``date_values`` runs before it reads "N units later" as a date moved from the story's.
SHIFT_RULES: tuple[tuple[str, str, Callable[[re.Match[str]], str | None]], ...] = (
    ("duration.counted_shift",
     r"^(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|roughly|only|just|exactly|precisely|barely)\s+)*"
     r"(\d+(?:\.\d+)?|an?|one)[\s-]+"
     r"(months?|years?|decades?|centur(?:y|ies))[\s-]+(later|afterwards?|after|earlier|before)$", _counted_shift),
)
