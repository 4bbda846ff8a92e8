"""Value rules for periods longer than a day: seasons ("last summer", "the winter of 1994"),
quarters and halves ("the third quarter", "Q3 2024", "the first half of this year"), years ("1998",
"the fiscal year"), decades and centuries ("the '80s", "the nineties", "the 1800s", "the 21st
century", "this decade"), and holidays ("Christmas", "last Thanksgiving", "Easter 2013").

Handlers for ``date_values.VALUE_RULES``.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .date_calendar import add_months, at_granularity, iso_day, quarter_of
from .date_holidays import holiday_day, nearest_holiday
from .date_readings import DATE, RELATIVE_OFFSETS, Anchor, Reading, told_at
from .date_web_forms import web_form_value
from .date_words import SEASONS


def season(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last summer" (2012-SU in 2013), "this fall", "summer 2012", "the winter of 1994"."""
    modifier, name, year_text = m.group(1), m.group(2), m.group(3)
    code = SEASONS[name]
    if year_text:
        return Reading(DATE, f"{year_text}-{code}")
    if modifier in {"that", "that same", "the same"} and (told := told_at(a.story_value, "year")) is not None:
        return Reading(DATE, f"{told}-{code}")  # date.that_season: "in 1994 ... That fall" is 1994-FA
    if a.today is None:
        return None
    start_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[code]
    current = start_month <= a.today.month < start_month + 3 or (code == "WI" and a.today.month <= 2)
    year = a.today.year
    if code == "WI" and a.today.month <= 2:
        year -= 1  # January's winter began last December
    if modifier in {"last", "past"}:
        year = year - 1 if current or start_month > a.today.month else year
    elif modifier in {"next", "coming"}:
        year = year + 1 if current or start_month < a.today.month else year
    elif not current:  # date.season_by_tense: "this spring" told in December is the one the verb points to
        if a.direction < 0 and start_month > a.today.month:
            year -= 1
        elif a.direction > 0 and start_month + 2 < a.today.month:
            year += 1
    return Reading(DATE, f"{year:04d}-{code}")


_ORD = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}


def named_quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the third quarter" / "third-quarter" / "Q3": the year from an explicit year, else the tense."""
    groups = m.groupdict()
    number = _ORD.get(groups["q"]) or int(groups["q"][-1])
    year_text = groups.get("year") or groups.get("year2")
    if year_text:
        return Reading(DATE, f"{int(year_text):04d}-Q{number}")
    if a.today is None:
        return None
    rel = groups.get("rel") or groups.get("rel2")
    year = a.today.year + RELATIVE_OFFSETS.get(rel or "this", 0)
    if not rel and number > quarter_of(a.today) and a.direction <= 0:
        year -= 1  # a quarter still to come, told in the past: last year's
    return Reading(DATE, f"{year:04d}-Q{number}")


def current_quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, at_granularity(a.today, "quarter")) if a.today else None


def the_quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the quarter", "the latest quarter": the quarter the story is about, else the last full one."""
    if a.story_value and re.match(r"^\d{4}-Q\d$", a.story_value):
        return Reading(DATE, a.story_value)
    if a.today is None:
        return None
    return Reading(DATE, at_granularity(add_months(a.today, -3), "quarter"))


def half_year(m: re.Match[str], a: Anchor) -> Reading | None:
    number = 2 if m.group(1) == "latter" or _ORD.get(m.group(1), 1) > 1 else 1  # "the latter half": H2
    if m.group(2):
        return Reading(DATE, f"{m.group(2)}-H{number}")
    if m.group(3) and a.today is not None:  # "the first half of this year", "... of the year"
        return Reading(DATE, f"{a.today.year + RELATIVE_OFFSETS.get(m.group(3), 0):04d}-H{number}")
    # "the second half" alone is as often a match's or a convention's as a year's: no value.
    return None


def current_year(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the year", "the fiscal year", "year-end", "earlier in the year": the publication year."""
    return Reading(DATE, f"{a.today.year:04d}") if a.today else None


def bare_year(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DATE, m.group(1))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def decade(m: re.Match[str], a: Anchor) -> Reading | None:
    digits = m.group(1)
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return Reading(DATE, digits[:3])


def decade_words(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, f"19{_DECADE_WORDS[m.group(1)]}")


def hundreds(m: re.Match[str], a: Anchor) -> Reading:
    """"the 1800s" is the century of the years 18xx (TimeML 18), not the decade 1800-1809; but
    "the 2000s" is the decade 2000-2009 (200), as modern news means it ("the early 2000s")."""
    return Reading(DATE, m.group(1))


def web_form_date(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the 2000s" (200), "the end of the century" (20): ``date_web_forms``."""
    value = web_form_value(m.group(0), a.today)
    return Reading(DATE, value) if value else None


def century(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DATE, f"{int(m.group(1)) - 1:02d}")


def relative_decade(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    offset = RELATIVE_OFFSETS.get(m.group(1), 0)
    return Reading(DATE, f"{a.today.year // 10 + offset:03d}")


def relative_century(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    offset = RELATIVE_OFFSETS.get(m.group(1), 0)
    return Reading(DATE, f"{a.today.year // 100 + offset:02d}")


def holiday(m: re.Match[str], a: Anchor) -> Reading | None:
    """"Christmas", "last Thanksgiving", "Easter 2013": the day it falls on that year."""
    modifier, name, year_text = m.group(1), m.group(2), m.group(3)
    if year_text:
        day = holiday_day(name, int(year_text))
    elif a.today is None:
        return None
    elif modifier in {"last", "this past"}:
        day = nearest_holiday(name, a.today - timedelta(days=1), -1)
    elif modifier in {"next", "this coming", "coming"}:
        day = nearest_holiday(name, a.today + timedelta(days=1), 1)
    else:
        day = nearest_holiday(name, a.today, a.direction)
        if day is not None and not a.direction and abs((day - a.today).days) > 45:
            # "her love for Halloween": a holiday far from the day told, with no tense to place it,
            # is the holiday in general (TimeML: the year unknown)
            return Reading(DATE, f"XXXX-{day.month:02d}-{day.day:02d}")
    return Reading(DATE, iso_day(day)) if day else None
