"""What went wrong with the library file, said as what it is: locked, read-only, disk full, damaged...

SQLite reports every failure as an exception with a result code. Only "not a
database" proves a file is not ours; everything else (a lock, a full disk, a
read-only file, a damaged page) leaves the file exactly as it was and gets one
line naming the cause. ``library_lock`` serialises the decisions taken when a
library is opened (create, move aside, migrate) between Newsloupe processes.
"""

from __future__ import annotations

import errno
import fcntl
import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

# SQLite primary result codes (the low byte of an extended code).
SQLITE_PERM = 3
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_NOMEM = 7
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_AUTH = 23
SQLITE_NOTADB = 26


class StoreError(Exception):
    """The library cannot be used (locked, read-only, disk full, damaged...); a one-line message."""


def show(path: Path | str) -> str:
    """A path as it may be shown: control characters visible, undecodable bytes as U+FFFD."""
    from tui.render.sanitize import sanitize

    return sanitize(os.fspath(path))


def result_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def is_locked(exc: BaseException) -> bool:
    code = result_code(exc)
    if code is not None:
        return code in (SQLITE_BUSY, SQLITE_LOCKED)
    return "locked" in str(exc) or "busy" in str(exc)


def is_not_a_database(exc: BaseException) -> bool:
    return result_code(exc) == SQLITE_NOTADB


def describe(exc: BaseException, path: Path | str) -> str:
    """One line naming the cause of an SQLite or OS failure on the library at ``path``."""
    where = f"the library {show(path)}"
    code = result_code(exc)
    err = getattr(exc, "errno", None)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return f"{where} is locked by another Newsloupe (busy); close it and try again"
    if code == SQLITE_FULL or err == errno.ENOSPC or isinstance(exc, sqlite3.Error) and "full" in str(exc):
        return f"the disk is full: {where} was left as it was; free some space and try again"
    if isinstance(exc, MemoryError) or code == SQLITE_NOMEM or err == errno.ENOMEM:
        return f"out of memory while using {where}; it was left as it was"
    if code == SQLITE_READONLY or err == errno.EROFS:
        return f"{where} is read-only: nothing can be saved to it"
    if code in (SQLITE_PERM, SQLITE_AUTH) or err in (errno.EACCES, errno.EPERM):
        return f"permission denied on {where}; it was left as it was"
    if code == SQLITE_CORRUPT:
        return (f"{where} is damaged ({exc}); it was left as it was: "
                "`newsloupe check` reports the damage, `newsloupe repair` recovers what it can")
    if code == SQLITE_IOERR or err == errno.EIO:
        return f"I/O error on {where} ({exc}); it was left as it was"
    if code == SQLITE_CANTOPEN:
        return f"cannot open {where} ({exc})"
    if code == SQLITE_NOTADB:
        return f"{where} is not an SQLite database"
    strerror = getattr(exc, "strerror", None)
    return f"{where}: {strerror or exc}"


def store_error(exc: BaseException, path: Path | str) -> StoreError:
    return StoreError(describe(exc, path))


def lock_path(target: Path) -> Path:
    return target.with_name(target.name + ".lock")


@contextmanager
def library_lock(target: Path, *, purpose: str = "open", wait_message: str | None = None,
                 on_wait: Callable[[str], object] | None = None) -> Iterator[bool]:
    """Hold an exclusive advisory lock beside the library; yields False where none can be taken.

    The kernel drops the lock when the process dies (kill -9 included), so it never goes stale.
    ``on_wait(message)`` is called once when another process holds it and this one waits.
    """
    name = lock_path(target) if purpose == "open" else target.with_name(f"{target.name}.{purpose}.lock")
    try:
        fd = os.open(name, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    except OSError:
        # A read-only folder: nobody can create or migrate here, so there is nothing to serialise.
        yield False
        return
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if on_wait is not None and wait_message:
                on_wait(wait_message)
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield True
    finally:
        os.close(fd)


def folder_writable(target: Path) -> bool:
    return os.access(target.parent if str(target.parent) else Path("."), os.W_OK | os.X_OK)


def file_writable(target: Path) -> bool:
    return os.access(target, os.W_OK)
