"""Forms of modern web news that the wire-era date rules miss: small named rules, each tested.

Span rules (``date_spans.SPAN_RULES`` runs them):

- ``add_race_times``: "completing the race in 2:14:04", "Dejene Debela, 2:05:46": a clock face
  with seconds and no "at", zone or a.m./p.m. is a length (DURATION PT2H14M4S), not a time of day
  (it would also move the story to a day nobody named).
- ``widen_decade_apostrophes``: "the 2000's", "the 1990’s": the model stops at the year; the decade
  takes its "'s" and its determiner.
- ``add_couple_of_units``: "[in the] last couple of weeks", "a couple of days": two units long
  (TimeBank writes "a couple of years" P2Y); the model misses them after brackets and quotes.

Value rule (``date_period_values`` calls ``web_form_value`` from the ``date.web_form`` rule):

- "the 2000s" is the decade 2000-2009 (TimeML 200), as "the 2010s" is 201: news names the
  21st century by its number, while "the 1800s" stays the century of the years 18xx.
- "the end of the century", "the century's end": the century of publication (TimeML 20 for
  2000-2099; the ``END`` part is a modifier TimeML keeps out of the value).

Helpers the value rules call: ``clock_day`` ("noon tomorrow", "8pm the next day": the day word moves
the clock's day), ``quarter_clock`` ("a quarter before 11 a.m." is 10:45) and ``large_count_value``
("almost a hundred years" P100Y, "more than two thousand years" P2L); the first two from
``date_calendar_values``, the last from ``date_length_values``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .date_words import ONES, UNIT_RE
from .doc_text import doc_text
from .time_zones import ZONE_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: h:mm:ss (hours up to three digits for ultra races and rallies), optionally with tenths.
_RACE_TIME = re.compile(r"(?<![\w:.,/])(\d{1,3}):([0-5]\d):([0-5]\d)(?:\.\d{1,3})?(?![\w:]|[.,]\d)")


def _has_seconds(text: str) -> bool:
    """Any "d:dd:d" in the text: colons are few, a pattern scan over all of it is not."""
    at = text.find(":")
    while at != -1:
        if at and text[at - 1].isdigit() and text[at + 1:at + 3].isdigit() and text[at + 3:at + 4] == ":":
            return True
        at = text.find(":", at + 1)
    return False

#: Words before a clock that make it a moment ("at 14:32:10", "shortly after 02:05:46").
_MOMENT_BEFORE = re.compile(r"\b(?:at|around|about|by|from|until|till|since|before|after)\s*$", re.IGNORECASE)
#: Words after a clock that make it a moment ("02:05:46 UTC", "10:32:15 p.m.", "09:15:00 local time").
_MOMENT_AFTER = re.compile(
    rf"\s*(?:[ap]\.?m\b|[ap]\.m\.|(?:{ZONE_RE}|Z)\b|"
    r"local\b|hrs?\b|h\b|on\s+\w|o'clock)",
    re.IGNORECASE,
)


def race_time_phrase(text: str) -> str | None:
    """"2:14:04" -> "2 hours, 14 minutes and 4 seconds" (what the duration rules read); None if not h:mm:ss."""
    m = _RACE_TIME.fullmatch(text)
    if m is None:
        return None
    hours, minutes, seconds = (int(g) for g in m.groups())
    parts = [f"{n} {unit}" for n, unit in ((hours, "hours"), (minutes, "minutes"), (seconds, "seconds")) if n]
    if len(parts) < 2:
        return None  # "0:00:05" or "3:00:00" is no race result worth a guess
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def add_race_times(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """Race results written as h:mm:ss become lengths, replacing any time-of-day span there."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if not _has_seconds(text):
        return spans
    found = []
    for m in _RACE_TIME.finditer(text):
        if _MOMENT_BEFORE.search(text, max(0, m.start() - 16), m.start()) or _MOMENT_AFTER.match(text, m.end()):
            continue
        if (phrase := race_time_phrase(m.group())) is not None:
            found.append(TimeSpan(m.start(), m.end(), reads_as=phrase))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start <= s.start and s.end <= f.end for f in found)]
    free = [f for f in found if not any(s.start < f.end and f.start < s.end for s in kept)]
    return sorted(kept + free, key=lambda s: s.start)


_DECADE_YEAR = re.compile(r"(?:1[0-9]|20)\d0$")
_APOSTROPHE_S = re.compile(r"['’]s\b")
_DECADE_LEAD = re.compile(r"\bthe\s+(?:(?:early|late)\s+|mid-?\s*)?$", re.IGNORECASE)


