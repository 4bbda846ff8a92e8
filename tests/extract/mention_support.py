"""Raw mentions for rule tests, written as the spans a model might have tagged."""

from __future__ import annotations

from tui.extract.context import RawMention


def raw_mentions(text: str, *pairs: tuple[str, str]) -> list[RawMention]:
    """A mention for each (written span, label), each found after the one before it, in text order."""
    out, pos = [], 0
    for span, label in pairs:
        start = text.index(span, pos)
        out.append(RawMention(start, start + len(span), label))
        pos = start + 1
    return out
