"""Article sources: one module per kind of input, chosen by file suffix (or URL scheme).

Every reader yields ``SourceItem``s: an ``ArticleInput`` and a location that
names it again next time (a path, ``path#row``, an entry's link), so a
changed item replaces its old text instead of piling up beside it.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tui.extract.types import ArticleInput


class SourceError(Exception):
    """A source that cannot be read (missing, malformed, unknown kind); one-line message."""


@dataclass(frozen=True, slots=True)
class SourceItem:
    #: None for a part of the source that could not be read (its reason is in ``warnings``).
    article: ArticleInput | None
    location: str
    warnings: tuple[str, ...] = ()


#: Suffix -> module in this package with ``read(path) -> Iterator[SourceItem]``.
REGISTRY: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "jsonfile",
    ".jsonl": "jsonfile",
    ".csv": "csvfile",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".opml": "opml",
}
SUFFIXES = tuple(REGISTRY)


def is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def reader_for(target: str) -> str:
    """The module name that reads ``target``; SourceError for an unknown kind."""
    if is_url(target):
        return "feed"
    suffix = Path(target).suffix.lower()
    if suffix not in REGISTRY:
        known = " ".join(sorted(REGISTRY))
        raise SourceError(f"{target}: unknown kind of source (known: {known}, or an http(s) feed URL)")
    return REGISTRY[suffix]


def read_source(target: str | Path) -> Iterator[SourceItem]:
    """Every article in one file or URL."""
    name = reader_for(str(target))
    module = importlib.import_module(f"{__name__}.{name}")
    yield from module.read(str(target))


def iter_targets(targets: list[str]) -> Iterator[str]:
    """URLs as given; files named directly; files of known kinds under folders (sorted)."""
    from tui.library.documents import iter_article_paths

    for target in targets:
        if is_url(target):
            yield target
        else:
            for path in iter_article_paths([target], suffixes=SUFFIXES):
                yield str(path)
