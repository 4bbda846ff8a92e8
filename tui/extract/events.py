"""events facts (placeholder until its rules land)."""

from __future__ import annotations

from .context import DocContext


def extract_events(ctx: DocContext) -> list:
    return []
