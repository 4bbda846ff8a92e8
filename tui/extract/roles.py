"""roles facts (placeholder until its rules land)."""

from __future__ import annotations

from .context import DocContext


def extract_roles(ctx: DocContext) -> list:
    return []
