"""Span rules for what the model's DATE/TIME mentions miss or cut short, found in the text.

Each rule is small and named, as in ``date_spans`` (which runs them in ``SPAN_RULES``):

- ``widen_to_determiner``: "This month's", "that same year": the model marked "month" and
  "same year"; TimeML's extent takes the determiner that makes it a date.
- ``trim_container_nouns``: "the span of one week" is "one week" (the length is the timex).
- ``add_clock_times``: "about 19:00", "8:00am", "around 11:25am" (the model calls them numbers).
- ``add_year_ranges``: "during 2017–2018" (a number to the model), split later into its two years.
- ``add_range_ends``: "from 2006 to 2014": the model marks the first year and not the second.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_words import MONTH_RE, UNIT_RE, WEEKDAYS
from .doc_text import doc_text
from .folded_search import finditer_ignoring_case, folded
from .scan_starts import matches_from, starts_of

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan


def overlaps_any(spans: list["TimeSpan"], start: int, end: int) -> bool:
    """Whether ``start:end`` shares a character with any of the spans (a rule adds only what is new)."""
    return any(s.start < end and start < s.end for s in spans)


def as_one(spans: list["TimeSpan"], phrase: "TimeSpan") -> list["TimeSpan"]:
    """``phrase`` in place of the spans inside it, unless another span crosses its edges (then unchanged)."""
    inside = [s for s in spans if phrase.start <= s.start and s.end <= phrase.end]
    rest = [s for s in spans if s not in inside]
    return spans if overlaps_any(rest, phrase.start, phrase.end) else [*rest, phrase]


def _added(spans: list["TimeSpan"], found: list[tuple[int, int]]) -> list["TimeSpan"]:
    from .date_spans import TimeSpan

    out = list(spans)
    for start, end in found:
        if not overlaps_any(out, start, end):
            out.append(TimeSpan(start, end))
    return sorted(out, key=lambda s: s.start)


_UNIT_FIRST = re.compile(rf"(?:same\s+)?(?:{UNIT_RE}|weekend|morning|afternoon|evening|night|spring|summer|autumn|fall|winter)\b", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(this|that|last|next|every|each)\s+$", re.IGNORECASE)


_THE_PERIOD = re.compile(r"the\s+(?:week|month|year)\b", re.IGNORECASE)
_EDGE_IN_BEFORE = re.compile(r"\b(?:early|earlier|late|later)\s+in\s+$", re.IGNORECASE)


def widen_to_determiner(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"This" + "month's", "that" + "same year", "Early in" + "the month": the words that make
    the unit a date are part of it."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _UNIT_FIRST.match(text, span.start) and (m := _DETERMINER_BEFORE.search(text, max(0, span.start - 8), span.start)):
            span = replace(span, start=m.start())
        elif _THE_PERIOD.match(text, span.start) and (m := _EDGE_IN_BEFORE.search(text, max(0, span.start - 12), span.start)):
            span = replace(span, start=m.start())  # "Early in" + "the month"
        out.append(span)
    return out


_CONTAINER = re.compile(r"^(?:the|a)\s+(?:span|course|space|matter)\s+of\s+(?=\S)", re.IGNORECASE)


def trim_leading(doc: "Doc", spans: list["TimeSpan"], words: re.Pattern[str]) -> list["TimeSpan"]:
    """Each span without the words ``words`` matches at its start, when something is left."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := words.match(text[span.start:span.end])) and span.start + m.end() < span.end:
            span = replace(span, start=span.start + m.end())
        out.append(span)
    return out


def widen_leading(doc: "Doc", spans: list["TimeSpan"], *, first: Callable[[str, int, int], object],
                  before: re.Pattern[str], reach: int) -> list["TimeSpan"]:
    """Each span whose text ``first`` accepts (text, start, end) starts where ``before`` matches in
    the ``reach`` characters before it: words the model left outside the span."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if first(text, span.start, span.end) and (m := before.search(text, max(0, span.start - reach), span.start)):
            span = replace(span, start=m.start())
        out.append(span)
    return out


def trim_trailing(doc: "Doc", spans: list["TimeSpan"], whole: re.Pattern[str]) -> list["TimeSpan"]:
    """Each span that ``whole`` matches ends where the pattern's group ``keep`` ends."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := whole.match(text[span.start:span.end])) is not None:
            span = replace(span, end=span.start + m.end("keep"))
        out.append(span)
    return out


