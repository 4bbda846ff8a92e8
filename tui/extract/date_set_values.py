"""Value rules for sets (TimeML SET) read from their own words: "daily", "every week",
"every other year", "Mondays", "twice a week", "every summer", "each July".

Handlers for ``date_values.VALUE_RULES``; the set rules written as plain values of the words
(``date_sets.SET_RULES``) run beside them.
"""

from __future__ import annotations

import re

from .date_durations import duration_value, number
from .date_readings import SET, Anchor, Reading
from .date_words import MONTHS, PARTS_OF_DAY, SEASONS, WEEKDAYS

_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H"}


def set_word(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(SET, _SET_WORDS[m.group(1)])


def every_unit(m: re.Match[str], a: Anchor) -> Reading:
    """"every week" is P1W, "every 5 years" P5Y, "every other year" P2Y."""
    count = 2 if m.group(1) == "other" else number(m.group(1)) or 1
    return Reading(SET, duration_value(count, m.group(2)))


def every_weekday(m: re.Match[str], a: Anchor) -> Reading:
    day = WEEKDAYS.index(m.group(1)) + 1
    part = PARTS_OF_DAY.get((m.group(2) or "").rstrip("s"))
    return Reading(SET, f"XXXX-WXX-{day}" + (f"T{part}" if part else ""))


def frequency(m: re.Match[str], a: Anchor) -> Reading:
    """"twice a week", "three times a day": TimeML writes the period (the count goes in ``freq``)."""
    return Reading(SET, duration_value(1, m.group(1)))


def every_few(m: re.Match[str], a: Anchor) -> Reading:
    """"every few years": a set whose period is not told (PXY)."""
    return Reading(SET, duration_value(None, m.group(1)))


def every_season(m: re.Match[str], a: Anchor) -> Reading:
    """"every summer": that season of every year (XXXX-SU), as "each July" is XXXX-07."""
    return Reading(SET, f"XXXX-{SEASONS[m.group(1)]}")


def every_month(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(SET, f"XXXX-{MONTHS[m.group(1).rstrip('.')]:02d}")
