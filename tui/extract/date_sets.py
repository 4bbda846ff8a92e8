"""Sets (TimeML SET): times that recur, beyond the rules ``date_set_values`` keeps for them.

``SET_RULES`` are value rules in the form of ``date_durations.DURATION_RULES``: (name, pattern over
the cleaned phrase, value of the match); ``date_values`` runs them with its other ``set.*`` rules. ``share_recurring_part``,
``drop_paper_names``, ``widen_to_frequency_counts``, ``widen_to_counted_seasons`` and
``join_unit_after_unit`` and ``widen_bare_rate_periods`` are span rules (``date_spans.SPAN_RULES`` runs them).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_durations import duration_value
from .date_words import PARTS_OF_DAY, SEASONS, WEEKDAYS
from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_WEEKDAY = re.compile(rf"(?:{'|'.join(WEEKDAYS)})", re.IGNORECASE)
#: "Monday" + " and Tuesday nights": the plural part of the day after the second weekday.
_AND_WEEKDAY_PARTS = re.compile(
    rf"\s*,?\s+(?:and|or)\s+(?:{'|'.join(WEEKDAYS)})s?\s+(mornings|afternoons|evenings|nights)\b", re.IGNORECASE,
)


def share_recurring_part(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.shared_part: "on Monday and Tuesday nights" are two sets, XXXX-WXX-1TNI and
    XXXX-WXX-2TNI; the first weekday is read with the part written after the second."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _WEEKDAY.fullmatch(text, span.start, span.end) and (m := _AND_WEEKDAY_PARTS.match(text, span.end)):
            span = replace(span, reads_as=f"{text[span.start:span.end]} {m.group(1)}")
        out.append(span)
    return out


def _every_part_of_day(m: re.Match[str]) -> str:
    """set.every_part_of_day: "every morning" is the morning of any day (XXXX-XX-XXTMO), as
    "Tuesday nights" is XXXX-WXX-2TNI."""
    return f"XXXX-XX-XXT{PARTS_OF_DAY[m.group(1)]}"


def _weekends(m: re.Match[str]) -> str:
    """set.weekends: "every weekend", "on weekends", "the weekends": the weekend of any week (XXXX-WXX-WE)."""
    return "XXXX-WXX-WE"


def _counted_seasons(m: re.Match[str]) -> str:
    """set.counted_seasons: "the past three summers" is summer of each of those years (TimeBank:
    SET XXXX-SU), not one stretch of time: the seasons between them are not part of it."""
    return f"XXXX-{SEASONS[m.group(1)[:-1]]}"


def _every_other_weekday(m: re.Match[str]) -> str:
    """set.every_other_weekday: "every other Saturday" is that weekday of any week (XXXX-WXX-6), as
    "every Saturday" is; the skipped weeks are not in TimeML's value."""
    return f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}"


def _unit_after_unit(m: re.Match[str]) -> str:
    """set.unit_after_unit: "year after year" is every year (P1Y), as "night after night" is
    every night; each "year" alone would read as this year."""
    return "P1D" if m.group(1) == "night" else duration_value(1, m.group(1))


SET_RULES: tuple[tuple[str, str, Callable[[re.Match[str]], str | None]], ...] = (
    ("set.every_part_of_day", r"^(?:every|each)\s+(morning|afternoon|evening|night)$", _every_part_of_day),
    ("set.weekends", r"^(?:(?:every|each)\s+weekend|(?:on\s+)?(?:the\s+)?weekends)$", _weekends),
    ("set.every_other_weekday", rf"^every\s+other\s+({'|'.join(WEEKDAYS)})$", _every_other_weekday),
    ("set.unit_after_unit", r"^(day|night|week|month|year) after \1$", _unit_after_unit),
    ("set.counted_seasons", r"^(?:the\s+)?(?:past|last|previous|next|coming|\d+|several|few)(?:\s+(?:\d+|several|few))?\s+(summers|winters|autumns|springs)$", _counted_seasons),
)


_PERIODICAL = re.compile(r"(?:daily|weekly|monthly)", re.IGNORECASE)


