"""Expressions TimeML annotators leave untagged, though they hold a time word.

Each rule is backed by TimeBank's own practice (counts from ``benchmarks/timex_forms.py``:
how often the words are a gold TIMEX3 and how often they stand untagged in its text):

- ``drop_daily_before_nouns``: "average daily volume", "daily flights": the adjective before a
  noun is untagged 4 times in 5 (as "annual" 5 of 5 and "quarterly" 10 of 11, which
  ``date_spans`` already drops); the adverb ("protests filled the streets daily") stays a set.
- ``drop_foreseeable_future``: "for the foreseeable future" is untagged both times it occurs.
- ``drop_future_modifiers``: "the future investigations": "future" modifies a noun (the
  adjective is untagged 15 times in 17); the model's mention is no "the future".
- ``drop_ages_before_persons``: "her 11-month daughter", "10-19 year olds": ages, which the
  annotators never tag ("52 years old", "37 years old", "a 136-year-old institution").
- ``drop_fractions_before_amounts``: "about a quarter as much money": a fraction, not three months.

The rules run last among the span rules, after every rule that adds expressions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_DAILY = re.compile(r"daily", re.IGNORECASE)
#: "on a daily basis" says "every day" as the adverb does.
_MANNER_NOUNS = frozenset({"basis"})


def drop_daily_before_nouns(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.daily_adjective: "daily" before the noun it qualifies is no set in TimeBank."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _DAILY.fullmatch(text, span.start, span.end) and (words := span_at(doc, span.start, span.end, alignment_mode="expand")):
            word = words[-1]
            head = word.head
            if word.dep_ in {"amod", "compound", "nmod"} and head.i > word.i and head.pos_ in {"NOUN", "PROPN"} \
                    and head.lower_ not in _MANNER_NOUNS:
                continue
        kept.append(span)
    return kept


_FORESEEABLE = re.compile(r"(?:the\s+)?foreseeable\s+future", re.IGNORECASE)


def drop_foreseeable_future(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.foreseeable_future: "for the foreseeable future" is never tagged in TimeBank."""
    text = doc_text(doc)
    return [s for s in spans if not _FORESEEABLE.fullmatch(text, s.start, s.end)]


_THE_FUTURE = re.compile(r"(?:the\s+)?future", re.IGNORECASE)


def drop_future_modifiers(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.future_modifier: "the future investigations", "the future king": "future" is an
    adjective of the noun after it, not the time FUTURE_REF."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _THE_FUTURE.fullmatch(text, span.start, span.end) and (words := span_at(doc, span.start, span.end, alignment_mode="expand")):
            word = words[-1]
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            if after is not None and after.pos_ in {"NOUN", "PROPN"} and word.head.i > word.i:
                continue
        kept.append(span)
    return kept


_LENGTH = re.compile(
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)[\s-](?:day|week|month|year)s?",
    re.IGNORECASE,
)
#: What makes a length an age: "-olds" / " olds" after it, or a person right after it.
_OLDS_AFTER = re.compile(r"(?:-|\s+)olds?\b", re.IGNORECASE)
_PERSONS_AFTER = re.compile(
    r"\s+(?:daughter|son|boy|girl|baby|babies|child|children|infant|toddler|grandson|granddaughter|kid|kids|twins?)s?\b",
    re.IGNORECASE,
)


def drop_ages_before_persons(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.age_before_person: "her 11-month daughter", "suicides by 10-19 year olds": the age
    of a person, written without "-old" (or with the plural "olds")."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _LENGTH.fullmatch(text, span.start, span.end) and (
            _OLDS_AFTER.match(text, span.end) or _PERSONS_AFTER.match(text, span.end)
        ):
            continue
        kept.append(span)
    return kept


_FRACTION = re.compile(
    r"(?:(?:about|around|nearly|almost|roughly|some|only|just)\s+)?(?:a|one|two|three)[\s-]+quarters?", re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(r"\s+as\s+(?:much|many|large|big|high|long)\b", re.IGNORECASE)


def drop_fractions_before_amounts(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.fraction_amount: "about a quarter as much money" compares amounts; no three months."""
    text = doc_text(doc)
    return [s for s in spans if not (_FRACTION.fullmatch(text, s.start, s.end) and _AMOUNT_AFTER.match(text, s.end))]


#: The rules in the order they run (``date_spans.SPAN_RULES`` runs them before the overlaps are settled).
UNTAGGED_RULES = (
    drop_daily_before_nouns,
    drop_foreseeable_future,
    drop_future_modifiers,
    drop_ages_before_persons,
    drop_fractions_before_amounts,
)
