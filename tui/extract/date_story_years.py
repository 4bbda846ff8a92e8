"""anchor.story_year: a month and day told without a year, just after a full date of another year,
is in the year of that story, not the one nearest publication.

A court report of April 2012 tells "the £2,000 job ... on December 16, 2010", then "she returned
on December 27", "Christmas", "On December 29": the nearest December 27 before publication is
2011's, but the story is a fortnight after its last full date. The rule moves a day only when:

- the last expression with its year written out is a full day (not "2015", not "last year");
- the day without a year, read in that year (or the next, across New Year), falls 0-45 days
  after it: the narrative moves on, it does not jump back ("the crash of Oct. 19, 1987 ...
  on Oct. 13" is this year's October 13, which is before the crash's and stays);
- that reading is more than 90 days from the one nearest publication (else they agree anyway),
  and that one is over a month from publication ("Nov. 2" in a paper of Nov. 5 is this week's
  news, even right after "the crash of Oct. 19, 1987").

"8pm the next day" / "the day before" right after a moved day follow it. Any other date of another
year ("in August", "the deadline is October 31") ends the story: what follows is read as usual;
so does a day with its year told relatively ("September 20 of this year").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_holidays import HOLIDAY_RE
from .date_words import MONTH_RE

_WRITTEN_YEAR = re.compile(r"(?<![\d.,$])\b(?:1[6-9]|20)\d\d\b(?![\d.,%]\d)")
_NAMES_MONTH_DAY = re.compile(rf"\b(?:{MONTH_RE}|{HOLIDAY_RE})", re.IGNORECASE)
_YEAR_OF = re.compile(r"^(\d{4})(?:-|$)")
_RELATIVE_YEAR = re.compile(r"\b(?:this|last|next|that|the same)\s+year\b", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(T.*)?$")
_FROM_THE_DAY = re.compile(r"\bthe\s+(?:(next|following|previous|preceding)\s+day|day\s+(before|after))\b", re.IGNORECASE)
_SHIFTS = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
#: How far after the last full date a day may fall and still be the same story's.
STORY_SPAN_DAYS = 45
#: How far the story's reading must be from the one nearest publication for the rule to move it.
MIN_GAP_DAYS = 90
#: A day this close to publication is news of the day, whatever the story before it.
RECENT_DAYS = 31


def _day(value: str | None) -> tuple[date, str] | None:
    m = _DAY_VALUE.match(value or "")
    if m is None:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.group(4) or ""
    except ValueError:
        return None


def _in_story_year(day: date, story: date) -> date | None:
    for year in (story.year, story.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if 0 <= (candidate - story).days <= STORY_SPAN_DAYS:
            return candidate
    return None


def month_days_in_the_story_year(
    text: str, values: list[tuple[int, int, str | None]], *, published: date | None = None
) -> dict[int, str]:
    """New values (by index into ``values``: (start, end, value) in text order) for the days to move."""
    moved: dict[int, str] = {}
    story: date | None = None
    last_moved: date | None = None
    for i, (start, end, value) in enumerate(values):
        words = text[start:end]
        found = _day(value)
        if found is None:
            if story is not None and (year := _YEAR_OF.match(value or "")) and int(year.group(1)) != story.year:
                story = last_moved = None  # "in August" of this year: the story is back in its own time
            continue
        day, clock = found
        if _WRITTEN_YEAR.search(words):
            story, last_moved = day, None
            continue
        if last_moved is not None and (shift := _FROM_THE_DAY.search(words)):
            new = last_moved + timedelta(days=_SHIFTS[(shift.group(1) or shift.group(2)).lower()])
            moved[i] = new.isoformat() + clock
            continue
        last_moved = None
        if story is None or not _NAMES_MONTH_DAY.search(words) or _RELATIVE_YEAR.search(words):
            continue
        if published is not None and abs((day - published).days) <= RECENT_DAYS:
            continue
        candidate = _in_story_year(day, story)
        if candidate is not None and abs((candidate - day).days) > MIN_GAP_DAYS:
            moved[i] = candidate.isoformat() + clock
            last_moved = candidate
        elif day.year != story.year:
            story = None  # "the deadline is October 31": a day of the paper's own time ends the story
    return moved
