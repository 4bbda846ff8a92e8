"""Memory of the reader on a 10,000-article library with the open article analysed.

The reader process (list, store, the open article's analysis) and the analysis worker
process (the spaCy pipeline) are measured apart: peak RSS of each when the opened article's
layers are on screen (paint_probe.py, mode reader-analysed, on a fresh copy of the library).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_paint import _launch  # noqa: E402
from common import Row  # noqa: E402
from library_fixture import library_path  # noqa: E402

TARGET_MB = 250.0


def run(quick: bool = False) -> list[Row]:
    count = 2_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.db"
        shutil.copy(library_path(count), db)
        result = _launch("reader-analysed", "--db", str(db))
    worker = result.get("worker_rss_mb")
    return [Row(f"reader RSS, {count:,}-article library, open article analysed", result["rss_mb"], "MB",
                target=TARGET_MB, target_on="value",
                note=f"peak; the analysis worker process apart: {worker:.0f} MB (spaCy pipeline)" if worker else
                "peak; worker RSS unknown")]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row.name}: {row.value:.0f} MB (target <= {TARGET_MB:g} MB); {row.note}")
