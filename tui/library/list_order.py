"""The article list's one order: newest first, undated last (as the library lists its articles).

No Textual. Dates are compared as the library stores them (ISO 8601 text), so a list read
from files and one read from the library come out in the same order.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from tui.library.entries import ArticleEntry


def newest_first_order(entries: Sequence[ArticleEntry]) -> list[int]:
    """The indexes of ``entries`` in the list's order: dated newest first, then undated as given (stable)."""
    dated = sorted((i for i, e in enumerate(entries) if e.published), key=lambda i: entries[i].published or "",
                   reverse=True)
    return dated + [i for i, e in enumerate(entries) if not e.published]


def newest_first(entries: Iterable[ArticleEntry]) -> list[ArticleEntry]:
    """Dated entries newest first, then undated ones in the order given (a stable sort)."""
    listed = list(entries)
    return [listed[i] for i in newest_first_order(listed)]
