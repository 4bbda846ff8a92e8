"""Value rules for calendar dates and times of day: any mix of year, month, day, weekday, part of
day and clock time ("Feb. 4, 2025", "March 8", "Saturday, April 25", "10:35 a.m. Friday", "8pm the
next day"), "the week of March 11", "the 15th", "2025-02-04", and the dateparser fallback.

Where dateparser is used: only ``absolute_fallback``, for written-out absolute dates with a year
that the calendar rules do not read ("4/2/2025", "Tuesday 4th of February 2025"). It is never asked
about direction, durations, sets or ranges: the rules decide those.

Handlers for ``date_values.VALUE_RULES``; the calendar arithmetic is ``date_calendar``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .date_calendar import add_months, at_granularity, day_month_year, day_of_value, iso_day, month_year, weekday_near
from .date_readings import DATE, RELATIVE_OFFSETS, TIME, Anchor, Reading, story_base
from .date_web_forms import clock_day, quarter_clock
from .date_words import MONTH_RE, MONTHS, PARTS_OF_DAY, WEEKDAYS
from .time_zones import ZONE_RE

_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight|mid-?day)\b"
)
_CAL_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_CAL_DAY_MONTH = re.compile(rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?")
_CAL_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?\b")
_CAL_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")
_CAL_YEAR = re.compile(r"(?<![\d.,$])\b(1[0-9]\d\d|20\d\d|21\d\d)\b(?![\d.,%]\d)")
_PART = re.compile(r"\b(morning|afternoon|evening|night|overnight|midday|daytime)\b")


def _clock(phrase: str) -> str | None:
    m = _CLOCK.search(phrase)
    if not m:
        return None
    if m.group(6):
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m.group(6).replace("-", "")]
    if m.group(4):
        hour, minute = int(m.group(4)), int(m.group(5))
    else:
        hour, minute = int(m.group(1)), int(m.group(2) or 0)
        if m.group(3).startswith("p") and hour < 12:
            hour += 12
        elif m.group(3).startswith("a") and hour == 12:
            hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


#: The day after or before the story's, said beside a clock time ("8pm the next day").
_DAY_STEP = re.compile(r"\bthe\s+(next|following|previous|preceding)\s+day\b|\bthe\s+day\s+(before|after)\b")


def calendar_date(m: re.Match[str], a: Anchor) -> Reading | None:
    """Any mix of year, month, day, weekday, part of day and clock time, in any order."""
    phrase = m.group(0)
    if re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", phrase):
        return None  # "2/4/2025": the fallback reads numeric dates
    clock = quarter_clock(phrase) or _clock(phrase)
    military = re.search(rf"\b([01]\d|2[0-3])([0-5]\d)\s*(?i:{ZONE_RE})\b", phrase)
    if clock is None and military:
        clock = f"{military.group(1)}:{military.group(2)}"
    part_match = _PART.search(phrase)
    part = PARTS_OF_DAY[part_match.group(1)] if part_match else None
    year = month = day = None
    if cal := (_CAL_MONTH_DAY.search(phrase) or _CAL_DAY_MONTH.search(phrase)):
        month, day = MONTHS[cal.group("month").rstrip(".")], int(cal.group("day"))
        year = int(cal.group("year")) if cal.group("year") else None
        if not 1 <= day <= 31:
            return None
    elif cal := _CAL_MONTH_YEAR.search(phrase):
        if cal.group(0).strip(".") == "may" and not cal.group("year") and "may" not in phrase.split()[-1:]:
            return None  # the verb "may", not the month
        month = MONTHS[cal.group("month").rstrip(".")]
        year = int(cal.group("year")) if cal.group("year") else None
    if year is None and (rel := re.search(r"\b(last|this|next) year\b", phrase)) and a.today is not None:
        year = a.today.year + {"last": -1, "this": 0, "next": 1}[rel.group(1)]
    if year is None and re.search(r"\b(?:that|the same) year\b", phrase) and (told := re.match(r"^(\d{4})", a.story_value or "")):
        year = int(told.group(1))  # date.that_year: "in 1989 ... on March 9 of that year"
    if year is None and (y := _CAL_YEAR.search(phrase)) and not military:
        year = int(y.group(1))
    weekday_match = _CAL_WEEKDAY.search(phrase)
    anchor_day = a.today
    if month is None and year is None and weekday_match is None and clock is None:
        return None
    if month is None and weekday_match is None:
        if clock is None:
            return Reading(DATE, f"{year:04d}") if year else None
        base = clock_day(phrase, a.today, story_base(a)) or story_base(a)  # the story's day, or the one a day word names
        if base is None:
            return None
        if step := _DAY_STEP.search(phrase):  # date.clock_next_day: "at 8pm the next day"
            base = (a.story or base) + timedelta(days=-1 if (step.group(1) or step.group(2)) in {"previous", "preceding", "before"} else 1)
        return Reading(TIME, f"{iso_day(base)}T{clock}")
    if month is None:  # a weekday
        if anchor_day is None:
            return None
        target = WEEKDAYS.index(weekday_match.group("weekday"))  # type: ignore[union-attr]
        if week := re.search(r"\b(last|this|next) week\b", phrase):  # "Tuesday next week": that week's Tuesday
            monday = anchor_day - timedelta(days=anchor_day.weekday()) + timedelta(weeks=RELATIVE_OFFSETS[week.group(1)])
            return _timed(iso_day(monday + timedelta(days=target)), clock, part)
        the_day = weekday_near(anchor_day, target, a.direction)
        return _timed(iso_day(the_day), clock, part)
    if year is None:
        if anchor_day is None:
            return None
        if day is not None:
            year = day_month_year(anchor_day, month, day, a.direction, event_day=a.event_day)
        else:
            year = month_year(anchor_day, month, a.direction)
    if day is None:
        return Reading(DATE, f"{year:04d}-{month:02d}")
    try:
        date(year, month, day)
    except ValueError:
        return None
    return _timed(f"{year:04d}-{month:02d}-{day:02d}", clock, part)


def _timed(day: str, clock: str | None, part: str | None) -> Reading:
    if clock:
        return Reading(TIME, f"{day}T{clock}")
    if part:
        return Reading(TIME, f"{day}T{part}")
    return Reading(DATE, day)


def week_of(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the week of March 11": the ISO week that holds the day (2013-W11)."""
    inner = calendar_date(re.match(r"^.*$", m.group(1)), a)  # type: ignore[arg-type]
    day = day_of_value(inner.value) if inner is not None and inner.type == DATE else None
    return Reading(DATE, at_granularity(day, "week")) if day else None


