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
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: "2235 hours", "0600 hrs": the word that says hours (found first: a literal is cheap to look for) ...
_HOURS_WORD = re.compile(r"(?:hours|hrs)\b")
#: ... after four digits of a 24-hour clock.
_CLOCK_BEFORE = re.compile(r"(?<![\w.:,$£€#/-])([01]\d|2[0-3])([0-5]\d)\s+$")
#: A word that places a time right before it ("at 2235 hours", "(0600 hrs)"), not a count ("gave 1500 hours").
_PLACES_A_TIME = re.compile(r"(?:\b(?:at|by|until|till|from|before|after|around|about|approximately|since|to)\s+|\()$", re.IGNORECASE)


def read_clock_hours(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.clock_hours: "at 2235 hours" reads as 22:35 (TIME); the model's "2235 hours" would
    otherwise read as a length (PT2235H)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for word in _HOURS_WORD.finditer(text):
        m = _CLOCK_BEFORE.search(text, max(0, word.start() - 8), word.start())
        if m is None or not _PLACES_A_TIME.search(text, max(0, m.start() - 16), m.start()):
            continue
        start, end = m.start(), word.end()
        reads_as = f"{m.group(1)}:{m.group(2)}"
        inside = [i for i, s in enumerate(out) if s.start < end and start < s.end]
        if not inside:
            out.append(TimeSpan(start, end, reads_as=reads_as))
        elif len(inside) == 1 and out[inside[0]].start >= start and out[inside[0]].end <= end:
            out[inside[0]] = replace(out[inside[0]], start=start, end=end, reads_as=reads_as)
    return sorted(out, key=lambda s: s.start) if out != spans else spans


_WEEKDAY = "|".join(WEEKDAYS)
#: "the early hours of Wednesday", "the early hours of the morning", "the early hours".
_EARLY_HOURS = re.compile(
    rf"(?<!\w)(?:the\s+)?(?:early|small|wee)\s+hours(?:\s+of\s+(?:(the\s+morning|today|yesterday)|({_WEEKDAY})(?:\s+morning)?))?\b",
    re.IGNORECASE,
)


def read_early_hours(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.early_hours: "the early hours of Wednesday" is Wednesday morning (TIME, TMO); the
    span covers the whole phrase, and any span the model made inside it is replaced."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if not any(words in text for words in ("early hours", "small hours", "wee hours", "Early hours")):
        return spans  # a plain look first: most articles have none, and the pattern costs more
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


#: "the afternoon" after a word that places it ("in", "during", "by", "late in"): the model left it out.
_PART = re.compile(r"(?:morning|afternoon|evening)\b")
_PLACES_A_PART = re.compile(r"\b(?:in|during|by|through|throughout|until|till|on)\s+([Tt]he\s+)$", re.IGNORECASE)


def add_parts_of_day(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.part_of_day: "the talks resumed in the afternoon" is that day's afternoon (TIME ...TAF)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if not any(f"he {part}" in text for part in ("morning", "afternoon", "evening")):
        return spans  # "the morning", "The evening": a plain look first, as most articles have none
    out = list(spans)
    for part in _PART.finditer(text):
        if (placed := _PLACES_A_PART.search(text, max(0, part.start() - 16), part.start())) is None:
            continue
        start, end = placed.start(1), part.end()
        if overlaps_any(out, start, end) or _names_a_thing(doc, text, end):
            continue
        out.append(TimeSpan(start, end))
    return sorted(out, key=lambda s: s.start) if len(out) != len(spans) else spans


def _names_a_thing(doc: "Doc", text: str, end: int) -> bool:
    """"the evening news", "the morning of ...", "the afternoon session": the part of the day is a
    modifier, or a phrase follows that the model would have read with it."""
    if re.match(r"\s+of\b", text[end:end + 5]):
        return True  # "the morning of March 3": the model's own date, or an event ("of the attack")
    words = span_at(doc, end - 1, end, alignment_mode="expand")
    if words is None or not len(words) or words[-1].i + 1 >= len(doc):
        return False
    after = doc[words[-1].i + 1]
    return after.idx == end + 1 and after.pos_ in {"NOUN", "PROPN"}


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
