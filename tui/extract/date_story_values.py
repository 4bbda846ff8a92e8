"""Value rules for anaphoric expressions, read from the last date the story told: "a year earlier",
"two days later", "the previous quarter", "the next morning", "the following Monday", "that day",
"later that year", "later in the day", "the morning", "overnight".

Handlers for ``date_values.VALUE_RULES``; the anchor (``date_anchors``) brings the story's last
day and value. The deictic ones, read from the publication day, are ``date_deictic_values``.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_calendar import add_months, at_granularity, iso_day, shift, weekday_near
from .date_durations import number, unit_name
from .date_readings import DATE, TIME, Anchor, Reading, story_base, told_at
from .date_times import night_before
from .date_words import PARTS_OF_DAY, WEEKDAYS


def story_shift(m: re.Match[str], a: Anchor) -> Reading | None:
    """"a year earlier", "two days later", "the previous day": moved from the story's last date."""
    count = number(m.group("count")) if m.group("count") else 1
    unit = unit_name(m.group("unit"))
    way = m.groupdict().get("dir") or m.groupdict().get("dir2")
    sign = -1 if way in {"earlier", "before", "previous", "preceding", "prior", "ago"} else 1
    if count is None or count != int(count) or unit not in {"day", "night", "week", "month", "year", "quarter", "decade"}:
        return None
    step = sign * int(count)
    value = a.story_value
    if unit == "year" and value and re.match(r"^\d{4}-Q\d$", value):
        return Reading(DATE, f"{int(value[:4]) + step:04d}{value[4:]}")  # "a year earlier" of a quarter
    if unit == "quarter" and value and (q := re.match(r"^(\d{4})-Q([1-4])$", value)):
        index = int(q.group(1)) * 4 + int(q.group(2)) - 1 + step  # "the previous quarter" of the quarter told
        return Reading(DATE, f"{index // 4:04d}-Q{index % 4 + 1}")
    if unit == "year" and value and re.match(r"^\d{4}-\d{2}$", value) and way not in {"later", "after"}:
        return Reading(DATE, f"{int(value[:4]) + step:04d}")
    if unit in {"year", "decade"} and value and re.match(r"^\d{4}$", value) and sign > 0:
        # "in 1995 ... two years later": counted from the year the story is at, not from today
        # ("a year earlier" in results compares with the period reported, which the rules above read)
        return Reading(DATE, f"{int(value) + step * (10 if unit == 'decade' else 1):04d}")
    if unit == "year" and value and re.match(r"^\d{4}$", value) and (not m.group("count") and way in {"previous", "preceding", "prior", "before"} or a.story_near):
        # "in 2020 ... the previous year", "the year before": 2019; "a year earlier" only when the
        # year was told in its sentence ("Sales in 2023 rose from a year earlier"): a year told
        # further back is often the compared period itself in results ("1988 ... a year earlier")
        return Reading(DATE, f"{int(value) + step:04d}")
    if unit == "month" and value and re.match(r"^\d{4}-\d{2}$", value) and sign > 0:
        return Reading(DATE, at_granularity(add_months(date(int(value[:4]), int(value[5:7]), 1), step), "month"))
    base = a.story if not m.group("count") else a.story or a.today  # "the next day" needs a day told
    if base is None and unit not in {"day", "night"}:
        base = a.today  # "the previous month" with no date told before: the month before publication
    if base is None:
        return None
    # "Sept. 30 ... a year earlier" is that day a year before; "March 18, 1965 ... ten years later" is a year
    if unit == "year" and count == 1 and m.group("count") and value and re.match(r"^\d{4}-\d{2}-\d{2}$", value) and a.story != a.today:
        return Reading(DATE, iso_day(shift(base, "year", step)))
    return Reading(DATE, at_granularity(shift(base, unit, step), unit))


def story_adjacent_part(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the next morning", "the previous night": that part of the day after or before the
    story's day (TimeML writes a part of a day as a TIME: 2013-03-13TMO)."""
    base = a.story
    if base is None:
        return None
    step = 1 if m.group(1) in {"following", "next"} else -1
    part = m.group(2)
    return Reading(TIME, f"{iso_day(base + timedelta(days=step))}T{PARTS_OF_DAY[part]}")


def story_weekday(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the previous Friday", "the following Monday", "the next Tuesday night": from the story's day."""
    base = a.story or a.today
    if base is None:
        return None
    target = WEEKDAYS.index(m.group(2))
    if m.group(1) in {"previous", "preceding", "prior"}:
        day = weekday_near(base - timedelta(days=1), target, -1)
    else:
        day = weekday_near(base + timedelta(days=1), target, 1)
    if m.group(3):
        return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[m.group(3)]}")
    return Reading(DATE, iso_day(day))


def that_unit(m: re.Match[str], a: Anchor) -> Reading | None:
    """"that day", "the same day", "later that year", "that weekend": the story's current day, month or year."""
    unit = "weekend" if m.group(1) == "weekend" else unit_name(m.group(1))
    if unit in {"year", "month"} and (told := told_at(a.story_value, unit)) is not None:
        return Reading(DATE, told)  # "in 1988 ... later that year": the year last told, not the last day's
    base = a.story or a.today
    if base is None:
        return None
    if unit in PARTS_OF_DAY:
        return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[unit]}")
    return Reading(DATE, at_granularity(base, unit))


def in_the_day(m: re.Match[str], a: Anchor) -> Reading | None:
    """"later in the day", "the end of the day": the day the story is at."""
    base = a.story or a.today
    if base is None:
        return None
    part = m.group(1) or m.group(2)
    if part == "day":
        return Reading(DATE, iso_day(base))
    return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[part]}")


def story_part(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the day", "the morning", "mid-afternoon": the day the story is at."""
    base = story_base(a)
    if base is None:
        return None
    part = m.group(1)
    if part == "day":
        return Reading(DATE, iso_day(base))
    return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[part]}")


def overnight(m: re.Match[str], a: Anchor) -> Reading | None:
    """The night before the story's day (``date_times.night_before``)."""
    value = night_before(story_base(a))
    return Reading(TIME, value) if value else None
