"""Normalising one temporal expression to its TimeML type and value: small named rules.

``normalise(text, anchor)`` cleans the phrase (``date_words.clean``) and tries ``VALUE_RULES``
in order; the first rule whose pattern matches and whose handler returns a ``Reading`` wins.
The anchor (``date_anchors``) brings the publication day, the last day the story mentioned and
the direction the governing verb points to; the rules here never look at the sentence.

Where dateparser is used: only ``absolute_fallback``, for written-out absolute dates with a
year that the calendar rules do not read ("2025-02-04", "4/2/2025", "Tuesday 4th of February
2025"). It is never asked about direction, durations, sets or ranges: the rules decide those.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from .date_calendar import (
    add_months,
    at_granularity,
    day_month_year,
    day_of_value,
    iso_day,
    month_year,
    quarter_of,
    shift,
    weekday_near,
)
from .date_durations import (
    COMPOUND,
    DURATION_RULES,
    SHIFT_RULES,
    compound_value,
    duration_value,
    number as _number,
    unit_name as _unit,
)
from .date_fiscal import FISCAL_SHORT, fiscal_year_value
from .date_holidays import HOLIDAY_RE, holiday_day, nearest_holiday
from .date_sets import SET_RULES
from .date_times import night_before
from .date_web_forms import LARGE_COUNT, WEB_FORM, clock_day, large_count_value, quarter_clock, web_form_value
from .date_words import MONTH_RE, MONTHS, PARTS_OF_DAY, SEASONS, UNIT_RE, WEEKDAYS, clean


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a relative expression is read against."""

    #: The publication date (deictic words: "today", "Friday", "last year").
    today: date | None
    #: The last day the story mentioned before this expression ("the next day"); else ``today``.
    story: date | None = None
    #: The last value the story mentioned (any granularity: "1989-Q3" for "a year earlier").
    story_value: str | None = None
    #: -1 the governing verb points back (past tense), +1 forward (will, next, until), 0 unknown.
    direction: int = 0
    #: The story's last value was told in this expression's sentence ("Sales in 2023 rose from a year earlier").
    story_near: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    type: str  # DATE, TIME, DURATION or SET
    value: str | None


Handler = Callable[[re.Match[str], Anchor], Reading | None]

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


def _as(kind: str, value_of: Callable[[re.Match[str]], str | None]) -> Handler:
    """A rule of ``date_durations`` or ``date_sets`` (the value from the words alone) as a handler."""
    return lambda m, a: Reading(kind, value) if (value := value_of(m)) else None


# -- vague references ----------------------------------------------------------------------
_PRESENT = r"now|right now|just now|currently|current|at present|presently|nowadays|these days|today's|the present|at the moment"
_PAST = (
    r"recently|recent|lately|previously|formerly|the past|in the past|once|earlier|before|"
    r"recent (?:days|years|decades|times)|the recent past|past (?:years|decades)|"
    r"recent (?:days|weeks|months|years) (?:and|or) (?:days|weeks|months|years)|"
    r"(?:several|a few|many|some|few) (?:days|weeks|months|years|decades) ago|years ago|decades ago|long ago|"
    r"the last (?:few|several) (?:days|weeks|months|years)"
)
_FUTURE = (
    r"soon|the future|future|the near future|the foreseeable future|the near term|the short term|the long term|"
    r"(?:the )?(?:coming|next|upcoming|future) (?:months|years|decades|quarters)|one day|someday|some day|eventually|shortly|"
    r"in the coming (?:days|weeks|months|years)|later"
)


def _ref(value: str) -> Handler:
    return lambda m, a: Reading(DATE, value)


# -- sets ------------------------------------------------------------------------------------
_SET_WORDS = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "hourly": "PT1H"}


