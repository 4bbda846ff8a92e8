"""Shared pieces of the benchmarks: result rows, the Wikinews corpus, timing helpers."""

from __future__ import annotations

import csv
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
WIKINEWS = sorted((SHARED / "data" / "wikinews" / "data").glob("wikinews_*.csv"))
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Row:
    """One figure of the table, with its anchor measured in the same run."""

    name: str
    value: float
    unit: str
    anchor: str = ""
    anchor_value: float | None = None
    #: "le" when lower is better (value/anchor must stay <= target), "ge" when higher is better.
    direction: str = "le"
    target: float | None = None
    #: What the target applies to: "ratio" (value / anchor) or "value".
    target_on: str = "ratio"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.anchor_value in (None, 0):
            return None
        return self.value / self.anchor_value  # type: ignore[operator]

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        subject = self.ratio if self.target_on == "ratio" else self.value
        if subject is None:
            return None
        return subject <= self.target if self.direction == "le" else subject >= self.target

    def as_dict(self) -> dict[str, object]:
        return asdict(self) | {"ratio": self.ratio, "met": self.met}


def articles() -> list[dict[str, str]]:
    """Wikinews articles from ../shared, else the shipped seeds (a fresh clone has no ../shared)."""
    rows: list[dict[str, str]] = []
    csv.field_size_limit(1 << 30)
    for path in WIKINEWS:
        with path.open(encoding="utf-8", newline="") as fh:
            rows.extend(csv.DictReader(fh))
    if rows:
        return rows
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        rows.append({"title": path.stem, "date": "", "url": "", "text": re.sub(r"\A(?:\w+:.*\n)+\n", "", text)})
    return rows


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def best_of(fn: Callable[[], object], repeat: int = 3) -> float:
    """Best wall time in seconds of ``repeat`` runs (the least disturbed by a noisy machine)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
