"""Dask indexing into a shared PostgreSQL library gives the same library as the SQLite default: the
issue's two commands (``--workers 2`` and ``--scheduler`` on ``dask scheduler`` plus two workers)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from dask_helpers import start_newsloupe

pytestmark = pytest.mark.slow


def _library(db: str) -> list[dict[str, object]]:
    """The library as `export --all --format jsonl` prints it, without where each file was read from."""
    proc = start_newsloupe("export", "--db", db, "--all", "--format", "jsonl")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-1500:]
    rows = [json.loads(line) for line in out.splitlines()]
    return [{key: value for key, value in row.items() if key != "source"} for row in rows]


def _index(*args: str) -> None:
    proc: subprocess.Popen[str] = start_newsloupe("index", *args)
    _, err = proc.communicate(timeout=900)
    assert proc.returncode == 0, err[-1500:]
    assert "6 article(s) analysed, 0 already cached, 0 failed" in err, err[-800:]


def test_dask_on_postgresql_gives_the_sqlite_default_library(tmp_path: Path, pg_url: str, pg_server,
                                                             dask_cluster: str, wikinews_csv: Path) -> None:
    scheduled = pg_server.create_database(f"scheduled_{tmp_path.name[-20:].lower()}")
    _index("--db", str(tmp_path / "alone.db"), "--processes", "1", str(wikinews_csv))
    _index("--db", pg_url, "--workers", "2", str(wikinews_csv))
    _index("--db", scheduled, "--scheduler", dask_cluster, "--batch-size", "2", str(wikinews_csv))
    want = _library(str(tmp_path / "alone.db"))
    assert len(want) == 6 and all(row["entities"] for row in want)
    assert _library(pg_url) == want
    assert _library(scheduled) == want
