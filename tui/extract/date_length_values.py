"""Value rules for lengths (TimeML DURATION): "three weeks", "two to three years" (P2Y), "two hours
and 30 minutes", "months later" (PXM), "half an hour", "a quarter century", "hundreds of years".

Handlers for ``date_values.VALUE_RULES``; the arithmetic of a length's value is
``date_durations.duration_value``, and the length rules written as plain values of the words
(``date_durations.DURATION_RULES`` and ``SHIFT_RULES``) run beside them.
"""

from __future__ import annotations

import re

from .date_durations import compound_value, duration_value, number
from .date_readings import DURATION, Anchor, Reading
from .date_web_forms import large_count_value


def counted_length(m: re.Match[str], a: Anchor) -> Reading | None:
    count_text = m.group("count")
    if re.fullmatch(r"1[89]\d\d|20\d\d", count_text) and not m.group("unit").endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1,988 of them
    if low := re.match(r"(\d+(?:\.\d+)?)\s+(?:to|or|and)\s", count_text):
        # "two to three weeks" is P2W: TimeML (TimeBank, HeidelTime) writes the range's first end
        return Reading(DURATION, duration_value(float(low.group(1)), m.group("unit")))
    if count_text in {"few", "several", "some", "many", "couple", "a few", "numerous", "a number of"}:
        return Reading(DURATION, duration_value(None, m.group("unit")))
    return Reading(DURATION, duration_value(number(count_text), m.group("unit")))


def compound_length(m: re.Match[str], a: Anchor) -> Reading | None:
    """"two hours and 30 minutes": one length in several units (``date_durations``)."""
    value = compound_value(m.group("parts"))
    return Reading(DURATION, value) if value else None


def uncounted_units(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DURATION, duration_value(None, m.group(1)))


def short_shift_length(m: re.Match[str], a: Anchor) -> Reading | None:
    """"three days later", "a minute and a half later": TimeML marks the length, not the moment."""
    if not m.group("count") and m.group(0).startswith("the "):
        return None  # "the day after" names the day after the story's day (date.story_shift)
    if m.group("count"):
        count = number(m.group("count"))
    else:  # "a day later" has its count; "days later" does not
        count = None if m.group("unit").endswith("s") else 1
    return Reading(DURATION, duration_value(count, m.group("unit")))


def uncounted_shift_length(m: re.Match[str], a: Anchor) -> Reading:
    """"months later", "a few years earlier": no count told, so no date to count to; TimeML marks
    the length, as for "days later" (PXD)."""
    return Reading(DURATION, duration_value(None, m.group("unit")))


#: Half a unit as TimeML writes it.
_HALF_UNIT = {"minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3.5D", "month": "P2W", "year": "P6M",
              "decade": "P5Y", "century": "P50Y"}


def half_unit(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DURATION, _HALF_UNIT[m.group(1)])


def part_century(m: re.Match[str], a: Anchor) -> Reading:
    """"the past half-century", "a quarter century": fifty or twenty-five years long (a bare
    "quarter-century low" describes the low, and TimeBank leaves it unmarked)."""
    return Reading(DURATION, "P50Y" if m.group(1) == "half" else "P25Y")


def large_count_length(m: re.Match[str], a: Anchor) -> Reading:
    """"more than a thousand years", "hundreds of years": ``date_web_forms``."""
    return Reading(DURATION, large_count_value(m.group("count"), m.group("large"), m.group("unit")))
