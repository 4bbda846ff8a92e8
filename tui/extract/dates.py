"""Date facts: every temporal expression with its TimeML type and value.

Three rule modules do the work: ``date_spans`` finds and trims the expressions,
``date_anchors`` decides what each is read against (the publication date or the story's last
date) and in which direction, and ``date_values`` turns the words into a TimeML value
(``2013-03-22``, ``2013-W11``, ``2012-SU``, ``P5Y``, ``XXXX-WXX-7``, ``PRESENT_REF`` ...).
``analyse_doc`` computes the facts once and hands them to the event rules.

``resolve(text, published)`` reads one phrase on its own (no sentence around it): it never
raises, and without a publication date only absolute expressions get a value.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from .context import DocContext
from .date_anchors import StoryTrail, dateline_day, days_from_neighbours
from .date_calendar import granularity_of
from .date_compared_periods import compared_periods, compared_years, latest_quarters
from .date_day_ranges import days_of_a_relative_year
from .date_event_months import event_months_ahead
from .date_general_present import today_in_general
from .date_month_ranges import second_month_after_the_first
from .date_narrative import today_said_on_a_named_day
from .date_set_attributes import set_attributes
from .date_spans import TimeSpan, find_time_spans
from .date_story_years import month_days_in_the_story_year
from .date_unanchored import unanchored_value
from .date_values import Anchor, Reading, normalise
from .date_wire_copy import today_as_nowadays, weekdays_between_dateline_and_creation
from .date_zones import local_clock_across_midnight, weekday_in_a_zone_ahead
from .types import DateFact

#: (value or None, granularity or None)
Resolution = tuple[str | None, str | None]

_PERIOD_END = re.compile(r"\s+end(?:ed|ing)\b")
_YEAR = re.compile(r"\b(?:1[0-9]|20|21)\d\d\b")
#: Value rules whose result does not depend on any anchor.
_ABSOLUTE_RULES = frozenset({"date.year", "date.fiscal_short", "date.decade", "date.decade_words", "date.century", "date.numeric", "absolute_fallback"})


def resolve(text: str, published: date | None, *, direction: int = 0) -> Resolution | None:
    """``text`` of one expression as (TimeML value, granularity), or None when it is no time at all.

    Relative expressions without ``published`` come back as ``(None, None)``: known to be a
    time, not known when; underspecified ones give what they tell, X for the rest ("XXXX-WXX-5").
    """
    try:
        reading = _read(text, Anchor(today=published, story=published, direction=direction))
    except Exception:  # noqa: BLE001 - a phrase we cannot read is unresolved, never an error
        return None
    if reading is None:
        return None
    return reading[0].value, granularity_of(reading[0].value, reading[0].type)


def _read(text: str, anchor: Anchor) -> tuple[Reading, str] | None:
    """The reading of ``text``; (type, no value) when it needs a day nobody told; None when no rule reads it."""
    result = normalise(text, anchor)
    if result is not None:
        return result
    day = anchor.story or anchor.today or _PROBE_DAY
    probe = normalise(text, Anchor(today=anchor.today or _PROBE_DAY, story=day, story_value=anchor.story_value, direction=anchor.direction))
    if probe is None:
        return None
    if anchor.today is None and (partial := unanchored_value(text)) is not None:
        return Reading(*partial), "unanchored"  # no publication date: "Friday" is XXXX-WXX-5
    return Reading(probe[0].type, None), "unresolved"


#: A stand-in day to ask "would this read with an anchor?" (the answer's value is never used).
_PROBE_DAY = date(2000, 1, 15)


def extract_dates(ctx: DocContext) -> list[DateFact]:
    """One DateFact per temporal expression outside repeated text, in text order."""
    dateline = dateline_day(ctx.text, ctx.published)
    trail = StoryTrail(dateline or ctx.published)
    facts: list[DateFact] = []
    for found in find_time_spans(ctx.doc, ctx.mentions):
        if ctx.in_duplicate(found.start):
            continue
        found = decade_with_apostrophe(ctx.text, found)
        if (fact := _fact(ctx, found, trail)) is not None:
            facts.append(fact)

    def points() -> list[tuple[int, int, str | None]]:
        return [(f.span.start, f.span.end, f.value) for f in facts]

    _move(ctx, facts, days_from_neighbours(ctx.text, points()))
    _move(ctx, facts, weekday_in_a_zone_ahead(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, local_clock_across_midnight(ctx.text, points()))
    _move(ctx, facts, today_said_on_a_named_day(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, second_month_after_the_first(ctx.text, points()))
    _move(ctx, facts, latest_quarters(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, compared_periods(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, compared_years(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, days_of_a_relative_year(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, event_months_ahead(ctx.text, points(), published=ctx.published))
    _move(ctx, facts, month_days_in_the_story_year(ctx.text, points(), published=trail.published))
    _move(ctx, facts, today_as_nowadays(ctx.text, points()))
    _move(ctx, facts, today_in_general(ctx.doc, points()))
    _move(ctx, facts, weekdays_between_dateline_and_creation(ctx.text, points(), dateline=dateline, published=ctx.published))
    return facts


def _move(ctx: DocContext, facts: list[DateFact], moved: dict[int, str]) -> None:
    """Give the facts at these indexes their new values (a rule read them from their neighbours)."""
    for i, value in moved.items():
        fact = facts[i]
        words = ctx.text[fact.span.start:fact.span.end]
        changed = replace(fact, value=value, text=f"{words} = {value}", granularity=granularity_of(value, fact.type))
        if value.endswith("_REF"):
            changed = replace(changed, rule="date.reference", confidence=0.7)
        facts[i] = changed


#: "the 1990's": the model marks "1990" alone; the apostrophe makes it the decade.
_DECADE_BEFORE = re.compile(r"\bthe\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
_APOSTROPHE_S = re.compile(r"['’]s\b")
_DECADE_WRITTEN = re.compile(r"((?:the\s+)?(?:(?:early|late|mid)[\s-]+)?)\d{3}0", re.IGNORECASE)


def decade_with_apostrophe(text: str, found: TimeSpan) -> TimeSpan:
    """date.decade_apostrophe: "in the 1990's" is the decade 199, not the year 1990 with a
    possessive; the span takes "the" and "'s" along. A year's possessive ("2020's budget")
    has no "the" before it and stays."""
    if not _APOSTROPHE_S.match(text, found.end) or not (m := _DECADE_WRITTEN.fullmatch(text, found.start, found.end)):
        return found
    start = found.start
    if not m.group(1).lower().startswith("the"):
        if (before := _DECADE_BEFORE.search(text, max(0, found.start - 16), found.start)) is None:
            return found
        start = before.start()
    written = text[start:found.end + 2]
    return replace(found, start=start, end=found.end + 2, reads_as=written.replace("’", "'"))


def _fact(ctx: DocContext, found: TimeSpan, trail: StoryTrail) -> DateFact | None:
    """The fact of one expression; None when no rule can read it at all ("the eighth day"):
    it stays highlighted as a mention, but a date fact without any reading would only mislead."""
    text = ctx.text[found.start:found.end]
    anchor = trail.anchor_for(ctx.doc, found.start, found.end)
    try:
        result = _read(found.reads_as or text, anchor)
    except Exception:  # noqa: BLE001 - one odd phrase must not cost the article its facts
        result = None
    if result is None:
        return None
    reading, value_rule = result
    if value_rule == "date.current_year" and _PERIOD_END.match(ctx.text, found.end):
        reading = Reading("DURATION", "P1Y")  # "the year ended Sept. 30": a length, not the calendar year
    if reading.value is not None and value_rule != "unanchored":
        trail.remember(reading, value_rule, found.start, found.end)
    elif reading.type in {"DATE", "TIME"} and anchor.today is None:
        trail.forget()
    rule, confidence = _rule_for(reading, value_rule, text, story=anchor.story != anchor.today)
    granularity = granularity_of(reading.value, reading.type)
    whole = ctx.span(*found.range) if found.range else None
    # "33 = 1933" read as a number made a year; "33 in 1919–33 = 1933" is the end of a range.
    written = f"{text} in {whole.text}" if whole is not None and whole.text != text else text
    summary = f"{written} = {reading.value}" if reading.value else f"{written} (unresolved)"
    quant, freq = set_attributes(text) if reading.type == "SET" else (None, None)
    return DateFact(
        text=summary,
        evidence=((found.start, found.end),),
        rule=rule,
        confidence=confidence,
        span=ctx.span(found.start, found.end),
        value=reading.value,
        granularity=granularity,
        resolved=reading.value is not None and value_rule != "unanchored",
        type=reading.type,
        range=whole,
        quant=quant,
        freq=freq,
    )


def _rule_for(reading: Reading, value_rule: str, text: str, *, story: bool) -> tuple[str, float]:
    if reading.value is None:
        return "date.unresolved", 0.4
    if value_rule == "unanchored":
        return "date.unanchored", 0.5
    if reading.type == "DURATION":
        return "date.duration", 0.7
    if reading.type == "SET":
        return "date.set", 0.7
    if reading.value.endswith("_REF"):
        return "date.reference", 0.7
    if value_rule in _ABSOLUTE_RULES or (value_rule == "calendar" and reading.type == "DATE" and _YEAR.search(text)):
        return "date.absolute", 0.95
    if story:
        return "date.story_anchor", 0.65
    return "date.published_anchor", 0.75


def date_values(facts: Sequence[DateFact], ctx: DocContext) -> dict[int, str]:
    """Values by the start of each fact and of the model's mention it lies in, for the event rules."""
    values: dict[int, str] = {}
    for fact in facts:
        if not fact.value or fact.type not in {"DATE", "TIME"}:
            continue
        values[fact.span.start] = fact.value
        if (mention := ctx.mention_at(fact.span.start, fact.span.end)) is not None:
            values.setdefault(mention.start, fact.value)
    return values
