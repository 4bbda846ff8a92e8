"""What a date value rule reads against and what it gives: ``Anchor``, ``Reading``, ``Handler``.

Shared by the value rules (``date_*_values``) and the dispatcher that runs them in order
(``date_values.VALUE_RULES``), with the few helpers more than one rule family needs: the story's
day (``story_base``), the year or month last told (``told_at``), the offsets of "last", "this"
and "next" (``RELATIVE_OFFSETS``), and the day a reading names (``story_day``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from .date_calendar import day_of_value


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
    #: The day an event happens on ("died on February 6", "will rule on Dec. 10"), not the end of a stretch ("extended to Nov. 20").
    event_day: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    type: str  # DATE, TIME, DURATION or SET
    value: str | None


#: A value rule's reader: the match over the cleaned phrase and the anchor in, a reading or None out.
Handler = Callable[[re.Match[str], Anchor], Reading | None]

DATE, TIME, DURATION, SET = "DATE", "TIME", "DURATION", "SET"


def from_value_rule(kind: str, value_of: Callable[[re.Match[str]], str | None]) -> Handler:
    """A rule of ``date_durations`` or ``date_sets`` (the value from the words alone) as a handler."""
    return lambda m, a: Reading(kind, value) if (value := value_of(m)) else None


#: How many units "last", "this", "next" ... move from the anchor's ("last week" -1, "the coming year" +1).
RELATIVE_OFFSETS = {
    "this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1, "the past": -1,
    "the last": -1, "the previous": -1, "next": 1, "coming": 1, "the coming": 1, "the next": 1, "this coming": 1,
    "the following": 1, "following": 1, "the same": 0, "that": 0, "this past": -1,
}


def told_at(value: str | None, unit: str) -> str | None:
    """The year or month of the last value told, when it has one ("1988-Q3" has a year, no month)."""
    if value is None:
        return None
    if unit == "year" and (m := re.match(r"^(\d{4})(?:$|-)", value)):
        return m.group(1)
    if unit == "month" and (m := re.match(r"^(\d{4}-\d{2})(?:$|-)", value)):
        return m.group(1)
    return None


def story_base(a: Anchor) -> date | None:
    """The day the story is at; but a verb in the past cannot take it past the publication day
    ("Police arrived at 3 p.m." after "schools will reopen Monday" is publication-day news)."""
    base = a.story or a.today
    if base is not None and a.today is not None and a.direction < 0 and base > a.today:
        return a.today
    return base


def story_day(reading: Reading) -> date | None:
    """The day a reading names, for the next expression's story anchor."""
    return day_of_value(reading.value) if reading.type in {DATE, TIME} else None