def widen_decade_apostrophes(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the 2000's": a year ending in 0 with "'s" after "the" is a decade (a bare "2010's" is a possessive)."""
    from dataclasses import replace

    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        lead = _DECADE_LEAD.search(text, max(0, span.start - 12), span.start)
        if lead and _DECADE_YEAR.search(text, span.start, span.end) and (s := _APOSTROPHE_S.match(text, span.end)):
            span = replace(span, start=lead.start(), end=s.end())
        out.append(span)
    return out


_COUPLE = re.compile(
    rf"(?<![\w-])(?:(?:the\s+)?(?:last|past|next|coming|first|previous|following)\s+|an?\s+|the\s+)couple\s+(?:of\s+)?{UNIT_RE}(?![\w-])",
    re.IGNORECASE,
)


def add_couple_of_units(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the last couple of weeks", "a couple of days": added where the model marked nothing."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "couple" not in text and "Couple" not in text:
        return spans
    out = list(spans)
    for m in _COUPLE.finditer(text):
        if not any(s.start < m.end() and m.start() < s.end for s in out):
            out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


#: Matched against the cleaned phrase (``date_words.clean``: lower case, straight quotes).
WEB_FORM = r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?2000'?s$|^(?:the\s+)?(?:end\s+of\s+the\s+century|century's\s+end)$"


def web_form_value(phrase: str, today: date | None) -> str | None:
    """The TimeML value of a phrase ``WEB_FORM`` matched: 200 for "the 2000s", the century of ``today`` for its end."""
    if "2000" in phrase:
        return "200"
    if today is None:
        return None
    return f"{today.year // 100:02d}"


_DAY_WORD_SHIFT = {"today": 0, "tonight": 0, "tomorrow": 1, "yesterday": -1, "last night": -1, "last evening": -1}
_STORY_SHIFT = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}
#: A clock in the small hours: "last night" has passed midnight by then.
_SMALL_HOURS = re.compile(r"\b(?:(?:12|[1-5])(?::\d{2})?\s*a\.?m\b|0[0-5]:?\d{2}\b)")
_CLOCK_DAY = re.compile(
    r"\b(today|tonight|tomorrow|yesterday|last\s+night|last\s+evening)\b|\bthe\s+(next|following|previous|preceding)\s+day\b|\bthe\s+day\s+(before|after)\b"
)


def clock_day(phrase: str, today: date | None, story: date | None) -> date | None:
    """The day a clock time names with a day word beside it: "noon tomorrow" is the day after
    publication, "8pm the next day" the day after the story's day; None without such a word."""
    from datetime import timedelta

    m = _CLOCK_DAY.search(phrase)
    if m is None:
        return None
    if m.group(1):
        word = " ".join(m.group(1).split())
        if word == "last night" and _SMALL_HOURS.search(phrase):
            word = "today"  # anchor.clock_last_night: "2 a.m. last night" is past midnight, on the day of publication
        return today + timedelta(days=_DAY_WORD_SHIFT[word]) if today else None
    return story + timedelta(days=_STORY_SHIFT[m.group(2) or m.group(3)]) if story else None


_UNIT_LETTERS = {"year": ("Y", False), "month": ("M", False), "week": ("W", False), "day": ("D", False),
                 "hour": ("H", True), "minute": ("M", True), "second": ("S", True)}
_LARGE = {"hundred": 100, "thousand": 1000}
_SMALL = {"a": 1, **{word: n for word, n in ONES.items() if 1 <= n <= 10}}
#: Matched against the cleaned phrase: "more than a thousand years", "almost a hundred years" ("hundreds
#: of years" is left out, as TimeBank leaves it).
LARGE_COUNT = (
    r"^(?:(?:more than|less than|about|around|nearly|almost|over|some|at least|roughly|several)\s+)?"
    r"(?P<count>a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?P<large>hundred|thousand)"
    r"\s+(?P<unit>years|months|weeks|days|hours|minutes|seconds)$"
)


def large_count_value(count: str, large: str, unit: str) -> str:
    """"almost a hundred years" P100Y, "two hundred days" P200D; thousands of years are millennia
    ("more than two thousand years" P2L, as TimeBank writes it)."""
    letter, is_time = _UNIT_LETTERS[unit.rstrip("s")]
    number = int(count) if count.isdigit() else _SMALL[count]
    if letter == "Y" and large == "thousand":
        return f"P{number}L"
    return ("PT" if is_time else "P") + str(number * _LARGE[large]) + letter


_QUARTER_CLOCK = re.compile(r"\b(?:(?:a\s+)?(quarter)|(half))\s+(before|to|past|after)\s+(\d{1,2})(?::00)?\s*(?:([ap])\.?m\b\.?)?")


def quarter_clock(phrase: str) -> str | None:
    """"a quarter before 11 a.m." 10:45, "half past 3 p.m." 15:30; None for any other phrase."""
    m = _QUARTER_CLOCK.search(phrase)
    if m is None:
        return None
    hour = int(m.group(4))
    if hour > 12 and m.group(5) or hour > 23:
        return None
    if m.group(5) == "p" and hour < 12:
        hour += 12
    minutes = hour * 60 + (15 if m.group(1) else 30) * (-1 if m.group(3) in {"before", "to"} else 1)
    return f"{minutes // 60 % 24:02d}:{minutes % 60:02d}"
