"""kill -9 at random moments during add, migration and index (20 rounds in all), and processes racing on add.

After every round the library passes ``integrity_check``, still holds everything it held
before (reading state included), and no ``.corrupt`` file appeared.
"""

from __future__ import annotations

import os
import random
import signal
import time

import pytest
from safety_kit import SEEDS, assert_library_kept, counts, integrity, make_library, old_library, schema_version, spawn

from tui.library.schema import SCHEMA_VERSION

pytestmark = pytest.mark.slow


def _kill_after(proc, delay: float) -> None:  # type: ignore[no-untyped-def]
    time.sleep(delay)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: workers too, as a crash would
    except ProcessLookupError:
        pass
    proc.communicate(timeout=60)


def _articles(folder, n: int):  # type: ignore[no-untyped-def]
    folder.mkdir(exist_ok=True)
    for i in range(n):
        (folder / f"story{i:03}.txt").write_text(
            f"Story {i}.\n\n" + SEEDS[i % len(SEEDS)].read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_kill_9_during_add(tmp_path):
    rng = random.Random(8)
    db = make_library(tmp_path / "library.db", articles=4)
    before = counts(db)
    folder = _articles(tmp_path / "incoming", 60)
    for _round in range(8):
        _kill_after(spawn(tmp_path / "home", "add", folder, "--db", db), rng.uniform(0.3, 2.0))
        assert integrity(db) == "ok"
        after = counts(db)
        assert after["state"][: len(before["state"])] == before["state"] and after["prefs"] == before["prefs"]
        assert after["articles"] == after["bodies"]  # never an article without its text
        assert_library_kept(db, None)


def test_kill_9_during_migration(tmp_path):
    rng = random.Random(9)
    for n in range(8):
        db = old_library(tmp_path / f"library{n}.db", version=SCHEMA_VERSION - 1, articles=400)
        before = counts(db)
        _kill_after(spawn(tmp_path / "home", "timeline", "--db", db), rng.uniform(0.2, 1.2))
        assert integrity(db) == "ok"
        assert schema_version(db) in (SCHEMA_VERSION - 1, SCHEMA_VERSION)
        assert counts(db) == before
        assert_library_kept(db, before)


def test_kill_9_during_index(tmp_path):
    rng = random.Random(10)
    db = make_library(tmp_path / "library.db", articles=24)
    before = counts(db)
    done = 0
    for _round in range(4):
        _kill_after(spawn(tmp_path / "home", "index", "--db", db, "--processes", "2", "--batch-size", "2"),
                    rng.uniform(3.0, 8.0))
        assert integrity(db) == "ok"
        after = counts(db)
        assert after["analyses"] >= done and after["state"] == before["state"]
        done = after["analyses"]
        assert_library_kept(db, None)


def test_processes_racing_to_add_keep_every_article(tmp_path):
    db = make_library(tmp_path / "library.db", articles=2)
    before = counts(db)
    folders = [_articles(tmp_path / f"in{n}", 10) for n in range(6)]  # the same ten stories, six times
    runs = [spawn(tmp_path / f"home{n}", "add", folders[n], "--db", db) for n in range(6)]
    for proc in runs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    after = counts(db)
    assert after["articles"] == before["articles"] + 10  # each story once, whoever stored it
    assert after["state"][:2] == before["state"]
    assert_library_kept(db, None)
