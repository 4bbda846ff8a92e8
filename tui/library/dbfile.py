"""Opening the library file: WAL mode, schema migrations, and what to do with a file that is not a library.

Opening never destroys a library. Only a file that is provably not one of ours
(SQLite says "file is not a database", or it holds another program's tables)
is moved aside (``library.db.corrupt-<timestamp>``) and a fresh library
started, with a one-line notice. Every other failure (locked, busy, read-only,
permission, disk full, I/O, damaged pages) is a ``StoreError`` and the file is
left byte for byte as it was. A file this user cannot write opens read-only.

Creating, moving aside and migrating happen under an advisory lock beside the
library, so racing processes take those decisions one at a time. A migration
runs in one transaction that re-reads the version, after an online backup
(SQLite's backup API) that is kept until the migration commits.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from .data_steps import run_step
from .safety import (
    StoreError,
    describe,
    file_writable,
    folder_writable,
    is_locked,
    is_not_a_database,
    library_lock,
    show,
    store_error,
)
from .schema import CORE_TABLES, MIGRATIONS, SCHEMA_VERSION

__all__ = ["StoreError", "is_locked", "locked_error", "migrate", "move_aside", "open_library"]


class _NotOurs(Exception):
    """The file is provably not a Newsloupe library (moved aside, never written)."""


def open_library(target: Path, busy_timeout: float) -> tuple[sqlite3.Connection, str | None, bool]:
    """A migrated connection to ``target``, the notice to show (or None) and whether it is read-only."""
    if target.exists() and not target.is_file():
        # Never "recover" a folder, pipe or device (--db /dev/null) by moving it aside.
        raise StoreError(f"the library {show(target)} is not a regular file (a folder, pipe or device); name a file with --db")
    if target.exists() and not (file_writable(target) and folder_writable(target)):
        return open_read_only(target), None, True
    if not target.exists() and not folder_writable(target):
        raise StoreError(f"cannot create the library {show(target)}: its folder is read-only")
    with library_lock(target):
        try:
            return connect(target, busy_timeout), None, False
        except _NotOurs as why:
            moved = move_aside(target)
            notice = (f"{show(target)} was not a Newsloupe library ({why}); "
                      f"moved it to {show(moved.name)} and started a new one")
        try:
            return connect(target, busy_timeout), notice, False
        except _NotOurs as why:
            raise StoreError(f"cannot start a new library at {show(target)}: {why}") from None


def open_read_only(target: Path) -> sqlite3.Connection:
    """Read a library nobody here may write: reads work, writes are refused by the store."""
    if not os.access(target, os.R_OK):
        raise StoreError(f"permission denied on the library {show(target)}; it was left as it was")
    uri = "file:" + quote(os.fsencode(target.resolve()).decode("utf-8", "surrogateescape"), safe="/")
    db = None
    try:
        try:
            db = sqlite3.connect(uri + "?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            tables = _tables(db)
        except sqlite3.Error:
            if db is not None:
                db.close()
            # WAL without a -shm file in a read-only folder: nothing can change it, read it as is.
            db = sqlite3.connect(uri + "?immutable=1", uri=True, isolation_level=None, check_same_thread=False)
            tables = _tables(db)
        if not tables or not CORE_TABLES <= tables:
            raise StoreError(f"the library {show(target)} is read-only and is not a Newsloupe library; left as it is")
        version = _version(db)
        if version != SCHEMA_VERSION:
            raise StoreError(
                f"the library {show(target)} is read-only and at schema {version}, not {SCHEMA_VERSION}: "
                "it cannot be upgraded here; left as it is"
            )
    except sqlite3.Error as exc:
        if db is not None:
            db.close()
        raise store_error(exc, target) from None
    except StoreError:
        if db is not None:
            db.close()
        raise
    return db


def _tables(db: sqlite3.Connection) -> set[str]:
    return {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def _version(db: sqlite3.Connection) -> int:
    has_table = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    return int(db.execute("SELECT version FROM schema_version").fetchone()[0]) if has_table else 0


def connect(target: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open, switch to WAL and migrate; _NotOurs for a foreign file, StoreError for any other failure."""
    try:
        db = sqlite3.connect(target, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise store_error(exc, target) from None
    try:
        try:
            tables = _tables(db)
        except sqlite3.DatabaseError as exc:
            if is_not_a_database(exc):
                raise _NotOurs(str(exc)) from None
            raise
        if tables and not CORE_TABLES <= tables:
            raise _NotOurs("it holds another program's tables")
        _use_wal(db, busy_timeout)
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        migrate(db, path=target)
    except sqlite3.Error as exc:
        db.close()
        raise store_error(exc, target) from None
    except BaseException:
        db.close()
        raise
    return db


def _use_wal(db: sqlite3.Connection, busy_timeout: float) -> None:
    # Changing the journal mode does not wait on the busy handler: retry while another process holds it.
    deadline = time.monotonic() + busy_timeout
    while True:
        try:
            if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                db.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not is_locked(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def migrate(db: sqlite3.Connection, *, target: int = SCHEMA_VERSION, path: Path | None = None) -> None:
    """Apply the missing migrations in one exclusive transaction, re-reading the version inside it.

    An existing library is first copied beside itself with SQLite's online backup; the copy
    is removed once the migration commits, and named in the error when it does not.
    """
    current = _version(db)
    if current > SCHEMA_VERSION:
        raise StoreError(f"the library was written by a newer Newsloupe (schema {current} > {SCHEMA_VERSION})")
    if current >= target:
        return
    db.execute("BEGIN EXCLUSIVE")
    backup: Path | None = None
    try:
        current = _version(db)  # another process may have migrated it since the first look
        if current >= target:
            db.execute("ROLLBACK")
            return
        if current > 0 and path is not None:
            backup = take_backup(path)
        if current == 0:
            db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version VALUES (0)")
        for step in range(current, target):
            run_step(db, MIGRATIONS[step], statements)
        db.execute("UPDATE schema_version SET version = ?", (target,))
        db.execute("COMMIT")
    except BaseException as exc:
        if db.in_transaction:
            db.execute("ROLLBACK")
        if backup is not None and isinstance(exc, (sqlite3.Error, OSError)):
            where = path if path is not None else Path("library")
            raise StoreError(
                f"{describe(exc, where)}; the upgrade to schema {target} was rolled back and a copy "
                f"taken before it is at {show(backup)}"
            ) from None
        raise
    if backup is not None:
        _remove(backup)


def take_backup(path: Path) -> Path:
    """An online copy of the library beside it (``<name>.backup-<timestamp>``); StoreError on failure."""
    dest = _free_name(path, "backup")
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(dest)
        try:
            source.backup(copy)
        finally:
            copy.close()
    except (sqlite3.Error, OSError) as exc:
        _remove(dest)
        raise StoreError(f"{describe(exc, path)} (while taking a backup before upgrading it)") from None
    finally:
        source.close()
    return dest


def _free_name(target: Path, kind: str) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    candidate = target.with_name(f"{target.name}.{kind}-{stamp}")
    n = 1
    while candidate.exists():
        candidate = target.with_name(f"{target.name}.{kind}-{stamp}-{n}")
        n += 1
    return candidate


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
              path.with_name(path.name + "-journal")):
        try:
            p.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            pass


def statements(script: str) -> list[str]:
    """The SQL statements of ``script`` (a trigger's body keeps its own semicolons)."""
    found, pending = [], ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                found.append(pending.strip())
            pending = ""
    if pending.strip(" \n;"):
        found.append(pending.strip())
    return found


def locked_error(path: Path) -> StoreError:
    return StoreError(f"the library {show(path)} is locked by another Newsloupe (busy); close it and try again")


def move_aside(target: Path) -> Path:
    """Rename a file that is not a library (and its -wal/-shm) to ``<name>.corrupt-<timestamp>``."""
    moved = _free_name(target, "corrupt")
    try:
        os.replace(target, moved)
        for suffix in ("-wal", "-shm"):
            side = target.with_name(target.name + suffix)
            if side.exists():
                os.replace(side, moved.with_name(moved.name + suffix))
    except OSError as exc:
        raise store_error(exc, target) from None
    return moved
