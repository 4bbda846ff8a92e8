"""The index under stress: kill -9 of the parent takes its workers along, two runs never repeat work,
a too-long stored article fails alone with the reason."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest
from safety_kit import assert_library_kept, counts, integrity, make_library, newsloupe, spawn

from tui.cli import exitcodes

pytestmark = pytest.mark.slow


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found |= {int(c) for c in (task / "children").read_text().split()}
        except OSError:
            pass
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(predicate, timeout: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return predicate()


def test_kill_9_of_index_takes_its_workers_along(tmp_path):
    db = make_library(tmp_path / "library.db", articles=40)
    proc = spawn(tmp_path / "home", "index", "--db", db, "--processes", "2", "--batch-size", "1")
    workers: set[int] = set()
    try:
        assert _wait_for(lambda: len(_children(proc.pid)) >= 2, 120), "the workers never started"
        workers = _children(proc.pid)
        time.sleep(0.5)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        assert _wait_for(lambda: not any(_alive(w) for w in workers), 15), "workers outlived their parent"
    finally:
        for w in workers | _children(proc.pid):
            try:
                os.kill(w, signal.SIGKILL)
            except OSError:
                pass
    assert integrity(db) == "ok"
    # The next run finishes the job and keeps what the killed one stored.
    run = newsloupe(tmp_path / "home", "index", "--db", db, "--processes", "1")
    assert run.code == 0, str(run)
    assert counts(db)["analyses"] == 40


def test_index_runs_racing_never_analyse_an_article_twice(tmp_path):
    db = make_library(tmp_path / "library.db", articles=12)
    before = counts(db)
    runs = [spawn(tmp_path / f"home{n}", "index", "--db", db, "--processes", "1") for n in range(4)]
    outputs = [p.communicate(timeout=600) for p in runs]
    assert all(p.returncode == 0 for p in runs), [o[1].decode() for o in outputs]
    analysed = [int(next(line for line in err.decode().splitlines() if "article(s) analysed" in line).split()[0])
                for _out, err in outputs]
    assert sorted(analysed) == [0, 0, 0, 12], outputs  # the others waited, then found nothing left
    assert any("waiting" in err.decode() for _out, err in outputs)
    after = counts(db)
    assert after["analyses"] == 12
    assert after["state"] == before["state"]
    assert_library_kept(db, None)


def test_a_too_long_stored_article_fails_alone_with_its_reason(tmp_path):
    from tui.extract.limits import ARTICLE_LIMIT
    from tui.extract.types import ArticleInput
    from tui.library.store import Store

    db = make_library(tmp_path / "library.db", articles=3)
    with Store.open(db) as store:  # an older Newsloupe let it in
        store.add_article(ArticleInput("word " * (ARTICLE_LIMIT // 5 + 1), title="Huge"))
    run = newsloupe(tmp_path / "home", "index", "--db", db, "--processes", "1")
    assert run.code == exitcodes.FAILURE, str(run)
    reasons = [line for line in run.stderr.splitlines() if line.startswith("newsloupe:")]
    assert len(reasons) == 1 and "model's limit" in reasons[0], str(run)
    assert "3 article(s) analysed, 0 already cached, 1 failed" in run.stderr
