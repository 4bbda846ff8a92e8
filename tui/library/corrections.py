"""The user's corrections to library identity: merge two entities, split one article off, rename.

Corrections are kept in ``entity_corrections`` and applied after every resolution (when an
analysis is stored and on ``newsloupe index --relink``), so re-indexing never undoes them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime


class CorrectionError(ValueError):
    """A correction that names no known entity or article (reported in one line)."""


@dataclass(frozen=True, slots=True)
class Corrections:
    #: Library id -> the id it was merged into (followed to the end).
    merged: dict[str, str]
    #: (article id, article entity id) -> the library id the user split it off to.
    split: dict[tuple[int, str], str]
    #: Library id -> the name the user gave it.
    renamed: dict[str, str]

    def apply(self, article_id: int, entity: str, library: str) -> str:
        found = self.split.get((article_id, entity))
        if found is not None:
            return found
        seen = set()
        while library in self.merged and library not in seen:
            seen.add(library)
            library = self.merged[library]
        return library


def load(db: sqlite3.Connection) -> Corrections:
    merged: dict[str, str] = {}
    split: dict[tuple[int, str], str] = {}
    renamed: dict[str, str] = {}
    for kind, target, other, article_id, name in db.execute(
        "SELECT kind, target, other, article_id, name FROM entity_corrections ORDER BY id"
    ):
        if kind == "merge":
            merged[other] = target
        elif kind == "split":
            split[(int(article_id), other)] = f"{target}@{article_id}"
        elif kind == "rename":
            renamed[target] = name
    return Corrections(merged, split, renamed)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _known(db: sqlite3.Connection, library_id: str) -> None:
    if not db.execute("SELECT 1 FROM entity_index WHERE library_entity = ? LIMIT 1", (library_id,)).fetchone():
        raise CorrectionError(f"no entity {library_id!r} in the library (see `newsloupe entities`)")


def merge(db: sqlite3.Connection, keep: str, other: str) -> set[str]:
    """Merge ``other`` into ``keep``; returns the library ids whose rows changed."""
    if keep == other:
        raise CorrectionError("--merge needs two different entities")
    _known(db, keep)
    _known(db, other)
    db.execute("INSERT INTO entity_corrections(kind, target, other, made_at) VALUES ('merge', ?, ?, ?)", (keep, other, _now()))
    db.execute("UPDATE entity_index SET library_entity = ? WHERE library_entity = ?", (keep, other))
    return {keep, other}


def split(db: sqlite3.Connection, library_id: str, article_id: int) -> set[str]:
    """Give article ``article_id``'s entities now linked to ``library_id`` an identity of their own."""
    rows = db.execute("SELECT entity FROM entity_index WHERE library_entity = ? AND article_id = ?",
                      (library_id, article_id)).fetchall()
    if not rows:
        raise CorrectionError(f"article {article_id} has no entity linked to {library_id!r}")
    new = f"{library_id}@{article_id}"
    for (entity,) in rows:
        db.execute("INSERT INTO entity_corrections(kind, target, other, article_id, made_at) VALUES ('split', ?, ?, ?, ?)",
                   (library_id, entity, article_id, _now()))
        db.execute("UPDATE entity_index SET library_entity = ? WHERE article_id = ? AND entity = ?", (new, article_id, entity))
    return {library_id, new}


def rename(db: sqlite3.Connection, library_id: str, name: str) -> None:
    if not name.strip():
        raise CorrectionError("--rename needs a name")
    _known(db, library_id)
    db.execute("INSERT INTO entity_corrections(kind, target, name, made_at) VALUES ('rename', ?, ?, ?)",
               (library_id, name.strip(), _now()))


def apply_renames(db: sqlite3.Connection, corrections: Corrections | None = None) -> None:
    corrections = corrections or load(db)
    db.executemany("UPDATE entity_stats SET name = ? WHERE entity = ?",
                   [(name, library_id) for library_id, name in corrections.renamed.items()])
