"""Subscribed feeds in the library: the list, each feed's validators and last outcome, entries taken.

Entries are written in transactions of ``BATCH`` articles, each whole: a refresh killed
half-way keeps every finished batch, and the next run skips what it already took
(by GUID within the feed, by link across feeds, by text through the store's content hash).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from tui.extract.types import ArticleInput

from .store import Store, insert_article

#: Articles per transaction when adding feed entries.
BATCH = 300


@dataclass(frozen=True, slots=True)
class FeedRow:
    url: str
    title: str
    last_fetch: str | None
    status: str | None
    error: str | None
    articles: int
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class NewEntry:
    guid: str
    link: str | None
    article: ArticleInput


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def subscribe(store: Store, url: str, title: str = "") -> None:
    with store._write() as db:
        db.execute("INSERT OR IGNORE INTO feeds(url, title, added_at) VALUES (?, ?, ?)", (url, title or "", _now()))
        if title:
            db.execute("UPDATE feeds SET title = ? WHERE url = ? AND title = ''", (title, url))


def unsubscribe(store: Store, url: str) -> bool:
    """Forget a feed (its articles stay in the library); False when it was not subscribed."""
    with store._write() as db:
        db.execute("DELETE FROM feed_entries WHERE feed_url = ?", (url,))
        return bool(db.execute("DELETE FROM feeds WHERE url = ?", (url,)).rowcount > 0)


def feed_list(store: Store) -> list[FeedRow]:
    rows = store.query(
        "SELECT url, title, last_fetch, status, error,"
        " (SELECT count(DISTINCT article_id) FROM feed_entries e WHERE e.feed_url = feeds.url"
        "  AND article_id IS NOT NULL), etag, last_modified"
        " FROM feeds ORDER BY rowid"
    )
    return [FeedRow(*r) for r in rows]


def feed(store: Store, url: str) -> FeedRow | None:
    return next((f for f in feed_list(store) if f.url == url), None)


def record_fetch(store: Store, url: str, *, status: str, error: str | None = None, etag: str | None = None,
                 last_modified: str | None = None, title: str | None = None) -> None:
    """The outcome of one fetch; validators are kept only from a successful one."""
    with store._write() as db:
        db.execute("INSERT OR IGNORE INTO feeds(url, title, added_at) VALUES (?, '', ?)", (url, _now()))
        if status in ("ok", "not modified"):
            db.execute("UPDATE feeds SET etag = ?, last_modified = ? WHERE url = ?", (etag, last_modified, url))
        if title:  # a title the user gave (an OPML outline) is kept
            db.execute("UPDATE feeds SET title = ? WHERE url = ? AND title = ''", (title, url))
        db.execute("UPDATE feeds SET last_fetch = ?, status = ?, error = ? WHERE url = ?",
                   (_now(), status, error, url))


def unseen(store: Store, feed_url: str, entries: Iterable[NewEntry]) -> list[NewEntry]:
    """The entries not taken before: by GUID in this feed, by link in any feed (or as an article's location)."""
    out: list[NewEntry] = []
    seen_guids = {r[0] for r in store.query("SELECT guid FROM feed_entries WHERE feed_url = ?", (feed_url,))}
    batch_links: set[str] = set()
    for entry in entries:
        if entry.guid in seen_guids:
            continue
        if entry.link:
            if entry.link in batch_links or store.query(
                "SELECT 1 FROM feed_entries WHERE link = ? UNION ALL SELECT 1 FROM articles WHERE location = ? LIMIT 1",
                (entry.link, entry.link),
            ):
                continue
            batch_links.add(entry.link)
        seen_guids.add(entry.guid)
        out.append(entry)
    return out


def add_entries(store: Store, feed_url: str, entries: list[NewEntry], *, batch: int = BATCH,
                on_batch: Callable[[list[int]], object] | None = None) -> tuple[int, int]:
    """Write entries in whole transactions of ``batch``; (new articles, already in the library by text)."""
    added = known = 0
    for start in range(0, len(entries), batch):
        chunk = entries[start:start + batch]
        new_ids: list[int] = []
        with store._write() as db:
            db.execute("INSERT OR IGNORE INTO feeds(url, title, added_at) VALUES (?, '', ?)", (feed_url, _now()))
            for entry in chunk:
                article_id, new = insert_article(db, entry.article, entry.link or entry.guid)
                db.execute("INSERT OR IGNORE INTO feed_entries(feed_url, guid, link, article_id) VALUES (?, ?, ?, ?)",
                           (feed_url, entry.guid, entry.link, article_id))
                if new:
                    added += 1
                    new_ids.append(article_id)
                else:
                    known += 1
        if on_batch is not None:
            on_batch(new_ids)
    return added, known
