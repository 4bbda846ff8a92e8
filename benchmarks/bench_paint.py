"""First paint of the reader beside a bare Textual app with one Static, in the same run.

Each figure is the wall time from spawning a process to its first paint with the article
list and the article text on screen (paint_probe.py), the best of several launches.
- cold: a new, empty library (nothing cached: the analysis starts after the paint);
- warm: the same library reopened, every analysis cached;
- 10,000 articles: the reader opened on a library of that size (built with bench_library);
- RSS: the reader's peak memory once the model is loaded and the open article analysed.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SEEDS, Row

PROBE = Path(__file__).with_name("paint_probe.py")


def _launch(mode: str, *args: str) -> dict[str, float]:
    t0 = time.time()
    out = subprocess.run(
        [sys.executable, str(PROBE), repr(t0), mode, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
        env={"PATH": "/usr/bin:/bin", "HOME": tempfile.gettempdir(), "TERM": "xterm-256color"},
    )
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise RuntimeError(f"probe {mode} printed no result: {out.stderr.strip().splitlines()[-1:]}")
    return json.loads(lines[-1])


def _best(mode: str, *args: str, repeat: int) -> float:
    return min(_launch(mode, *args)["seconds"] for _ in range(repeat))


def run(*, quick: bool = False) -> list[Row]:
    repeat = 3 if quick else 5
    rows: list[Row] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "library.db")
        # Interleave the anchor with each measurement so both see the same machine load.
        bare_cold = _best("bare", repeat=repeat)
        cold = min(_launch("reader", str(SEEDS), "--db", str(Path(tmp) / f"cold{i}.db"))["seconds"] for i in range(repeat))
        analysed = _launch("reader-analysed", str(SEEDS), "--db", db)  # fills the cache, loads the model
        # Let the reader's background worker finish the rest of seeds/ for a fully warm library.
        subprocess.run([sys.executable, "-m", "tui", "index", str(SEEDS), "--db", db],
                       capture_output=True, cwd=ROOT, timeout=600)
        bare_warm = _best("bare", repeat=repeat)
        warm = _best("reader", str(SEEDS), "--db", db, repeat=repeat)
    rows.append(Row("first paint, cold (new library)", cold * 1000, "ms", "bare Textual app, one Static", bare_cold * 1000,
                    target=1.5, note=f"spawn to list + seed text on screen; best of {repeat}"))
    rows.append(Row("first paint, warm (all cached)", warm * 1000, "ms", "bare Textual app, one Static", bare_warm * 1000,
                    target=1.5))
    rows.append(Row("reader RSS, model loaded", analysed["rss_mb"], "MB", direction="le", target=400, target_on="value",
                    note="peak RSS after the seed article was analysed in the reader"))
    rows.extend(_library_rows(repeat=repeat, quick=quick))
    return rows


def _library_rows(*, repeat: int, quick: bool) -> list[Row]:
    import bench_library

    from tui.extract import analyse

    n = 2_000 if quick else bench_library.N_ARTICLES
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "library.db"
        bench_library._fill(path, n, analyse((SEEDS / "israel-turkey-azerbaijan-talks.txt").read_text()))
        bare = _best("bare", repeat=repeat)
        opened = _best("reader", "--db", str(path), repeat=repeat)
    return [
        Row(f"first paint, library of {n:,} (warm)", opened * 1000, "ms", "bare Textual app, one Static", bare * 1000,
            target=2.0, note="also under 1 s: %s" % ("yes" if opened < 1 else "NO")),
    ]
