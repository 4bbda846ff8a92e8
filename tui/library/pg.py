"""A shared library on PostgreSQL (psycopg 3): opening, migrating, and a connection that speaks the library's SQL.

``PgConnection`` offers what the library's modules use of an ``sqlite3.Connection``
(``execute``, ``executemany``, cursors with ``fetchone``/``fetchall``/``lastrowid``/``rowcount``),
rewriting each statement through ``dialect.to_postgres``. It runs in autocommit mode, so a read
never leaves a transaction open; writes run in ``Store._write``'s explicit transaction.

Every failure (bad URL, server down, wrong password, unknown database) becomes a one-line
``StoreError`` with the password masked.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .safety import StoreError

URL_SCHEMES = ("postgresql://", "postgres://")
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 5
#: Key of the advisory lock that serialises migrations and the library's shared writes.
WRITE_LOCK = 0x4E4C5750  # "NLWP"
MIGRATE_LOCK = 0x4E4C4D47  # "NLMG"


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.lower().startswith(URL_SCHEMES)


def masked(url: str) -> str:
    """The URL with any password replaced by ``***`` (for messages)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return re.sub(r":[^:@/]*@", ":***@", url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return urlunsplit(parts._replace(netloc=netloc))


def check_url(url: str) -> None:
    """Refuse a URL psycopg would misread, in one line."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
    except ValueError as exc:
        raise StoreError(f"bad PostgreSQL URL {masked(url)}: {exc}") from None
    if not parts.path.strip("/"):
        raise StoreError(f"bad PostgreSQL URL {masked(url)}: it names no database "
                         "(postgresql://user@host:port/database)")


def describe(exc: BaseException, url: str) -> str:
    """One line for a psycopg error, naming the library by its masked URL."""
    text = " ".join(str(exc).strip().splitlines()[0].split()) if str(exc).strip() else type(exc).__name__
    lowered = text.lower()
    where = masked(url)
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        return f"PostgreSQL refused the login to {where}: authentication failed (check the user and password)"
    if "role" in lowered and "does not exist" in lowered:
        return f"PostgreSQL refused the login to {where}: {_last_reason(text)}"
    if "does not exist" in lowered and "database" in lowered:
        return f"the PostgreSQL database of {where} does not exist: create it with `createdb` first"
    if "connection refused" in lowered or "could not connect" in lowered or "timeout" in lowered \
            or "no such file or directory" in lowered or "resolve host" in lowered \
            or "could not translate host name" in lowered:
        return f"cannot reach the PostgreSQL server of {where} (is it running? {_last_reason(text)})"
    if any(sign in lowered for sign in ("terminating connection", "server closed the connection", "consuming input")):
        return f"the PostgreSQL server of {where} closed the connection; nothing more was saved"
    return f"PostgreSQL library {where}: {_last_reason(text)}"


def _last_reason(text: str) -> str:
    # libpq prefixes every attempt ("connection to server at ... failed: "): keep the reason.
    reason = text.rsplit("failed:", 1)[-1].strip()
    return reason.removeprefix("FATAL:").strip()[:200]


class PgCursor:
    """The parts of an sqlite3 cursor the library reads."""

    def __init__(self, rows: list[tuple[Any, ...]] | None, rowcount: int, lastrowid: int | None) -> None:
        self._rows = rows or []
        self.rowcount = rowcount
        self.lastrowid = lastrowid

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._rows.pop(0) if self._rows else None

    def fetchall(self) -> list[tuple[Any, ...]]:
        rows, self._rows = self._rows, []
        return rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.fetchall())


class PgConnection:
    """A psycopg connection seen through the library's (SQLite-flavoured) SQL."""

    dialect = "postgresql"

    def __init__(self, conn: Any, url: str) -> None:
        self.conn = conn
        self.url = url

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> PgCursor:
        # The rewriter (a dozen regular expressions) loads with the first statement, not with every
        # SQLite reader that only asks whether its target is a server.
        from .dialect import to_postgres

        text, returning = to_postgres(sql)
        return self.execute_native(text, params, returning=returning)

    def execute_native(self, sql: str, params: Sequence[Any] | dict[str, Any] = (), *,
                       returning: bool = False) -> PgCursor:
        """Run PostgreSQL SQL as written (``%s`` placeholders)."""
        with self.conn.cursor() as cur:
            cur.execute(sql, _params(params))
            rows = cur.fetchall() if cur.description is not None else None
            lastrowid = int(rows[0][0]) if returning and rows else None
            return PgCursor(rows, cur.rowcount, lastrowid)

    def executemany(self, sql: str, seq: Iterable[Sequence[Any] | dict[str, Any]]) -> PgCursor:
        items = [_params(p) for p in seq]
        if not items:
            return PgCursor(None, 0, None)
        from .dialect import to_postgres

        text, _ = to_postgres(sql)
        with self.conn.cursor() as cur:
            cur.executemany(text, items)
            return PgCursor(None, cur.rowcount, None)

    @property
    def in_transaction(self) -> bool:
        from psycopg import pq

        return bool(self.conn.info.transaction_status != pq.TransactionStatus.IDLE)

    def close(self) -> None:
        self.conn.close()


def _params(params: Sequence[Any] | dict[str, Any]) -> Sequence[Any] | dict[str, Any]:
    if isinstance(params, dict):
        return params
    # sqlite3 takes memoryviews and bools as numbers; PostgreSQL columns here are BIGINT and BYTEA.
    return [bytes(p) if isinstance(p, memoryview) else p for p in params]


def connect(url: str) -> PgConnection:
    """A migrated connection to the library at ``url``; StoreError (one line) on any failure."""
    check_url(url)
    try:
        import psycopg
    except ImportError:
        raise StoreError("PostgreSQL libraries need psycopg: install Newsloupe's requirements (make venv)") from None
    try:
        conn = psycopg.connect(url, autocommit=True, connect_timeout=CONNECT_TIMEOUT,
                               application_name="newsloupe")
    except psycopg.Error as exc:
        raise StoreError(describe(exc, url)) from None
    db = PgConnection(conn, url)
    try:
        migrate(db)
    except psycopg.Error as exc:
        conn.close()
        raise StoreError(describe(exc, url)) from None
    except BaseException:
        conn.close()
        raise
    return db


def schema_version(db: PgConnection) -> int:
    found = db.execute_native("SELECT to_regclass('schema_version') IS NOT NULL").fetchone()
    if not found or not found[0]:
        return 0
    row = db.execute_native("SELECT version FROM schema_version").fetchone()
    return int(row[0]) if row else 0


def migrate(db: PgConnection) -> None:
    """Apply the missing migrations in one transaction, under an advisory lock, re-reading the version inside."""
    from . import schema_pg
    from .schema import SCHEMA_VERSION

    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise StoreError(f"the library {masked(db.url)} was written by a newer Newsloupe "
                         f"(schema {current} > {SCHEMA_VERSION})")
    if current == SCHEMA_VERSION:
        return
    with db.conn.transaction():
        db.execute_native("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
        current = schema_version(db)  # another client may have migrated it meanwhile
        if current >= SCHEMA_VERSION:
            return
        if current == 0:
            _refuse_foreign(db)
            db.execute_native("CREATE TABLE schema_version (version BIGINT NOT NULL)")
            db.execute_native("INSERT INTO schema_version VALUES (0)")
        for n in range(current + 1, SCHEMA_VERSION + 1):
            for statement in schema_pg.step(n):
                if isinstance(statement, str):
                    db.execute_native(statement)
                else:
                    statement.run(db)  # a Python step: it writes the library's SQL, rewritten by db.execute
        db.execute_native("UPDATE schema_version SET version = %s", (SCHEMA_VERSION,))


def _refuse_foreign(db: PgConnection) -> None:
    """A database that holds another program's tables is never written into."""
    row = db.execute_native(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()").fetchone()
    if row and int(row[0]) > 0:
        raise StoreError(f"the PostgreSQL database of {masked(db.url)} holds other tables and no Newsloupe library; "
                         "left as it is (name an empty database)")
