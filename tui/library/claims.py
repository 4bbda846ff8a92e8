"""Claims on indexing work, so several runs (or Dask batches) share one library's pending articles.

A claim is a row of ``index_claims``: an article, who holds it, until when (a lease) and
from which session. The claims of a run that died (kill -9 included) lapse on their own: on
PostgreSQL as soon as the server has ended its session, elsewhere when the lease runs out.
Claiming picks pending articles nobody else holds and writes the claims in the same transaction:

- PostgreSQL: the candidates are read ``FOR UPDATE SKIP LOCKED`` (two runs claiming at once never
  wait on, or take, each other's rows), and the upsert of the claims decides: it only takes an
  article whose claim is free, lapsed or already ours, and returns what it took. The unique key
  arbitrates on the latest committed row, not on the statement's snapshot, so even a run that read
  its candidates just before another committed cannot take the same article.
- SQLite: the write transaction (``BEGIN IMMEDIATE``) already lets one writer in at a time.

Storing an analysis drops the article's claim (``Store.put_analysis``). Live claims, our own
included, are never claimed again: an article that failed stays with its run until the run
releases its claims (``Store.release_claims``), so no run loops on it.
"""

from __future__ import annotations

import time
from typing import Any

from tui.extract.types import ModelInfo

#: Seconds a claim holds: longer than a batch takes to analyse; a dead run's claims lapse after it.
LEASE = 300.0


def now() -> float:
    return time.time()


def pending_condition(model: ModelInfo, extractor_version: str,
                      languages: tuple[str | None, ...] | None = None) -> tuple[str, list[Any]]:
    """SQL (over ``articles``) for articles with no analysis by this model, and its parameters."""
    sql = ("NOT EXISTS (SELECT 1 FROM analyses a WHERE a.content_hash = articles.content_hash"
           " AND a.model_name = ? AND a.model_version = ? AND a.extractor_version = ?)")
    params: list[Any] = [model.name, model.version, extractor_version]
    if languages is not None:
        named = [lang for lang in languages if lang is not None]
        parts = [f"language IN ({', '.join('?' * len(named))})"] if named else []
        if None in languages:
            parts.append("language IS NULL OR language = ''")
        sql += " AND (" + (" OR ".join(parts) or "1 = 0") + ")"
        params += named
    return sql, params


def _alive(dialect: str, table: str) -> str:
    """SQL true while the run holding a claim is connected (PostgreSQL ends a dead client's session)."""
    if dialect != "postgresql":
        return "1"
    return f"EXISTS (SELECT 1 FROM pg_stat_activity s WHERE s.pid = {table}.session)"


def session_of(db: Any, dialect: str) -> int:
    """This connection's server session (PostgreSQL's backend pid), else this process."""
    import os

    if dialect == "postgresql":
        return int(db.execute_native("SELECT pg_backend_pid()").fetchone()[0])
    return os.getpid()


def claim(db: Any, dialect: str, model: ModelInfo, extractor_version: str, owner: str, *, limit: int,
          lease: float = LEASE, languages: tuple[str | None, ...] | None = None) -> list[int]:
    """Claim up to ``limit`` pending articles inside the caller's write transaction; their ids, oldest first."""
    moment = now()
    session = session_of(db, dialect)
    # Our own claims still running are renewed, so a long run never loses what it is working on.
    db.execute("UPDATE index_claims SET expires = ? WHERE owner = ?", (moment + lease, owner))
    condition, params = pending_condition(model, extractor_version, languages)
    lock = " FOR UPDATE OF articles SKIP LOCKED" if dialect == "postgresql" else ""
    rows = db.execute(
        f"SELECT id FROM articles WHERE {condition} AND NOT EXISTS (SELECT 1 FROM index_claims c"
        f" WHERE c.article_id = articles.id AND c.expires > ? AND {_alive(dialect, 'c')}) ORDER BY id LIMIT ?" + lock,
        (*params, moment, int(limit)),
    ).fetchall()
    if not rows:
        return []
    values = ", ".join("(?, ?, ?, ?)" for _ in rows)
    taken = db.execute(
        f"INSERT INTO index_claims(article_id, owner, expires, session) VALUES {values}"
        " ON CONFLICT (article_id) DO UPDATE SET owner = excluded.owner, expires = excluded.expires,"
        " session = excluded.session WHERE index_claims.expires <= ? OR index_claims.owner = excluded.owner"
        f" OR NOT {_alive(dialect, 'index_claims')} RETURNING article_id",
        (*[v for (article_id,) in rows for v in (article_id, owner, moment + lease, session)], moment),
    ).fetchall()
    return sorted(int(r[0]) for r in taken)
