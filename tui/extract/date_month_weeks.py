"""Value rules from the strict news set (benchmarks/data/dates_strict.json).

value.week_of_month: "the first week of April", "the last week of March 2019": the ISO week that
holds the middle of that seven-day stretch of the month (April 2019's first week, days 1-7, is
2019-W14), not the month (2019-04). The year of a month told without one is chosen as for a bare
month (``date_calendar.month_year``)."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from .date_calendar import at_granularity, month_year, shift
from .date_readings import DATE, Anchor, Reading
from .date_words import MONTHS

#: The stretch of the month each ordinal names: its first day (the last week ends on the month's last day).
_ORDINALS = {"first": 1, "1st": 1, "second": 8, "2nd": 8, "third": 15, "3rd": 15, "fourth": 22, "4th": 22}

WEEK_OF_MONTH = rf"^(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last|final)\s+week\s+of\s+({'|'.join(sorted(MONTHS, key=len, reverse=True))})\.?(?:,?\s+(\d{{4}}))?$"


def week_of_month(m: re.Match[str], a: Anchor) -> Reading | None:
    """The ISO week of the middle day of the month's first, second ... or last seven days."""
    month = MONTHS[m.group(2)]
    if m.group(3):
        year = int(m.group(3))
    elif a.today is not None:
        year = month_year(a.today, month, a.direction)
    else:
        return None
    if m.group(1) in {"last", "final"}:
        middle = monthrange(year, month)[1] - 3
    else:
        middle = _ORDINALS[m.group(1)] + 3
    iso = date(year, month, middle).isocalendar()
    return Reading(DATE, f"{iso.year:04d}-W{iso.week:02d}")


#: value.units_and_a_half_ago: "a year and a half ago", "two months-and-a-half ago" (the words the
#: span rule ``date_strict_forms.add_half_units_ago`` finds; the model marks none), which the phrase
#: cleaner has written "1.5 years ago", "2.5 months ago".
UNITS_AND_A_HALF_AGO = r"^(?:(?:about|around|some|nearly|almost|roughly|more than|over)\s+)?(\d+)\.5\s+(year|month|week|day)s?\s+ago$"
#: Half of each unit, in the unit below it.
_HALF = {"year": ("month", 6), "month": ("day", 15), "week": ("day", 3), "day": ("day", 0)}


def units_and_a_half_ago(m: re.Match[str], a: Anchor) -> Reading | None:
    """The unit that holds the day counted back a count and a half of units from the publication day."""
    if a.today is None:
        return None
    unit = m.group(2)
    smaller, half = _HALF[unit]
    moment = shift(shift(a.today, unit, -int(m.group(1))), smaller, -half)
    return Reading(DATE, at_granularity(moment, unit))
