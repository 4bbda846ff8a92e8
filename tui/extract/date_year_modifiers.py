"""Span rules for years that modify a noun, which the model often labels as a number or a name.

- ``add_years_before_nouns``: "a 2011 study", "the 2018 midterm elections", "his 2008 and 2010
  runs", "the 2020 Democratic National Convention": a four-digit year after a determiner or a
  possessive, before the noun it dates, is a DATE. The model calls such a year a CARDINAL, takes it
  into an ORG or EVENT name, or hangs it from a plural noun as if it counted it, so the year is lost.
  TimeBank and the hand sets tag every such year (47 of 47), as HeidelTime does. A determiner is
  what tells a year from a count ("2000 soldiers", "2741 confirmed cases" have none), and a counted
  noun or a unit after the number keeps it a count ("the 2000 km long pipe", "a 2000 year old
  tradition", "the 2000 block of Main Street").
- ``drop_street_blocks``: "the 2000 block of Main Street" is where, not when (the model calls it a DATE).
- ``decades_without_apostrophe``: "re-excavated in the 90s", "the early 80s": a decade written
  without its century or an apostrophe is the 1900s' decade (TimeML 199, 198), unless a temperature
  or a measure is being told ("highs in the 50s", "the 50s Fahrenheit"). "The 20s" and "the 10s" may be
  this century's or the last: they stay unmarked.
- ``widen_month_to_day_range``: "the September 25–27 Léger poll": the model marks "September" alone
  before a poll's or a meeting's name; the month takes its days along (``split_day_ranges`` then
  gives the two days).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_extents import overlaps_any
from .date_words import MONTH_RE, UNIT_RE
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_YEAR = r"(?:19|20)\d\d"
#: Determiner or possessive, a year (or two, coordinated), then the word after them.
_YEAR_BEFORE_NOUN = re.compile(
    rf"(?<![\w-])(?i:the|a|an|his|her|its|their|our|my|your|this|that|[A-Za-z]+['’]s)\s+"
    rf"(?P<first>{_YEAR})(?:\s*(?:,|,?\s*and|,?\s*or)\s+(?P<second>{_YEAR}))?"
    r"(?![\w%/-]|[.,:]\d)\s+(?P<next>[A-Za-z][\w'’-]*)"
)
#: Words after a number that make it a count or a measure, not a year.
_COUNTED = re.compile(
    rf"^(?:{UNIT_RE}|people|persons|men|women|children|members|employees|workers|jobs|votes|seats|cases|deaths|"
    r"troops|soldiers|students|residents|units|copies|shares|dollars|euros|pounds|yen|yuan|rupees|francs|"
    r"km|kms|kilometres|kilometers|miles|metres|meters|feet|ft|tons|tonnes|acres|hectares|calories|words|pages|"
    r"times|percent|per|mw|megawatts?|kw|kg|kilograms?|lb|lbs|m|cm|mm|hp|cc|points|rpm|euro|dollar|rs|"
    r"block|blocks|square|sq|mile|metre|meter|foot|yard|yards|gallons?|lit(?:re|er)s?)$",
    re.IGNORECASE,
)
#: Before the year: a label ("No. 1430"), a currency or a section sign.
_LABEL_BEFORE = re.compile(r"(?:\bNo\.?|#|§|\$|£|€|\bflight|\broute|\broom)\s*$", re.IGNORECASE)


def add_years_before_nouns(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.year_before_noun: "a 2011 study", "the 2018 midterm elections" (see the module)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in _YEAR_BEFORE_NOUN.finditer(text):
        if _COUNTED.match(m.group("next")) or _LABEL_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        for group in ("first", "second"):
            if m.group(group) is None:
                continue
            start, end = m.span(group)
            if not overlaps_any(out, start, end):
                out.append(TimeSpan(start, end))
    return sorted(out, key=lambda s: s.start)


_BLOCK_AFTER = re.compile(r"\s+blocks?\s+of\b", re.IGNORECASE)


def drop_street_blocks(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.street_block: "the 2000 block of Main Street" is an address, no year."""
    text = doc_text(doc)
    return [s for s in spans if not (re.fullmatch(r"\d{3,5}", text[s.start:s.end]) and _BLOCK_AFTER.match(text, s.end))]


_BARE_DECADE = re.compile(r"(?<![\w'’-])the\s+(?:(?P<edge>early|mid|late)[\s-]+)?(?P<digit>[3-9])0s\b", re.IGNORECASE)
#: A temperature, a speed or a share told in tens: "highs in the 50s", "the 80s Fahrenheit".
_MEASURE_NEAR = re.compile(r"\b(?:temperatures?|highs?|lows?|degrees?|fahrenheit|celsius|mph|percent|°)", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:°|degrees?\b|fahrenheit\b|celsius\b|mph\b|percent\b|%|[FC]\b)", re.IGNORECASE)


def decades_without_apostrophe(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.bare_decade: "in the 90s" is the decade 199, read as "the 1990s" (see the module)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in _BARE_DECADE.finditer(text):
        if _MEASURE_NEAR.search(text, max(0, m.start() - 60), m.start()) or _MEASURE_AFTER.match(text, m.end()):
            continue
        if overlaps_any(out, m.start(), m.end()):
            continue
        edge = f"{m.group('edge').lower()} " if m.group("edge") else ""
        out.append(TimeSpan(m.start(), m.end(), reads_as=f"the {edge}19{m.group('digit')}0s"))
    return sorted(out, key=lambda s: s.start)


_BARE_MONTH = re.compile(rf"(?:{MONTH_RE})\.?", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"\s+(?:[1-9]|[12]\d|3[01])\s*[-–]\s*(?:[1-9]|[12]\d|3[01])(?![\w%.,:/-]|[.,]\d)(?!\s*(?:percent|per|people|points|million|billion)\b)", re.IGNORECASE)


def widen_month_to_day_range(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.month_day_range: "the September 25–27 poll" is the 25th to the 27th, not September."""
    from dataclasses import replace

    text = doc_text(doc)
    out = []
    for i, span in enumerate(spans):
        if _BARE_MONTH.fullmatch(text, span.start, span.end) and (m := _DAYS_AFTER.match(text, span.end)):
            if not overlaps_any([s for j, s in enumerate(spans) if j != i], span.end, m.end()):
                span = replace(span, end=m.end())
        out.append(span)
    return out
