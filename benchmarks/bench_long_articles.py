"""Long articles: time and peak memory of the engine on 100 KB, 300 KB and 1 MB articles.

Each article is Wikinews text run together (paragraphs kept). Each figure is measured in a
fresh process (peak RSS is per process), beside its anchor in the same run: raw ``nlp.pipe``
over the same article's paragraphs. Targets: the engine within 3x the raw pipe's time at
every size (linear time: the raw pipe is linear), and under 1.5 GB peak RSS at 1 MB.

Run this row alone: ``.venv/bin/python benchmarks/run.py --only bench_long_articles``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from common import Row, articles

HERE = Path(__file__).resolve().parent
SIZES = {"100 KB": 100_000, "300 KB": 300_000, "1 MB": 999_000}


def long_text(size: int) -> str:
    parts: list[str] = []
    total = 0
    for row in articles():
        parts.append(row["text"].strip())
        total += len(parts[-1]) + 2
        if total >= size:
            break
    text = "\n\n".join(parts)
    while len(text) < size:  # a fresh clone has only the seeds: repeat them
        text = text + "\n\n" + text
    return text[:size]


def measure(size: int, mode: str) -> dict[str, float]:
    """Run in a fresh process: seconds and peak RSS (MB) of one analysis or one raw pipe."""
    done = subprocess.run([sys.executable, __file__, "--one", str(size), mode], capture_output=True, text=True, check=False,
                          cwd=HERE, timeout=3600)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-2000:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def _one(size: int, mode: str) -> None:
    import resource
    import time

    sys.path.insert(0, str(HERE.parent))
    from tui.extract import analyse, model
    from tui.extract.chunking import piece_ranges

    nlp = model.load()
    text = long_text(size)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    if mode == "engine":
        analyse(text, nlp=nlp)
    else:
        for _ in nlp.pipe((text[a:b] for a, b in piece_ranges(text)), batch_size=8):
            pass
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "rss_mb": peak / 1024, "model_mb": base / 1024}))


def run(quick: bool = False) -> list[Row]:
    rows: list[Row] = []
    sizes = dict(list(SIZES.items())[:1]) if quick else SIZES
    for label, size in sizes.items():
        raw = measure(size, "raw")
        engine = measure(size, "engine")
        rows.append(Row(f"long article {label}: engine time", engine["seconds"], "s",
                        "raw nlp.pipe of its paragraphs", raw["seconds"], target=3.0))
        rows.append(Row(f"long article {label}: engine peak RSS", engine["rss_mb"], "MB",
                        "raw nlp.pipe peak RSS", raw["rss_mb"], target=1536.0 if size >= 999_000 else None,
                        target_on="value"))
    return rows


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--one":
        _one(int(sys.argv[2]), sys.argv[3])
    else:
        sys.path.insert(0, str(HERE.parent))
        from run import print_table

        print_table(run(quick="--quick" in sys.argv))
