"""The fault-injection suite's tools: real ``newsloupe`` runs in a sealed home, and what a library holds.

Every case ends with the same checks (``assert_library_kept``): ``PRAGMA integrity_check``
is ok, the articles, analyses and reading state are as before, no ``.corrupt`` file
appeared; and a failing run said one ``newsloupe:`` line with no control characters.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("wikinews-*.txt"))
#: Drop root's power to ignore file permissions (CI runs as root).
NO_OVERRIDE = ("setpriv", "--bounding-set=-dac_override,-dac_read_search,-fowner")
GUARD = 300
_ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Run:
    argv: tuple[str, ...]
    code: int
    out: bytes
    err: bytes

    @property
    def stderr(self) -> str:
        return self.err.decode("utf-8")

    def __str__(self) -> str:
        return f"newsloupe {' '.join(self.argv)} -> {self.code}\nstderr: {self.stderr[-2000:]}"


def env_for(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSLOUPE_")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), NO_COLOR="1", TERM="dumb", COLUMNS="200",
               PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return env


def argv_for(*args: str | Path | bytes, prefix: tuple[str, ...] = ()) -> list[str | bytes]:
    return [*prefix, sys.executable, "-m", "tui", *(a if isinstance(a, bytes) else str(a) for a in args)]


def newsloupe(home: Path, *args: str | Path | bytes, prefix: tuple[str, ...] = (), env: dict[str, str] | None = None,
              guard: float = GUARD) -> Run:
    home.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(argv_for(*args, prefix=prefix), capture_output=True, cwd=home, check=False,
                          env={**env_for(home), **(env or {})}, timeout=guard)
    shown = tuple(os.fsdecode(a) if isinstance(a, bytes) else str(a) for a in args)
    return Run(shown, done.returncode, done.stdout, done.stderr)


def spawn(home: Path, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(argv_for(*args), cwd=home, env={**env_for(home), **(env or {})},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)


def problem_lines(run: Run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("newsloupe:") and "warning:" not in line]


def assert_one_line(run: Run, code: int, *phrases: str) -> str:
    """Failed with ``code`` and exactly one ``newsloupe:`` line, inert, naming every phrase."""
    assert run.code == code, str(run)
    assert not _ACTIVE.search(run.stderr), str(run)
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr, str(run)
    lines = problem_lines(run)
    assert len(lines) == 1, str(run)
    for phrase in phrases:
        assert phrase in lines[0], lines[0]
    return lines[0]


def assert_ok(run: Run) -> None:
    assert run.code == 0, str(run)
    assert not _ACTIVE.search(run.stderr), str(run)
    assert "Traceback" not in run.stderr, str(run)


# -- libraries -----------------------------------------------------------------------------------


def make_library(path: Path, articles: int = 6) -> Path:
    """A library with articles, reading state and a preference (no analyses: the model is not needed)."""
    from tui.extract.types import ArticleInput
    from tui.library.store import Store

    with Store.open(path) as store:
        for n in range(articles):
            text = SEEDS[n % len(SEEDS)].read_text(encoding="utf-8") + f"\n\nCopy {n}."
            article_id = store.add_article(ArticleInput(text, title=f"Story {n}"), location=f"/stories/{n}.txt")
            if n % 2:
                store.set_read(article_id)
            if n % 3 == 0:
                store.set_starred(article_id, True)
            store.set_position(article_id, 10 * n)
        store.set_pref("theme", "solarized")
    return path


def old_library(path: Path, *, version: int, articles: int = 6) -> Path:
    """A library left at schema ``version`` (older than today's), with articles and reading state."""
    from tui.library.data_steps import run_step
    from tui.library.dbfile import statements
    from tui.library.schema import MIGRATIONS

    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (?)", (version,))
    for step in MIGRATIONS[:version]:
        run_step(db, step, statements)  # SQL or a Python step, as an upgrade runs them
    db.execute("BEGIN")
    for n in range(articles):
        db.execute("INSERT INTO articles(content_hash, title, added_at, read, starred, position) VALUES (?, ?, ?, ?, ?, ?)",
                   (f"hash{n}", f"Story {n}", "2026-01-01", n % 2, int(n % 3 == 0), n))
        db.execute("INSERT INTO bodies VALUES (?, ?)", (n + 1, f"Body {n}. " * 50))
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


def counts(path: Path) -> dict[str, object]:
    """What the user owns: articles, analyses, reading state, prefs (read without writing)."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        def one(sql: str) -> object:
            return db.execute(sql).fetchone()[0]

        return {
            "articles": one("SELECT count(*) FROM articles"),
            "bodies": one("SELECT count(*) FROM bodies"),
            "analyses": one("SELECT count(*) FROM analyses"),
            "state": db.execute("SELECT id, read, starred, position FROM articles ORDER BY id").fetchall(),
            "prefs": db.execute("SELECT key, value FROM prefs ORDER BY key").fetchall(),
        }
    finally:
        db.close()


def integrity(path: Path) -> str:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return ", ".join(r[0] for r in db.execute("PRAGMA integrity_check"))
    finally:
        db.close()


def schema_version(path: Path) -> int:
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(db.execute("SELECT version FROM schema_version").fetchone()[0])
    finally:
        db.close()


def assert_library_kept(path: Path, before: dict[str, object] | None) -> None:
    assert integrity(path) == "ok"
    if before is not None:
        assert counts(path) == before
    assert not list(path.parent.glob(path.name + ".corrupt-*"))


def checkpoint(path: Path) -> None:
    """Fold the WAL into the file, so its bytes alone are the library."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
