"""Holidays as calendar days: "Christmas" is XXXX-12-25, "Thanksgiving" the fourth Thursday of November.

``holiday_day(name, year)`` gives the day a named holiday falls on in ``year``; the value rule
(``date_period_values.holiday``) picks the year as for a bare month: an explicit year, else "last"/"next", else
the tense, else the nearest one to the anchor (HeidelTime's ``normHolidayFix``/``normHolidayVar``
do the same).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

#: Holidays on a fixed month and day.
FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "boxing day": (12, 26),
    "new year's day": (1, 1), "new year's": (1, 1), "new years day": (1, 1), "new year's eve": (12, 31),
    "new years eve": (12, 31), "independence day": (7, 4), "the fourth of july": (7, 4), "fourth of july": (7, 4),
    "valentine's day": (2, 14), "valentines day": (2, 14), "halloween": (10, 31), "veterans day": (11, 11),
    "veterans' day": (11, 11), "armistice day": (11, 11), "remembrance day": (11, 11), "st. patrick's day": (3, 17),
    "st patrick's day": (3, 17), "saint patrick's day": (3, 17), "bastille day": (7, 14), "may day": (5, 1),
    "canada day": (7, 1), "australia day": (1, 26), "anzac day": (4, 25), "earth day": (4, 22),
    "international women's day": (3, 8), "guy fawkes night": (11, 5), "bonfire night": (11, 5),
    "all saints' day": (11, 1), "all saints day": (11, 1), "epiphany": (1, 6),
    # national days of English-speaking news beyond the US and UK
    "waitangi day": (2, 6), "st. andrew's day": (11, 30), "st andrew's day": (11, 30), "st. george's day": (4, 23),
    "st george's day": (4, 23), "st. david's day": (3, 1), "st david's day": (3, 1), "burns night": (1, 25),
    "juneteenth": (6, 19), "world aids day": (12, 1), "holocaust memorial day": (1, 27),
    "holocaust remembrance day": (1, 27),
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th ``weekday`` (0 = Monday) of a month; ``n = -1`` for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month = (h + ell - 7 * m + 114) // 31
    day = (h + ell - 7 * m + 114) % 31 + 1
    return date(year, month, day)


#: Holidays that move: the day they fall on in a given year.
MOVABLE: dict[str, Callable[[int], date]] = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "martin luther king day": lambda y: _nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: _nth_weekday(y, 1, 0, 3),
    "presidents' day": lambda y: _nth_weekday(y, 2, 0, 3),
    "presidents day": lambda y: _nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: _nth_weekday(y, 10, 0, 2),
    "mother's day": lambda y: _nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: _nth_weekday(y, 6, 6, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter": easter,
    "easter sunday": easter,
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "palm sunday": lambda y: easter(y) - timedelta(days=7),
    "ash wednesday": lambda y: easter(y) - timedelta(days=46),
}

HOLIDAY_RE = "|".join(re.escape(name) for name in sorted([*FIXED, *MOVABLE], key=len, reverse=True))


def holiday_day(name: str, year: int) -> date | None:
    """The day holiday ``name`` (lower case) falls on in ``year``; None when it is no holiday we know."""
    if name in FIXED:
        month, day = FIXED[name]
        return date(year, month, day)
    if name in MOVABLE:
        return MOVABLE[name](year)
    return None


def nearest_holiday(name: str, today: date, direction: int) -> date | None:
    """The holiday's day nearest to ``today``: on or before it looking back, on or after it looking
    forward, else whichever of last year's, this year's and next year's is closest."""
    days = [d for y in (today.year - 1, today.year, today.year + 1) if (d := holiday_day(name, y)) is not None]
    if direction < 0:
        days = [d for d in days if d <= today]
    elif direction > 0:
        days = [d for d in days if d >= today]
    return min(days, key=lambda d: abs((d - today).days)) if days else None
