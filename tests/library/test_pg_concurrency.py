"""A shared PostgreSQL library under concurrent use: index runs share the work, readers are never
held up by writers, and a killed client loses nothing it finished.

The runs are real ``newsloupe index`` processes over Wikinews articles from ../shared.
"""

from __future__ import annotations

import csv
import itertools
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from tui.extract.types import ArticleInput, ModelInfo
from tui.library import catalog
from tui.library.search import search
from tui.library.store import Store

NEWSLOUPE = [sys.executable, "-m", "tui"]


def _subset(shared_dir: Path, tmp_path: Path, count: int) -> Path:
    """The first ``count`` Wikinews 2019 articles, cut to their first paragraphs (quick to analyse)."""
    source = shared_dir / "data" / "wikinews" / "data" / "wikinews_2019.csv"
    if not source.is_file():
        pytest.skip("the Wikinews CSVs are not in ../shared")
    csv.field_size_limit(10**8)
    with source.open(encoding="utf-8", newline="") as handle:
        rows = list(itertools.islice(csv.DictReader(handle), count))
    target = tmp_path / "subset.csv"
    with target.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["url", "date", "title", "text"])
        writer.writeheader()
        for row in rows:
            writer.writerow({**row, "text": "\n\n".join(row["text"].split("\n\n")[:4])})
    return target


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*NEWSLOUPE, *args], capture_output=True, text=True, timeout=600, env=_env())


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}


def _analysed(stderr: str) -> int:
    found = re.search(r"(\d+) article\(s\) analysed", stderr)
    assert found, stderr
    return int(found.group(1))


def _done(url: str) -> int:
    with Store.open(url) as store:
        return int(store.query("SELECT count(*) FROM articles WHERE entity_count IS NOT NULL")[0][0])


@pytest.mark.slow
def test_two_index_runs_share_the_work_while_a_reader_keeps_reading(pg_url, shared_dir, tmp_path):
    subset = _subset(shared_dir, tmp_path, 24)
    assert _run("add", "--db", pg_url, str(subset)).returncode == 0
    total = _done(pg_url) + len(Store.open(pg_url).articles(analysed=False))
    assert total == 24
    runs = [subprocess.Popen([*NEWSLOUPE, "index", "--db", pg_url, "--processes", "1", "--batch-size", "1"],
                             stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=_env())
            for _ in range(2)]
    seen: set[int] = set()
    reads = 0
    with Store.open(pg_url, user="reader") as reader:
        while any(run.poll() is None for run in runs):
            rows = reader.articles()
            assert len(rows) == total
            reader.set_read(rows[0].id, True)  # the reader's own writes are not held up either
            seen.add(sum(1 for r in rows if r.entity_count is not None))
            search(reader, "the")
            catalog.entities(reader, top=20)
            reads += 1
            time.sleep(0.05)
    outputs = [run.communicate()[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    counts = [_analysed(out) for out in outputs]
    # Every article analysed by exactly one run: the counts add up, and both runs took a share.
    assert sum(counts) == total and min(counts) > 0, counts
    assert _done(pg_url) == total
    assert any(0 < n < total for n in seen), seen  # the reader saw the library while it was being indexed
    with Store.open(pg_url) as store:
        assert store.query("SELECT count(*) FROM index_claims") == [(0,)]
        assert store.query("SELECT count(DISTINCT content_hash) FROM analyses") == [(total,)]


def test_a_writer_in_the_middle_of_a_transaction_holds_up_no_reader(pg_url):
    import psycopg

    from tui.library import pg

    with Store.open(pg_url) as store:
        first = store.add_article(ArticleInput("A story from Riga about the port.", "Riga port", "2020-01-01", "wire"))
        second = store.add_article(ArticleInput("A story from Tallinn.", "Tallinn", "2019-01-01", "wire"))
    writer = psycopg.connect(pg_url)
    try:
        # An index run storing an analysis: the library's write lock taken, its rows not yet committed.
        writer.execute("SELECT pg_advisory_xact_lock(%s)", (pg.WRITE_LOCK,))
        writer.execute("UPDATE articles SET entity_count = 3 WHERE id = %s", (first,))
        results: list[object] = []

        def read() -> None:
            with Store.open(pg_url, user="ana") as reader:
                results.append([r.entity_count for r in reader.articles()])
                results.append(search(reader, "riga").ids)
                reader.set_starred(first, True)
                results.append(reader.article(first).starred)
                results.append(reader.claim_pending(ModelInfo("m", "1"), "other-run", limit=5))

        thread = threading.Thread(target=read)
        thread.start()
        thread.join(timeout=30)
        assert not thread.is_alive(), "a reader waited on a writer's transaction"
        # The row being written is skipped by a claim (SKIP LOCKED), never waited on.
        assert results == [[None, None], (first,), True, [second]]
    finally:
        writer.rollback()
        writer.close()


@pytest.mark.slow
def test_kill_9_of_an_index_run_loses_nothing_it_finished(pg_url, shared_dir, tmp_path):
    subset = _subset(shared_dir, tmp_path, 16)
    assert _run("add", "--db", pg_url, str(subset)).returncode == 0
    run = subprocess.Popen([*NEWSLOUPE, "index", "--db", pg_url, "--processes", "1", "--batch-size", "1"],
                           stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL, env=_env(), start_new_session=True)
    deadline = time.monotonic() + 300
    while _done(pg_url) < 3 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.1)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    finished = _done(pg_url)
    assert 3 <= finished < 16
    with Store.open(pg_url) as store:
        # Every article marked analysed has its analysis and index rows: no half-written article.
        for row in store.articles(analysed=True):
            entities = store.query("SELECT count(*) FROM entity_index WHERE article_id = ?", (row.id,))[0][0]
            assert entities == row.entity_count
            assert store.query("SELECT count(*) FROM analyses WHERE content_hash = ?", (row.content_hash,)) == [(1,)]
    # The killed run's claims lapsed with its session: the next run takes the rest at once, and only the rest.
    again = _run("index", "--db", pg_url, "--processes", "1")
    assert again.returncode == 0, again.stderr
    assert _analysed(again.stderr) == 16 - finished
    assert _done(pg_url) == 16
