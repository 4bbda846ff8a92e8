"""Value rules for deictic expressions, read from the publication day: "now" and "recently"
(PRESENT_REF, PAST_REF), "two years ago", "a week from today", "yesterday", "tonight", "last night",
"this morning", "last week", "next Friday", "last April", "May last year", "the end of the week",
"this weekend".

Handlers for ``date_values.VALUE_RULES``; the anaphoric ones, read from the story's last date
("the next day", "a year earlier"), are ``date_story_values``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_calendar import at_granularity, iso_day, shift, weekday_near
from .date_durations import number, unit_name
from .date_readings import DATE, RELATIVE_OFFSETS, TIME, Anchor, Handler, Reading
from .date_words import MONTHS, PARTS_OF_DAY, WEEKDAYS


def vague_reference(value: str) -> Handler:
    return lambda m, a: Reading(DATE, value)


def units_ago(m: re.Match[str], a: Anchor) -> Reading | None:
    count = number(m.group(1))
    unit = unit_name(m.group(2))
    if a.today is None or count is None or count != int(count) or unit not in {"day", "week", "month", "year", "decade", "quarter"}:
        return None
    if unit == "year" and count == 1 and a.story_value and re.match(r"^\d{4}-Q\d$", a.story_value):
        return Reading(DATE, f"{int(a.story_value[:4]) - 1:04d}{a.story_value[4:]}")  # results "a year ago"
    moment = shift(a.today, unit, -int(count))
    return Reading(DATE, at_granularity(moment, unit))


def units_from_now(m: re.Match[str], a: Anchor) -> Reading | None:
    """"two years from now", "a week from today": counted forward from the publication day."""
    count = number(m.group(1))
    unit = unit_name(m.group(2))
    if a.today is None or count is None or count != int(count) or unit not in {"day", "week", "month", "year", "decade"}:
        return None
    return Reading(DATE, at_granularity(shift(a.today, unit, int(count)), unit))


_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def day_word(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    day = a.today + timedelta(days=_DAY_WORDS[m.group(1)])
    part = m.group(2) or ("night" if m.group(1) == "tonight" else None)
    if part:
        return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[part]}")
    return Reading(DATE, iso_day(day))


def day_word_shift(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the day before yesterday", "the day after tomorrow": two days from publication."""
    if a.today is None:
        return None
    return Reading(DATE, iso_day(a.today + timedelta(days=-2 if m.group(1) == "before yesterday" else 2)))


def part_day_word(m: re.Match[str], a: Anchor) -> Reading | None:
    """"mid-afternoon yesterday", "late morning today": that part of that day."""
    if a.today is None:
        return None
    day = a.today + timedelta(days=_DAY_WORDS[m.group(2)])
    return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[m.group(1)]}")


def last_night(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    return Reading(TIME, f"{iso_day(a.today - timedelta(days=1))}TNI")


def this_part(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    return Reading(TIME, f"{iso_day(a.today)}T{PARTS_OF_DAY[m.group(1)]}")


def relative_unit(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last week", "this month", "next year", "the past year", "earlier this year"."""
    unit = unit_name(m.group(2))
    if unit in {"day", "night"} and m.group(1).startswith("the "):
        return None  # "the next day" counts from the story's day: the story rules said no
    offset = RELATIVE_OFFSETS[m.group(1)]
    base = a.story if m.group(1) in {"the following", "following", "the same", "that", "the previous"} and a.story else a.today
    if base is None:
        return None
    if unit == "weekend":
        return Reading(DATE, at_granularity(shift(base, "week", _weekend_offset(m.group(1), a)), "weekend"))
    return Reading(DATE, at_granularity(shift(base, unit, offset), unit))


def relative_weekday(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last Friday", "next Monday", "this coming Sunday"."""
    if a.today is None:
        return None
    target = WEEKDAYS.index(m.group(2))
    modifier = m.group(1)
    if modifier in {"last", "past", "this past"}:
        day = weekday_near(a.today - timedelta(days=1), target, -1)
    elif modifier in {"next", "this coming", "coming"}:
        day = weekday_near(a.today + timedelta(days=1), target, 1)
    elif a.direction:  # "This Sunday, he crossed ...": the one the tense points to
        day = weekday_near(a.today, target, a.direction)
    else:  # "this Friday": this week's
        day = a.today + timedelta(days=target - a.today.weekday())
    return _with_part(day, m.group(3))


def _with_part(day: date, part: str | None) -> Reading:
    if part and part in PARTS_OF_DAY:
        return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[part]}")
    return Reading(DATE, iso_day(day))


def relative_month(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last April", "next December", "this September"."""
    if a.today is None:
        return None
    month = MONTHS[m.group(2).rstrip(".")]
    modifier = m.group(1)
    if modifier in {"last", "past"}:
        # date.last_month_named: the month just gone is "last month"; named ("crashed last February" in a
        # March story) it is that month a year before (TimeBank 1 of 1)
        year = a.today.year - (month >= a.today.month or month == a.today.month - 1)
    elif modifier in {"next", "coming"}:
        year = a.today.year + (month <= a.today.month)
    else:
        year = a.today.year
    return Reading(DATE, f"{year:04d}-{month:02d}")


def month_of_relative_year(m: re.Match[str], a: Anchor) -> Reading | None:
    """"May last year", "early March this year", "October 3 of next year": the month (and day) in
    the year told from the publication date (the calendar parser takes "May" for the verb)."""
    if a.today is None:
        return None
    month = MONTHS[m.group(1).lower().rstrip(".")]
    year = a.today.year + {"last": -1, "this": 0, "next": 1}[m.group(3).lower()]
    if not m.group(2):
        return Reading(DATE, f"{year:04d}-{month:02d}")
    try:
        return Reading(DATE, date(year, month, int(m.group(2))).isoformat())
    except ValueError:
        return None


def this_week(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the end of the week", "midweek": the week of publication."""
    return Reading(DATE, at_granularity(a.today, "week")) if a.today else None


def this_month(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, at_granularity(a.today, "month")) if a.today else None


def weekend(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    return Reading(DATE, at_granularity(shift(a.today, "week", _weekend_offset(m.group(1) or "", a)), "weekend"))


def _weekend_offset(modifier: str, a: Anchor) -> int:
    """Which weekend, in weeks from the publication week's: "the weekend" the coming one when told
    forward or late in the week, else the last one; on a weekday "this coming weekend" is this
    week's and "this past weekend" last week's (on a Sunday, the one ending today), and so is
    "this weekend" told in the past."""
    weekday = a.today.weekday() if a.today else 0
    modifier = modifier.removeprefix("the ").removeprefix("this ") if modifier not in {"the", "this"} else modifier
    if modifier in {"", "the"}:
        return 0 if a.direction > 0 or weekday >= 4 else -1
    if modifier == "coming":
        return 0 if weekday < 5 else 1
    if modifier == "past":
        return -1 if weekday < 5 else 0
    if modifier == "this" and a.direction < 0 and weekday < 5:
        return -1  # "formed over the Bahamas this weekend", told on a Tuesday: the weekend just gone
    return RELATIVE_OFFSETS.get(modifier, 0)
