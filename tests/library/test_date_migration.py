"""A library whose dates older versions stored as written is upgraded to ISO 8601 dates, on both back ends.

The old library is built as the old code left it: the schema of the version before the step, and rows
written with raw SQL ("February 4, 2025" in ``articles.published``). Opening it runs the upgrade once.
"""

from __future__ import annotations

import sqlite3

import pytest

from tui.library.data_steps import DataStep, iso_published, run_step
from tui.library.dbfile import statements
from tui.library.schema import MIGRATIONS, SCHEMA_VERSION
from tui.library.store import Store

#: The version a library had before dates were made ISO.
BEFORE = next(n for n, step in enumerate(MIGRATIONS) if isinstance(step, DataStep) and step.run is iso_published)

#: (stored by the old code, after the upgrade).
DATES = (
    ("February 4, 2025", "2025-02-04"),
    ("Tue, 04 Feb 2025 10:00:00 GMT", "2025-02-04T10:00:00+00:00"),
    ("2025-02-05", "2025-02-05"),
    ("2019-07", "2019-07"),
    ("2018", "2018"),
    ("sometime soon", "sometime soon"),  # no date the reader knows: kept as the user had it
    (None, None),
)
COLUMNS = "id, content_hash, location, title, source, published, meta, word_count, added_at, language, origin"


def _old_rows(db, *, placeholder: str = "?") -> None:
    marks = ", ".join([placeholder] * 7)
    for n, (stored, _iso) in enumerate(DATES, 1):
        db.execute(
            f"INSERT INTO articles(content_hash, location, title, source, published, word_count, added_at) VALUES ({marks})",
            (f"hash{n}", f"/news/{n}.txt", f"Story {n}", "wire", stored, 40 + n, "2024-12-01T00:00:00"),
        )
        db.execute(f"INSERT INTO bodies VALUES ({placeholder}, {placeholder})", (n, f"Body of story {n}."))


def _sqlite_library(tmp_path) -> str:
    path = tmp_path / "library.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")  # as every library file is (the upgrade's backup reads beside it)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (?)", (BEFORE,))
    for step in MIGRATIONS[:BEFORE]:
        run_step(db, step, statements)
    _old_rows(db)
    db.close()
    return str(path)


def _pg_library(url: str) -> str:
    import psycopg

    from tui.library import schema_pg
    from tui.library.pg import PgConnection

    db = PgConnection(psycopg.connect(url, autocommit=True), url)
    db.execute_native("CREATE TABLE schema_version (version BIGINT NOT NULL)")
    db.execute_native("INSERT INTO schema_version VALUES (%s)", (BEFORE,))
    for n in range(1, BEFORE + 1):
        for statement in schema_pg.step(n):
            assert isinstance(statement, str)
            db.execute_native(statement)
    _old_rows(db)
    db.close()
    return url


@pytest.fixture()
def old_library(backend, tmp_path, request) -> str:
    return _pg_library(request.getfixturevalue("pg_url")) if backend == "postgresql" else _sqlite_library(tmp_path)


def _rows(store: Store) -> list[tuple]:
    return [tuple(r) for r in store.query(f"SELECT {COLUMNS} FROM articles ORDER BY id")]


def test_old_dates_become_iso_once_and_nothing_else_changes(old_library):
    with Store.open(old_library) as store:
        assert store.schema_version == SCHEMA_VERSION
        rows = _rows(store)
        assert [r[5] for r in rows] == [iso for _stored, iso in DATES]
        # The list: ISO dates newest first (the old "February 4, 2025" was listed above all of them).
        listed = [r.published for r in store.articles()]
    published = COLUMNS.split(", ").index("published")
    assert listed == ["sometime soon", "2025-02-05", "2025-02-04T10:00:00+00:00", "2025-02-04", "2019-07", "2018", None]
    # Opened again: nothing runs twice, nothing else in the rows moved.
    with Store.open(old_library) as store:
        again = _rows(store)
    assert again == rows
    for n, row in enumerate(rows, 1):
        expected = (n, f"hash{n}", f"/news/{n}.txt", f"Story {n}", "wire", DATES[n - 1][1], "{}", 40 + n,
                    "2024-12-01T00:00:00", None, None)
        assert row[:published] + row[published + 1:] == expected[:published] + expected[published + 1:]


def test_a_failing_python_step_rolls_the_whole_upgrade_back(tmp_path, monkeypatch):
    from tui.library import dbfile
    from tui.library.safety import StoreError

    path = _sqlite_library(tmp_path)

    def half_then_fail(db) -> None:
        iso_published(db)
        raise sqlite3.OperationalError("disk I/O error")

    broken = (*MIGRATIONS[:BEFORE], DataStep("fails", half_then_fail))
    monkeypatch.setattr(dbfile, "MIGRATIONS", broken)
    monkeypatch.setattr(dbfile, "SCHEMA_VERSION", len(broken))
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(StoreError, match="rolled back"):
        dbfile.migrate(db, target=len(broken), path=tmp_path / "library.db")
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == BEFORE
    assert [r[0] for r in db.execute("SELECT published FROM articles ORDER BY id")] == [s for s, _iso in DATES]
    db.close()