def _set_word(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(SET, _SET_WORDS[m.group(1)])


def _every_unit(m: re.Match[str], a: Anchor) -> Reading:
    """"every week" is P1W, "every 5 years" P5Y, "every other year" P2Y."""
    count = 2 if m.group(1) == "other" else _number(m.group(1)) or 1
    return Reading(SET, duration_value(count, m.group(2)))


def _every_weekday(m: re.Match[str], a: Anchor) -> Reading:
    day = WEEKDAYS.index(m.group(1)) + 1
    part = PARTS_OF_DAY.get((m.group(2) or "").rstrip("s"))
    return Reading(SET, f"XXXX-WXX-{day}" + (f"T{part}" if part else ""))


def _frequency(m: re.Match[str], a: Anchor) -> Reading:
    """"twice a week", "three times a day": TimeML writes the period (the count goes in ``freq``)."""
    return Reading(SET, duration_value(1, m.group(1)))


def _every_few(m: re.Match[str], a: Anchor) -> Reading:
    """"every few years": a set whose period is not told (PXY)."""
    return Reading(SET, duration_value(None, m.group(1)))


def _every_season(m: re.Match[str], a: Anchor) -> Reading:
    """"every summer": that season of every year (XXXX-SU), as "each July" is XXXX-07."""
    return Reading(SET, f"XXXX-{SEASONS[m.group(1)]}")


def _every_month(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(SET, f"XXXX-{MONTHS[m.group(1).rstrip('.')]:02d}")


# -- durations and ages ---------------------------------------------------------------------
_APPROX = r"(?:(?:as long as|as much as|as little as|as many as|as few as|upwards of|in excess of|about|around|some|nearly|almost|over|more than|less than|at least|up to|roughly|only|just|barely|no more than|fewer than|under|approximately|at most|well over|close to|an estimated|the|a|another|its|their|his|her|a full|full|the past|the last|the next|the first|the 1st|the previous|the coming|the final|the latest|the remaining|the additional|an additional|additional|past|last|next|first|1st|previous|coming|final|those|these|another|more|\d+ more|the initial|initial|the year-earlier|year-earlier|the year-ago|year-ago)\s+)*"


def _duration(m: re.Match[str], a: Anchor) -> Reading | None:
    count_text = m.group("count")
    if re.fullmatch(r"1[89]\d\d|20\d\d", count_text) and not m.group("unit").endswith("s"):
        return None  # "the 1988 quarter" is a year's quarter, not 1,988 of them
    if low := re.match(r"(\d+(?:\.\d+)?)\s+(?:to|or|and)\s", count_text):
        # "two to three weeks" is P2W: TimeML (TimeBank, HeidelTime) writes the range's first end
        return Reading(DURATION, duration_value(float(low.group(1)), m.group("unit")))
    if count_text in {"few", "several", "some", "many", "couple", "a few", "numerous", "a number of"}:
        return Reading(DURATION, duration_value(None, m.group("unit")))
    return Reading(DURATION, duration_value(_number(count_text), m.group("unit")))


def _compound(m: re.Match[str], a: Anchor) -> Reading | None:
    """"two hours and 30 minutes": one length in several units (``date_durations``)."""
    value = compound_value(m.group("parts"))
    return Reading(DURATION, value) if value else None


def _fuzzy_units(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DURATION, duration_value(None, m.group(1)))


# -- "N units ago", "a year earlier", "the next day" ----------------------------------------
def _ago(m: re.Match[str], a: Anchor) -> Reading | None:
    count = _number(m.group(1))
    unit = _unit(m.group(2))
    if a.today is None or count is None or count != int(count) or unit not in {"day", "week", "month", "year", "decade", "quarter"}:
        return None
    if unit == "year" and count == 1 and a.story_value and re.match(r"^\d{4}-Q\d$", a.story_value):
        return Reading(DATE, f"{int(a.story_value[:4]) - 1:04d}{a.story_value[4:]}")  # results "a year ago"
    moment = shift(a.today, unit, -int(count))
    return Reading(DATE, at_granularity(moment, unit))


def _story_shift(m: re.Match[str], a: Anchor) -> Reading | None:
    """"a year earlier", "two days later", "the previous day": moved from the story's last date."""
    count = _number(m.group("count")) if m.group("count") else 1
    unit = _unit(m.group("unit"))
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


def _that_unit(m: re.Match[str], a: Anchor) -> Reading | None:
    """"that day", "the same day", "later that year", "that weekend": the story's current day, month or year."""
    unit = "weekend" if m.group(1) == "weekend" else _unit(m.group(1))
    if unit in {"year", "month"} and (told := _told_at(a.story_value, unit)) is not None:
        return Reading(DATE, told)  # "in 1988 ... later that year": the year last told, not the last day's
    base = a.story or a.today
    if base is None:
        return None
    if unit in PARTS_OF_DAY:
        return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[unit]}")
    return Reading(DATE, at_granularity(base, unit))


def _told_at(value: str | None, unit: str) -> str | None:
    """The year or month of the last value told, when it has one ("1988-Q3" has a year, no month)."""
    if value is None:
        return None
    if unit == "year" and (m := re.match(r"^(\d{4})(?:$|-)", value)):
        return m.group(1)
    if unit == "month" and (m := re.match(r"^(\d{4}-\d{2})(?:$|-)", value)):
        return m.group(1)
    return None


def _in_the_day(m: re.Match[str], a: Anchor) -> Reading | None:
    """"later in the day", "the end of the day": the day the story is at."""
    base = a.story or a.today
    if base is None:
        return None
    part = m.group(1) or m.group(2)
    if part == "day":
        return Reading(DATE, iso_day(base))
    return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[part]}")


