"""Times of day: clocks, parts of the day and the day they belong to, as TimeML marks them.

Span rules (``date_spans.SPAN_RULES`` runs them):

- ``read_local_clocks``: "0800 local time", "1430 local": a wire clock is a time of day; it
  reads as "08:00" (the bare four digits would read as a year, or not at all).
- ``trim_articles_before_clocks``: "a 6:15 a.m. conference call" is "6:15 a.m.".
- ``night_before`` (value rule ``time.overnight``): "overnight" is the night before the day the
  story is at ("Friday ... overnight losses in New York": Thursday night), not always the night
  before publication as "last night" is.
- ``extend_times``: "noon" + "Thursday", "2300 GMT" + "Thursday", "Thursday" + "evening" and
  "every" + "Sunday" are one expression each.
- ``read_wire_clocks_before_weekdays``: "2053 Wednesday night" is the clock 20:53 of that day.
- ``widen_clocks_to_local_time``: "7:37 p.m. local time" is one expression, as "5 p.m. EST" is.
- ``read_game_clocks``: "with 1:29 remaining" is a length (PT1M29S), not a time of day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_extents import trim_leading
from .date_words import MONTH_RE, WEEKDAYS
from .doc_text import doc_text
from .scan_starts import matches_from, starts_before, starts_of
from .time_zones import ZONE_RE

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: "0800 local time", "1430 local": four digits of a 24-hour clock and the word that says so
#: (not "hours": "1500 hours of community service" is a length).
#: "local" must end the phrase ("1430 local (0630 GMT)") or say "time": "1800 local residents" is a count.
_LOCAL_CLOCK = re.compile(r"(?<![\w.:,$£€#/-])([01]\d|2[0-3])([0-5]\d)(?=\s+local(?:\s+time\b|(?!\s*[A-Za-z])))", re.IGNORECASE)
#: Where a wire clock's four digits can begin (``_LOCAL_CLOCK``, ``_ZONED_CLOCK``, ``_WIRE_CLOCK_DAY``):
#: the three scans try only there (``scan_starts``), a few places an article, not every character.
_CLOCK_DIGITS = re.compile(r"[0-2](?=\d[0-5]\d)")


def read_local_clocks(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.local_clock: "at 0800 local time" is the time 08:00 of the story's day; the model
    calls the digits a number or marks "0800 local time" whole, which no rule reads. A clock with
    a zone the model left out ("at 0830 GMT") is added with its zone (time.zone_clock)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list[TimeSpan] = []
    starts = list(starts_of(_CLOCK_DIGITS, text))
    clocks = {m.start(): m for m in matches_from(_LOCAL_CLOCK, text, starts)}
    for span in spans:
        if (m := clocks.get(span.start)) is not None and re.fullmatch(r"\s*(?:local(?:\s+time)?)?", text[m.end():span.end], re.IGNORECASE):
            continue  # read again below, as the clock alone
        out.append(span)
    for start, m in clocks.items():
        if not any(s.start < m.end() and start < s.end for s in out):
            out.append(TimeSpan(start, m.end(), reads_as=f"{m.group(1)}:{m.group(2)}"))
    for m in matches_from(_ZONED_CLOCK, text, starts):
        # time.zone_clock: "at 0830 GMT", "(0735 GMT)": the model often leaves a wire clock with a
        # leading zero out; the zone says it is a clock, and it belongs to the time ("5 p.m. EST")
        if not any(s.start < m.end() and m.start() < s.end for s in out):
            out.append(TimeSpan(m.start(), m.end(), reads_as=f"{m.group(1)}:{m.group(2)}"))
    return sorted(out, key=lambda s: s.start)


#: "0830 GMT", "1015 UTC", "0930 KST": four digits of a 24-hour clock and a zone (``time_zones``).
_ZONED_CLOCK = re.compile(rf"(?<![\w.:,$£€#/-])([01]\d|2[0-3])([0-5]\d)\s+{ZONE_RE}\b")


_ARTICLE_CLOCK = re.compile(r"(?:a|an|the)\s+(?=\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\d{1,2}:\d{2}\b)", re.IGNORECASE)


def trim_articles_before_clocks(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"a 6:15 a.m. conference call", "the 9 p.m. news": the article belongs to the noun the
    clock describes, not to the time."""
    return trim_leading(doc, spans, _ARTICLE_CLOCK)


