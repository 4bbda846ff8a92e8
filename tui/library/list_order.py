"""The article list's one order: newest first, undated last (as the library lists its articles).

No Textual. Dates are compared as the library stores them (ISO 8601 text), so a list read
from files and one read from the library come out in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable

from tui.library.entries import ArticleEntry


def newest_first(entries: Iterable[ArticleEntry]) -> list[ArticleEntry]:
    """Dated entries newest first, then undated ones in the order given (a stable sort)."""
    listed = list(entries)
    dated = sorted((e for e in listed if e.published), key=lambda e: e.published or "", reverse=True)
    return dated + [e for e in listed if not e.published]