def trim_container_nouns(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the span of one week" -> "one week": "span", "course" and "matter" hold the length."""
    return trim_leading(doc, spans, _CONTAINER)


_CLOCK = re.compile(
    r"(?<![\w:.,$£€])(?:(?:about|around|approximately|roughly|circa)\s+)?"
    r"(?:(?:[01]?\d|2[0-4]):[0-5]\d(?:\s*(?:[ap]\.m\.|[ap]m\b))?|(?:1[0-2]|0?[1-9])\s*(?:[ap]\.m\.|[ap]m\b))"
    r"(?![\w:,]\d|\.\d|%)",
    re.IGNORECASE,
)
#: A name just before "3:16" makes it a reference ("John 3:16"), not a time; days and months are fine.
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
#: Every clock ``_CLOCK`` finds holds a digit and ":" and two more digits, or a digit and "am"/"a.m."
#: (lower case): an article without one is not scanned (most are not). ``re`` skips ahead by the digit.
_CLOCK_HINT = re.compile(r"\d(?::[0-5]\d|\s*[ap](?:\.m\.|m\b))")
_MERIDIEM = re.compile(r"[ap]\.?m\b|[ap]\.m\.", re.IGNORECASE)
_DAY_OR_MONTH = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}|{MONTH_RE})$", re.IGNORECASE)


