"""Span rules for dates the model labels as something else or cuts short in modern news,
each small and named (``date_spans.SPAN_RULES`` runs them):

- ``add_month_days``: "the March 3 Super Tuesday primaries": the model called "March 3" an event;
  a capitalised month with a day number is a date wherever it stands ("Last year August 8" is one).
- ``drop_named_weekdays``: "Super Tuesday", "Black Friday", "Cyber Monday", "Bloody Sunday" name
  a day of their own; the weekday in them is not the nearest Tuesday or Friday.
- ``drop_recently_before_a_date``: "as recently as 2015": the date is the timex, not "recently".
- ``extend_the_day_before``: "on the day before the fitting": "the day" + "before" is the day before
  the one the story is at (the model stops at "the day"); not after a date it restates
  ("Oct. 12, the day before the plunge" is Oct. 12).
- ``widen_to_clock_word``: "through at least midday tomorrow", "noon today": the clock word before a
  day word belongs to it (the model marks only "tomorrow").
- ``add_bare_years``: "clean energy by 2045": a year after "by", "in", "since" that the model called
  a number (not "by 2045 votes").
- ``widen_clock_meridiem``: "4:53 a.m Thursday": "a.m" without its last point is part of the clock.
- ``join_weekday_and_clock``: "as of Saturday 8:00 p.m.", "4:53 a.m Thursday morning" are one time.
- ``trim_counts_after_units``: "the first four hours 185 thousand [customers]": the length ends at its unit.
- ``drop_movement_names``: "the Fridays for Future movement" is a name, not a set of Fridays.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import overlaps_any, trim_trailing
from .date_words import MONTH_NAMES, MONTH_RE, MONTHS, WEEKDAYS
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_MONTHS_CAPITALISED = "|".join(
    m.capitalize() + (r"\.?" if m not in MONTH_NAMES else "") for m in sorted(MONTHS, key=len, reverse=True)
)
_YEAR_TAIL = r"(?:,?\s+(?:1[89]|20)\d\d)?(?![\w:/-]|[.,]\d)"
_RELATIVE_YEAR = re.compile(r"(?:last|this|next)\s+year", re.IGNORECASE)
_MONTH_LEAD = re.compile(f"(?:{'|'.join(m[:3].capitalize() for m in MONTH_NAMES)})")
_DAY_BEFORE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s+$")
_MONTH_FIRST = re.compile(rf"\b(?:{_MONTHS_CAPITALISED})\s+\d{{1,2}}(?:st|nd|rd|th)?{_YEAR_TAIL}")
_DAY_FIRST = re.compile(rf"(?<![\w.,-])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS_CAPITALISED}){_YEAR_TAIL}")
#: "May 5" after a subject is the verb ("they may 5 ..." is lower case, but "May 5 people" is rare): a
#: number that counts something ("May 5 people") or a unit after it is no day.
_COUNTED_AFTER = re.compile(r"\s+(?:people|percent|per|of|to|or|and\s+\d|million|billion|points?|times)\b", re.IGNORECASE)


def add_month_days(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """A month and day the model labelled as anything else ("March 3" as an EVENT) is added."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    found = []
    for lead in _MONTH_LEAD.finditer(text):  # a literal scan: far faster than the patterns themselves
        if (m := _MONTH_FIRST.match(text, lead.start())) is not None:
            found.append(m)
        if (before := _DAY_BEFORE.search(text, max(0, lead.start() - 8), lead.start())) is not None:
            if (m := _DAY_FIRST.match(text, before.start())) is not None:
                found.append(m)
    for m in found:
        day = int(re.search(r"\d{1,2}", m.group()).group())  # type: ignore[union-attr]
        if 1 <= day <= 31 and not overlaps_any(out, m.start(), m.end()) and not _COUNTED_AFTER.match(text, m.end()):
            year = next((i for i, s in enumerate(out) if s.end == m.start() - 1 and _RELATIVE_YEAR.fullmatch(text[s.start:s.end])), None)
            if year is not None:  # "Last year August 8" is one day of last year
                out[year] = replace(out[year], end=m.end())
            else:
                out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


_NAMED_DAY = re.compile(rf"\b(?:Super|Black|Cyber|Bloody|Giving|Manic|Mega|Patriots'?)\s+(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})$")


