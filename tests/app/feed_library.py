"""Feed libraries for the reader's tests: Wikinews articles (../shared) as an RSS feed served on 127.0.0.1.

A feed of N entries cycles through the 295 real articles; past the first round each
entry gets its own closing line (so every entry is a distinct article in the library).
"""

from __future__ import annotations

import csv
import functools
import http.server
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape


def wikinews_rows(shared: Path) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with open(shared / "data" / "wikinews" / "data" / name, encoding="utf-8", newline="") as handle:
            rows.extend(csv.DictReader(handle))
    return rows


def wikinews_rss(shared: Path, count: int) -> str:
    rows = wikinews_rows(shared)
    items = []
    for n in range(count):
        row = rows[n % len(rows)]
        paragraphs = [p.strip() for p in row["text"].split("\n\n") if p.strip()]
        if n >= len(rows):
            paragraphs.append(f"(Wire copy {n // len(rows)} of this report, entry {n}.)")
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        day = datetime.fromisoformat(row["date"]).replace(tzinfo=UTC)
        title = row["title"] if n < len(rows) else f"{row['title']} ({n // len(rows)})"
        items.append(
            f"<item><title>{escape(title)}</title><link>{escape(row['url'])}?n={n}</link>"
            f"<guid>{escape(row['url'])}?n={n}</guid><pubDate>{format_datetime(day)}</pubDate>"
            f"<content:encoded><![CDATA[{body}]]></content:encoded></item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        "<title>Wikinews (test feed)</title><link>http://127.0.0.1/</link><description>Wikinews articles</description>"
        + "".join(items) + "</channel></rss>\n"
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@contextmanager
def serve_folder(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) for the test's own duration; yields the base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def add_feed_library(shared: Path, folder: Path, count: int, db: Path) -> str:
    """``newsloupe add URL`` (its code path) of a ``count``-entry feed from a local server into ``db``."""
    from tui.cli.add_cmd import add_targets
    from tui.library.store import Store

    feed = folder / "wire.rss"
    feed.write_text(wikinews_rss(shared, count), encoding="utf-8")
    with serve_folder(folder) as base, Store.open(db) as store:
        url = f"{base}/wire.rss"
        added, known, failed = add_targets(store, [url])
    assert (added, failed) == (count, 0), (added, known, failed)
    return url


def bulk_feed_library(rows: list[dict[str, str]], db: Path, count: int, *, feed: str = "Wikinews (test feed)") -> Path:
    """A ``count``-entry feed library written straight through the store, a thousand entries to a transaction.

    The rows ``add`` would write for the same feed entries (title, date, the entry's link as
    location, the feed's title as source, the body as text); the library's own triggers index
    each one for search. ``add URL`` of 10,000 full-text entries takes minutes on a loaded
    machine (feed parsing and HTML to text), which the reader's tests need not pay each run.
    """
    from tui.library.store import Store, content_hash

    with Store.open(db) as store:
        for start in range(0, count, 1000):
            with store._write() as conn:
                for n in range(start, min(count, start + 1000)):
                    row = rows[n % len(rows)]
                    round_ = n // len(rows)
                    text = row["text"].strip() if not round_ else f"{row['text'].strip()}\n\n(Wire copy {round_} of this report, entry {n}.)"
                    title = row["title"] if not round_ else f"{row['title']} ({round_})"
                    cur = conn.execute(
                        "INSERT INTO articles(content_hash, title, source, published, meta, word_count, location,"
                        " added_at) VALUES (?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00+00:00')",
                        (content_hash(text), title, feed, row.get("date") or None,
                         json.dumps({"url": f"{row.get('url', '')}?n={n}"}), len(text.split()),
                         f"{row.get('url', '')}?n={n}"))
                    conn.execute("INSERT INTO bodies(article_id, body) VALUES (?, ?)", (cur.lastrowid, text))
    return db
