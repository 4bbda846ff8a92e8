"""`make bench`: run every benchmark, print one table, write benchmarks/results.json.

Each figure sits beside its anchor measured in the same run (raw ``nlp.pipe``, a bare
Textual app), with the ratio and the target. Timings are the best of a few runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import Row  # noqa: E402

#: Benchmark modules, in the order of the table; each has ``run(quick=...) -> list[Row]``.
BENCHMARKS = ["bench_paint", "bench_cached_open", "bench_toggle", "bench_engine", "bench_dates", "bench_library",
              "bench_long_articles", "bench_identity", "bench_dask",
              "bench_feeds", "bench_search", "bench_keys_under_load", "bench_memory", "bench_shared_library"]


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "-"
    text = f"{value:,.0f}" if abs(value) >= 100 else f"{value:.3g}"
    return f"{text} {unit}".strip()


def print_table(rows: list[Row]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title="Newsloupe benchmarks", title_justify="left")
    for col in ("figure", "value", "anchor (same run)", "anchor value", "ratio", "target", "met"):
        table.add_column(col, justify="right" if col not in ("figure", "anchor (same run)") else "left")
    for r in rows:
        target = "-" if r.target is None else ("≤" if r.direction == "le" else "≥") + f"{r.target:g}" + ("×" if r.target_on == "ratio" else f" {r.unit}")
        met = {True: "yes", False: "NO", None: "-"}[r.met]
        table.add_row(r.name, _fmt(r.value, r.unit), r.anchor or "-", _fmt(r.anchor_value, r.unit),
                      "-" if r.ratio is None else f"{r.ratio:.2f}×", target, met)
    Console(width=max(Console().width, 150)).print(table)
    for r in rows:
        if r.note:
            print(f"  {r.name}: {r.note}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (a smoke run)")
    parser.add_argument("--only", nargs="*", help="benchmark modules to run")
    args = parser.parse_args()
    rows: list[Row] = []
    failures: list[str] = []
    started = time.perf_counter()
    for name in args.only or BENCHMARKS:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name == name:
                continue  # not written yet
            raise
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            rows.extend(module.run(quick=args.quick))
        except Exception as exc:  # one failing benchmark must not hide the others
            failures.append(f"{name}: {type(exc).__name__}: {exc}")
            traceback.print_exc(file=sys.stderr)
    print_table(rows)
    elapsed = time.perf_counter() - started
    print(f"total {elapsed:.0f} s")
    for failure in failures:
        print(f"benchmark failed: {failure}")
    (HERE / "results.json").write_text(
        json.dumps({"rows": [r.as_dict() for r in rows], "failures": failures, "seconds": elapsed}, indent=2) + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
