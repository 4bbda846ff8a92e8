"""Forms of wire news (AFP, Xinhua, AP) that the other date rules miss: small named span rules,
each tested; ``date_spans.SPAN_RULES`` runs ``WIRE_FORM_RULES`` in this order.

- ``drop_sunday_papers``: "the Sunday Times reported", "told the Mail on Sunday": the weekday is
  part of a newspaper's name, not last or next Sunday.
- ``split_month_part_pairs``: "between late November and early December": two expressions (a
  range), as "January and March" are; the model marks the pair as one.
- ``share_written_year``: "between January and March 1999", "from May 5 to June 6, 2004": the
  year written after the second month belongs to the first too; "between late May and early June
  2004" also gets the first month the model missed.
- ``add_holidays``: "on Bastille Day", "after Labor Day", "before Easter": a holiday the model left
  out is a day (``date_holidays`` gives its date); not the "Good Friday agreement", "Easter Island"
  or "Christmas trees"; "Independence Day" (each country's own) and observances such as "Earth Day"
  are left to the model.
- ``widen_to_story_weekday``: "return the following Monday", "The following Tuesday, he left": the
  model marks "Monday" alone, which reads from the publication date; "the following Monday" is
  read from the story's last date (``date_values``' ``date.story_weekday``).
- ``add_this_moment``: "what is needed at this moment": the present (PRESENT_REF), as TimeBank
  writes "this crucial moment"; not "this moment of triumph", "this moment when ...". Xinhua's "At
  present, China has ..." is the present too ("present" is marked; not "at present levels").
- ``add_seconds_abbreviated``: "in 11.42sec", "1min 44.5sec": a result's length (DURATION
  PT11.42S), as "2:14:04" is; the model leaves the short unit out.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import as_one, overlaps_any
from .date_holidays import FIXED, HOLIDAY_RE, MOVABLE
from .date_words import MONTH_RE, WEEKDAYS
from .doc_text import doc_text
from .folded_search import finditer_ignoring_case, folded
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: The word after "Sunday" in a paper's name ("Sunday Times", "Sunday Morning Post" is left to the
#: model: "Sunday Morning" is also a time of day).
_PAPER_AFTER = re.compile(
    r"\s+(?:Times|Telegraph|Mirror|Express|Herald|Tribune|Independent|Post|Mail|People|Sport|Observer|Standard|"
    r"Nation|Age|Business|Guardian|Star|Star-Times|Journal|Gleaner|Monitor|Vision|Citizen|World)\b"
)
#: Papers whose name ends "on Sunday" (a bare "Scotland on Sunday" is as often a place and a day).
_PAPER_BEFORE = re.compile(r"\b(?:Mail|Independent)\s+on\s+$")


def drop_sunday_papers(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.sunday_paper: "Sunday" that names a paper ("Sunday Telegraph", "Independent on Sunday") goes."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if text[span.start:span.end] == "Sunday" and (
            _PAPER_AFTER.match(text, span.end) or _PAPER_BEFORE.search(text, max(0, span.start - 16), span.start)
        ):
            continue
        kept.append(span)
    return kept


_PART = r"(?:(?:early|late|mid)(?:\s+|-))"
_MONTH_PART_PAIR = re.compile(
    rf"({_PART}?(?:{MONTH_RE}))\s+and\s+({_PART}?(?:{MONTH_RE}))(\s*,?\s+(?:1[89]|20)\d\d)?", re.IGNORECASE,
)


def split_month_part_pairs(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.month_part_pair: "late November and early December" are two months, linked as a range;
    a year written after the second ("... and early December 2005") belongs to both."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list[TimeSpan] = []
    for span in spans:
        m = _MONTH_PART_PAIR.fullmatch(text, span.start, span.end)
        if m is None or not re.match(_PART, m.group(1) + " ", re.IGNORECASE) and not re.match(_PART, m.group(2) + " ", re.IGNORECASE):
            out.append(span)  # a pair without "early"/"late"/"mid" is split_two_times's ("January and March")
            continue
        whole = (span.start, span.end)
        year = m.group(3) or ""
        out.append(TimeSpan(m.start(1), m.end(1), whole, span.mention_start, m.group(1) + year if year else None))
        out.append(TimeSpan(m.start(2), m.end(), whole, None))
    return out


_DAY = r"(?:\s+\d{1,2}(?:st|nd|rd|th)?\b)"
_MONTH_NO_YEAR = re.compile(rf"{_PART}?(?:{MONTH_RE}){_DAY}?", re.IGNORECASE)
_MONTH_WITH_YEAR = re.compile(rf"{_PART}?(?:{MONTH_RE}){_DAY}?\s*,?\s+((?:1[89]|20)\d\d)", re.IGNORECASE)
_LINK = re.compile(r"\s*,?\s*(?:and|or|to|through|thru|until|till|-|–)\s*", re.IGNORECASE)
#: "between late May and ...": the first end, found back from the link word.
_FIRST_END = re.compile(rf"\b(?:between|from)\s+({_PART}?(?:{MONTH_RE}){_DAY}?)$", re.IGNORECASE)


def share_written_year(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.shared_year: a month (with or without its day) linked by "and"/"to" to a month with a
    written year reads with that year; "between"/"from" + a month the model left out is added."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for i, second in enumerate(spans):
        if (year := _MONTH_WITH_YEAR.fullmatch(text, second.start, second.end)) is None:
            continue
        links = [m for m in _LINK.finditer(text, max(0, second.start - 12), second.start) if m.end() == second.start]
        if not links:
            continue
        link = links[0]
        first = next((s for s in spans[:i] if s.end == link.start()), None)
        if first is None:
            if (m := _FIRST_END.search(text, max(0, link.start() - 40), link.start())) is None or overlaps_any(out, m.start(1), m.end(1)):
                continue
            out.append(TimeSpan(m.start(1), m.end(1), reads_as=f"{m.group(1)} {year.group(1)}"))
        elif first.reads_as is None and _MONTH_NO_YEAR.fullmatch(text, first.start, first.end):
            out[out.index(first)] = replace(first, reads_as=f"{text[first.start:first.end]} {year.group(1)}")
    return sorted(out, key=lambda s: s.start)


_HOLIDAY = re.compile(rf"(?<![\w'-])(?:{HOLIDAY_RE})(?![\w'-])", re.IGNORECASE)
#: The names that hold no shorter name: a match of ``_HOLIDAY`` is some name in the lower-cased
#: text, so it holds one of these; most articles hold none and skip the scan (a test per holiday).
_HOLIDAY_KEYS = tuple(n for n in (*FIXED, *MOVABLE) if not any(o != n and o in n for o in (*FIXED, *MOVABLE)))
_LETTERS = re.compile(r"[A-Za-z]{2,}")
#: Lower-case words a holiday's name keeps ("the Fourth of July", "New Year's Day").
_SMALL_WORDS = frozenset({"of", "the", "day"})
#: Names that go on after the holiday: an accord, an island, a rising, a thing of the season.
_NAMED_AFTER_HOLIDAY = re.compile(
    r"[\s-]+(?:agreement|accord|peace|deal|pact|island|islands|rising|uprising|offensive|massacre|bombing|tree|trees|"
    r"card|cards|carol|carols|tsunami|earthquake|storm|flood)\b",
    re.IGNORECASE,
)

#: Left to the model: "Independence Day" is a different day in each country, and observances
#: ("International Women's Day", "Earth Day") are named as the events they are (TimeBank leaves them).
_LEFT_TO_THE_MODEL = ("independence", "international", "earth")


def add_holidays(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.holiday: a capitalised holiday's name the model did not mark ("on Bastille Day") is added."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    lower = folded(text)
    if lower is not None and not any(key in lower for key in _HOLIDAY_KEYS):
        return sorted(spans, key=lambda s: s.start)  # no holiday's name anywhere: as the scan would find
    out = list(spans)
    for m in finditer_ignoring_case(_HOLIDAY, text):
        written = text[m.start():m.end()]  # the match may be over the lower-cased text: case from here
        words = _LETTERS.findall(written)
        if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) or not words[0][0].isupper():
            continue  # "may day" in a sentence, "easter" in a name's lower-case use
        inside = [s for s in out if m.start() <= s.start and s.end <= m.end()]
        if _NAMED_AFTER_HOLIDAY.match(text, m.end()):
            out = [s for s in out if s not in inside]  # "the Good Friday agreement": no Friday either
            continue
        if not written.lower().startswith(_LEFT_TO_THE_MODEL):
            out = as_one(out, TimeSpan(m.start(), m.end()))  # "Good" + "Friday" is one holiday
    return sorted(out, key=lambda s: s.start)


_STORY_STEP_BEFORE = re.compile(r"\b(?:the|The)\s+(?:following|next|previous|preceding|prior)\s+$")
_WEEKDAY_ONLY = re.compile(rf"(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})")


def widen_to_story_weekday(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.story_weekday: a weekday after "the following", "the previous" takes those words along."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        if _WEEKDAY_ONLY.fullmatch(text, span.start, span.end) and (
            m := _STORY_STEP_BEFORE.search(text, max(0, span.start - 20), span.start)
        ) and not overlaps_any(out, m.start(), span.start):
            span = replace(span, start=m.start())
        out.append(span)
    return out


_THIS_MOMENT = re.compile(
    r"(?<![\w-])this\s+(?:(?:crucial|critical|very|particular|difficult|decisive|historic|important)\s+)?moment(?![\w-])",
    re.IGNORECASE,
)
#: "this moment of triumph", "this moment when ...", "this moment in history": one moment, not "now".
_MOMENT_NAMED_AFTER = re.compile(r"\s+(?:of|when|in\s+history|that|which|where)\b", re.IGNORECASE)


_AT_PRESENT = re.compile(r"(?<![\w-])[Aa]t\s+(present)(?![\w-])")


def add_this_moment(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.this_moment: "at this moment", "this crucial moment", "at present" read as "now" (PRESENT_REF)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "moment" not in text and "present" not in text:
        return spans
    lower = folded(text)
    # each scan only where its word is: "moment" in any case for the one, "present" as written for the other
    moments = _THIS_MOMENT.finditer(text) if lower is None or "moment" in lower else ()
    found = [(m.start(), m.end()) for m in moments if not _MOMENT_NAMED_AFTER.match(text, m.end())]
    for m in _AT_PRESENT.finditer(text) if "present" in text else ():
        words = span_at(doc, m.start(1), m.end(1), alignment_mode="expand")
        after = doc[words[-1].i + 1] if words is not None and len(words) and words[-1].i + 1 < len(doc) else None
        if after is None or after.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM"}:  # not "at present levels"
            found.append((m.start(1), m.end(1)))
    out = list(spans)
    for start, end in found:
        if not overlaps_any(out, start, end):
            out.append(TimeSpan(start, end, reads_as="now"))
    return sorted(out, key=lambda s: s.start)


_SECONDS = re.compile(
    r"(?<![\w.:,])(?:(\d{1,2})\s?min\.?\s?)?(\d{1,3}(?:\.\d{1,3})?)\s?secs?\b\.?", re.IGNORECASE,
)


#: Every match holds a digit, at most one space and "sec": most articles have "sec" ("second",
#: "security") and none of these, and are not scanned (``re`` skips ahead by the digit).
_SECONDS_HINT = re.compile(r"\d\s?sec")


def seconds_phrase(minutes: str | None, seconds: str) -> str:
    """The length written out as the value rules read it: ("1", "44.5") -> "1 minutes 44.5 seconds"."""
    return f"{minutes} minutes {seconds} seconds" if minutes else f"{seconds} seconds"


def add_seconds_abbreviated(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.seconds_abbreviated: "11.42sec", "19.19 sec", "1min 44.5sec" are lengths (DURATION)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    lower = folded(text)
    if "sec" not in (text.lower() if lower is None else lower) or lower is not None and not _SECONDS_HINT.search(lower):
        return spans
    out = list(spans)
    for m in finditer_ignoring_case(_SECONDS, text):
        end = m.end() - 1 if m.group().endswith(".") else m.end()
        inside = [s for s in out if s.start < end and m.start() < s.end]
        if any(s.start < m.start() or s.end > end for s in inside):
            continue  # part of a longer expression the other rules keep
        # a bare number the model marked inside ("11.42") gives way to the whole length
        out = [s for s in out if s not in inside] + [TimeSpan(m.start(), end, reads_as=seconds_phrase(m.group(1), m.group(2)))]
    return sorted(out, key=lambda s: s.start)


WIRE_FORM_RULES = (drop_sunday_papers, split_month_part_pairs, share_written_year, add_holidays, widen_to_story_weekday, add_this_moment, add_seconds_abbreviated)
