"""Fixtures for the Dask tests: a small local cluster, libraries of real articles, table dumps to compare."""

from __future__ import annotations

import csv
import os
import signal
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

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


def analysed(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(con.execute("SELECT count(*) FROM analyses").fetchone()[0])
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.fixture()
def wikinews_csv(shared_dir: Path, tmp_path: Path) -> Path:
    """The first articles of the Wikinews 2019 CSV, as a CSV of their own (a handful keeps the test quick)."""
    source = shared_dir / "data" / "wikinews" / "data" / "wikinews_2019.csv"
    if not source.is_file():
        pytest.skip(f"{source} is absent")
    csv.field_size_limit(1 << 30)
    with source.open(encoding="utf-8", newline="") as fh:
        rows = [row for _, row in zip(range(6), csv.DictReader(fh), strict=False)]
    out = tmp_path / "wikinews_few.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return out


@pytest.fixture()
def short_articles(tmp_path: Path) -> Path:
    """40 short distinct articles made from the shipped seeds (enough to stop an index half way)."""
    folder = tmp_path / "news"
    folder.mkdir()
    seeds = sorted(SEEDS.glob("wikinews-*.txt"))
    for copy in range(40 // len(seeds) + 1):
        for seed in seeds:
            text = seed.read_text(encoding="utf-8")[:900]
            (folder / f"{copy}-{seed.name}").write_text(f"{text}\n\nCopy {copy} of the story.\n", encoding="utf-8")
    for extra in sorted(folder.iterdir())[40:]:
        extra.unlink()
    return folder


BIN = Path(sys.executable).parent


def _newsloupe(*args: str, cwd: Path = ROOT, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    # A session of its own: Ctrl-C goes to the whole group, as a terminal sends it.
    return subprocess.Popen([sys.executable, "-m", "tui", *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, start_new_session=True, **kw)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _stop(procs: list[subprocess.Popen]) -> None:
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


@pytest.fixture()
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes (one thread each) from the project's venv."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{_free_port()}"
    logs = tmp_path / "dask-logs"
    logs.mkdir()
    elsewhere = tmp_path / "workers-run-here"  # a folder of their own: --db must reach them absolute
    elsewhere.mkdir()
    procs = [subprocess.Popen([str(BIN / "dask"), "scheduler", "--host", "127.0.0.1", "--port", address.rsplit(":", 1)[1],
                               "--no-dashboard"], stdout=subprocess.DEVNULL, stderr=(logs / "scheduler").open("w"),
                              cwd=elsewhere, start_new_session=True)]
    try:
        for n in range(2):
            procs.append(subprocess.Popen([str(BIN / "dask"), "worker", address, "--nthreads", "1", "--no-dashboard",
                                           "--memory-limit", "0", "--name", f"w{n}"], stdout=subprocess.DEVNULL,
                                          stderr=(logs / f"worker{n}").open("w"), cwd=elsewhere, start_new_session=True))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        _stop(procs)
