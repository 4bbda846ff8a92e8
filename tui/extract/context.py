"""What every fact rule sees: the parsed doc plus the linked mentions and entities."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from .doc_text import doc_text
from .types import Entity, Mention, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token


@dataclass(frozen=True, slots=True)
class RawMention:
    """An entity span before linking: what repairs produce and entities consume."""

    start: int
    end: int
    label: str


class DocContext:
    """Read-only view over one parsed article for the fact rules."""

    def __init__(
        self,
        doc: "Doc",
        mentions: tuple[Mention, ...],
        entities: tuple[Entity, ...],
        *,
        published: date | None = None,
        duplicates: tuple[tuple[int, int], ...] = (),
    ) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.mentions = mentions
        self.entities = entities
        self.published = published
        self.duplicates = duplicates
        self._starts = [m.start for m in mentions]
        #: Where each mention starts, in order (for bisection).
        self.mention_starts: list[int] = self._starts
        #: Answers of pure per-article rules asked twice (events and coreference ask alike).
        self.memo: dict[tuple[object, ...], object] = {}
        self._by_id = {e.id: e for e in entities}

    # -- entities -------------------------------------------------------
    def entity(self, entity_id: str | None) -> Entity | None:
        return self._by_id.get(entity_id) if entity_id else None

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying wholly inside [start, end)."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            if self.mentions[i].end <= end:
                out.append(self.mentions[i])
            i += 1
        return out

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping [start, end), preferring the longest."""
        i = bisect.bisect_right(self._starts, end)
        best: Mention | None = None
        for m in self.mentions[max(0, i - 8) : i]:
            if m.start < end and m.end > start and (best is None or m.end - m.start > best.end - best.start):
                best = m
        return best

    def entity_for_name(self, name: str, *, label: str | None = None) -> Entity | None:
        """Resolve a written name (full name, alias or surname) to an entity."""
        key = name.strip().lower()
        if not key:
            return None
        for ent in self.entities:
            if label and ent.label != label:
                continue
            if ent.name.lower() == key or key in (a.lower() for a in ent.aliases):
                return ent
        for ent in self.entities:
            if (label is None or ent.label == label) and ent.label == "PERSON":
                if ent.name.lower().split()[-1:] == [key.split()[-1]]:
                    return ent
        return None

    # -- spans ----------------------------------------------------------
    def span(self, start: int, end: int, *, entity: str | None = None) -> Span:
        """A Span of the text, linked to the entity of the longest mention inside it."""
        if entity is None:
            inside = self.mentions_in(start, end)
            if inside:
                entity = max(inside, key=lambda m: m.end - m.start).entity
            else:
                hit = self.mention_at(start, end)
                entity = hit.entity if hit else None
        return Span(start, end, self.text[start:end], entity)

    def span_of(self, item: "SpacySpan | Token", *, entity: str | None = None) -> Span:
        if hasattr(item, "idx") and not hasattr(item, "start_char"):
            start = item.idx  # a Token
            end = start + len(item.text)
        else:
            span = cast("SpacySpan", item)
            start, end = span.start_char, span.end_char
        return self.span(start, end, entity=entity)

    def in_duplicate(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.duplicates)