def add_clock_times(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"about 19:00", "8:00am", "9 p.m.": clock times the model took for numbers."""
    text = doc_text(doc)
    found: list[tuple[int, int]] = []
    if (lower := folded(text)) is not None and not _CLOCK_HINT.search(lower):
        return _added(spans, found)
    for m in finditer_ignoring_case(_CLOCK, text):  # over the lower-cased text: the name before is read from ``text``
        marked = _MERIDIEM.search(m.group()) is not None
        name = _NAME_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if not marked and name and not _DAY_OR_MONTH.match(name.group(1)) and name.group(1) not in {"At", "By", "About", "Around", "Until"}:
            continue
        found.append((m.start(), m.end()))
    return _added(spans, found)


_YEAR_RANGE = re.compile(r"(?<![\w/.$£€#-])((?:19|20)\d\d)\s*[–-]\s*((?:19|20)?\d\d)(?![\w/%-]|\.\d)")
_LABEL = re.compile(r"(?:\bNo\.?|#|\bnumber|\bpages?|\bpp\.?)\s*$", re.IGNORECASE)
#: Where a range's first year can begin ("19.." or "20.."): the scan tries only there (``scan_starts``).
_YEAR_RANGE_START = re.compile(r"[12](?=[09]\d\d)")


def add_year_ranges(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"2017–2018", "1957-58": a range of years (``split_ranges`` then gives both ends)."""
    text = doc_text(doc)
    found = []
    for m in matches_from(_YEAR_RANGE, text, starts_of(_YEAR_RANGE_START, text)):
        first, second = int(m.group(1)), m.group(2)
        last = int(m.group(1)[:2] + second) if len(second) == 2 else int(second)
        if 0 < last - first <= 30 and not _LABEL.search(text, max(0, m.start() - 8), m.start()):
            found.append((m.start(), m.end()))
    return _added(spans, found)


_RANGE_END = re.compile(r"^\s+(?:to|through|until|till|and|or)\s+((?:19|20)\d\d)(?![\w%-]|[.,]\d)")


def add_range_ends(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"from 2006 to 2014": the year after "to" ends a range the model began."""
    text = doc_text(doc)
    found = []
    for span in spans:
        if re.search(r"\b(?:19|20)\d\d$", text[span.start:span.end]) and (m := _RANGE_END.match(text[span.end:span.end + 16])):
            found.append((span.end + m.start(1), span.end + m.end(1)))
    return _added(spans, found)


_DAY_WORD = re.compile(r"(?<![\w-])(?:(?:early|late|earlier|later)\s+)?(today|tomorrow|yesterday|tonight)(?![\w-])", re.IGNORECASE)
_DAY_WORDS = ("today", "tomorrow", "yesterday", "tonight")
#: Where a capital letter starts a sentence (or a quote, a heading, a bracket) rather than a name.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“‘'`«»()\[\]—–-]\s*|\n\s*)$")  # "``Tomorrow" opens a quote as TimeBank writes it


def _is_name(text: str, word_start: int) -> bool:
    """"USA Today", "the Today show": a capital inside a sentence makes the day word a name."""
    return text[word_start].isupper() and not _SENTENCE_START.search(text[max(0, word_start - 3):word_start])


def add_day_words(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"Today, ...", "declared tomorrow a day of mourning", "as of early today": deictic days the
    model left out (never "USA Today")."""
    text = doc_text(doc)
    if (lower := folded(text)) is not None and not any(word in lower for word in _DAY_WORDS):
        return _added(spans, [])  # every match holds one of the words: an article without them is not scanned
    return _added(spans, [(m.start(), m.end()) for m in finditer_ignoring_case(_DAY_WORD, text) if not _is_name(text, m.start(1))])


_DAY_WORD_THEN = re.compile(r"^(?:(?:early|late|earlier|later)\s+)?(?:today|tomorrow|yesterday|tonight)(?='s\b|\s+(?!morning|afternoon|evening|night|at\b|\d))", re.IGNORECASE)
#: What after a day word is the other end of a range or a time of that day ("today through Nov. 17").
_MORE_TIME = re.compile(rf"\d|\b(?:through|to|until|till|and|or|{'|'.join(WEEKDAYS)}|{MONTH_RE})\b", re.IGNORECASE)


def fit_day_words(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"tomorrow a day (of mourning)" is "tomorrow"; "USA Today" and "the Today show" are names."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := _DAY_WORD.fullmatch(text, span.start, span.end)) and _is_name(text, m.start(1)):
            continue
        if (m := _DAY_WORD_THEN.match(text[span.start:span.end])) and not _MORE_TIME.search(text, span.start + m.end(), span.end):
            span = replace(span, end=span.start + m.end())
        out.append(span)
    return out


_ONE_PART = re.compile(
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:[\s-]\w+)?)"
    r"\s+(years?|months?|weeks?|days?|hours?|minutes?|seconds?)",
    re.IGNORECASE,
)
_JOINT = re.compile(r",?\s*(?:and\s+)?")


def compound_duration(words: str) -> bool:
    """"two hours and 30 minutes", "11 days, 19 hours and 48 minutes": one length, units descending."""
    from .date_durations import descending

    units, pos = [], 0
    while (part := _ONE_PART.match(words, pos)) is not None:
        units.append(part.group(1).lower())
        pos = part.end()
        if pos == len(words):
            return len(units) > 1 and descending(units)
        joint = _JOINT.match(words, pos)
        pos = joint.end() if joint else pos
    return False


def join_compound_durations(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"two hours" + "and" + "30 minutes" is one length (TimeML: PT2H30M), not two."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        if out and span.range is None and out[-1].range is None and _JOINT.fullmatch(text, out[-1].end, span.start) \
                and compound_duration(text[out[-1].start:span.end]):
            out[-1] = replace(out[-1], end=span.end)
            continue
        out.append(span)
    return out


_TRAILING_WORD = re.compile(r"\s+and$|(?<=\d)\s+or$", re.IGNORECASE)


def trim_trailing_conjunctions(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"19 hours and", "4:30 or" (the model's edge) is "19 hours", "4:30"."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := _TRAILING_WORD.search(text, span.start, span.end)) and m.start() > span.start:
            span = replace(span, end=m.start())
        out.append(span)
    return out

def drop_titles(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"60 Minutes", "28 Days Later": a capitalised unit after its count is a title, not a length;
    "520 light years" is a distance
    (at a sentence start only the count is capitalised: "Three days later"); "Day" alone is a name."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        words = text[span.start:span.end]
        unit = re.search(rf"(?<=\s){UNIT_RE}\b", words, re.IGNORECASE)
        # a count first: holidays ("Labor Day", "New Year") are capitalised too, and are dates
        if unit and unit.group()[0].isupper() and not words.isupper() and re.match(r"\d", words):
            continue
        if re.search(r"\blight[\s-]+$", text[max(0, span.start - 7):span.start], re.IGNORECASE):
            continue  # "3000 light years away": a distance
        if words in {"Day", "Days"}:
            continue  # "Day was born Doris Mary ...", "Day's animal foundation": a name alone, no time
        kept.append(span)
    return kept


#: ("the same quarter last year" is one period, no length: ``date_compared_periods``)
_LENGTH_THEN_DATE = re.compile(
    rf"^(?!the\s+(?:same|corresponding|comparable)\s)(.*\b{UNIT_RE})\s+((?:this|last|next)\s+(?:week|month|year))$", re.IGNORECASE
)
_DANGLING_UNIT = re.compile(rf",\s*{UNIT_RE}$", re.IGNORECASE)


#: "(Super) Tuesday, yesterday (and on Wednesday)": a named day and a deictic one, two expressions.
_DAY_THEN_DAY_WORD = re.compile(rf"^((?i:{'|'.join(WEEKDAYS)}))\s*,\s*((?i:today|yesterday|tomorrow))$")


def split_length_and_date(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"several months this year" is a length and a date, "Tuesday, yesterday" a day and another:
    two expressions each; "June 12, minutes (before the vote)" ends at the date."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = []
    for span in spans:
        words = text[span.start:span.end]
        if m := _DANGLING_UNIT.search(words):  # a unit with no count of its own after the comma
            span = replace(span, end=span.start + m.start())
        elif (m := _LENGTH_THEN_DATE.match(words) or _DAY_THEN_DAY_WORD.match(words)) and span.range is None:
            out.append(replace(span, end=span.start + m.end(1)))
            span = TimeSpan(span.start + m.start(2), span.end)
        out.append(span)
    return out


#: Capitalised words that are times themselves ("two days Tuesday", "a week Sunday", "years AD").
_TIME_NAME = re.compile(rf"\b(?:(?i:{'|'.join(WEEKDAYS)}|{MONTH_RE})|[A-Z]{{2,}})(?![\w'])")
_NAME_AFTER_UNIT = re.compile(rf"^(.*\b{UNIT_RE})(?:\s+[A-Z][\w'’.-]*)+$")


def trim_names_after_units(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the past few years Minetest (has had ...)": the model ran into the name that follows."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := _NAME_AFTER_UNIT.match(text[span.start:span.end])) and not _TIME_NAME.search(text, span.start + m.end(1), span.end):
            span = replace(span, end=span.start + m.end(1))
        out.append(span)
    return out


_AGES_BEFORE = re.compile(r"^.*\b(?:years?|months?)[\s-]olds?\s+(?:from|in|since|of|during|by)\s+(?=\S)", re.IGNORECASE)


def trim_leading_ages(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"(suicides by) 10–19 year olds from 2005" is "2005": the age group is no part of the date."""
    return trim_leading(doc, spans, _AGES_BEFORE)


_AGED_BEFORE = re.compile(
    r"\b(?:aged?|ages)\s+(?:of\s+)?(?:between\s+|from\s+|over\s+|under\s+)?(?:\d+\s*(?:,|and|to|or|-|–)\s*)*$", re.IGNORECASE,
)


def drop_ages_after_aged(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"aged between 18 and 25 years", "aged 12 and 14 years": ages, not lengths of time."""
    text = doc_text(doc)
    return [s for s in spans if not _AGED_BEFORE.search(text, max(0, s.start - 30), s.start)]

