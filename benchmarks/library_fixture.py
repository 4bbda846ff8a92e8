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
    from tui.library.store import Store

    folder = HERE / ".cache"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"reader-library-{count}.db"
    if path.exists():
        with Store.open(path) as store:
            if store.query("SELECT count(*) FROM articles")[0][0] == count:
                return path
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    from tests.app.feed_library import bulk_feed_library

    return bulk_feed_library(articles(), path, count, feed="Wikinews")
