"""Running the real ``newsloupe`` as a subprocess in a sealed home (HOME, XDG dirs, no colour, no terminal)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"
#: Wikinews seeds used as the "good" articles that hostile input must not disturb.
GOOD_ARTICLES = tuple(sorted((ROOT / "seeds").glob("wikinews-2019-0*.txt"))[:2])
#: A guard against a hang (a FIFO read, a parser spinning), not a speed assertion.
HANG_GUARD = 600


@dataclass(frozen=True, slots=True)
class Run:
    """One finished ``newsloupe`` process."""

    argv: tuple[str, ...]
    code: int
    out: bytes
    err: bytes

    @property
    def stdout(self) -> str:
        return self.out.decode("utf-8")

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8")

    @property
    def err_lines(self) -> list[str]:
        return self.stderr.splitlines()

    def __str__(self) -> str:  # shown by pytest when an assertion on the run fails
        return f"newsloupe {' '.join(self.argv)} -> {self.code}\nstderr: {self.stderr[-2000:]}"


def sealed_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLOUPE_")}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        NO_COLOR="1",
        TERM="dumb",
        COLUMNS="200",
        PYTHONPATH=str(ROOT),
        PYTHONIOENCODING="utf-8",
    )
    return env