def drop_named_weekdays(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """A weekday that is the end of a day's name ("Super Tuesday") is no weekday reference."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        # the name's first word may be inside the span ("Super Tuesday") or just before it ("Tuesday")
        if _NAMED_DAY.search(text, max(0, span.start - 12), span.end) and text[span.start:span.end].split()[-1].lower() in WEEKDAYS:
            head = _NAMED_DAY.search(text, max(0, span.start - 12), span.end)
            if head is not None and head.start() > span.start:
                out.append(replace(span, end=head.start()))  # keep what comes before the name ("March 3 ")
            continue
        out.append(span)
    return [s for s in out if text[s.start:s.end].strip()]


_RECENTLY_AS = re.compile(r"\s+as\s+(?:the\s+)?(?:\d|early|late|mid|last|this|(?i:" + MONTH_RE + "))", re.IGNORECASE)


def drop_recently_before_a_date(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"as recently as 2015", "as recently as last week": "recently" only frames the date."""
    text = doc_text(doc)
    return [s for s in spans if not (text[s.start:s.end].lower() == "recently" and _RECENTLY_AS.match(text, s.end))]


_THE_DAY = re.compile(r"^the\s+(?:day|night|week|month|year)$", re.IGNORECASE)
_BEFORE_AFTER = re.compile(r"\s+(before|after)\b(?!\s+(?:yesterday|tomorrow|today|last|next|that|\d))", re.IGNORECASE)


def extend_the_day_before(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the day" + " before the fitting": the day before the story's day (TimeML's extent takes "before")."""
    text = doc_text(doc)
    ends = {s.end for s in spans}
    out: list["TimeSpan"] = []
    for span in spans:
        if _THE_DAY.match(text[span.start:span.end]) and (m := _BEFORE_AFTER.match(text, span.end)):
            # "Oct. 12, the day before the plunge" restates the date told before it: the day stays that date
            # ("which rejected, the day before the rally, a lawsuit" restates none: it widens)
            before = text[max(0, span.start - 3):span.start].rstrip()
            restates = before.endswith((",", "—", "(")) and (span.start - 3 + len(before) - 1) in ends
            if not text.startswith(",", m.end()) and not restates:
                span = replace(span, end=m.end())
        out.append(span)
    return out


_CLOCK_WORD_BEFORE = re.compile(r"\b(?:noon|midday|mid-day|midnight)\s+$", re.IGNORECASE)
_CLOCK_WORDS = ("noon", "Noon", "midday", "Midday", "mid-day", "Mid-day", "midnight", "Midnight")
_DAY_WORD = re.compile(rf"^(?:today|tomorrow|yesterday|tonight|{'|'.join(WEEKDAYS)})$", re.IGNORECASE)


def widen_to_clock_word(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"midday" + "tomorrow": a clock word just before a day word is part of that time."""
    text = doc_text(doc)
    if not any(word in text for word in _CLOCK_WORDS):
        return spans
    out: list["TimeSpan"] = []
    for span in spans:
        if _DAY_WORD.match(text[span.start:span.end]) and (m := _CLOCK_WORD_BEFORE.search(text, max(0, span.start - 10), span.start)):
            if not overlaps_any(out, m.start(), span.start):
                span = replace(span, start=m.start())
        out.append(span)
    return out


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")
_YEAR_PREPOSITIONS = frozenset({"in", "by", "since", "until", "till", "through", "before", "after", "during", "from", "to"})
_NOT_A_YEAR_AFTER = re.compile(r"\s*(?:%|percent|per\b|[-–]\d|,\d|\.\d|:\d)", re.IGNORECASE)


def add_bare_years(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"100 percent clean energy by 2045": a year after "by", "in", "since" ... that the model
    called a cardinal number is a year, unless it counts a plural ("by 2045 votes")."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for found in _YEAR_DIGITS.finditer(text):
        start, end = found.span()
        if (start and (text[start - 1].isalnum() or text[start - 1] in ".,$")) or (end < len(text) and text[end].isalnum()):
            continue
        words = doc.char_span(start, end)
        if words is None or len(words) != 1 or words.start == 0:
            continue
        token = words[0]
        if doc[token.i - 1].lower_ not in _YEAR_PREPOSITIONS or overlaps_any(out, token.idx, token.idx + 4):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if (after is not None and after.tag_ in {"NNS", "NNPS"}) or _NOT_A_YEAR_AFTER.match(text, token.idx + 4):
            continue
        out.append(TimeSpan(token.idx, token.idx + 4))
    return sorted(out, key=lambda s: s.start)


_BARE_CLOCK = re.compile(r"\d{1,2}(?::\d{2})?$")
_MERIDIEM_AFTER = re.compile(r"\s*[ap]\.?m\b\.?", re.IGNORECASE)


def widen_clock_meridiem(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"4:53 a.m Thursday": the model stops at "4:53" when "a.m" lacks its last point."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _BARE_CLOCK.search(text, span.start, span.end) and (m := _MERIDIEM_AFTER.match(text, span.end)):
            if not overlaps_any([s for s in spans if s is not span], span.end, m.end()):
                span = replace(span, end=m.end())
        out.append(span)
    return out


_WEEKDAY_ONLY = re.compile(rf"(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})$")
_WEEKDAY_FIRST = re.compile(rf"(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$")
_CLOCK_ONLY = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?|[ap]\.m\.)$", re.IGNORECASE)


def join_weekday_and_clock(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"as of Saturday 8:00 p.m.", "at 4:53 a.m Thursday morning": a weekday and a clock side by side
    are one time ("Friday at 3 p.m." stays two, as TimeML writes it)."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and text[out[-1].end:span.start] == " ":
            first, second = text[out[-1].start:out[-1].end], text[span.start:span.end]
            if (_WEEKDAY_ONLY.fullmatch(first) and _CLOCK_ONLY.fullmatch(second)) or (
                _CLOCK_ONLY.fullmatch(first) and _WEEKDAY_FIRST.match(second)
            ):
                out[-1] = replace(out[-1], end=span.end)  # "4:53 a.m Thursday morning" too
                continue
        out.append(span)
    return out


_COUNT_AFTER_UNIT = re.compile(
    rf"^(?P<keep>.*?\b(?:{'|'.join(('seconds?', 'minutes?', 'hours?', 'days?', 'weeks?', 'months?', 'years?'))}))"
    r"\s+[\d][\d,.]*(?:\s+(?:hundred|thousand|million|billion))?$",
    re.IGNORECASE,
)


def trim_counts_after_units(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"Within the first four hours 185 thousand customers were without power": the model runs the
    length on into the count that follows it; the timex ends at its unit."""
    return trim_trailing(doc, spans, _COUNT_AFTER_UNIT)


_MOVEMENT = re.compile(rf"(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})s\s+for\s+Future\b")


def drop_movement_names(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the Fridays for Future movement" is a name, not every Friday."""
    text = doc_text(doc)
    return [s for s in spans if not _MOVEMENT.match(text, s.start)]