def night_before(day: date | None) -> str | None:
    """time.overnight: the night before ``day`` (TimeML: 1989-10-26TNI), None without a day."""
    return f"{(day - timedelta(days=1)).isoformat()}TNI" if day is not None else None


#: A day a part of the day can follow: "Tuesdays", "late yesterday", "next Tuesday" (+ "evening").
_DAY_BEFORE_PART = re.compile(
    rf"^(?:(?:late|early)\s+)?(?:(?:last|next|this|this past|this coming|coming|past)\s+)?"
    rf"(?:(?:{'|'.join(WEEKDAYS)})s?|yesterday|today|tomorrow)$",
    re.IGNORECASE,
)


def extend_times(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"noon" + "Thursday" and "Thursday" + "evening" are one expression; so is "every" + "Sunday"."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        piece = text[span.start:span.end]
        after = text[span.end:span.end + 12]
        before = text[max(0, span.start - 13):span.start]
        if _DAY_BEFORE_PART.match(piece):
            if m := re.match(r"^\s+(morning|afternoon|evening|night)s?\b", after, re.IGNORECASE):
                span = replace(span, end=span.end + m.end())
        if re.match(rf"^(?:{'|'.join(WEEKDAYS)})s?(?:\s+\w+)?$|^{MONTH_RE}$", piece, re.IGNORECASE):
            if m := re.search(r"\b(every(?:\s+other)?|each)\s+$", before, re.IGNORECASE):  # "every other Saturday" too
                span = replace(span, start=span.start - (len(before) - m.start()))
        out.append(span)
    merged: list["TimeSpan"] = []
    for span in out:
        if merged and re.fullmatch(r"\s*,?\s*", text[merged[-1].end:span.start]) and _joinable(text, merged[-1], span):
            merged[-1] = replace(merged[-1], end=span.end)
            continue
        if merged and re.fullmatch(r"\s+of\s+", text[merged[-1].end:span.start]) and _part_of_a_day(text, merged[-1], span):
            merged[-1] = replace(merged[-1], end=span.end)  # "the morning of March 12" is one time
            continue
        merged.append(span)
    return merged


_PART_ALONE = re.compile(r"^(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)$", re.IGNORECASE)
_DAY_ALONE = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}|{MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?|\d{{1,2}}\s+{MONTH_RE}(?:\s+\d{{4}})?)$", re.IGNORECASE)


def _part_of_a_day(text: str, first: "TimeSpan", second: "TimeSpan") -> bool:
    """"the morning" + "of" + "March 12": TimeML marks the part of the day with its day."""
    if first.range is not None or second.range is not None:
        return False
    return bool(_PART_ALONE.match(text[first.start:first.end]) and _DAY_ALONE.match(text[second.start:second.end]))


def _joinable(text: str, first: "TimeSpan", second: "TimeSpan") -> bool:
    """A clock or "noon" next to a day ("noon Thursday", "10 a.m. Friday", "Friday at 3 p.m." is two),
    or a weekday next to its date ("Friday, Oct. 13")."""
    a, b = text[first.start:first.end].lower(), text[second.start:second.end].lower()
    clock = re.compile(r"^(?:(?:about|around|shortly after|shortly before|just after|just before|after|before)\s+)?"
                       r"(?:noon|midnight|midday|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?:\s+\w{3})?|\d{1,2}:\d{2}(?:\s+\w{3})?"
                       rf"|(?:[01]\d|2[0-3])[0-5]\d\s+(?i:{ZONE_RE}))$")
    day = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}|today|yesterday|tomorrow|{MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?)$")
    weekday = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})$")
    month_day = re.compile(rf"^{MONTH_RE}\s+\d{{1,2}}(?:,\s*\d{{4}})?$")
    if first.range is not None or second.range is not None:
        return False
    # "Friday Oct. 13", "Saturday, April 25": the weekday names the same day as the date after it
    part = re.compile(r"^(?:early\s+|late\s+|mid-?\s*)?(?:morning|afternoon|evening|night)$")
    if re.match(r"^(?:[01]\d|2[0-3])[0-5]\d\s", a) and re.match(r"^(?:today|yesterday|tomorrow)$", b):
        return False  # "1922 UTC yesterday": the wire clock's day is read apart (clock_on_the_day_after_it)
    return (bool(clock.match(a) and day.match(b)) or bool(weekday.match(a) and month_day.match(b))
            or bool(part.match(a) and re.match(r"^(?:yesterday|today|tomorrow)$", b)))




