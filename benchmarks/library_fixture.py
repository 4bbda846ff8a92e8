"""A library of N Wikinews articles (../shared, else the seeds) for the reader's benchmarks, built once per size.

Articles past the first round of the corpus get a closing line of their own, so each is a distinct
library article. Kept in benchmarks/.cache/ (not committed) and reused while its size matches.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import articles  # noqa: E402


def library_path(count: int) -> Path:
    """The path of a library holding ``count`` articles, built on first use (through the store API)."""
    from tui.library.store import Store, content_hash

    folder = HERE / ".cache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reader-library-{count}.db"
    if path.exists():
        with Store.open(path) as store:
            if store.query("SELECT count(*) FROM articles")[0][0] == count:
                return path
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    rows = articles()
    with Store.open(path) as store:
        # The same rows add_article writes, a thousand to a transaction (100,000 single commits
        # would take minutes); the library's triggers index each one for search as it goes.
        for start in range(0, count, 1000):
            with store._write() as db:
                for n in range(start, min(count, start + 1000)):
                    row = rows[n % len(rows)]
                    text = row["text"] if n < len(rows) else f"{row['text']}\n\n(Wire copy {n // len(rows)}, entry {n}.)"
                    title = row["title"] if n < len(rows) else f"{row['title']} ({n // len(rows)})"
                    cur = db.execute(
                        "INSERT INTO articles(content_hash, title, source, published, word_count, location, added_at)"
                        " VALUES (?, ?, 'Wikinews', ?, ?, ?, '2026-01-01')",
                        (content_hash(text), title, row.get("date") or None, len(text.split()),
                         f"{row.get('url', '')}?n={n}"))
                    db.execute("INSERT INTO bodies(article_id, body) VALUES (?, ?)", (cur.lastrowid, text))
    return path
