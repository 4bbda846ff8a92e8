"""Days across time zones: a clock told twice, in local time and in GMT, and a weekday told in a
zone ahead of the paper's. Both read the values of neighbouring expressions, after anchoring
(``values`` are (start, end, value) in text order; the answers map an index to its new value).

- ``weekday_in_a_zone_ahead`` (anchor.zone_ahead): "found dead, police reported Friday morning,
  local time (UTC+0900)" in a paper dated Thursday, "8:30 p.m. (0130 GMT Friday)" in one dated
  Thursday evening: the weekday is the day after publication, not six days before it. Only a
  past reading that lands six days before is moved, and only with a zone or "local time" written
  in or just after the expression.
- ``trim_opening_brackets`` (span): "(8:30 p.m. EST" as the model marks a conversion in brackets is
  "8:30 p.m. EST" (a bracket the span does not close is no part of it).
- ``local_clock_across_midnight`` (anchor.clock_across_midnight): "8:30 p.m. (0130 GMT Friday)":
  the conversion crosses midnight forwards, so the local clock is on Thursday. The local day is
  the GMT day, the day before or the day after: the one that puts the two clocks at most 14
  hours apart (the widest offset of a time zone). A midnight (T24:00, the end of its day) so
  pinned to another day is written as the start of the day it begins: "At midnight local time
  (0700 UTC)" in a paper of October 9 is 2019-10-09T00:00, not the end of October 9.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from .date_calendar import day_of_value, iso_day
from .date_words import MONTH_RE, WEEKDAYS
from .doc_text import doc_text
from .time_zones import ZONE_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_ZONE = re.compile(rf"\b{ZONE_RE}\b|(?i:\blocal\s+time\b)")
_WEEKDAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)
_NAMES_A_DAY = re.compile(rf"\b(?:{'|'.join(WEEKDAYS)}|{MONTH_RE}|today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
_CLOCK = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})")
#: A local clock and its conversion in brackets: "8:30 p.m. (0130 GMT", "11 a.m. local time (0300 GMT".
_CONVERSION = re.compile(r"^\s*(?:local\s+time\s*)?[(,]\s*$", re.IGNORECASE)
#: How far after an expression a zone still belongs to it: "Friday morning, local time (UTC+0900)".
_ZONE_REACH = 30
#: The widest gap between a local clock and GMT.
_MAX_OFFSET = timedelta(hours=14)


def weekday_in_a_zone_ahead(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """anchor.zone_ahead: a weekday with a zone, read back to six days before publication, is the day after it."""
    moved: dict[int, str] = {}
    if published is None:
        return moved
    for i, (start, end, value) in enumerate(values):
        day = day_of_value(value)
        if value is None or day is None or (published - day).days != 6 or not _WEEKDAY.search(text, start, end):
            continue
        if not _ZONE.search(text[start:end]) and not _ZONE.search(text[end:end + _ZONE_REACH].split(".")[0]):
            continue
        if i and _twin_names_its_day(text, values[i - 1], start, day):
            continue  # "1:30 a.m. Saturday local time (1630 GMT Friday)": the local day already agrees
        moved[i] = iso_day(published + timedelta(days=1)) + value[10:]
    return moved


def _twin_names_its_day(text: str, twin: tuple[int, int, str | None], start: int, day: date) -> bool:
    """The expression before, converted into this one in brackets, names its own day next to ``day``."""
    twin_start, twin_end, twin_value = twin
    twin_day = day_of_value(twin_value)
    if twin_day is None or not _CONVERSION.match(text[twin_end:start]) or not _NAMES_A_DAY.search(text, twin_start, twin_end):
        return False
    return abs((twin_day - day).days) <= 1


def _clock(value: str | None) -> datetime | None:
    if value is None or (m := _CLOCK.match(value)) is None:
        return None
    day = day_of_value(m.group(1))
    hour, minute = int(m.group(2)), int(m.group(3))
    if day is None or hour > 24 or minute > 59:
        return None
    return datetime(day.year, day.month, day.day) + timedelta(hours=hour, minutes=minute)


def local_clock_across_midnight(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """anchor.clock_across_midnight: a local clock converted in brackets takes the day that puts
    it within 14 hours of its GMT twin ("8:30 p.m. (0130 GMT Friday)" is Thursday 20:30)."""
    moved: dict[int, str] = {}
    for i in range(len(values) - 1):
        start, end, value = values[i]
        next_start, next_end, next_value = values[i + 1]
        local, gmt = _clock(value), _clock(next_value)
        if local is None or gmt is None or value is None or _NAMES_A_DAY.search(text, start, end):
            continue
        if not _CONVERSION.match(text[end:next_start]) or not _ZONE.search(text[next_start:next_end + 6]):
            continue
        wall = local.time()
        for shift in (0, -1, 1):
            day = gmt.date() + timedelta(days=shift)
            if abs(datetime.combine(day, wall) - gmt) <= _MAX_OFFSET:
                if value[10:16] == "T24:00":
                    if datetime.combine(day, wall) != local:  # "midnight local time (0700 UTC)": the day it begins
                        moved[i] = iso_day(day) + "T00:00" + value[16:]
                elif iso_day(day) != value[:10]:
                    moved[i] = iso_day(day) + value[10:]
                break
    return moved


_OPENING = re.compile(r"^[(\[]\s*")


def trim_opening_brackets(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"(8:30 p.m. EST": an opening bracket the span does not close is left out."""
    text = doc_text(doc)
    out = []
    for span in spans:
        words = text[span.start:span.end]
        if (m := _OPENING.match(words)) and ")" not in words and "]" not in words and span.end - span.start > m.end():
            span = replace(span, start=span.start + m.end())
        out.append(span)
    return out