#: "2053 Wednesday night", "0300 UTC Monday morning": four digits of a 24-hour clock (and its zone) right before a weekday.
_WIRE_CLOCK_DAY = re.compile(
    rf"(?<![\w.:,$£€#/-])([01]\d|2[0-3])([0-5]\d)(?:\s+{ZONE_RE})?(\s+(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?)(?![\w-])",
    re.IGNORECASE,
)


def read_wire_clocks_before_weekdays(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.wire_clock_day: "(2053 Wednesday night, UTC)" is the time 20:53 of that Wednesday, one
    TIMEX3; the model reads "2053" as a year and the weekday apart. A year is never written right
    before a weekday, so the digits are a clock."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in matches_from(_WIRE_CLOCK_DAY, text, starts_of(_CLOCK_DIGITS, text)):
        inside = [s for s in out if s.start < m.end() and m.start() < s.end]
        if any(s.start < m.start() or s.end > m.end() for s in inside):
            continue  # part of a longer expression: left as it is
        out = [s for s in out if s not in inside]
        out.append(TimeSpan(m.start(), m.end(), reads_as=f"{m.group(1)}:{m.group(2)}{m.group(3)}"))
    return sorted(out, key=lambda s: s.start)


#: A clock's last word ("7:37 p.m.", "19:00", "0800", "midnight") and "local time" right after it.
_CLOCK_END = re.compile(r"(?:\d|[ap]\.?m\.?|\b(?:noon|midnight|midday))$", re.IGNORECASE)
_LOCAL_TIME_AFTER = re.compile(r"\s+local\s+time\b", re.IGNORECASE)


def widen_clocks_to_local_time(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.local_time: "7:37 p.m. local time", "midnight local time": the words that say whose clock
    it is belong to the time, as a zone does ("5 p.m. EST"; MUC-7 marks "1:30 p.m. Chicago time" whole)."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _CLOCK_END.search(text, span.start, span.end) and (m := _LOCAL_TIME_AFTER.match(text, span.end)):
            if not any(s.start < m.end() and span.end < s.end and s is not span for s in spans):
                span = replace(span, end=m.end(), reads_as=span.reads_as or text[span.start:span.end])
        out.append(span)
    return out


#: "with 1:29 remaining", "4:12 left in the third quarter": a game clock counts down a length.
_GAME_CLOCK = re.compile(r"(?<![\w:.,])(\d{1,2}):([0-5]\d)(?=\s+(?:remaining|left|to\s+play|to\s+go)\b)", re.IGNORECASE)


def read_game_clocks(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """duration.game_clock: "with 1:29 remaining" is the length left (PT1M29S), not the time 01:29."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    # the minutes begin one or two characters before a colon: tried only there (``scan_starts``)
    for m in matches_from(_GAME_CLOCK, text, starts_before(":", text, within=2)):
        minutes, seconds = int(m.group(1)), int(m.group(2))
        phrase = f"{minutes} minutes and {seconds} seconds" if minutes else f"{seconds} seconds"
        out = [s for s in out if not (s.start < m.end() and m.start() < s.end)]
        out.append(TimeSpan(m.start(), m.end(), reads_as=phrase))
    return sorted(out, key=lambda s: s.start)
