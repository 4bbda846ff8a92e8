"""anchor.compared_period: a results period named by comparison is the quarter the story reports.

"Profit rose to $9 million from $7 million in the year-ago quarter", "the year-earlier period",
"Kirschner earned $376,000 in the 1988 quarter", "last year's quarter", "the corresponding period
last year": company results compare the quarter just reported with the same quarter of another
year. TimeBank's annotators give these the reported quarter in the year the words name (1988-Q3 in
a report on the third quarter of 1989, 12 of 12 where a quarter was told); the value rules read
them from the story's last value alone, which is often a day ("the quarter ended Sept. 30") or a
year, and give a year.

This pass reads the reported quarter from the text before the phrase: the last quarter told that
was over by publication (a "fourth-quarter charge" still to come is no reported quarter), else the
quarter of a day told as a quarter's end ("the quarter ended Sept. 30"). A "period" in a sentence
about months or a half ("In the first nine months ... the 1988 period") is that longer stretch,
and stays as it was; so does every phrase when no quarter was told before it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from .date_calendar import day_of_value, quarter_of
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_readings import Anchor, Reading
    from .date_spans import TimeSpan

#: The words of the phrase itself, when the span holds all of it.
_WHOLE = re.compile(
    r"^(?:the\s+|in\s+the\s+)?(?:(?:comparable|corresponding|same|year[\s-]ago|year[\s-]earlier|(?P<year>\d{4})|"
    r"(?P<last>last\s+year['’]s))\s+)+(?P<unit>quarter|period)$",
    re.IGNORECASE,
)
#: A span of the year words alone ("the year-ago", "1989", "last year's") with the unit after it.
_YEAR_WORDS = re.compile(r"^(?:the\s+)?(?:year[\s-]ago|year[\s-]earlier|(?P<year>\d{4})|(?P<last>last\s+year['’]s))$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?P<unit>quarter|period)\b", re.IGNORECASE)
#: "the corresponding period last year", "the same quarter a year earlier": the span is the year words after the unit.
_UNIT_BEFORE = re.compile(r"\bthe\s+(?:comparable|corresponding|same)\s+(?P<unit>quarter|period)\s+(?:of\s+|in\s+)?$", re.IGNORECASE)
_UNIT_THEN_YEAR = re.compile(
    r"^(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<unit>quarter|period)\s+"
    r"(?:a\s+year\s+(?:ago|earlier)|last\s+year|(?:of|in)\s+(?P<year>\d{4}))$",
    re.IGNORECASE,
)
_AFTER_WORDS = re.compile(r"^(?:last\s+year|a\s+year\s+(?:ago|earlier)|(?P<year>\d{4}))$", re.IGNORECASE)

_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
#: A day told as the end of a quarter: "for the quarter ended Sept. 30", "the three months ending June 30".
_QUARTER_END_BEFORE = re.compile(r"\b(?:quarter|three\s+months)\s+(?:that\s+)?end(?:ed|ing|s)?\s+(?:on\s+)?$", re.IGNORECASE)
#: A sentence about a longer stretch than a quarter: its "period" is that stretch.
_LONGER = re.compile(r"\b(?:months|half|full[\s-]year|year\s+ended|fiscal\s+year)\b", re.IGNORECASE)
#: Expressions that compare rather than report ("a year ago", "the previous quarter"): their quarter is no reported one.
_COMPARING = re.compile(r"\b(?:ago|earlier|before|prior|previous|preceding|last|\d{4}\s+(?:quarter|period))\b", re.IGNORECASE)
#: A sentence's end, not an abbreviation's ("Sept. 30", "Mr. Smith", "Inc.", "U.S.").
_SENTENCE_END = re.compile(r"(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!Sept)(?<!Corp)(?<!\b[A-Z])[.!?][\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])")


def _compared(text: str, start: int, end: int) -> tuple[int | None, bool, str] | None:
    """(the year named, or None for "a year before the reported one"; last-year words; unit) of a compared period."""
    words = text[start:end]
    if (m := _WHOLE.match(words)) is not None:
        if not re.search(r"year|\d{4}|comparable|corresponding|same", words, re.IGNORECASE):
            return None
        named = int(m.group("year")) if m.group("year") else None
        shifted = named is None and bool(re.search(r"year", words, re.IGNORECASE))
        return (named, shifted, m.group("unit").lower()) if named or shifted else None
    if (m := _YEAR_WORDS.match(words)) is not None and (after := _UNIT_AFTER.match(text, end)) is not None:
        named = int(m.group("year")) if m.group("year") else None
        if named is not None and not re.search(r"\bthe\s+$", text[max(0, start - 5):start], re.IGNORECASE):
            return None  # "sales in 1989 quarter by quarter": only "the 1989 quarter" names one
        return named, named is None, after.group("unit").lower()
    if (m := _UNIT_THEN_YEAR.match(words)) is not None:  # "the same period last year", "the quarter a year ago"
        named = int(m.group("year")) if m.group("year") else None
        return named, named is None, m.group("unit").lower()
    if (m := _AFTER_WORDS.match(words)) is not None and (before := _UNIT_BEFORE.search(text, max(0, start - 40), start)) is not None:
        named = int(m.group("year")) if m.group("year") else None
        return named, named is None, before.group("unit").lower()
    return None


#: Words of a forecast in a quarter's sentence: the quarter is still to come.
_FORECAST = re.compile(r"\b(?:will|would|expects?|expected|estimated?|forecasts?|projects?|projected|could|may|might|plans?|outlook)\b", re.IGNORECASE)


def _forecast(text: str, start: int, end: int, year: int, number: int, published: date) -> bool:
    """A quarter not over by publication, told in a forecast's sentence (else it is a fiscal quarter reported)."""
    if date(year + (number == 4), number % 4 * 3 + 1, 1) <= published:
        return False
    begin = ends[-1] if (ends := [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)]) else max(0, start - 300)
    stop = m.start() if (m := _NEXT_SENTENCE.search(text, end)) is not None else len(text)
    return _FORECAST.search(text, begin, stop) is not None


