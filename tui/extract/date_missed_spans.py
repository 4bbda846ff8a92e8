"""Span rules for dates the model labels as something else or cuts short in modern news,
each small and named (``date_spans.SPAN_RULES`` runs them):

- ``add_month_days``: "the March 3 Super Tuesday primaries": the model called "March 3" an event;
  a capitalised month with a day number is a date wherever it stands.
- ``drop_named_weekdays``: "Super Tuesday", "Black Friday", "Cyber Monday", "Bloody Sunday" name
  a day of their own; the weekday in them is not the nearest Tuesday or Friday.
- ``drop_recently_before_a_date``: "as recently as 2015": the date is the timex, not "recently".
- ``extend_the_day_before``: "on the day before the fitting": "the day" + "before" is the day before
  the one the story is at (the model stops at "the day"); not after a date it restates
  ("Oct. 12, the day before the plunge" is Oct. 12).
- ``widen_to_clock_word``: "through at least midday tomorrow", "noon today": the clock word before a
  day word belongs to it (the model marks only "tomorrow").
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_words import MONTH_NAMES, MONTH_RE, MONTHS, WEEKDAYS
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_MONTHS_CAPITALISED = "|".join(
    m.capitalize() + (r"\.?" if m not in MONTH_NAMES else "") for m in sorted(MONTHS, key=len, reverse=True)
)
_MONTH_DAY = re.compile(
    rf"(?<![\w-])(?:(?:{_MONTHS_CAPITALISED})\s+\d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS_CAPITALISED}))"
    r"(?:,?\s+(?:1[89]|20)\d\d)?(?![\w:/-]|[.,]\d)"
)
#: "May 5" after a subject is the verb ("they may 5 ..." is lower case, but "May 5 people" is rare): a
#: number that counts something ("May 5 people") or a unit after it is no day.
_COUNTED_AFTER = re.compile(r"\s+(?:people|percent|per|of|to|or|and\s+\d|million|billion|points?|times)\b", re.IGNORECASE)


def _overlaps(spans: list["TimeSpan"], start: int, end: int) -> bool:
    return any(s.start < end and start < s.end for s in spans)


def add_month_days(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """A month and day the model labelled as anything else ("March 3" as an EVENT) is added."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in _MONTH_DAY.finditer(text):
        day = int(re.search(r"\d{1,2}", m.group()).group())  # type: ignore[union-attr]
        if 1 <= day <= 31 and not _overlaps(out, m.start(), m.end()) and not _COUNTED_AFTER.match(text, m.end()):
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
    out: list["TimeSpan"] = []
    for span in spans:
        if _THE_DAY.match(text[span.start:span.end]) and (m := _BEFORE_AFTER.match(text, span.end)):
            # "Oct. 12, the day before the plunge" restates the date told before it: the day stays that date
            if not text.startswith(",", m.end()) and not text[max(0, span.start - 3):span.start].rstrip().endswith((",", "—", "(")):
                span = replace(span, end=m.end())
        out.append(span)
    return out


_CLOCK_WORD_BEFORE = re.compile(r"\b(?:noon|midday|mid-day|midnight)\s+$", re.IGNORECASE)
_DAY_WORD = re.compile(rf"^(?:today|tomorrow|yesterday|tonight|{'|'.join(WEEKDAYS)})$", re.IGNORECASE)


def widen_to_clock_word(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"midday" + "tomorrow": a clock word just before a day word is part of that time."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        if _DAY_WORD.match(text[span.start:span.end]) and (m := _CLOCK_WORD_BEFORE.search(text, max(0, span.start - 10), span.start)):
            if not _overlaps(out, m.start(), span.start):
                span = replace(span, start=m.start())
        out.append(span)
    return out
