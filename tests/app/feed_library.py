"""Feed libraries for the reader's tests: Wikinews articles (../shared) as an RSS feed served on 127.0.0.1.

A feed of N entries cycles through the 295 real articles; past the first round each
entry gets its own closing line (so every entry is a distinct article in the library).
"""

from __future__ import annotations

import csv
import functools
import http.server
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import format_datetime
from datetime import datetime, timezone
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
        day = datetime.fromisoformat(row["date"]).replace(tzinfo=timezone.utc)
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
