"""Refresh subscribed feeds: a few at a time, politely, adding only what is new.

Feeds are fetched by a small thread pool (``WORKERS`` at once, ``PER_HOST`` per host)
with conditional GET (the ETag and Last-Modified kept per feed, so an unchanged feed is
a 304 and costs nothing), a timeout and a size cap. The store is written by the calling
thread only, in whole transactions of a few hundred entries. Entries that carry only a
summary get their linked page (``tui.library.fulltext``) unless ``full_text`` is off.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import feeds as feedstore
from .fetch import MAX_BYTES, TIMEOUT, FetchError, Page, fetch
from .sources import SourceError, sniff
from .store import Store

if TYPE_CHECKING:
    from tui.extract.types import ArticleInput

    from .sources.feed import ParsedFeed

WORKERS = 4
PER_HOST = 2


@dataclass(frozen=True, slots=True)
class FeedOutcome:
    url: str
    #: "ok", "not modified" or "failed".
    status: str
    added: int = 0
    known: int = 0
    error: str | None = None
    #: The kind of failure: dns, refused, timeout, http, too-big, redirects, network, not-a-feed.
    kind: str | None = None
    new_ids: tuple[int, ...] = ()
    #: Warnings about the feed's bytes (an undeclared or suspicious encoding).
    warnings: tuple[str, ...] = ()

    @property
    def fetched(self) -> bool:
        return self.status != "failed"


@dataclass(slots=True)
class RefreshSummary:
    outcomes: list[FeedOutcome] = field(default_factory=list)
    interrupted: bool = False

    @property
    def failed(self) -> list[FeedOutcome]:
        return [o for o in self.outcomes if not o.fetched]

    @property
    def added(self) -> int:
        return sum(o.added for o in self.outcomes)

    @property
    def not_modified(self) -> int:
        return sum(o.status == "not modified" for o in self.outcomes)

    def line(self) -> str:
        done = len(self.outcomes) - len(self.failed)
        return (f"{'interrupted: ' if self.interrupted else ''}{len(self.outcomes)} feed(s): {done} fetched"
                f" ({self.not_modified} unchanged), {len(self.failed)} failed; {self.added} new article(s)")


class _HostLimits:
    """At most ``limit`` requests in flight to one host."""

    def __init__(self, limit: int) -> None:
        self._limit = limit
        self._lock = threading.Lock()
        self._hosts: dict[str, threading.Semaphore] = {}

    def __call__(self, url: str) -> threading.Semaphore:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:  # "http://[::1": fetch() says why in one line
            host = ""
        with self._lock:
            return self._hosts.setdefault(host, threading.Semaphore(self._limit))


def _fetch_feed(url: str, etag: str | None, last_modified: str | None, limits: _HostLimits,
                timeout: float, max_bytes: int) -> tuple[Page, ParsedFeed | None]:
    """(page, parsed feed) or (page, None) for a 304; raises FetchError or SourceError."""
    from .sources import feed

    with limits(url):
        page = fetch(url, etag=etag, last_modified=last_modified, timeout=timeout, max_bytes=max_bytes)
    if page.not_modified:
        return page, None
    if sniff(page.body, page.content_type) == "html":
        raise SourceError(f"{url}: not a feed (the server sent a web page)")
    return page, feed.parse(page.body, name=url, content_type=page.content_type)


def _with_pages(entries: list[feedstore.NewEntry], limits: _HostLimits, timeout: float,
                max_bytes: int, pool: ThreadPoolExecutor) -> list[feedstore.NewEntry]:
    from dataclasses import replace

    from .fulltext import needs_page, with_page_text

    def one(entry: feedstore.NewEntry) -> feedstore.NewEntry:
        if not needs_page(entry.article):
            return entry
        with limits(dict(entry.article.meta)["url"]):
            return replace(entry, article=with_page_text(entry.article, timeout=timeout, max_bytes=max_bytes))

    return list(pool.map(one, entries))


def refresh(
    store: Store,
    urls: list[str] | None = None,
    *,
    full_text: bool = True,
    workers: int = WORKERS,
    per_host: int = PER_HOST,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    on_feed: Callable[[FeedOutcome], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> RefreshSummary:
    """Fetch ``urls`` (default: every subscribed feed) and add their new entries."""
    from .sources import tag_language

    states = {f.url: f for f in feedstore.feed_list(store)}
    # A URL not yet subscribed becomes a subscription once it has been read as a feed.
    targets = list(dict.fromkeys(urls)) if urls else list(states)
    summary = RefreshSummary()
    if on_start is not None:
        on_start(len(targets))
    limits = _HostLimits(per_host)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool, \
            ThreadPoolExecutor(max_workers=max(1, workers)) as pages:
        futures = {}
        for url in targets:
            state = states.get(url)
            futures[pool.submit(_fetch_feed, url, state.etag if state else None,
                                state.last_modified if state else None, limits, timeout, max_bytes)] = url
        for future in as_completed(futures):
            url = futures[future]
            if cancelled is not None and cancelled():
                summary.interrupted = True
                for other in futures:
                    other.cancel()
                break
            outcome = _store_result(store, url, future, full_text, limits, timeout, max_bytes, pages, tag_language,
                                    url in states)
            summary.outcomes.append(outcome)
            if on_feed is not None:
                on_feed(outcome)
    return summary


def _store_result(store: Store, url: str, future: Future[tuple[Page, ParsedFeed | None]], full_text: bool,
                  limits: _HostLimits, timeout: float, max_bytes: int, pages: ThreadPoolExecutor,
                  tag_language: Callable[[ArticleInput], ArticleInput], subscribed: bool) -> FeedOutcome:
    try:
        page, parsed = future.result()
    except (FetchError, SourceError) as exc:
        kind = exc.kind if isinstance(exc, FetchError) else "not-a-feed"
        if subscribed:
            feedstore.record_fetch(store, url, status="failed", error=str(exc))
        return FeedOutcome(url, "failed", error=str(exc), kind=kind)
    if parsed is None:
        feedstore.record_fetch(store, url, status="not modified", etag=page.etag, last_modified=page.last_modified)
        return FeedOutcome(url, "not modified")
    entries = [feedstore.NewEntry(e.guid, dict(e.article.meta).get("url"), e.article) for e in parsed.entries]
    new = feedstore.unseen(store, url, entries)
    if full_text:
        new = _with_pages(new, limits, timeout, max_bytes, pages)
    from dataclasses import replace

    from .sources import SourceItem, with_languages

    tagged = with_languages(SourceItem(e.article, e.guid) for e in new)
    new = [replace(e, article=item.article or e.article) for e, item in zip(new, tagged, strict=True)]
    ids: list[int] = []
    added, known = feedstore.add_entries(store, url, new, on_batch=ids.extend)
    feedstore.record_fetch(store, url, status="ok", etag=page.etag, last_modified=page.last_modified,
                           title=parsed.title if parsed.title != url else None)
    return FeedOutcome(url, "ok", added, known, new_ids=tuple(ids), warnings=parsed.warnings)
