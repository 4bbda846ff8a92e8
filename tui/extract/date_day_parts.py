"""Times of day that read as lengths or as whole days: military clocks, "the early hours", "the afternoon".

Span rules (``date_spans.SPAN_RULES`` runs them):

- ``read_clock_hours``: "at 2235 hours" is the clock 22:35 of the story's day (TIME), not a
  length of 2,235 hours; "1500 hours of community service" (no clock word before) stays a length.
- ``read_early_hours``: "the early hours of Wednesday" is Wednesday's morning (TIME ...TMO), as
  "Wednesday morning" is; "in the early hours" alone is the story day's morning.
- ``read_midnight_after``: "just after midnight" is the first minute of the story's day (T00:00);
  a bare "midnight" is the end of the day (T24:00, a deadline "at midnight").
- ``add_parts_of_day``: "in the afternoon", "during the evening": a part of the story's day the
  model left out (TimeBank tags "the morning" as TIME 1989-10-27TMO). "the evening news", "the
  morning paper" name a thing, and "the night the plane fell" is told by its event: both stay out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import overlaps_any
from .date_words import WEEKDAYS
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: "at 2235 hours", "by 0600 hrs", "(1800 hours)": a 24-hour clock after a word that places a time.
_CLOCK_HOURS = re.compile(
    r"(?:\b(?:at|by|until|till|from|before|after|around|about|approximately|since|to)\s+|\()"
    r"(?<![\w.:,$£€#/-])([01]\d|2[0-3])([0-5]\d)\s+(?:hours|hrs)\b\.?",
    re.IGNORECASE,
)
_CLOCK_ONLY = re.compile(r"([01]\d|2[0-3])([0-5]\d)\s+(?:hours|hrs)\b\.?", re.IGNORECASE)


def read_clock_hours(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.clock_hours: "at 2235 hours" reads as 22:35 (TIME); the model's "2235 hours" would
    otherwise read as a length (PT2235H)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "hour" not in text and "hrs" not in text:
        return spans
    out = list(spans)
    for m in _CLOCK_HOURS.finditer(text):
        clock = _CLOCK_ONLY.match(text, m.start(1))
        if clock is None:
            continue
        start, end = clock.start(), clock.end() - (1 if clock.group().endswith(".") else 0)
        reads_as = f"{m.group(1)}:{m.group(2)}"
        inside = [i for i, s in enumerate(out) if s.start < end and start < s.end]
        if not inside:
            out.append(TimeSpan(start, end, reads_as=reads_as))
        elif len(inside) == 1 and out[inside[0]].start >= start and out[inside[0]].end <= end:
            out[inside[0]] = replace(out[inside[0]], start=start, end=end, reads_as=reads_as)
    return sorted(out, key=lambda s: s.start)


_WEEKDAY = "|".join(WEEKDAYS)
#: "the early hours of Wednesday", "the early hours of the morning", "the early hours".
_EARLY_HOURS = re.compile(
    rf"\b(?:the\s+)?(?:early|small|wee)\s+hours(?:\s+of\s+(?:(the\s+morning|today|yesterday)|({_WEEKDAY})(?:\s+morning)?))?\b",
    re.IGNORECASE,
)


def read_early_hours(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.early_hours: "the early hours of Wednesday" is Wednesday morning (TIME, TMO); the
    span covers the whole phrase, and any span the model made inside it is replaced."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "hours" not in text:
        return spans
    out = list(spans)
    for m in _EARLY_HOURS.finditer(text):
        said = (m.group(1) or "").lower()
        day = m.group(2) or {"today": "this", "yesterday": "yesterday"}.get(said, "")
        reads_as = f"{day} morning" if day else "morning"
        inside = [s for s in out if s.start < m.end() and m.start() < s.end]
        if any(s.start < m.start() or s.end > m.end() for s in inside):
            continue  # part of a longer expression the model read ("the early hours of March 3")
        out = [s for s in out if s not in inside] + [TimeSpan(m.start(), m.end(), reads_as=reads_as)]
    return sorted(out, key=lambda s: s.start)


#: "in the afternoon", "during the evening", "by the morning": a part of the day after a word that places it.
_PART_OF_DAY = re.compile(
    r"\b(?:in|during|by|through|throughout|until|till|on|early\s+in|late\s+in|later\s+in)\s+(the\s+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def add_parts_of_day(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.part_of_day: "the talks resumed in the afternoon" is that day's afternoon (TIME ...TAF)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in _PART_OF_DAY.finditer(text):
        start, end = m.span(1)
        if overlaps_any(out, start, end) or _names_a_thing(doc, end):
            continue
        out.append(TimeSpan(start, end))
    return sorted(out, key=lambda s: s.start) if len(out) != len(spans) else spans


def _names_a_thing(doc: "Doc", end: int) -> bool:
    """"the evening news", "the morning of ...", "the afternoon session": the part of the day is a
    modifier, or a phrase follows that the model would have read with it."""
    after = doc.text[end:end + 24]
    if re.match(r"\s+of\b", after):
        return True  # "the morning of March 3": the model's own date, or an event ("of the attack")
    token = next((t for t in doc if t.idx >= end and not t.is_space), None)
    return token is not None and token.idx == end + 1 and token.pos_ in {"NOUN", "PROPN"} and not token.is_punct


_AFTER_BEFORE = re.compile(r"\bafter\s+$", re.IGNORECASE)


def read_midnight_after(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.after_midnight: "shortly after midnight" starts the story's day ("Early Saturday
    morning, somewhat after midnight" is Saturday T00:00), where "midnight" alone is T24:00, the
    end of the day, and would put it a day late."""
    text = doc_text(doc)
    if "idnight" not in text:
        return spans
    out = []
    for span in spans:
        if text[span.start:span.end].lower() == "midnight" and _AFTER_BEFORE.search(text, max(0, span.start - 8), span.start):
            span = replace(span, reads_as="00:00")
        out.append(span)
    return out
