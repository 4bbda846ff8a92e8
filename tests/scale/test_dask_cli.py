"""The real ``newsloupe index`` on Dask: an existing cluster (``dask scheduler`` and two ``dask worker``
processes from the venv), Ctrl-C, and a worker killed with kill -9 in the middle of a batch."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import psutil
import pytest
from dask_helpers import analysed, assert_same_tables, start_newsloupe


def _wait_for(db: Path, count: int, proc: subprocess.Popen, seconds: float = 180) -> None:
    deadline = time.monotonic() + seconds
    while analysed(db) < count:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"index ended or stalled before {count} articles: {proc.communicate()[1][-800:]}")
        time.sleep(0.05)


@pytest.mark.slow
def test_index_on_an_existing_cluster_gives_the_default_library(tmp_path, dask_cluster, wikinews_csv):
    # The user's folder, and a relative --db: the workers run elsewhere and still open this library.
    (tmp_path / "desk").mkdir()
    cluster = start_newsloupe("index", "--db", "shared.db", "--scheduler", dask_cluster, "--batch-size", "2", "--relink",
                              str(wikinews_csv), cwd=tmp_path / "desk")
    alone = start_newsloupe("index", "--db", str(tmp_path / "alone.db"), "--processes", "1", "--relink", str(wikinews_csv))
    for proc in (cluster, alone):
        out, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err[-1500:]
        assert "6 article(s) analysed, 0 already cached, 0 failed" in err and "relinked" in err
    want = assert_same_tables(tmp_path / "desk" / "shared.db", tmp_path / "alone.db")
    assert len(want["analyses"]) == 6


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_and_keeps_finished_work(tmp_path, short_articles):
    db = tmp_path / "lib.db"
    proc = start_newsloupe("index", "--db", str(db), "--workers", "2", "--batch-size", "2", str(short_articles))
    _wait_for(db, 4, proc)
    at_interrupt = analysed(db)
    os.killpg(proc.pid, signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-1500:]
    assert "Traceback" not in err and "Error" not in err, err[-1500:]
    assert "interrupted: " in err.splitlines()[-1]
    assert at_interrupt <= analysed(db) < 40
    # The cluster went with it: no worker process is left in the command's group.
    left = [p for p in psutil.process_iter(["pid", "status"]) if _group(p.pid) == proc.pid]
    assert not [p for p in left if p.info["status"] != psutil.STATUS_ZOMBIE]  # a zombie has ended
    resumed = start_newsloupe("index", "--db", str(db), "--processes", "1")
    out, err = resumed.communicate(timeout=600)
    assert resumed.returncode == 0, err[-1500:]
    assert analysed(db) == 40 and "already cached, 0 failed" in err


def _workers(pid: int) -> list[psutil.Process]:
    """The Dask worker processes a command started (spawned Python processes)."""
    found = []
    for child in psutil.Process(pid).children():
        try:
            if "spawn_main" in " ".join(child.cmdline()):
                found.append(child)
        except psutil.Error:
            pass  # one that ended meanwhile
    return found


def _group(pid: int) -> int | None:
    try:
        return os.getpgid(pid)
    except ProcessLookupError:
        return None


@pytest.mark.slow
def test_a_killed_worker_loses_only_its_batch(tmp_path, short_articles):
    db = tmp_path / "lib.db"
    proc = start_newsloupe("index", "--db", str(db), "--workers", "2", "--batch-size", "4", str(short_articles))
    _wait_for(db, 2, proc)
    workers = _workers(proc.pid)
    assert len(workers) == 2
    before = analysed(db)
    workers[0].kill()  # kill -9, in the middle of a batch of 4 most likely
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-1500:]
    assert "40 article(s) analysed, 0 already cached, 0 failed" in err.splitlines()[-1]
    assert before <= analysed(db) == 40
    import sqlite3

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # Nothing written twice: one context row and one set of entity rows per article.
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM article_context").fetchone() == (40, 40)
    assert con.execute("SELECT count(*) FROM (SELECT 1 FROM entity_index GROUP BY article_id, entity"
                       " HAVING count(*) > 1)").fetchone() == (0,)
    con.close()


@pytest.mark.slow
def test_ctrl_c_while_the_cluster_starts_stops_it_cleanly(tmp_path, short_articles):
    db = tmp_path / "lib.db"
    proc = start_newsloupe("index", "--db", str(db), "--workers", "2", str(short_articles))
    deadline = time.monotonic() + 120
    while len(_workers(proc.pid)) < 2:
        assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()[1][-800:]
        time.sleep(0.05)
    time.sleep(0.5)
    assert analysed(db) == 0
    os.killpg(proc.pid, signal.SIGINT)  # the worker processes are starting, loading the pipeline
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 130, err[-1500:]
    assert "Traceback" not in err and "interrupted" in err, err[-1500:]
    left = [p for p in psutil.process_iter(["pid", "status"]) if _group(p.pid) == proc.pid]
    assert not [p for p in left if p.info["status"] != psutil.STATUS_ZOMBIE]
