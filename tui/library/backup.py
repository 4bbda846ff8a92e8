"""Checking, copying and repairing a library file, for ``newsloupe check``, ``backup`` and ``repair``.

``check`` runs ``PRAGMA integrity_check`` on a read-only connection. ``backup`` is
SQLite's online backup into a temporary file renamed into place. ``repair`` copies
every row SQLite can still read, table by table and row by row (skipping past a
damaged page), into a fresh library; the damaged file is kept beside it, renamed
``<name>.damaged-<timestamp>``, never deleted.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from .dbfile import _free_name, _remove, connect
from .safety import StoreError, library_lock, show, store_error

#: Tables copied by repair, parents first; derived tables (entity_stats) are rebuilt.
COPIED_TABLES = ("prefs", "articles", "bodies", "analyses", "entity_index", "fact_index", "fact_entities", "feeds",
                 "feed_entries",
                 # library identity: the user's corrections above all, and what relinking reads
                 "entity_corrections", "article_context", "entity_acronyms", "boilerplate")
COUNTED = ("articles", "analyses", "prefs")


@dataclass(frozen=True, slots=True)
class RepairReport:
    #: Rows copied per table.
    recovered: dict[str, int]
    #: Rows that could not be read (a damaged page), or were dropped as orphans, per table.
    lost: dict[str, int]
    #: Where the damaged original now is (None when there was nothing to repair).
    kept_at: Path | None


def _read_only(path: Path) -> sqlite3.Connection:
    if not path.is_file():
        raise StoreError(f"no library at {show(path)}")
    uri = "file:" + quote(os.fsencode(path.resolve()).decode("utf-8", "surrogateescape"), safe="/")
    try:
        db = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise store_error(exc, path) from None
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        if os.access(path.parent, os.W_OK):
            return db  # the error is the file's own: the check reports it
        # A WAL library in a folder this user cannot write: SQLite cannot make its -shm file, so even
        # reading fails ("attempt to write a readonly database", which check took for damage). Nothing can
        # change it: read it as it is, as the store does.
        db.close()
        return sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None)
    except sqlite3.DatabaseError:
        pass  # damage: the check and repair read what they can
    return db


def integrity_check(path: Path) -> list[str]:
    """``PRAGMA integrity_check``'s lines: ``["ok"]`` for a sound library."""
    db = _read_only(path)
    try:
        return [str(r[0]) for r in db.execute("PRAGMA integrity_check")]
    except sqlite3.DatabaseError as exc:
        # Damage bad enough that the check itself cannot run is still a report, not a crash.
        return [f"the check could not finish: {exc}"]
    finally:
        db.close()


def counts(path: Path) -> dict[str, int | None]:
    """Rows per user table (None where the table cannot be read)."""
    db = _read_only(path)
    found: dict[str, int | None] = {}
    try:
        for table in COUNTED:
            try:
                found[table] = int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            except sqlite3.DatabaseError:
                found[table] = None
    finally:
        db.close()
    return found


def online_backup(library: Path, dest: Path) -> Path:
    """Copy the library (while others may use it) to ``dest``, through a temporary file renamed into place."""
    from .outputs import check_output

    check_output(dest, library=library)
    source = _read_only(library)
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    try:
        copy = sqlite3.connect(tmp)
        try:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            copy.close()
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(tmp, 0o666 & ~mask)
        os.replace(tmp, dest)
    except (sqlite3.Error, OSError) as exc:
        _remove(Path(tmp))
        raise StoreError(f"cannot back up: {store_error(exc, library)}") from None
    finally:
        source.close()
    return dest


def _columns(db: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]


def _readable_rows(db: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[Any, ...]]:
    """Every row SQLite can read, in rowid order, stepping past damaged pages."""
    cols = ", ".join(columns)
    try:
        top = db.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError:
        top = None
    last = -(2**63)
    while True:
        try:
            for row in db.execute(f"SELECT rowid, {cols} FROM {table} WHERE rowid > ? ORDER BY rowid", (last,)):
                last = row[0]
                yield row[1:]
            return
        except sqlite3.DatabaseError:
            # A damaged page: probe the next rowids one at a time (a point lookup reads only the leaf
            # holding that rowid), so no readable row just past the damage is skipped; the range scan
            # resumes after the first row that reads.
            if top is None or last >= top:
                return
            last = max(last, 0)
            found = None
            while found is None and last < top:
                last += 1
                try:
                    found = db.execute(f"SELECT rowid, {cols} FROM {table} WHERE rowid = ?", (last,)).fetchone()
                except sqlite3.DatabaseError:
                    continue
            if found is None:
                return
            yield found[1:]


