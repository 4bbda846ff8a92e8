"""Date facts: every DATE/TIME mention resolved to an ISO value against the publication date.

``resolve(text, published)`` is the public resolver the event rules share. It handles the
forms news writes most ("Thursday", "the previous night", "December", "Feb. 4, 2025",
"2019", "last week", "the 1990s") itself or through ``dateparser`` (imported lazily: it costs
a fifth of a second), and it never raises. Without a publication date only absolute
expressions resolve; a relative one ("Thursday") stays unresolved rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from .context import DocContext
from .date_patterns import (
    ABSOLUTE_YEAR,
    CENTURY,
    DATABLE,
    DAY_AFTER,
    DAY_BEFORE,
    DECADE,
    DURATION,
    EDGE,
    LEADING_PREPOSITION,
    MONTH,
    MONTH_NAMES,
    PLURAL_UNIT_ONLY,
    RECURRING,
    RELATIVE_TO_CONTEXT,
    SAME_DAY,
    SOFTENER,
    THAT_DAY,
    TIME,
    WEEKDAY,
    WEEKDAYS,
    YEAR,
)
from .types import DateFact

#: (ISO value or None, granularity or None)
Resolution = tuple[str | None, str | None]



def _normalise(text: str) -> str:
    cleaned = " ".join(text.lower().replace("’", "'").split()).strip(" ,.;:()")
    return LEADING_PREPOSITION.sub("", cleaned)


def _iso(moment: date, granularity: str) -> str:
    if granularity == "year":
        return f"{moment.year:04d}"
    if granularity == "month":
        return f"{moment.year:04d}-{moment.month:02d}"
    if granularity == "week":
        year, week, _ = moment.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if granularity == "time" and isinstance(moment, datetime):
        return moment.strftime("%Y-%m-%dT%H:%M")
    return moment.strftime("%Y-%m-%d")


def _weekday(match: re.Match[str], published: date) -> date:
    modifier, name = match.group(1), match.group(2)
    target = WEEKDAYS.index(name)
    back = (published.weekday() - target) % 7
    if modifier == "last" and back == 0:
        back = 7  # "last Monday" written on a Monday is a week ago
    if modifier == "next":
        return published + timedelta(days=(target - published.weekday()) % 7 or 7)
    # News reports the recent past: "on Thursday" is the Thursday on or before publication.
    return published - timedelta(days=back)


def _month(match: re.Match[str], published: date) -> str:
    """"December" is the latest December up to publication; "last June" the one before this month."""
    modifier, name, year_word = match.groups()
    month = MONTH_NAMES.index(name) + 1
    if year_word:
        year = published.year + {"this": 0, "last": -1, "next": 1}[year_word]
    elif modifier == "next":
        year = published.year + (month <= published.month)
    elif modifier == "this":
        year = published.year
    else:
        year = published.year - (month > published.month or (modifier == "last" and month == published.month))
    return f"{year:04d}-{month:02d}"


@lru_cache(maxsize=1)
def _date_parser() -> Any:
    """The dateparser module, imported once on first need (None when unavailable)."""
    try:
        import dateparser.date as dateparser_date
    except Exception:  # noqa: BLE001 - an optional speed-up must never break extraction
        return None
    return dateparser_date


@lru_cache(maxsize=64)
def _parser_for(base: datetime | None) -> Any:
    """One English parser per anchor: building one costs more than most parses."""
    module = _date_parser()
    if module is None:
        return None
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = base
    try:
        return module.DateDataParser(languages=["en"], settings=settings)
    except Exception:  # noqa: BLE001 - no parser means unresolved dates, not a failure
        return None


@lru_cache(maxsize=4096)
def _parse_with_dateparser(text: str, base: datetime | None) -> tuple[datetime, str] | None:
    parser = _parser_for(base)
    if parser is None:
        return None
    try:
        data = parser.get_date_data(text)
    except Exception:  # noqa: BLE001 - dateparser raises on odd input; an unresolved date is fine
        return None
    if data is None or data.date_obj is None:
        return None
    return data.date_obj, data.period or "day"


def resolve(text: str, published: date | None) -> Resolution | None:
    """``text`` of one date mention as (ISO value, granularity), or None when it is no date.

    Durations come back as ``(None, "duration")``; relative expressions without a
    ``published`` anchor as ``(None, granularity)`` so callers can say "unresolved".
    """
    try:
        return _resolve(text, published)
    except Exception:  # noqa: BLE001 - a date we cannot read is unresolved, never an error
        return None


def _resolve(text: str, published: date | None) -> Resolution | None:
    phrase = _normalise(text)
    if not phrase:
        return None
    if decade := DECADE.match(phrase):
        digits = decade.group(1)
        if len(digits) == 2:
            digits = ("19" if int(digits) >= 30 else "20") + digits
        return f"{digits}s", "decade"
    if century := CENTURY.match(phrase):
        return f"{int(century.group(1)) - 1:02d}XX", "century"
    if RECURRING.match(phrase):
        return None, "recurring"
    if DURATION.match(phrase) or PLURAL_UNIT_ONLY.match(phrase):
        return None, "duration"
    phrase = EDGE.sub("", phrase)
    if year := YEAR.match(phrase):
        return year.group(1), "year"
    for pattern, shift in ((DAY_BEFORE, -1), (THAT_DAY, 0), (DAY_AFTER, 1)):
        if pattern.match(phrase):
            return (_iso(published + timedelta(days=shift), "day") if published else None), "day"
    if month := MONTH.match(phrase):
        return (_month(month, published) if published else None), "month"
    phrase = SOFTENER.sub("", phrase)
    if SAME_DAY.match(phrase):
        return (_iso(published, "day") if published else None), "day"
    if weekday := WEEKDAY.match(phrase):
        return (_iso(_weekday(weekday, published), "day") if published else None), "day"
    if not DATABLE.search(phrase):
        return None
    granularity_hint = "time" if TIME.search(phrase) else None
    absolute = bool(ABSOLUTE_YEAR.search(phrase))
    if published is None and not absolute and granularity_hint is None:
        # A relative phrase with nothing to anchor it: say what it is, not when.
        parsed = _parse_with_dateparser(phrase, datetime(2000, 1, 15, 12))
        return (None, parsed[1]) if parsed else None
    base = datetime.combine(published, datetime.min.time()).replace(hour=23, minute=59) if published else None
    parsed = _parse_with_dateparser(phrase, base)
    if parsed is None:
        return None
    moment, period = parsed
    granularity = granularity_hint or period
    if granularity == "time" and published is None:
        return None, "time"
    if granularity not in {"day", "week", "month", "year", "time"}:
        granularity = "day"
    return _iso(moment, granularity), granularity


def _anchor(ctx: DocContext, start: int, resolved: list[tuple[int, date]]) -> date | None:
    """The latest day resolved earlier in this sentence or the one before, for "the previous night"."""
    token = ctx.doc.char_span(start, start + 1, alignment_mode="expand")
    if token is None:
        return None
    sentence = token.sent
    if sentence.start > 0:
        sentence = ctx.doc[sentence.start - 1].sent
    earlier = [day for pos, day in resolved if sentence.start_char <= pos < start]
    return earlier[-1] if earlier else None


def extract_dates(ctx: DocContext) -> list[DateFact]:
    """One DateFact per DATE/TIME mention outside repeated text, in text order.

    Remembered per context: the event rules read the same values for their times.
    """
    try:
        known = _FACTS_BY_CONTEXT.get(ctx)
    except TypeError:  # a context that cannot be weakly referenced: just compute
        return _date_facts(ctx)
    if known is None:
        known = _FACTS_BY_CONTEXT[ctx] = tuple(_date_facts(ctx))
    return list(known)


_FACTS_BY_CONTEXT: "WeakKeyDictionary[DocContext, tuple[DateFact, ...]]" = WeakKeyDictionary()


def _date_facts(ctx: DocContext) -> list[DateFact]:
    facts: list[DateFact] = []
    resolved_days: list[tuple[int, date]] = []
    for mention in ctx.mentions:
        if mention.label not in {"DATE", "TIME"} or mention.duplicate or ctx.in_duplicate(mention.start):
            continue
        anchor = ctx.published
        rule = "date.published_anchor"
        if RELATIVE_TO_CONTEXT.search(mention.text.lower()):
            in_story = _anchor(ctx, mention.start, resolved_days)
            if in_story is not None:
                anchor, rule = in_story, "date.sentence_anchor"
            elif DAY_AFTER.match(_normalise(mention.text)) or THAT_DAY.match(_normalise(mention.text)):
                anchor = None  # "the next day" after no known day: not the day after publication
        result = resolve(mention.text, anchor)
        if result is None:
            result = (None, None)
        value, granularity = result
        is_absolute = bool(ABSOLUTE_YEAR.search(mention.text)) or granularity == "decade"
        if granularity == "duration":
            rule, confidence = "date.duration", 0.6
        elif value is None:
            rule, confidence = "date.unresolved", 0.4
        elif is_absolute:
            rule, confidence = "date.absolute", 0.95
        else:
            confidence = 0.75 if rule == "date.published_anchor" else 0.65
        if value is not None and granularity == "day":
            resolved_days.append((mention.start, date.fromisoformat(value)))
        span = ctx.span(mention.start, mention.end, entity=mention.entity)
        if value:
            summary = f"{mention.text} = {value}"
        elif granularity in {"duration", "recurring"}:
            summary = f"{mention.text} ({granularity}, not a date)"
        else:
            summary = f"{mention.text} (unresolved)"
        facts.append(
            DateFact(
                text=summary,
                evidence=((mention.start, mention.end),),
                rule=rule,
                confidence=confidence,
                span=span,
                value=value,
                granularity=granularity,
                resolved=value is not None,
            )
        )
    return facts
