"""Opening the library file: WAL mode, schema migrations, and recovery of a file that is not a library.

A corrupt or foreign file is moved aside (``library.db.corrupt-<timestamp>``)
and a fresh library started, with a one-line notice; a file locked by another
instance is reported, never waited on for ever.
"""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

from .schema import CORE_TABLES, MIGRATIONS, SCHEMA_VERSION


class StoreError(Exception):
    """The library cannot be used (locked by another instance, unusable path); one-line message."""


def open_library(target: Path, busy_timeout: float) -> tuple[sqlite3.Connection, str | None]:
    """A migrated connection to ``target`` and the notice to show when the old file was moved aside."""
    if target.exists() and not target.is_file():
        # Never "recover" a folder, pipe or device (--db /dev/null) by moving it aside.
        raise StoreError(f"the library {target} is not a regular file (a folder, pipe or device); name a file with --db")
    notice = None
    try:
        db = connect(target, busy_timeout)
    except sqlite3.DatabaseError as exc:
        if is_locked(exc):
            raise locked_error(target) from None
        moved = move_aside(target)
        notice = f"{target} was not a usable Newsloupe library ({exc}); moved it to {moved.name} and started a new one"
        try:
            db = connect(target, busy_timeout)
        except sqlite3.DatabaseError as exc2:
            raise StoreError(f"cannot open the library {target}: {exc2}") from None
    return db, notice


def connect(target: Path, busy_timeout: float) -> sqlite3.Connection:
    try:
        db = sqlite3.connect(target, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
    except sqlite3.OperationalError as exc:
        raise StoreError(f"cannot open the library {target}: {exc}") from None
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and not CORE_TABLES <= tables:
            raise sqlite3.DatabaseError("it holds another program's tables")
        if db.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        db.execute("PRAGMA synchronous=NORMAL")
        migrate(db)
    except BaseException:
        db.close()
        raise
    return db


def migrate(db: sqlite3.Connection, *, target: int = SCHEMA_VERSION) -> None:
    """Apply the missing migrations; the version check itself needs no write lock."""
    has_table = db.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_version'").fetchone()
    current = int(db.execute("SELECT version FROM schema_version").fetchone()[0]) if has_table else 0
    if current > SCHEMA_VERSION:
        raise StoreError(f"the library was written by a newer Newsloupe (schema {current} > {SCHEMA_VERSION})")
    if current >= target:
        return
    try:
        db.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as exc:
        if is_locked(exc):
            raise StoreError("the library is locked by another Newsloupe; close it and try again") from None
        raise
    try:
        if not has_table:
            db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
            db.execute("INSERT INTO schema_version VALUES (0)")
        for step in range(current, target):
            for statement in MIGRATIONS[step].split(";"):
                if statement.strip():
                    db.execute(statement)
        db.execute("UPDATE schema_version SET version = ?", (target,))
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


def is_locked(exc: sqlite3.Error) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def locked_error(path: Path) -> StoreError:
    return StoreError(f"the library {path} is locked by another Newsloupe (busy); close it and try again")


def move_aside(target: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    moved = target.with_name(f"{target.name}.corrupt-{stamp}")
    n = 1
    while moved.exists():
        moved = target.with_name(f"{target.name}.corrupt-{stamp}-{n}")
        n += 1
    os.replace(target, moved)
    for suffix in ("-wal", "-shm"):
        side = target.with_name(target.name + suffix)
        if side.exists():
            os.replace(side, moved.with_name(moved.name + suffix))
    return moved