def repair(library: Path) -> RepairReport:
    """Recover what SQLite can read into a new library; the damaged file is kept beside it."""
    if integrity_check(library) == ["ok"]:
        return RepairReport({table: n for table, n in counts(library).items() if n is not None}, {}, None)
    with library_lock(library):
        source = _read_only(library)
        try:
            source.execute("SELECT name FROM sqlite_master").fetchall()
        except sqlite3.DatabaseError as exc:
            source.close()
            raise StoreError(
                f"nothing can be recovered from {show(library)}: its table list is lost ({exc}); "
                "it was left as it was (restore a backup)"
            ) from None
        fresh = _free_name(library, "repairing")
        recovered: dict[str, int] = {}
        lost: dict[str, int] = {}
        try:
            target = connect(fresh, 5.0)
            try:
                target.execute("BEGIN")
                for table in COPIED_TABLES:
                    _copy_table(source, target, table, recovered, lost)
                orphans = _drop_orphans(target)
                for table, n in orphans.items():
                    recovered[table] -= n
                    lost[table] = lost.get(table, 0) + n
                # Every other table of today's schema (feeds, corrections...), after the articles are
                # settled: a row whose article is gone is refused by its foreign key and counted lost.
                for table in _other_tables(target):
                    _copy_table(source, target, table, recovered, lost)
                _rebuild_stats(target)
                target.execute("COMMIT")
                target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                target.close()
        except (sqlite3.Error, OSError) as exc:
            _remove(fresh)
            raise StoreError(f"cannot repair: {store_error(exc, library)}; the library was left as it was") from None
        except BaseException:
            _remove(fresh)
            raise
        finally:
            source.close()
        kept = _free_name(library, "damaged")
        try:
            os.replace(library, kept)
            for side in ("-wal", "-shm"):
                if library.with_name(library.name + side).exists():
                    os.replace(library.with_name(library.name + side), kept.with_name(kept.name + side))
            os.replace(fresh, library)
            _remove(fresh)
        except OSError as exc:
            raise StoreError(f"cannot put the repaired library in place: {store_error(exc, library)}; "
                             f"it is at {show(fresh)}") from None
    return RepairReport(recovered, lost, kept)


def _copy_table(source: sqlite3.Connection, target: sqlite3.Connection, table: str,
                recovered: dict[str, int], lost: dict[str, int]) -> None:
    try:
        have = set(_columns(source, table))
    except sqlite3.DatabaseError:
        have = set()
    columns = [c for c in _columns(target, table) if c in have]
    n = 0
    if columns:
        marks = ", ".join("?" * len(columns))
        sql = f"INSERT OR IGNORE INTO {table} ({', '.join(columns)}) VALUES ({marks})"
        for row in _readable_rows(source, table, columns):
            try:
                target.execute(sql, row)
                n += 1
            except sqlite3.IntegrityError:
                lost[table] = lost.get(table, 0) + 1
    recovered[table] = n


def _other_tables(db: sqlite3.Connection) -> list[str]:
    """Plain tables besides the core ones, in creation order (virtual tables and their shadows excluded)."""
    rows = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY rowid").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    skip = {*COPIED_TABLES, "schema_version", "entity_stats"}
    return [name for name, sql in rows
            if name not in skip and not name.startswith("sqlite_") and name not in virtual
            and not any(name.startswith(v + "_") for v in virtual)]


def _drop_orphans(db: sqlite3.Connection) -> dict[str, int]:
    """Articles without a body cannot be shown or analysed; index rows without their article are noise."""
    statements = {
        "articles": "DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM bodies)",
        "bodies": "DELETE FROM bodies WHERE article_id NOT IN (SELECT id FROM articles)",
        "entity_index": "DELETE FROM entity_index WHERE article_id NOT IN (SELECT id FROM articles)",
        "fact_index": "DELETE FROM fact_index WHERE article_id NOT IN (SELECT id FROM articles)",
        "fact_entities": "DELETE FROM fact_entities WHERE fact_id NOT IN (SELECT id FROM fact_index)",
    }
    dropped = {}
    for table, sql in statements.items():
        dropped[table] = db.execute(sql).rowcount
    # An article whose index rows were lost is analysed again by the next `newsloupe index`.
    db.execute("DELETE FROM analyses WHERE content_hash IN (SELECT content_hash FROM articles WHERE entity_count > 0"
               " AND id NOT IN (SELECT article_id FROM entity_index))")
    db.execute("UPDATE articles SET entity_count = NULL WHERE entity_count IS NOT NULL"
               " AND id NOT IN (SELECT article_id FROM entity_index) AND entity_count > 0")
    return dropped


def _rebuild_stats(db: sqlite3.Connection) -> None:
    from .corrections import apply_renames
    from .schema import REFRESH_ALL_LIBRARY_STATS

    # Ranked by library identity (rows from before it have library_entity = entity).
    db.execute("UPDATE entity_index SET library_entity = entity WHERE library_entity IS NULL")
    db.execute("DELETE FROM entity_stats")
    db.execute(REFRESH_ALL_LIBRARY_STATS)
    apply_renames(db)