def _reported_quarter(text: str, values: list[tuple[int, int, str | None]], upto: int, published: date | None) -> tuple[int, int] | None:
    """The quarter the story reports, told before expression ``upto``: (year, quarter)."""
    for j in range(upto - 1, -1, -1):
        start, end, value = values[j]
        if not value or _COMPARING.search(text, start, end) or _compared(text, start, end):
            continue
        if (q := _QUARTER_VALUE.match(value)) is not None:
            year, number = int(q.group(1)), int(q.group(2))
            if published is not None and _forecast(text, start, end, year, number, published):
                continue  # a quarter still to come ("will result in a fourth-quarter charge") has not been reported
            return year, number
        if (day := day_of_value(value)) is not None and _QUARTER_END_BEFORE.search(text, max(0, start - 30), start):
            return day.year, quarter_of(day)
    return None


def _sentence(text: str, start: int) -> str:
    """The sentence holding ``start`` and the one before it, up to ``start``."""
    begin = max(0, start - 400)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, begin, start)]
    return text[ends[-2] if len(ends) >= 2 else begin:start] if ends else text[begin:start]


def compared_periods(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """New values (by index into ``values``: (start, end, value) in text order) for compared periods."""
    moved: dict[int, str] = {}
    for i, (start, end, value) in enumerate(values):
        if not value or not (found := _compared(text, start, end)):
            continue
        named, shifted, unit = found
        if unit == "period" and _LONGER.search(_sentence(text, start)):
            continue  # anchor.compared_period_longer: "In the first nine months ... the 1988 period" is no quarter
        if (reported := _reported_quarter(text, values, i, published)) is None:
            continue
        year = named if named is not None else reported[0] - 1 if shifted else reported[0]
        new = f"{year:04d}-Q{reported[1]}"
        if new != value:
            moved[i] = new
    return moved


#: "a year ago", "a year earlier", "year-earlier" (results), without a unit after them.
_YEAR_BEFORE = re.compile(r"^(?:(?:a|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year[\s-](?:ago|earlier))$", re.IGNORECASE)
#: A sentence about results over more than a quarter: its "a year earlier" is the year before.
_MONTHS_TOLD = re.compile(r"\b(?:nine|six|first\s+nine|first\s+six|9|6)[\s-]+months?\b|\bfirst\s+half\b|\byear\s+to\s+date\b", re.IGNORECASE)
#: A sentence about the quarter reported.
_QUARTER_TOLD = re.compile(r"\bquarter\b|\bthe\s+\d{4}\s+period\b|\bthe\s+latest\s+period\b", re.IGNORECASE)
_NEXT_SENTENCE = re.compile(r"[.!?](?=[\"'”’)]*\s+[\"'“‘(]?[A-Z0-9])|\n")


def compared_years(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """anchor.compared_year: "a year ago" in results is the reported quarter a year before when its
    sentence is about the quarter ("Sales in the quarter fell from $90 million a year ago": 1988-Q3),
    and the year before when it is about nine or six months ("For the nine months, net rose from
    $4 million a year earlier": 1988, TimeBank 4 of 6). A quarter value read from a quarter not over
    by publication ("a fourth-quarter charge" told before it) becomes the reported quarter's."""
    moved: dict[int, str] = {}
    for i, (start, end, value) in enumerate(values):
        if not value or not _YEAR_BEFORE.match(text[start:end]) or _compared(text, start, end):
            continue
        if (reported := _reported_quarter(text, values, i, published)) is None:
            continue
        begin = ends[-1] if (ends := [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]) else max(0, start - 400)
        stop = m.start() if (m := _NEXT_SENTENCE.search(text, end)) is not None else len(text)
        sentence = text[begin:stop]
        before = text[ends[-2] if len(ends) >= 2 else max(0, start - 400):begin]  # the sentence before it
        if _MONTHS_TOLD.search(sentence):
            new = f"{reported[0] - 1:04d}"
        elif _QUARTER_TOLD.search(sentence) or _QUARTER_VALUE.match(value) or _QUARTER_TOLD.search(before) and not _MONTHS_TOLD.search(before):
            new = f"{reported[0] - 1:04d}-Q{reported[1]}"
        else:
            continue
        if new != value:
            moved[i] = new
    return moved


#: The phrases the model leaves out: "the year-ago third quarter", "the quarter a year ago" ("the same quarter last
#: year" it marks in two, which ``compared_periods`` reads as one).
_MISSED = re.compile(
    r"(?<![\w-])the\s+(?:(?:comparable|corresponding|same)\s+)?(?:year[\s-](?:ago|earlier)\s+(?:first|second|third|fourth|final)"
    r"(?:[\s-]+fiscal)?\s+quarter|quarter\s+a\s+year\s+(?:ago|earlier))(?![\w-])",
    re.IGNORECASE,
)


def add_compared_quarters(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.compared_quarter: "In the year-ago third quarter, it earned $22.5 million" names one quarter;
    a mention inside the phrase ("last year", "third quarter") grows to the whole of it."""
    from .date_spans import TimeSpan  # at call time: date_spans imports this module

    text = doc_text(doc)
    if "year" not in text:  # a cheap prefilter: every phrase holds "year"
        return spans
    out = list(spans)
    for m in _MISSED.finditer(text):
        inside = [i for i, s in enumerate(out) if s.start < m.end() and m.start() < s.end]
        if not inside:
            out.append(TimeSpan(m.start(), m.end()))
        elif all(m.start() <= out[i].start and out[i].end <= m.end() for i in inside):
            first = inside[0]
            out[first] = replace(out[first], start=m.start(), end=m.end(), reads_as=None)
            out = [s for i, s in enumerate(out) if i not in inside[1:]]
    return sorted(out, key=lambda s: s.start)


#: The value rule over the cleaned phrase: the quarter told (or the story's), a year before it.
COMPARED_QUARTER = (
    r"^(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year[\s-](?:ago|earlier)\s+(?P<q>1st|2nd|3rd|4th|final)"
    r"(?:[\s-]+fiscal)?\s+quarter|quarter\s+(?:a\s+year\s+(?:ago|earlier)|(?:of\s+)?last\s+year))$"
)
_ORDINAL = {"1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "final": 4}


def compared_quarter(m: re.Match[str], a: "Anchor") -> "Reading | None":
    """date.compared_quarter: "the year-ago third quarter" is Q3 of the year before the story's quarter (or
    publication); "the quarter a year ago" the story's quarter a year before ("compared_periods" then
    reads the reported quarter from the text)."""
    from .date_readings import DATE, Reading

    told = _QUARTER_VALUE.match(a.story_value or "")
    if m.group("q"):
        year = int(told.group(1)) if told else a.today.year if a.today else None
        return Reading(DATE, f"{year - 1:04d}-Q{_ORDINAL[m.group('q')]}") if year else None
    if told:
        return Reading(DATE, f"{int(told.group(1)) - 1:04d}-Q{told.group(2)}")
    if a.today is None:
        return None
    last = (a.today.year * 12 + a.today.month - 1) // 3 - 1  # the last full quarter before publication
    return Reading(DATE, f"{last // 4 - 1:04d}-Q{last % 4 + 1}")


_LATEST = re.compile(r"^the\s+(?:latest|most\s+recent)\s+(?:quarter|period)$", re.IGNORECASE)


def latest_quarters(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """anchor.latest_quarter: "the latest quarter" has been reported, so it is over by publication: read
    from a quarter still to come ("a fourth-quarter charge" told before it) it is the reported quarter."""
    moved: dict[int, str] = {}
    if published is None:
        return moved
    for i, (start, end, value) in enumerate(values):
        if not value or not (q := _QUARTER_VALUE.match(value)) or not _LATEST.match(text[start:end]):
            continue
        year, number = int(q.group(1)), int(q.group(2))
        if date(year + (number == 4), number % 4 * 3 + 1, 1) <= published:
            continue
        if not any(v == value and _forecast(text, a, b, year, number, published) for a, b, v in values[:i]):
            continue  # no forecast told this quarter: one reported, a fiscal quarter ("reported fourth-quarter earnings")
        if (reported := _reported_quarter(text, values, i, published)) is None:
            last = (published.year * 12 + published.month - 1) // 3 - 1
            reported = last // 4, last % 4 + 1
        moved[i] = f"{reported[0]:04d}-Q{reported[1]}"
    return moved
