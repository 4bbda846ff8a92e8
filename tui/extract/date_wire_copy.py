"""Forms of wire copy around a story's dates (datelines, headlines, quotes): small named rules, each
tested. ``date_wire_forms`` holds the span rules a blind wire-news set led to; these came from TimeBank's
wire subset and the held-out input path.

Span rules (``date_spans.SPAN_RULES`` runs them):

- ``trim_at_dateline_dashes``: "March 21, 2013 -- Cyprus said": the model's DATE runs over the
  dateline's dash into the first words of the story; the date ends at the dash unless what
  follows is a time too ("1998 - 2000", "Monday -- Friday").

- ``widen_to_month_before``: "Fri Mar 22, 2013 10:15am EDT", "Updated Mar 22 2013": the model's
  DATE starts at the day and leaves the month's short name out ("22, 2013" would read as a year).
- ``trim_leading_verbs``: "began Sept. 21 and ended Oct. 10": the model's mention runs over the
  verb of its second half, and the split leaves "ended Oct. 10"; a date starts after its verb.

Anchor rules:

- ``in_headline`` (``date_anchors.direction`` asks it): a body that starts with its headline
  ("Obama arrives in Israel Wednesday", no closing stop, a line of its own) tells past events in
  the present tense: there the present does not point forward as it does in a story's schedule.

- ``today_as_nowadays`` (``dates.extract_dates`` calls it after the values are read): "today's
  world", "today's Democratic politics", "their lives today": the present age (PRESENT_REF), not the day.
- ``weekdays_between_dateline_and_creation`` (``dates.extract_dates`` calls it after the values are read): copy datelined Friday and filed on Saturday says
  "police said Saturday": the weekday read back from the dateline would land a week before it,
  while a day of that name lies between the dateline and the creation time: it is that day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_calendar import day_of_value, iso_day
from .date_extents import trim_leading
from .date_words import MONTH_RE, WEEKDAYS
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: A dateline's dash inside a span: "--", an em or en dash, AP's "_", a spaced hyphen.
_DASH = re.compile(r"\s*(?:--|—|–)\s*|\s+[-_]\s+")
_DAY_RANGE_DASH = re.compile(r"\d–\d")


def trim_at_dateline_dashes(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.dateline_dash: "March 21, 2013 -- Cyprus" is "March 21, 2013"."""
    from dataclasses import replace

    from .date_spans import _TIME_WORD

    text = doc_text(doc)
    out: list[TimeSpan] = []
    for span in spans:
        m = _DASH.search(text, span.start, span.end)
        if m is not None and _DAY_RANGE_DASH.fullmatch(text, m.start() - 1, m.end() + 1):
            m = None  # span.day_range_dash: "July 27–28": an unspaced dash between days is a range, no dateline
        if m is not None and m.start() > span.start and not _TIME_WORD.search(text, m.end(), span.end) \
                and _TIME_WORD.search(text, span.start, m.start()):
            span = replace(span, end=m.start())
        out.append(span)
    return out


#: A month's name, capitalised, just before a span that starts with its day ("Mar 22, 2013").
_MONTH_BEFORE = re.compile(rf"(?<![\w.])(?:{MONTH_RE})\s+$", re.IGNORECASE)
_DAY_FIRST = re.compile(r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:%|percent|million|billion))")


def widen_to_month_before(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.month_before: "Mar 22, 2013" whole when the model took "22, 2013" alone."""
    from dataclasses import replace

    text = doc_text(doc)
    out: list[TimeSpan] = []
    for span in spans:
        before = _MONTH_BEFORE.search(text, max(0, span.start - 12), span.start)
        if before is not None and before.group()[:1].isupper() and _DAY_FIRST.match(text[span.start:span.end]):
            span = replace(span, start=before.start())
        out.append(span)
    return out


#: Verbs that open a stretch's end or start ("ended Oct. 10", "began in May"), with a preposition after.
_LEADING_VERB = re.compile(r"^(?:ended|ending|began|begun|started|closed|opened)\s+(?:(?:on|in|at)\s+)?(?=\S)", re.IGNORECASE)


def trim_leading_verbs(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.leading_verb: "ended Oct. 10" is "Oct. 10" (a verb is no part of the date)."""
    return trim_leading(doc, spans, _LEADING_VERB)


_WEEKDAY_ALONE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})$", re.IGNORECASE)


def weekdays_between_dateline_and_creation(
    text: str, values: list[tuple[int, int, str | None]], *, dateline: date | None, published: date | None,
) -> dict[int, str]:
    """anchor.dateline_to_creation: a bare weekday whose value is before the dateline's day,
    when a day of that name lies after the dateline and not after the creation time, is that day.

    ``values`` are (start, end, value) in text order; the answer maps indexes to new values."""
    if dateline is None or published is None or not dateline < published:
        return {}
    between = {WEEKDAYS[d.weekday()]: d for d in (dateline + timedelta(days=n) for n in range(1, (published - dateline).days + 1))}
    moved: dict[int, str] = {}
    for i, (start, end, value) in enumerate(values):
        words = text[start:end]
        if not value or not _WEEKDAY_ALONE.match(words) or (day := day_of_value(value)) is None or day >= dateline:
            continue
        if (target := between.get(words.lower())) is not None:
            moved[i] = iso_day(target)
    return moved


#: The body's first line when it is a headline: up to 16 words, no closing stop, then a blank line,
#: a dateline ("JERUSALEM (AP) --") or a byline; a hard-wrapped first sentence goes on otherwise.
_HEADLINE = re.compile(
    r"\A\s*(?=\S)(?:[^\n.!?]|\.(?=\w)|\.(?<=[A-Z]\.)){1,140}?(?<![.!?:;,\"”])[ \t]*\r?\n"
    r"(?=[ \t]*\r?\n|[ \t]*(?:[A-Z]{2,}[A-Z.,' -]*(?:\(|,|--|—|_)|By\s))"
)


def in_headline(text: str, start: int) -> bool:
    """anchor.headline_present: whether ``start`` lies in a headline at the top of the body."""
    m = _HEADLINE.match(text[:160])
    return m is not None and start < m.end() and len(m.group().split()) <= 16


#: What "today's" owns when it means the present age rather than the day.
_AGE_NOUNS = (
    r"world|society|societies|politics|economy|generation|generations|youth|young|culture|standards|technology|"
    r"children|kids|teenagers|families|workplace|environment|climate|era|age|times|media|music|art|audiences|"
    r"consumers|students|schools|military|warfare|medicine|science|democracy|market|markets|industry|reality|realities"
)
_NOWADAYS = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{_AGE_NOUNS})\b", re.IGNORECASE)


#: A state of things just before "today" ("their lives today", "the situation today"): the present age too.
_STATE_BEFORE = re.compile(r"\b(?:lives|life|situation|world|society|condition|conditions|reality|realities)\s+$", re.IGNORECASE)


def today_as_nowadays(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """date.today_nowadays: "today's world", "their lives today" are PRESENT_REF (a thing of the age, not of the day)."""
    return {
        i: "PRESENT_REF"
        for i, (start, end, value) in enumerate(values)
        if value and text[start:end].lower() == "today" and (_NOWADAYS.match(text, end) or _STATE_BEFORE.search(text, max(0, start - 24), start))
    }
