"""Plain-text and Markdown articles with optional front matter (see tui.library.documents)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tui.library.documents import UnreadableArticle, read_article

from . import SourceError, SourceItem


def read(path: str) -> Iterator[SourceItem]:
    try:
        loaded = read_article(path)
    except UnreadableArticle as exc:
        raise SourceError(str(exc)) from None
    yield SourceItem(loaded.article, str(Path(path).resolve()), loaded.warnings)
