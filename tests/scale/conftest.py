"""Fixtures for the Dask tests: a small local cluster and libraries of real articles (helpers: dask_helpers.py)."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from dask_helpers import BIN, SEEDS, free_port, stop_processes


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


@pytest.fixture()
def dask_cluster(tmp_path: Path) -> Iterator[str]:
    """``dask scheduler`` and two ``dask worker`` processes (one thread each) from the project's venv."""
    from distributed import Client

    address = f"tcp://127.0.0.1:{free_port()}"
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
        stop_processes(procs)
