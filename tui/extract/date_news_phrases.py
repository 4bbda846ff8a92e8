"""Span rules for phrases of modern news that the model leaves out or starts in the wrong place,
each small and named (``date_spans.SPAN_RULES`` runs them):

- ``add_relative_day_phrases``: "Last night, a Government spokesperson said": the model marks
  "last night" in one paragraph and not in the next; a closed set of relative days and periods
  ("last night", "this week", "next month", "yesterday") is a timex wherever it stands.
- ``add_fortnights``: "within the next fortnight", "a fortnight": British and Commonwealth
  English for two weeks, which the model never marks.
- ``widen_at_most``: "for at most two weeks": the model starts the length at "most"; the bound
  belongs to it, as "at least" does.
- ``split_coordinated_days``: "on March 4 and 5": two dates, the second read in the first's month.
- ``drop_idioms``: "at the end of the day, ..." and "beyond his years" are figures of speech.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import overlaps_any, widen_leading
from .date_words import MONTH_RE
from .doc_text import doc_text
from .folded_search import folded
from .scan_starts import matches_from, starts_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: Relative days and periods that are always a time ("last night", "this week", "yesterday").
_RELATIVE_DAY = re.compile(
    r"(?<![\w-])(?:(?:last|this|next)\s+(?:night|week|weekend|month|year)|this\s+(?:morning|afternoon|evening)"
    r"|yesterday(?:\s+(?:morning|afternoon|evening))?|tomorrow(?:\s+(?:morning|afternoon|evening))?|tonight)(?![\w-])",
    re.IGNORECASE,
)
#: The words a ``_RELATIVE_DAY`` match begins with.
_RELATIVE_DAY_FIRST = ("last", "this", "next", "yesterday", "tomorrow", "tonight")
#: Before the phrase, a word that makes it part of something else: "the last week of June",
#: "every last night of the run", "a next year" never reads as the relative period.
_PART_OF_ANOTHER = re.compile(r"\b(?:the|a|an|every|each|its|their|his|her|our|my|your)\s+$", re.IGNORECASE)
#: After it, "of" makes it a part ("this week of talks").
_OF_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
#: "CBS This Morning", "This Week with George Stephanopoulos": title case names a programme.
_TITLE_CASE = re.compile(r"[A-Z]\w*\s+[A-Z]")


def add_relative_day_phrases(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.relative_day: a relative day or period the model did not mark is added (not when a
    determiner before it, or "of" after it, makes it part of a longer phrase, nor in title case,
    which names a programme: "CBS This Morning")."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    lower = folded(text)
    # every match begins with one of its first words: tried only there (``scan_starts``)
    for m in _RELATIVE_DAY.finditer(text) if lower is None else matches_from(_RELATIVE_DAY, text, starts_at(_RELATIVE_DAY_FIRST, lower)):
        if overlaps_any(out, m.start(), m.end()):
            continue
        if _PART_OF_ANOTHER.search(text, max(0, m.start() - 8), m.start()) or _OF_AFTER.match(text, m.end()):
            continue
        if _TITLE_CASE.match(m.group()):
            continue
        out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


_FORTNIGHT = re.compile(
    r"(?<![\w-])(?:(?:the\s+(?:next|past|last|coming|previous|following|first)\s+)"
    r"|(?:(?:about|around|nearly|almost|over|more than|less than|at least|up to|just|only|another)\s+)?"
    r"(?:an?|one|two|three|four|\d+)\s+)fortnights?(?![\w-])",
    re.IGNORECASE,
)


def add_fortnights(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.fortnight: "the next fortnight", "a fortnight", "two fortnights" are lengths of two
    weeks each (the value rule ``duration.fortnight`` reads them)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "fortnight" not in text.lower():
        return spans
    out = list(spans)
    for m in _FORTNIGHT.finditer(text):
        if not overlaps_any(out, m.start(), m.end()):
            out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


_MOST_FIRST = re.compile(r"most\s+(?:\d|an?\b|one|two|three|four|five|six|seven|eight|nine|ten|twelve)", re.IGNORECASE)
_AT_BEFORE = re.compile(r"\bat\s+$", re.IGNORECASE)


def widen_at_most(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.at_most: "at" + "most two weeks" is one length ("at most two weeks", P2W)."""
    return widen_leading(doc, spans, first=lambda text, start, _end: _MOST_FIRST.match(text, start),
                         before=_AT_BEFORE, reach=4)



#: "March 4", "Sept. 30th": the month (with its space) and the day.
_MONTH_DAY = rf"((?i:{MONTH_RE})\.?\s+)(\d{{1,2}}(?:st|nd|rd|th)?)"
_DAY_PAIR = re.compile(rf"{_MONTH_DAY}\s+(?:and|or|&)\s+(\d{{1,2}})(?:st|nd|rd|th)?")
#: " and 5" after a month day, ending there ("and 5 respectively", "and 5, when"), not "and 5 people".
_SECOND_DAY_AFTER = re.compile(
    r"\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$)|\s+(?:respectively|in|at|to|when|before|after)\b)"
)


def split_coordinated_days(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.day_pair: "on March 4 and 5", "June 3 and 4": the second day is a date of its own in the
    same month (TimeML marks "5", read as March 5), whether the model took it along or left it out."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        if (pair := _DAY_PAIR.fullmatch(text, span.start, span.end)) is not None:
            out.append(replace(span, end=pair.end(2)))
            second = (pair.start(3), pair.end(3), f"{pair.group(1)}{pair.group(3)}")
        elif (one := re.fullmatch(_MONTH_DAY, text[span.start:span.end])) and (after := _SECOND_DAY_AFTER.match(text, span.end)):
            out.append(span)
            second = (after.start(1), after.end(1), f"{one.group(1)}{after.group(1)}")
        else:
            out.append(span)
            continue
        start, end, reads_as = second
        if 1 <= int(text[start:end]) <= 31 and not overlaps_any([s for s in spans if s is not span], start, end):
            out.append(TimeSpan(start, end, reads_as=reads_as))
    return out


#: "At the end of the day, ..." (all things considered) and "wise beyond her years" are idioms,
#: not the day's end or a length.
_IDIOM = re.compile(r"(?i:at\s+)(the\s+end\s+of\s+the\s+day)(?=\s*,)|(?i:beyond\s+(?:his|her|their|its|my|your|our)\s+)(years)\b")


def drop_idioms(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.idiom: "but at the end of the day, ..." and "beyond his years" name no time ("markets
    closed higher at the end of the day." does, and stays)."""
    text = doc_text(doc)
    if "end of the day" not in text and "beyond" not in text:
        return spans
    idioms = {(m.start(m.lastindex or 0), m.end(m.lastindex or 0)) for m in _IDIOM.finditer(text)}
    return [s for s in spans if (s.start, s.end) not in idioms]
