"""Helpers of the Dask tests, imported by name (``from dask_helpers import dump``): table dumps to
compare two libraries, the analysed count, and the ``newsloupe`` and ``dask`` processes a test starts and ends.

Kept out of conftest.py: a test module that imports from ``conftest`` gets whichever conftest
pytest loaded last when several folders run in one session.
"""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"

#: The tables an index writes: two libraries that agree on these hold the same analyses and identities.
TABLES = {
    "analyses": "SELECT content_hash, model_name, model_version, extractor_version, data FROM analyses",
    "articles": "SELECT id, title, entity_count FROM articles",
    "entity_index": "SELECT * FROM entity_index",
    "entity_acronyms": "SELECT * FROM entity_acronyms",
    "article_context": "SELECT * FROM article_context",
    "fact_index": "SELECT article_id, kind, summary, date, start, end, data FROM fact_index",
    "fact_entities": "SELECT f.article_id, f.start, e.entity, e.part FROM fact_entities e"
                     " JOIN fact_index f ON f.id = e.fact_id",
    "entity_stats": "SELECT * FROM entity_stats",
    "boilerplate": "SELECT * FROM boilerplate",
}


def dump(db: Path) -> dict[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in TABLES.items()}
    finally:
        con.close()



def assert_same_tables(got_db: Path, want_db: Path) -> dict[str, list[tuple[object, ...]]]:
    """Both libraries hold the same rows in every table of ``TABLES``; returns the second one's dump."""
    got, want = dump(got_db), dump(want_db)
    for table in want:
        assert got[table] == want[table], f"table {table} differs"
    return want


def analysed(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM analyses").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


BIN = Path(sys.executable).parent


def start_newsloupe(*args: str, cwd: Path = ROOT, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    """``python -m tui ARGS...`` started in a session of its own: Ctrl-C goes to the whole group, as a terminal sends it."""
    return subprocess.Popen([sys.executable, "-m", "tui", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kw)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def stop_processes(procs: list[subprocess.Popen]) -> None:
    """End the processes this test started, and their children, by pid."""
    family = []
    for proc in procs:
        try:
            family += [proc.pid, *(c.pid for c in psutil.Process(proc.pid).children(recursive=True))]
        except psutil.NoSuchProcess:
            pass
    for pid in family:
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    for proc in procs:
        proc.wait(timeout=30)
