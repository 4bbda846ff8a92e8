"""Which entities a fact is about: one definition for the library's index and the entity screen."""

from __future__ import annotations

from tui.extract.types import (
    Analysis,
    DateFact,
    Entity,
    EventFact,
    Mention,
    ModelInfo,
    QuoteFact,
    RoleFact,
    Span,
    fact_entities,
)
from tui.library.crossindex import fact_rows
from tui.screens.entity import facts_of_entity

TEXT = "Over 30 hours, Smith of Acme met Jones in Paris on Monday. “We agreed,” Smith said."


def _span(words: str, entity: str | None = None, *, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(words, start + 1)
    return Span(start, start + len(words), words, entity)


def _date(words: str, entity: str, value: str | None) -> DateFact:
    span = _span(words, entity)
    return DateFact(f"{words} = {value}", ((span.start, span.end),), "date.test", 0.9, span, value, "day",
                    value is not None)


ROLE = RoleFact("Smith of Acme", ((15, 28),), "role.test", 0.8, _span("Smith", "person:smith"), _span("of"),
                _span("Acme", "org:acme"))
EVENT = EventFact("Smith met Jones", ((15, 58),), "event.test", 0.8, "meet", _span("met"),
                  actors=(_span("Smith", "person:smith"),), targets=(_span("Jones", "person:jones"),),
                  place=_span("Paris", "gpe:paris"))
QUOTE = QuoteFact("Smith: “We agreed,”", ((60, 84),), "quote.test", 0.9, _span("Smith", "person:smith", nth=1),
                  _span("said"), _span("We agreed"), True)
# The date fact covers fewer words than the mention of its entity ("Over 30 hours").
DURATION = _date("30 hours", "time:over-30-hours", None)
MONDAY = _date("Monday", "date:monday", "2025-03-10")


def _analysis() -> Analysis:
    mentions = (
        Mention(0, 13, "Over 30 hours", "TIME", "time:over-30-hours"),
        Mention(15, 20, "Smith", "PERSON", "person:smith"),
        Mention(TEXT.index("Monday"), TEXT.index("Monday") + 6, "Monday", "DATE", "date:monday"),
    )
    entities = (Entity("time:over-30-hours", "Over 30 hours", "TIME"), Entity("person:smith", "Smith", "PERSON"),
                Entity("date:monday", "Monday", "DATE"))
    return Analysis(TEXT, None, "2025-03-12", None, ModelInfo("m", "1"), "x", mentions=mentions, entities=entities,
                    facts=(ROLE, EVENT, QUOTE, DURATION, MONDAY))


def test_each_kind_of_fact_names_its_entities_with_their_part() -> None:
    assert fact_entities(ROLE) == (("person:smith", "person"), ("org:acme", "affiliation"))
    assert fact_entities(EVENT) == (("person:smith", "actor"), ("person:jones", "target"), ("gpe:paris", "place"))
    assert fact_entities(QUOTE) == (("person:smith", "speaker"),)
    assert fact_entities(MONDAY) == (("date:monday", "date"),)
    unlinked = QuoteFact("?", ((0, 1),), "quote.test", 0.5, None, None, _span("We agreed"), True)
    assert fact_entities(unlinked) == ()


def test_the_entity_screen_lists_a_date_fact_narrower_than_its_mention() -> None:
    # Evidence alone ("30 hours") does not cover the mention ("Over 30 hours"): the span's entity does.
    analysis = _analysis()
    assert facts_of_entity(analysis, "time:over-30-hours") == [DURATION]
    assert facts_of_entity(analysis, "person:smith") == [ROLE, EVENT, QUOTE]


def test_the_index_links_the_same_entities_and_keeps_date_facts_for_the_timeline_only() -> None:
    rows = fact_rows(_analysis())
    by_kind = {row.kind: row for row in rows}
    assert by_kind["role"].entities == fact_entities(ROLE)
    assert by_kind["event"].entities == fact_entities(EVENT)
    assert by_kind["quote"].entities == fact_entities(QUOTE)
    dates = [row for row in rows if row.kind == "date"]
    assert [(row.date, row.entities) for row in dates] == [("2025-03-10", (("date:monday", "date"),))]