def drop_paper_names(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.daily_paper: "Greek daily Kathimerini", "the Israeli daily Haaretz", "the weekly Der
    Spiegel": before a name the word is the kind of paper, not a set."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _PERIODICAL.fullmatch(text, span.start, span.end):
            words = span_at(doc, span.start, span.end, alignment_mode="expand")
            if words is not None and len(words) and 0 < words[0].i and words[-1].i + 1 < len(doc):
                before, after = doc[words[0].i - 1], doc[words[-1].i + 1]
                # "Greek daily Kathimerini", "the weekly Der Spiegel": a kind of paper before its name
                if before.pos_ in {"DET", "ADJ", "PROPN"} and after.pos_ == "PROPN" and after.text[:1].isupper():
                    continue
        kept.append(span)
    return kept


#: "once" + "a week", "three times" + "a year": the count of a frequency before the period the model marked.
_COUNT_BEFORE = re.compile(
    r"(?<![\w-])(?:once|twice|thrice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+times)\s+$",
    re.IGNORECASE,
)
_PERIOD = re.compile(r"(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|quarter|decade)", re.IGNORECASE)


def widen_to_frequency_counts(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.frequency_count: "once a week" is one SET (P1W, the count in freq); the model marks
    "a week" alone, and the value rule then reads the period as a length or a rate."""
    return _widen_start(doc, spans, _PERIOD, _COUNT_BEFORE, reach=24)


def _widen_start(doc: "Doc", spans: list["TimeSpan"], whole: re.Pattern[str], before: re.Pattern[str], *,
                 reach: int) -> list["TimeSpan"]:
    """Each span that is all ``whole`` starts where ``before`` matches in the ``reach`` characters before it."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if whole.fullmatch(text, span.start, span.end) and (m := before.search(text, max(0, span.start - reach), span.start)):
            span = replace(span, start=m.start(), reads_as=None)
        out.append(span)
    return out


#: "the past three" + " summers": the model marks the count and leaves the plural season out.
_SEASONS_AFTER = re.compile(r"\s+(summers|winters|autumns|springs)\b", re.IGNORECASE)
_COUNTED = re.compile(
    r"(?:the\s+)?(?:past|last|previous|next|coming)(?:\s+\w+)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)",
    re.IGNORECASE,
)


def widen_to_counted_seasons(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.counted_seasons: "the past three" + "summers" is one set (XXXX-SU)."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _COUNTED.fullmatch(text, span.start, span.end) and (m := _SEASONS_AFTER.match(text, span.end)):
            span = replace(span, end=m.end(), reads_as=None)
        out.append(span)
    return out


_AFTER = re.compile(r" after ")
_UNIT_BEFORE = re.compile(r"\b(day|night|week|month|year)$", re.IGNORECASE)
_UNIT_NEXT = re.compile(r"(day|night|week|month|year)\b", re.IGNORECASE)


def join_unit_after_unit(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.unit_after_unit: the model marks "year" and "year" of "year after year" as two dates,
    or leaves "night after night" out; either is one set (P1Y, P1D). The plain " after " is looked
    for first: it is cheap, and the units around it are read only there."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for after in _AFTER.finditer(text):
        before = _UNIT_BEFORE.search(text, max(0, after.start() - 5), after.start())
        if before is None or (unit := _UNIT_NEXT.match(text, after.end())) is None or unit.group(1).lower() != before.group(1).lower():
            continue
        start, end = before.start(), unit.end()
        inside = [s for s in out if s.start < end and start < s.end]
        if all(start <= s.start and s.end <= end for s in inside):  # one "year" of the two, or none
            out = [s for s in out if s not in inside] + [TimeSpan(start, end)]
    return sorted(out, key=lambda s: s.start) if out != spans else spans


_RATE_ARTICLE = re.compile(r"\b(?:a|an|per)\s+$", re.IGNORECASE)
_BARE_PERIOD = re.compile(r"(?:day|night|week|month|year)", re.IGNORECASE)


def widen_bare_rate_periods(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.rate_article: "five rallies a day": the model marks "day" alone, which would read as the
    day of publication; with its article it is the period of a rate, read as ``mark_rates`` reads
    "a day" the model marked whole."""
    return _widen_start(doc, spans, _BARE_PERIOD, _RATE_ARTICLE, reach=5)
