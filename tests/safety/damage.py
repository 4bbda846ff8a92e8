"""Damaging a library the way a bad disk does: pages in the middle overwritten, the header intact."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def damage_pages(path: Path) -> None:
    """Overwrite the root page of every table and index but schema_version (sqlite_master stays readable)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = db.execute("PRAGMA page_size").fetchone()[0]
    roots = [r[0] for r in db.execute("SELECT rootpage FROM sqlite_master WHERE rootpage > 0 AND name != 'schema_version'")]
    db.close()
    with open(path, "r+b") as fh:
        for root in roots:
            fh.seek((root - 1) * page_size)
            fh.write(b"\xa5" * page_size)
