"""An article's key entities: its named entities by salience. Dates, times and numbers are not among them:
dates are facts of their own (with their values), numbers are a layer of the text.

One ranking for the reader's sidebar, ``newsloupe extract``'s report and the Markdown dossier.
"""

from __future__ import annotations

from .entities import NAMED_LABELS
from .types import Analysis, Entity


def key_entities(analysis: Analysis, *, limit: int) -> tuple[Entity, ...]:
    """The ``limit`` named entities most salient first (then most mentioned, then by name)."""
    named = [e for e in analysis.entities if e.label in NAMED_LABELS]
    return tuple(sorted(named, key=lambda e: (-e.salience, -e.mention_count, e.name))[:limit])
