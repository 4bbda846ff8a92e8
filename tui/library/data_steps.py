"""Migration steps written in Python: stored values rewritten by the project's own parsers, which SQL cannot call.

A ``DataStep`` stands in ``schema.MIGRATIONS`` among the SQL steps and counts as one schema version.
Both back ends run it inside the upgrade's one transaction (``dbfile.migrate``, ``pg.migrate``), on the
connection they upgrade with: an ``sqlite3.Connection`` or a ``PgConnection``, both of which take the
library's SQLite-flavoured SQL (``?`` parameters). A step only reads and updates rows (tables and indexes
are the SQL steps' business), so it needs no PostgreSQL piece of its own; when it fails, the whole
upgrade rolls back with it, and the version it brings is recorded only once it has run, so it runs once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tui.extract.records import record


@record
class DataStep:
    """One migration step in Python: ``run(db)`` rewrites rows inside the upgrade's transaction."""

    #: What the step does, in a few words (shown by tests and in a failed upgrade's traceback).
    name: str
    run: Callable[[Any], None]


#: Rows updated per statement: a library of millions of old dates is rewritten without one giant parameter list.
_CHUNK = 1000


def iso_published(db: Any) -> None:
    """Dates stored as written by older versions ("February 4, 2025", "Tue, 04 Feb 2025 10:00:00 GMT")
    become ISO 8601, as ``add`` stores them now (``published_value``), so the list, ordered by the stored
    text, no longer shows them above every ISO-dated article. A value that is no date the reader knows
    ("TBD") is left as it was: a migration never loses what a user saved.

    Only values whose fifth character is not the '-' of "YYYY-" are read (ISO dates are most of a library).
    """
    from .sources.published import published_value

    rows = db.execute(
        "SELECT id, published FROM articles WHERE published IS NOT NULL AND substr(published, 5, 1) <> '-'"
    ).fetchall()
    changes = []
    for article_id, old in rows:
        new, _refused = published_value(old)
        if new is not None and new != old:
            changes.append((new, article_id))
    for start in range(0, len(changes), _CHUNK):
        db.executemany("UPDATE articles SET published = ? WHERE id = ?", changes[start:start + _CHUNK])


def run_step(db: Any, step: str | DataStep, statements: Callable[[str], list[str]]) -> None:
    """Apply one SQL (its statements, in order) or Python migration step on ``db``."""
    if isinstance(step, DataStep):
        step.run(db)
        return
    for statement in statements(step):
        db.execute(statement)