def day_of_month(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the 15th", "Friday the 15th": that day of the month nearest publication in the tense's
    direction (a month back or ahead at most); with a weekday, the month whose 15th is that weekday."""
    today = a.today
    if today is None:
        return None
    number = int(m.group(2))
    candidates = []
    for months in (-1, 0, 1):
        first = add_months(today.replace(day=1), months)
        try:
            candidates.append(first.replace(day=number))
        except ValueError:
            continue
    if m.group(1):
        candidates = [d for d in candidates if d.weekday() == WEEKDAYS.index(m.group(1))]
    if a.direction < 0:
        candidates = [d for d in candidates if d <= today]
    elif a.direction > 0:
        candidates = [d for d in candidates if d >= today]
    if not candidates:
        return None
    return Reading(DATE, iso_day(min(candidates, key=lambda d: (abs((d - today).days), d > today))))


def numeric_date(m: re.Match[str], a: Anchor) -> Reading | None:
    year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
    try:
        return Reading(DATE, iso_day(date(year, month, day)))
    except ValueError:
        return None


@lru_cache(maxsize=1)
def _dateparser_parser() -> Any:
    try:
        import dateparser.date as dateparser_date

        return dateparser_date.DateDataParser(languages=["en"], settings={"RETURN_AS_TIMEZONE_AWARE": False})
    except Exception:  # noqa: BLE001 - an optional helper must never break extraction
        return None


@lru_cache(maxsize=2048)
def _dateparser_absolute(phrase: str) -> tuple[datetime, str] | None:
    parser = _dateparser_parser()
    if parser is None:
        return None
    try:
        data = parser.get_date_data(phrase)
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; unresolved is fine
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def absolute_fallback(m: re.Match[str], a: Anchor) -> Reading | None:
    """dateparser for written absolute dates with a year ("4/2/2025"): no anchor involved."""
    parsed = _dateparser_absolute(m.group(0))
    if parsed is None:
        return None
    moment, period = parsed
    if period == "year":
        return Reading(DATE, f"{moment.year:04d}")
    if period == "month":
        return Reading(DATE, f"{moment.year:04d}-{moment.month:02d}")
    return Reading(DATE, iso_day(moment.date()))
