"""quotes facts (placeholder until its rules land)."""

from __future__ import annotations

from .context import DocContext


def extract_quotes(ctx: DocContext) -> list:
    return []
