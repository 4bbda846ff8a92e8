"""Library identity in the database: resolve blocks of entity_index rows that share a name key.

``link_article`` runs when an analysis is stored (only the blocks that article touches);
``relink`` runs over every block (``newsloupe index --relink``), one block in memory at a
time, so a block could as well be handed to another worker. The decisions themselves are
the pure functions of ``tui.library.identity``.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable

from .identity import EntityRecord, block_key, canonical, family, resolve_block
from .schema import REFRESH_LIBRARY_STATS


#: Labels the model gives a lone surname by mistake ("Trump said" as ORG).
_SURNAME_MISTAKES = frozenset({"ORG", "PRODUCT", "WORK_OF_ART", "FAC", "EVENT"})


def block_of(name: str, label: str, acronyms: dict[str, str], db: sqlite3.Connection | None = None) -> str:
    """The block key of one article entity.

    An acronym seen spelt out elsewhere joins that name's block; a one-word name the model
    called an organisation joins a surname's block when the library knows a person by it.
    """
    if label != "PERSON":
        key = canonical(name, label)
        full = acronyms.get(key.replace(".", ""))
        if full:
            return f"{family(label)}:{full}"
        if db is not None and label in _SURNAME_MISTAKES and key.isalpha() and " " not in key:
            person = block_key(name, "PERSON")
            known = db.execute("SELECT 1 FROM entity_index WHERE block = ? AND label = 'PERSON' AND name LIKE '% %' LIMIT 1",
                               (person,)).fetchone()
            if known:
                return person
    return block_key(name, label)


def acronyms_of(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    wanted = sorted({k.replace(".", "") for k in keys})
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ",".join("?" * len(part))
        out.update(db.execute(f"SELECT acronym, name FROM entity_acronyms WHERE acronym IN ({marks})", part).fetchall())
    return out


def resolve_blocks(db: sqlite3.Connection, blocks: Iterable[str]) -> set[str]:
    """Re-resolve the given blocks in place; returns every library id touched (old and new)."""
    touched: set[str] = set()
    for block in sorted(set(blocks)):
        rows = db.execute(
            "SELECT article_id, entity, name, label, aliases, mentions, library_entity FROM entity_index WHERE block = ?",
            (block,),
        ).fetchall()
        if not rows:
            continue
        records = [EntityRecord(str(r[0]), r[1], r[2], r[3], tuple(json.loads(r[4])), r[5]) for r in rows]
        context = _context(db, {r[0] for r in rows}) if block.startswith("p:") else {}
        links = resolve_block(records, context=context, acronyms={})
        changed = []
        for r in rows:
            new = _corrected(db, r[0], r[1]) or links[(str(r[0]), r[1])]
            if new != r[6]:
                changed.append((new, r[0], r[1]))
                touched.update(x for x in (r[6], new) if x)
        db.executemany("UPDATE entity_index SET library_entity = ? WHERE article_id = ? AND entity = ?", changed)
    return touched


def _corrected(db: sqlite3.Connection, article_id: int, entity: str) -> str | None:
    """A user's correction outlives every relink (none yet: kept as the one place to look)."""
    return None


def _context(db: sqlite3.Connection, article_ids: set[int]) -> dict[str, frozenset[str]]:
    ids = sorted(article_ids)
    out: dict[str, frozenset[str]] = {}
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        marks = ",".join("?" * len(part))
        for aid, keys in db.execute(f"SELECT article_id, keys FROM article_context WHERE article_id IN ({marks})", part):
            out[str(aid)] = frozenset(json.loads(keys))
    return out


def refresh_stats(db: sqlite3.Connection, library_ids: set[str]) -> None:
    params = [{"entity": e} for e in sorted(library_ids)]
    for statement in REFRESH_LIBRARY_STATS:
        db.executemany(statement, params)


def relink(db: sqlite3.Connection, *, on_block: Callable[[int, int], None] | None = None, chunk: int = 2000) -> int:
    """Recompute every row's block (acronyms learnt since), then resolve every block; returns blocks done."""
    acronyms = dict(db.execute("SELECT acronym, name FROM entity_acronyms").fetchall())
    last = (-1, "")
    while True:  # blocks recomputed in keyset pages, never the whole table at once
        rows = db.execute(
            "SELECT article_id, entity, name, label FROM entity_index WHERE (article_id, entity) > (?, ?)"
            " ORDER BY article_id, entity LIMIT ?", (*last, chunk),
        ).fetchall()
        if not rows:
            break
        db.executemany(
            "UPDATE entity_index SET block = ? WHERE article_id = ? AND entity = ?",
            [(block_of(r[2], r[3], acronyms, db), r[0], r[1]) for r in rows],
        )
        last = (rows[-1][0], rows[-1][1])
    blocks = [r[0] for r in db.execute("SELECT DISTINCT block FROM entity_index ORDER BY block")]
    touched: set[str] = set()
    for n, i in enumerate(range(0, len(blocks), 200)):
        touched |= resolve_blocks(db, blocks[i : i + 200])
        if on_block:
            on_block(min(i + 200, len(blocks)), len(blocks))
    refresh_stats(db, touched)
    return len(blocks)
