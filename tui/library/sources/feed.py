"""RSS and Atom feeds, from files or URLs, through feedparser (a URL to a web page reads its article).

An entry with full content becomes the article; one with only a summary
keeps the summary and says so in its meta (``summary_only``).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tui.extract.types import ArticleInput

from . import SourceError, SourceItem, is_url
from .html import html_to_text

#: Seconds before a feed URL that does not answer is given up.
FETCH_TIMEOUT = 20


def fetch(url: str) -> tuple[bytes, str]:
    """The body and content type at ``url``; SourceError with the reason when it cannot be had."""
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "newsloupe (feed reader)"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            return response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise SourceError(f"{url}: the server answered HTTP {exc.code}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", None) or exc
        raise SourceError(f"{url}: cannot fetch ({reason})") from None


def parse_feed(target: str, data: bytes | None = None) -> Any:
    """A feedparser result for a feed file, or for ``data`` already fetched from ``target``."""
    import feedparser

    if data is None:
        try:
            data = Path(target).read_bytes()
        except OSError as exc:
            raise SourceError(f"{target}: cannot read ({exc.strerror or exc})") from None
    parsed = feedparser.parse(data)
    if not parsed.entries and not parsed.feed:
        raise SourceError(f"{target}: not an RSS or Atom feed ({parsed.get('bozo_exception')})")
    return parsed


def _looks_like_html(data: bytes, content_type: str) -> bool:
    head = data[:2048].lstrip().lower()
    return "html" in content_type.lower() or head.startswith((b"<!doctype html", b"<html"))


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
    if is_url(target):
        data, content_type = fetch(target)
        if _looks_like_html(data, content_type):
            # A web page rather than a feed: its main text is the article.
            from tui.library.documents import decode_bytes

            from .html import article_from_html

            html, warnings = decode_bytes(data, name=target)
            yield SourceItem(article_from_html(html, url=target), target, tuple(warnings))
            return
        parsed = parse_feed(target, data)
    else:
        parsed = parse_feed(target)
    feed_title = parsed.feed.get("title") or target
    origin = target if is_url(target) else str(Path(target).resolve())
    for n, entry in enumerate(parsed.entries, 1):
        article = article_from_entry(entry, feed_title=feed_title)
        if article is not None:
            yield SourceItem(article, entry.get("id") or entry.get("link") or f"{origin}#{n}")
