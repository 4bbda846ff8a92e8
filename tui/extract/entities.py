"""Linking mentions into canonical entities: aliases, surnames, counts and salience."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def entity_id(label: str, name: str) -> str:
    slug = re.sub(r"[^\w]+", "-", name.lower()).strip("-") or "x"
    return f"{label.lower()}:{slug}"


def link_mentions(
    doc: "Doc", raw: list[RawMention], *, duplicates: tuple[tuple[int, int], ...] = ()
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    text = doc.text
    mentions = []
    counts: dict[str, int] = {}
    names: dict[str, tuple[str, str]] = {}
    for r in raw:
        name = text[r.start : r.end]
        eid = entity_id(r.label, name)
        dup = any(a <= r.start < b for a, b in duplicates)
        mentions.append(Mention(r.start, r.end, name, r.label, eid, dup))
        names.setdefault(eid, (name, r.label))
        if not dup:
            counts[eid] = counts.get(eid, 0) + 1
    ents = tuple(Entity(eid, n, lab, (), counts.get(eid, 0)) for eid, (n, lab) in names.items())
    return ents, tuple(mentions)
