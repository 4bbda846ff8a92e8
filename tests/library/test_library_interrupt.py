"""A real `newsloupe index` stopped by kill -9 or Ctrl-C keeps every finished article and resumes."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui.extract.model import model_info
from tui.library.indexing import index_library, pending_articles
from tui.library.store import Store

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"


def _write_articles(folder: Path, copies: int) -> Path:
    """``copies`` times the shipped seeds' openings, each copy a distinct article."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("wikinews-*.txt"))
    for copy in range(copies):
        for seed in seeds:
            # The opening of each story is enough, and keeps the resumed run short.
            text = seed.read_text(encoding="utf-8")[:1200]
            (folder / f"{copy}-{seed.name}").write_text(f"{text}\n\nCopy {copy} of the story.\n", encoding="utf-8")
    return folder


@pytest.fixture()
def many_articles(tmp_path):
    """100 distinct articles made from the shipped seeds (enough to stop the index half way)."""
    return _write_articles(tmp_path / "news", 5)


@pytest.fixture()
def more_articles(tmp_path):
    """400 articles: on a loaded machine the test may not run for seconds after it saw the first
    ones analysed, and an index that finished before Ctrl-C reached it would prove nothing."""
    return _write_articles(tmp_path / "news", 20)


def _analysed(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM analyses").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _start_and_wait(db: Path, folder: Path, at_least: int, processes: int = 1) -> subprocess.Popen:
    # A session of its own: Ctrl-C is sent to the whole group, as a terminal does.
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "index", "--db", str(db), "--processes", str(processes),
         "--batch-size", "1" if processes == 1 else "4", str(folder)],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    deadline = time.monotonic() + 120
    while _analysed(db) < at_least:
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"index ended or stalled before {at_least} articles: {proc.communicate()[1][-500:]}")
        time.sleep(0.05)
    return proc


@pytest.mark.slow
def test_kill_9_loses_nothing_finished(tmp_path, many_articles, nlp):
    db = tmp_path / "lib.db"
    proc = _start_and_wait(db, many_articles, 3)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    with Store.open(db) as store:
        assert store.notice is None
        assert store.query("PRAGMA integrity_check") == [("ok",)]
        done = len(store.articles(analysed=True))
        pending = pending_articles(store, model_info(nlp))
        assert done >= 3 and len(pending) == 100 - done > 0
        resumed = index_library(store, nlp, n_process=1)
        assert (resumed.analysed, resumed.cached) == (len(pending), done)


@pytest.mark.slow
@pytest.mark.parametrize("processes", [1, 2])
def test_ctrl_c_reports_and_keeps_work(tmp_path, more_articles, processes):
    db = tmp_path / "lib.db"
    proc = _start_and_wait(db, more_articles, 2, processes)
    os.killpg(proc.pid, signal.SIGINT)
    try:
        _out, err = proc.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        pytest.fail("index did not stop on Ctrl-C")
    assert proc.returncode == 130
    assert "Traceback" not in err
    summary = err.strip().splitlines()[-1]
    assert summary.startswith("interrupted: ")
    analysed = int(summary.split()[1])
    with Store.open(db) as store:
        assert len(store.articles(analysed=True)) == analysed >= 2


def test_ctrl_c_heard_inside_a_finaliser_still_stops_the_command(tmp_path, monkeypatch, capsys):
    """Ctrl-C landing while the garbage collector runs a ``__del__`` (the regex module's, as `add` reads a
    page: 2 of 21 Ctrl-Cs sent to `add` on ../shared's pages) was printed as "Exception ignored ...
    KeyboardInterrupt" and lost: the add went on to exit 0. It stops the command, in one line."""
    from tui.cli import add_cmd, exitcodes
    from tui.cli.main import main

    class Finaliser:
        def __del__(self) -> None:
            signal.raise_signal(signal.SIGINT)
            for _ in range(10_000):  # the handler runs here, inside the finaliser
                pass

    real = add_cmd._add_items

    def add_items(*args, **kwargs):  # type: ignore[no-untyped-def]
        Finaliser()  # collected at once
        for _ in range(100):
            time.sleep(0.01)  # the interrupt, sent again, ends this wait
        return real(*args, **kwargs)

    monkeypatch.setattr(add_cmd, "_add_items", add_items)
    seed = sorted(SEEDS.glob("wikinews-*.txt"))[0]
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, whatever runs the tests
    try:
        assert main(["add", "--db", str(tmp_path / "library.db"), str(seed)]) == exitcodes.INTERRUPTED
    finally:
        signal.signal(signal.SIGINT, previous)
    err = capsys.readouterr().err
    assert err.splitlines() == ["newsloupe: interrupted"], err
