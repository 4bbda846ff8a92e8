"""Rows of the cross-article index drawn from one analysis (pure functions, no database).

Entity ids are ``label:slug`` (see tui.extract.entities), so the same id in two
articles is the same entity: the index keys on it directly.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from tui.extract.date_calendar import placeable
from tui.extract.serialize import fact_to_dict
from tui.extract.types import Analysis, DateFact, EventFact, Fact, fact_entities


@dataclass(frozen=True, slots=True)
class EntityRow:
    entity: str
    name: str
    label: str
    mentions: int
    first_offset: int
    aliases: tuple[str, ...]
    #: Mentions that open a line as a label ("WN: ..." in an interview transcript).
    line_labels: int = 0


@dataclass(frozen=True, slots=True)
class FactRow:
    kind: str
    summary: str
    #: The resolved ISO date the timeline orders by (None: not on the timeline).
    date: str | None
    start: int
    end: int
    data: str
    #: (entity id, part) pairs: which entities take part and how (actor, speaker...).
    entities: tuple[tuple[str, str], ...]


def entity_rows(analysis: Analysis) -> tuple[EntityRow, ...]:
    """One row per entity with its non-duplicate mention count and first mention offset."""
    first: dict[str, int] = {}
    counts: dict[str, int] = {}
    labels: dict[str, int] = {}
    text = analysis.text
    for mention in analysis.mentions:
        if mention.duplicate:
            continue
        counts[mention.entity] = counts.get(mention.entity, 0) + 1
        first.setdefault(mention.entity, mention.start)
        if _line_label(text, mention.start, mention.end):
            labels[mention.entity] = labels.get(mention.entity, 0) + 1
    return tuple(
        EntityRow(ent.id, ent.name, ent.label, counts[ent.id], first[ent.id], ent.aliases, labels.get(ent.id, 0))
        for ent in analysis.entities
        if ent.id in counts
    )


def _line_label(text: str, start: int, end: int) -> bool:
    """A name that labels a line: "WN: ...", "(WN): ...", "((WN)) ..." (an interview transcript)."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if before.strip(" *([") or start - line_start > 6:
        return False
    after = text[end : end + 4]
    return after.lstrip(")]* ").startswith(":") or ("(" in before or "[" in before) and after[:1] in ")]"


def fact_date(fact: Fact) -> str | None:
    """The date that puts a fact on the timeline: a resolved event time or a DATE/TIME with a
    day, week, month, season, quarter or year (never a duration, a set, a decade or "now").

    An event that did not happen (negated), may not (hypothetical) or is a habit (generic) has
    no place on it; a planned or cancelled one keeps its date and says so in its text.
    """
    if isinstance(fact, EventFact):
        if fact.factuality not in {"asserted", "planned", "cancelled"}:
            return None
        return fact.date if placeable(fact.date) else None
    if isinstance(fact, DateFact) and fact.resolved and placeable(fact.value, fact.type):
        if fact.rule != "date.absolute" and fact.value and fact.value[:4].isdigit() and int(fact.value[:4]) < 1900:
            return None  # "900 years ago": a round count back from today, too rough to place a year on
        return fact.value
    return None


def fact_rows(analysis: Analysis) -> tuple[FactRow, ...]:
    """Facts worth indexing: dated ones (timeline) and those linked to an entity (dossiers).

    A date fact serves the timeline only: one that cannot be placed on it is not kept for its date entity.
    """
    rows = []
    for fact in analysis.facts:
        date = fact_date(fact)
        links = fact_entities(fact)
        if date is None and (not links or isinstance(fact, DateFact)):
            continue
        start, end = fact.evidence[0] if fact.evidence else (0, 0)
        data = json.dumps(fact_to_dict(fact), ensure_ascii=False)
        rows.append(FactRow(fact.kind, fact.text, date, start, end, data, links))
    return tuple(rows)
