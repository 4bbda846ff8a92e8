"""RSS and Atom feeds, from files or URLs, through feedparser.

An entry with full content becomes the article; one with only a summary
keeps the summary and says so in its meta (``summary_only``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tui.extract.pipeline import ArticleInput

from . import SourceError, SourceItem, is_url
from .html import html_to_text

#: Seconds before a feed URL that does not answer is given up.
FETCH_TIMEOUT = 20


def parse_feed(target: str) -> Any:
    import feedparser

    if is_url(target):
        import socket

        previous = socket.getdefaulttimeout()
        socket.setdefaulttimeout(FETCH_TIMEOUT)  # feedparser takes no timeout of its own
        try:
            parsed = feedparser.parse(target)
        finally:
            socket.setdefaulttimeout(previous)
        status = parsed.get("status")
        if status is not None and status >= 400:
            raise SourceError(f"{target}: the server answered HTTP {status}")
        if parsed.bozo and not parsed.entries and not parsed.feed:
            raise SourceError(f"{target}: cannot fetch or parse the feed ({parsed.get('bozo_exception')})")
        return parsed
    try:
        data = Path(target).read_bytes()
    except OSError as exc:
        raise SourceError(f"{target}: cannot read ({exc.strerror or exc})") from None
    parsed = feedparser.parse(data)
    if not parsed.entries and not parsed.feed:
        raise SourceError(f"{target}: not an RSS or Atom feed ({parsed.get('bozo_exception')})")
    return parsed


def _iso_date(entry: Any) -> str | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", stamp) if stamp else None


def article_from_entry(entry: Any, *, feed_title: str | None) -> ArticleInput | None:
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    summary_only = not contents
    raw = contents[0] if contents else entry.get("summary", "")
    if not raw.strip():
        return None
    meta = {"url": entry.get("link"), "author": entry.get("author")}
    if summary_only:
        meta["summary_only"] = "true"
    return ArticleInput(
        text=html_to_text(raw),
        title=(entry.get("title") or "").strip() or None,
        published=_iso_date(entry),
        source=feed_title,
        meta=tuple(sorted((k, str(v)) for k, v in meta.items() if v)),
    )


def read(target: str) -> Iterator[SourceItem]:
    parsed = parse_feed(target)
    feed_title = parsed.feed.get("title") or target
    origin = target if is_url(target) else str(Path(target).resolve())
    for n, entry in enumerate(parsed.entries, 1):
        article = article_from_entry(entry, feed_title=feed_title)
        if article is not None:
            yield SourceItem(article, entry.get("id") or entry.get("link") or f"{origin}#{n}")