def _story_adjacent_part(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the next morning", "the previous night": that part of the day after or before the
    story's day (TimeML writes a part of a day as a TIME: 2013-03-13TMO)."""
    base = a.story
    if base is None:
        return None
    step = 1 if m.group(1) in {"following", "next"} else -1
    part = m.group(2)
    return Reading(TIME, f"{iso_day(base + timedelta(days=step))}T{PARTS_OF_DAY[part]}")


# -- deictic: today, yesterday, last week, this year ---------------------------------------
_DAY_WORDS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def _day_word(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    day = a.today + timedelta(days=_DAY_WORDS[m.group(1)])
    part = m.group(2) or ("night" if m.group(1) == "tonight" else None)
    if part:
        return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[part]}")
    return Reading(DATE, iso_day(day))


def _day_word_shift(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the day before yesterday", "the day after tomorrow": two days from publication."""
    if a.today is None:
        return None
    return Reading(DATE, iso_day(a.today + timedelta(days=-2 if m.group(1) == "before yesterday" else 2)))


def _part_day_word(m: re.Match[str], a: Anchor) -> Reading | None:
    """"mid-afternoon yesterday", "late morning today": that part of that day."""
    if a.today is None:
        return None
    day = a.today + timedelta(days=_DAY_WORDS[m.group(2)])
    return Reading(TIME, f"{iso_day(day)}T{PARTS_OF_DAY[m.group(1)]}")


def _overnight(m: re.Match[str], a: Anchor) -> Reading | None:
    """The night before the story's day (``date_times.night_before``)."""
    value = night_before(story_base(a))
    return Reading(TIME, value) if value else None


def _last_night(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    return Reading(TIME, f"{iso_day(a.today - timedelta(days=1))}TNI")


def _this_part(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    return Reading(TIME, f"{iso_day(a.today)}T{PARTS_OF_DAY[m.group(1)]}")


_OFFSETS = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1,
            "the last": -1, "the previous": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1, "this coming": 1,
            "the following": 1, "following": 1, "the same": 0, "that": 0, "this past": -1}


def _relative_unit(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last week", "this month", "next year", "the past year", "earlier this year"."""
    unit = _unit(m.group(2))
    if unit in {"day", "night"} and m.group(1).startswith("the "):
        return None  # "the next day" counts from the story's day: the story rules said no
    offset = _OFFSETS[m.group(1)]
    base = a.story if m.group(1) in {"the following", "following", "the same", "that", "the previous"} and a.story else a.today
    if base is None:
        return None
    if unit == "weekend":
        return Reading(DATE, at_granularity(shift(base, "week", _weekend_offset(m.group(1), a)), "weekend"))
    return Reading(DATE, at_granularity(shift(base, unit, offset), unit))


def _relative_weekday(m: re.Match[str], a: Anchor) -> Reading | None:
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


def _relative_month(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last April", "next December", "this September"."""
    if a.today is None:
        return None
    month = MONTHS[m.group(2).rstrip(".")]
    modifier = m.group(1)
    if modifier in {"last", "past"}:
        year = a.today.year - (month >= a.today.month)
    elif modifier in {"next", "coming"}:
        year = a.today.year + (month <= a.today.month)
    else:
        year = a.today.year
    return Reading(DATE, f"{year:04d}-{month:02d}")


def _month_of_relative_year(m: re.Match[str], a: Anchor) -> Reading | None:
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


def _season(m: re.Match[str], a: Anchor) -> Reading | None:
    """"last summer" (2012-SU in 2013), "this fall", "summer 2012", "the winter of 1994"."""
    modifier, name, year_text = m.group(1), m.group(2), m.group(3)
    code = SEASONS[name]
    if year_text:
        return Reading(DATE, f"{year_text}-{code}")
    if modifier in {"that", "that same", "the same"} and (told := _told_at(a.story_value, "year")) is not None:
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
    elif modifier not in {"this", "the"} and not current:
        if a.direction < 0 and start_month > a.today.month:
            year -= 1
        elif a.direction > 0 and start_month + 2 < a.today.month:
            year += 1
    return Reading(DATE, f"{year:04d}-{code}")


_ORD = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4, "last": 4}


def _quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the third quarter" / "third-quarter" / "Q3": the year from an explicit year, else the tense."""
    groups = m.groupdict()
    number = _ORD.get(groups["q"]) or int(groups["q"][-1])
    year_text = groups.get("year") or groups.get("year2")
    if year_text:
        return Reading(DATE, f"{int(year_text):04d}-Q{number}")
    if a.today is None:
        return None
    rel = groups.get("rel") or groups.get("rel2")
    year = a.today.year + _OFFSETS.get(rel or "this", 0)
    if not rel and number > quarter_of(a.today) and a.direction <= 0:
        year -= 1  # a quarter still to come, told in the past: last year's
    return Reading(DATE, f"{year:04d}-Q{number}")


def _current_quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, at_granularity(a.today, "quarter")) if a.today else None


def _current_year(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the year", "the fiscal year", "year-end", "earlier in the year": the publication year."""
    return Reading(DATE, f"{a.today.year:04d}") if a.today else None


def _holiday(m: re.Match[str], a: Anchor) -> Reading | None:
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


#: Half a unit as TimeML writes it.
_HALF_UNIT = {"minute": "PT30S", "hour": "PT30M", "day": "PT12H", "week": "P3.5D", "month": "P2W", "year": "P6M",
              "decade": "P5Y", "century": "P50Y"}


def _half_unit(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DURATION, _HALF_UNIT[m.group(1)])


def _part_century(m: re.Match[str], a: Anchor) -> Reading:
    """"the past half-century", "a quarter century": fifty or twenty-five years long (a bare
    "quarter-century low" describes the low, and TimeBank leaves it unmarked)."""
    return Reading(DURATION, "P50Y" if m.group(1) == "half" else "P25Y")


def _from_now(m: re.Match[str], a: Anchor) -> Reading | None:
    """"two years from now", "a week from today": counted forward from the publication day."""
    count = _number(m.group(1))
    unit = _unit(m.group(2))
    if a.today is None or count is None or count != int(count) or unit not in {"day", "week", "month", "year", "decade"}:
        return None
    return Reading(DATE, at_granularity(shift(a.today, unit, int(count)), unit))


def _this_week(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the end of the week", "midweek": the week of publication."""
    return Reading(DATE, at_granularity(a.today, "week")) if a.today else None


def _this_month(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, at_granularity(a.today, "month")) if a.today else None


def _weekend(m: re.Match[str], a: Anchor) -> Reading | None:
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
    return _OFFSETS.get(modifier, 0)


def story_base(a: Anchor) -> date | None:
    """The day the story is at; but a verb in the past cannot take it past the publication day
    ("Police arrived at 3 p.m." after "schools will reopen Monday" is publication-day news)."""
    base = a.story or a.today
    if base is not None and a.today is not None and a.direction < 0 and base > a.today:
        return a.today
    return base


def _story_part(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the day", "the morning", "mid-afternoon": the day the story is at."""
    base = story_base(a)
    if base is None:
        return None
    part = m.group(1)
    if part == "day":
        return Reading(DATE, iso_day(base))
    return Reading(TIME, f"{iso_day(base)}T{PARTS_OF_DAY[part]}")


def _story_weekday(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the previous Friday", "the following Monday": from the story's day."""
    base = a.story or a.today
    if base is None:
        return None
    target = WEEKDAYS.index(m.group(2))
    if m.group(1) in {"previous", "preceding", "prior"}:
        return Reading(DATE, iso_day(weekday_near(base - timedelta(days=1), target, -1)))
    return Reading(DATE, iso_day(weekday_near(base + timedelta(days=1), target, 1)))


def _short_shift(m: re.Match[str], a: Anchor) -> Reading | None:
    """"three days later", "a minute and a half later": TimeML marks the length, not the moment."""
    if not m.group("count") and m.group(0).startswith("the "):
        return None  # "the day after" names the day after the story's day (date.story_shift)
    if m.group("count"):
        count = _number(m.group("count"))
    else:  # "a day later" has its count; "days later" does not
        count = None if m.group("unit").endswith("s") else 1
    return Reading(DURATION, duration_value(count, m.group("unit")))


def _fuzzy_shift(m: re.Match[str], a: Anchor) -> Reading:
    """"months later", "a few years earlier": no count told, so no date to count to; TimeML marks
    the length, as for "days later" (PXD)."""
    return Reading(DURATION, duration_value(None, m.group("unit")))


def _the_quarter(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the quarter", "the latest quarter": the quarter the story is about, else the last full one."""
    if a.story_value and re.match(r"^\d{4}-Q\d$", a.story_value):
        return Reading(DATE, a.story_value)
    if a.today is None:
        return None
    return Reading(DATE, at_granularity(add_months(a.today, -3), "quarter"))


def _half(m: re.Match[str], a: Anchor) -> Reading | None:
    number = 2 if m.group(1) == "latter" or _ORD.get(m.group(1), 1) > 1 else 1  # "the latter half": H2
    if m.group(2):
        return Reading(DATE, f"{m.group(2)}-H{number}")
    if m.group(3) and a.today is not None:  # "the first half of this year", "... of the year"
        return Reading(DATE, f"{a.today.year + _OFFSETS.get(m.group(3), 0):04d}-H{number}")
    # "the second half" alone is as often a match's or a convention's as a year's: no value.
    return None


def _decade(m: re.Match[str], a: Anchor) -> Reading | None:
    digits = m.group(1)
    if len(digits) == 2:
        digits = ("19" if int(digits) >= 30 else "20") + digits
    return Reading(DATE, digits[:3])


def _web_form(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the 2000s" (200), "the end of the century" (20): ``date_web_forms``."""
    value = web_form_value(m.group(0), a.today)
    return Reading(DATE, value) if value else None


def _large_count(m: re.Match[str], a: Anchor) -> Reading:
    """"more than a thousand years", "hundreds of years": ``date_web_forms``."""
    return Reading(DURATION, large_count_value(m.group("count"), m.group("large"), m.group("unit")))


def _hundreds(m: re.Match[str], a: Anchor) -> Reading:
    """"the 1800s" is the century of the years 18xx (TimeML 18), not the decade 1800-1809; but
    "the 2000s" is the decade 2000-2009 (200), as modern news means it ("the early 2000s")."""
    return Reading(DATE, m.group(1))


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


def _decade_words(m: re.Match[str], a: Anchor) -> Reading | None:
    return Reading(DATE, f"19{_DECADE_WORDS[m.group(1)]}")


def _century(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DATE, f"{int(m.group(1)) - 1:02d}")


def _relative_century(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    offset = _OFFSETS.get(m.group(1), 0)
    return Reading(DATE, f"{a.today.year // 100 + offset:02d}")


def _relative_decade(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    offset = _OFFSETS.get(m.group(1), 0)
    return Reading(DATE, f"{a.today.year // 10 + offset:03d}")


def _year(m: re.Match[str], a: Anchor) -> Reading:
    return Reading(DATE, m.group(1))


# -- calendar dates: "Feb. 4, 2025", "March 8", "Saturday, April 25", "10:35 a.m. Friday" -------
_CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)|\b(\d{1,2}):(\d{2})\b|\b(noon|midnight|mid-?day)\b"
)
_CAL_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>\d{{4}}))?")
_CAL_DAY_MONTH = re.compile(rf"\b(?:the\s+)?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH_RE})(?:,?\s+(?P<year>\d{{4}}))?")
_CAL_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH_RE})(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?\b")
_CAL_WEEKDAY = re.compile(rf"\b(?P<weekday>{'|'.join(WEEKDAYS)})\b")
_CAL_YEAR = re.compile(r"(?<![\d.,$])\b(1[0-9]\d\d|20\d\d|21\d\d)\b(?![\d.,%]\d)")
_PART = re.compile(r"\b(morning|afternoon|evening|night|overnight|midday|daytime)\b")
_TIME_ZONES = r"(?:utc|gmt|est|edt|cst|cdt|mst|mdt|pst|pdt|bst|cet|cest|eet|eest|ist|jst|aest)"


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


def _calendar(m: re.Match[str], a: Anchor) -> Reading | None:
    """Any mix of year, month, day, weekday, part of day and clock time, in any order."""
    phrase = m.group(0)
    if re.search(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b", phrase):
        return None  # "2/4/2025": the fallback reads numeric dates
    clock = quarter_clock(phrase) or _clock(phrase)
    military = re.search(rf"\b([01]\d|2[0-3])([0-5]\d)\s*{_TIME_ZONES}\b", phrase)
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
            monday = anchor_day - timedelta(days=anchor_day.weekday()) + timedelta(weeks=_OFFSETS[week.group(1)])
            return _timed(iso_day(monday + timedelta(days=target)), clock, part)
        the_day = weekday_near(anchor_day, target, a.direction)
        return _timed(iso_day(the_day), clock, part)
    if year is None:
        if anchor_day is None:
            return None
        if day is not None:
            year = day_month_year(anchor_day, month, day, a.direction)
        else:
            year = month_year(anchor_day, month, a.direction)
    if day is None:
        return Reading(DATE, f"{year:04d}-{month:02d}")
    try:
        date(year, month, day)
    except ValueError:
        return None
    return _timed(f"{year:04d}-{month:02d}-{day:02d}", clock, part)


def _week_of(m: re.Match[str], a: Anchor) -> Reading | None:
    """"the week of March 11": the ISO week that holds the day (2013-W11)."""
    inner = _calendar(re.match(r"^.*$", m.group(1)), a)  # type: ignore[arg-type]
    day = day_of_value(inner.value) if inner is not None and inner.type == DATE else None
    return Reading(DATE, at_granularity(day, "week")) if day else None


def _day_of_month(m: re.Match[str], a: Anchor) -> Reading | None:
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


def _timed(day: str, clock: str | None, part: str | None) -> Reading:
    if clock:
        return Reading(TIME, f"{day}T{clock}")
    if part:
        return Reading(TIME, f"{day}T{part}")
    return Reading(DATE, day)


def _numeric_date(m: re.Match[str], a: Anchor) -> Reading | None:
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


def _absolute_fallback(m: re.Match[str], a: Anchor) -> Reading | None:
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


_N = r"(?P<count>\d+(?:\.\d+)?(?:\s+(?:to|or|and)\s+\d+)?|an?|one|few|a few|several|some|many|couple|numerous|a number of)"
_SEASON = r"(spring|summer|autumn|fall|winter)"
_EDGE = r"(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of|end of|start of|beginning of|earlier|later|sometime|some time|around|about|approximately|circa|by|until|since|before|after)[\s-]+)*"

#: (name, pattern over the cleaned phrase, handler): first match wins, so the order matters.
VALUE_RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (name, re.compile(pattern), handler)
    for name, pattern, handler in (
        ("ref.present", rf"^(?:{_PRESENT})$", _ref("PRESENT_REF")),
        ("ref.past", rf"^(?:{_PAST})$", _ref("PAST_REF")),
        ("ref.future", rf"^(?:{_FUTURE})$", _ref("FUTURE_REF")),
        ("set.word", r"^(daily|nightly|weekly|monthly|yearly|hourly)$", _set_word),
        ("set.every_weekday", rf"^(?:every|each)\s+({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$", _every_weekday),
        ("set.weekday_plural", rf"^({'|'.join(WEEKDAYS)})(?:s|\s+(mornings|afternoons|evenings|nights))$", _every_weekday),
        ("set.every_month", rf"^(?:every|each)\s+({MONTH_RE})$", _every_month),
        ("set.frequency", rf"^(?:once|twice|thrice|(?:\d+|several|many|a few|few) times)\s+(?:a|an|per|each|every)\s+({UNIT_RE})$", _frequency),
        *((name, pattern, _as(SET, value_of)) for name, pattern, value_of in SET_RULES),
        ("set.every_unit", rf"^(?:(?:roughly|about|around|nearly|almost|approximately)\s+)?(?:every|each|per)\s+(?:(\d+(?:\.\d+)?|other)\s+)?({UNIT_RE})$", _every_unit),
        ("set.every_few", rf"^(?:every|each)\s+(?:few|several|couple of|so many)\s+({UNIT_RE})$", _every_few),
        ("set.every_season", r"^(?:every|each)\s+(spring|summer|autumn|fall|winter)$", _every_season),
        ("date.ago", rf"^{_APPROX}(\d+|an?|one)[\s-]+({UNIT_RE})(?:\s+or\s+so)?\s+(?:ago|back)$", _ago),
        ("duration.short_shift", rf"^{_APPROX}(?:(?P<count>\d+(?:\.\d+)?|an?|one|few|a few|several)[\s-]+)?(?P<unit>seconds?|minutes?|hours?|days?|weeks?)[\s-]+(?:earlier|later|after|afterwards?)$", _short_shift),
        ("duration.fuzzy_shift", rf"^{_APPROX}(?:(?:a few|few|several|some|many|couple|numerous)\s+)?(?P<unit>months|years|decades|quarters)[\s-]+(?:earlier|later|after|afterwards?)$", _fuzzy_shift),
        *((name, pattern, _as(DURATION, value_of)) for name, pattern, value_of in SHIFT_RULES),
        ("date.year_earlier", r"^(?:the\s+)?(?P<count>)(?P<unit>year)-(?P<dir>earlier|ago)(?:\s+(?:quarter|period|months?))?$", _story_shift),
        ("date.story_shift", rf"^{_APPROX}(?:(?P<count>\d+|an?|one)[\s-]+)?(?P<unit>{UNIT_RE})[\s-]+(?P<dir>earlier|later|before|after)$", _story_shift),
        ("date.story_adjacent_part", r"^(?:the\s+)?(previous|preceding|prior|following|next)\s+(morning|afternoon|evening|night)$", _story_adjacent_part),
        ("date.story_adjacent", r"^(?:the\s+(?P<dir>previous|preceding|prior|following|next)|(?P<dir2>previous|preceding|prior|following))(?P<count>)\s+(?P<unit>day|night|week|month|quarter|year)$", _story_shift),
        ("date.story_weekday", rf"^the\s+(previous|preceding|prior|following|next)\s+({'|'.join(WEEKDAYS)})$", _story_weekday),
        ("date.story_part", r"^(?:the\s+|mid-?\s*(?!night|day$)|late\s+|early\s+)?(day|morning|afternoon|evening|night)$", _story_part),
        ("date.that_unit", r"^(?:earlier |later |late |early )?(?:(?:in |on )?that|the same|that same)\s+(day|week|weekend|month|year|morning|afternoon|evening|night)$", _that_unit),
        ("date.in_the_day", r"^(?:earlier|later|early|late)\s+in\s+the\s+(day|morning|afternoon|evening|night)$|^the\s+(?:end|rest|start|beginning)\s+of\s+the\s+(day)$", _in_the_day),
        ("date.day_word_shift", r"^the day (before yesterday|after tomorrow)$", _day_word_shift),
        ("date.day_word", r"^(?:early |late |earlier |later )?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?$", _day_word),
        ("date.part_day_word", r"^(?:early |late |mid-?\s*)?(morning|afternoon|evening|night)\s+(today|yesterday|tomorrow)$", _part_day_word),
        ("date.last_night", r"^(?:late\s+)?(?:last night|last evening)$", _last_night),
        ("time.overnight", r"^(?:late\s+)?overnight$", _overnight),
        ("date.this_part", r"^(?:earlier |later |late |early )?this\s+(morning|afternoon|evening)$", _this_part),
        ("date.relative_weekday", rf"^(last|next|this|this coming|this past|coming|past)\s+({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$", _relative_weekday),
        ("date.relative_month", rf"^(last|next|this|coming|past)\s+({MONTH_RE})$", _relative_month),
        ("date.season", rf"^(?:the\s+)?{_EDGE}(?:(last|this|next|coming|past|the|this past|this coming|that|that same|the same)\s+)?{_SEASON}(?:\s+(?:of\s+)?(\d{{4}})(?:[-/]\d{{2}})?)?$", _season),
        ("date.quarter", r"^(?:the\s+|its\s+|a\s+)?(?:(?P<rel>this|last|next) year's\s+)?(?:fiscal[\s-]+)?(?:(?P<year>\d{4})\s+)?(?:fiscal[\s-]+)?(?P<q>final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarters?(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>\d{4})|\s+(?:of\s+)?(?P<rel2>this|last|next)\s+(?:fiscal\s+)?year)?$", _quarter),
        ("date.quarter_q", r"^(?P<q>q[1-4])(?:\s+(?P<year>\d{4}))?$", _quarter),
        ("date.current_quarter", r"^(?:the\s+)?(?:current|present|this)\s+(?:fiscal\s+)?quarter$", _current_quarter),
        ("date.current_year", r"^(?:(?:earlier|later|early|late)\s+in\s+)?(?:the\s+)?(?:current\s+|full\s+|entire\s+|whole\s+|calendar\s+)?(?:fiscal\s+)?year(?:[\s-]end|'s end)?$|^(?:around\s+)?year[\s-]end$|^the (?:end|beginning|start|middle|rest) of the year$", _current_year),
        ("date.this_month", r"^(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of\s+the\s+month$|^(?:earlier|later|early|late)\s+in\s+the\s+month$", _this_month),
        ("date.weekend", r"^(the|this|last|next|past|coming|this past|this coming)?\s*weekend$", _weekend),
        ("date.the_quarter", r"^(?:the\s+)?(?:latest|current|recent|most recent|same|last)?\s*(?:fiscal\s+)?(?:quarter|period|three months)$", _the_quarter),
        ("date.half", r"^(?:the\s+)?(1st|2nd|last|latter|final)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?:(\d{4})|(this|last|next|the) year))?$", _half),
        ("date.relative_unit", rf"^{_EDGE}(this|current|the current|last|past|the past|previous|the last|next|coming|the coming|the next|this coming)\s+(second|minute|hour|day|night|week|weekend|month|quarter|year)$", _relative_unit),
        ("date.relative_decade", r"^(this|last|next|the past|the last|the next)\s+decade$", _relative_decade),
        ("date.relative_century", r"^(this|last|next|the past|the last|the next)\s+century$", _relative_century),
        ("date.web_form", WEB_FORM, _web_form),
        ("date.hundreds", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[0-9])00'?s$", _hundreds),
        ("date.decade", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(\d{3}0)'?s$", _decade),
        # "the '80s", "the mid-80s" (not "his 50s", an age)
        ("date.decade", r"^(?:the\s+(?:early\s+|mid-?\s*|late\s+)?'?|(?:early\s+|mid-?\s*|late\s+)?')(\d0)s$", _decade),
        ("date.decade_words", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", _decade_words),
        ("date.century", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century$", _century),
        ("date.fiscal_short", FISCAL_SHORT, lambda m, a: Reading(DATE, fiscal_year_value(m.group(1), a.today))),
        ("date.year", r"^(?:(?:the\s+)?(?:fiscal|calendar|year|the year|model year|school year|fy)\s*)?(\d{4})(?:\s+(?:fiscal\s+)?(?:year|period))?$", _year),
        ("date.numeric", r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$", _numeric_date),
        ("duration.compound", COMPOUND, _compound),
        ("duration.large_count", LARGE_COUNT, _large_count),
        *((name, pattern, _as(DURATION, value_of)) for name, pattern, value_of in DURATION_RULES),
        ("duration.count", rf"^{_APPROX}{_N}(?:\s+or\s+(?:so|more|\d+))?[\s-]+(?:(?:trading|business|working|calendar|full|straight|consecutive)\s+)?(?P<unit>{UNIT_RE})(?:[\s-]+(?:old|long|or so|or more|ahead|running))?(?:\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year|\d{{4}}|fiscal\s+\d{{4}}))?$", _duration),
        ("duration.fuzzy", rf"^(?:the\s+)?(?:past\s+|last\s+|next\s+|coming\s+|recent\s+|1st\s+|early\s+|several\s+|many\s+)?({UNIT_RE.replace('?', '')})(?:\s+ahead)?$", _fuzzy_units),
        ("date.holiday", rf"^(?:(last|this|next|this past|this coming|coming|the)\s+)?({HOLIDAY_RE})(?:\s+(?:of\s+)?(\d{{4}}))?$", _holiday),
        ("duration.half_unit", r"^(?:(?:about|around|nearly|almost|more than|less than|over|under|at least|just over|only|another)\s+)?half\s+(?:an?|the)\s+(minute|hour|day|week|month|year|decade|century)$", _half_unit),
        ("duration.part_century", r"^(?:the|a)\s+(?:(?:past|last|next|coming|previous|first)\s+)?(half|quarter)[\s-]+century$", _part_century),
        ("date.from_now", rf"^(\d+|an?|one)[\s-]+({UNIT_RE})\s+from\s+(?:now|today)$", _from_now),
        ("date.this_week", r"^(?:the\s+)?(?:(?:end|beginning|start|middle|rest)\s+of\s+(?:the|this)\s+week|midweek)$|^(?:earlier|later|early|late)\s+in\s+the\s+week$", _this_week),
        ("date.week_of", r"^(?:the\s+)?week\s+of\s+(.+)$", _week_of),
        ("date.day_of_month", rf"^(?:({'|'.join(WEEKDAYS)}),?\s+)?the\s+(\d{{1,2}})(?:st|nd|rd|th)$", _day_of_month),
        ("date.month_of_relative_year", rf"^(?:(?:early|late)\s+|mid-?\s*)?({MONTH_RE})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(last|this|next)\s+year$", _month_of_relative_year),
        ("calendar", r"^.*$", _calendar),
        ("absolute_fallback", r"^.*\b\d{4}\b.*$", _absolute_fallback),
    )
)


#: "'98", "March '09": a year written with two digits (not "the '80s", a decade).
_TWO_DIGIT_YEAR = re.compile(r"(?<![\w'])'(\d{2})\b(?!s)")


def _full_year(m: re.Match[str], today: date | None) -> str:
    """date.two_digit_year: the century that puts the year at most ten years after publication
    (1950-2049 without a publication date)."""
    two = int(m.group(1))
    ceiling = (today.year if today else 2039) + 10
    year = ceiling - (ceiling - two) % 100
    return f"{year:04d}"


_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at(?!\s+(?:least|most))|by|since|until|till|from|of|during|for|through|throughout|before|after)\s+"
)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NUMBER_AND_A_HALF = re.compile(r"\b(\d+(?:\.\d+)?) (\w+) and a half\b")
_ONE_AND_A_HALF = re.compile(r"\b(?:an?|one) (\w+) and a half\b")
#: "the past year and a half": a length after "the past", "the next" ... told without a count (P1Y6M, not last year).
_THE_UNIT_AND_A_HALF = re.compile(
    r"\b(the (?:past|last|next|coming|previous|first|following) )(second|minute|hour|day|week|month|year|decade) and a half\b"
)


def normalise(text: str, anchor: Anchor) -> tuple[Reading, str] | None:
    """The TimeML reading of ``text`` and the name of the rule that gave it, or None."""
    phrase = clean(text)
    phrase = _LEADING_PREPOSITION.sub("", phrase)
    phrase = _THOUSANDS_COMMA.sub("", phrase)  # "1,000 years"
    phrase = _NUMBER_AND_A_HALF.sub(lambda m: f"{float(m.group(1)) + 0.5:g} {m.group(2)}", phrase)
    phrase = _ONE_AND_A_HALF.sub(r"1.5 \1", phrase)
    phrase = _THE_UNIT_AND_A_HALF.sub(r"\g<1>1.5 \2s", phrase)
    if "'" in phrase:
        phrase = _TWO_DIGIT_YEAR.sub(lambda m: _full_year(m, anchor.today), phrase)
    if not phrase:
        return None
    for name, pattern, handler in VALUE_RULES:
        if (m := pattern.match(phrase)) is not None:
            try:
                reading = handler(m, anchor)
            except (ValueError, KeyError, OverflowError):
                reading = None
            if reading is not None:
                return reading, name
    return None


def story_day(reading: Reading) -> date | None:
    """The day a reading names, for the next expression's story anchor."""
    return day_of_value(reading.value) if reading.type in {DATE, TIME} else None
