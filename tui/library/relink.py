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
from typing import Any

from . import corrections
from .identity import EntityRecord, block_key, block_name, canonical, country_prefix, family, resolve_block
from .schema import REFRESH_ALL_LIBRARY_STATS, REFRESH_LIBRARY_STATS

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
            return f"{family(label)}:{block_name(full, label)}"
        if db is not None and _mislabel_candidate(name, label):
            person = block_key(name, "PERSON")
            known = db.execute("SELECT 1 FROM entity_index WHERE block = ? AND label = 'PERSON' AND name LIKE '% %' LIMIT 1",
                               (person,)).fetchone()
            if known:
                return person
    return block_key(name, label)


#: After indexing only these rows can change block: rows from before blocks existed, and one-word
#: names of anything but a person (an acronym spelt out later, a surname given a full name later).
_MAY_MOVE = " AND (block = '' OR (label != 'PERSON' AND instr(name, ' ') = 0))"


def _mislabel_candidate(name: str, label: str) -> bool:
    key = canonical(name, label)
    return label in _SURNAME_MISTAKES and key.isalpha() and " " not in key


def acronyms_of(db: sqlite3.Connection, keys: Iterable[str]) -> dict[str, str]:
    wanted = sorted({k.replace(".", "") for k in keys})
    out: dict[str, str] = {}
    for i in range(0, len(wanted), 500):
        part = wanted[i : i + 500]
        marks = ",".join("?" * len(part))
        out.update(db.execute(f"SELECT acronym, name FROM entity_acronyms WHERE acronym IN ({marks})", part).fetchall())
    return out


_ROW_COLUMNS = "block, article_id, entity, name, label, aliases, mentions, library_entity"


def resolve_blocks(db: sqlite3.Connection, blocks: Iterable[str]) -> set[str]:
    """Re-resolve the given blocks in place; returns every library id touched (old and new)."""
    touched: set[str] = set()
    for block in sorted(set(blocks) - {""}):  # "": rows from before blocks existed, placed by the next relink
        rows = db.execute(f"SELECT {_ROW_COLUMNS} FROM entity_index WHERE block = ?", (block,)).fetchall()
        touched |= _resolve_rows(db, {block: rows})
    return touched


def _resolve_rows(db: sqlite3.Connection, by_block: dict[str, list[tuple[Any, ...]]]) -> set[str]:
    """Resolve whole blocks of rows (``_ROW_COLUMNS``), writing only the ids that change."""
    touched: set[str] = set()
    # Context decides a lone surname, and a bare name beside one named after a country.
    people = {r[1] for block, rows in by_block.items()
              if block.startswith("p:") or any(country_prefix(canonical(r[3], r[4]), r[4]) for r in rows) for r in rows}
    context = _context(db, people) if people else {}
    fixes = corrections.load(db)
    changed = []
    for rows in by_block.values():
        if not rows:
            continue
        records = [EntityRecord(str(r[1]), r[2], r[3], r[4], tuple(json.loads(r[5])), r[6]) for r in rows]
        links = resolve_block(records, context=context, acronyms={})
        for r in rows:
            new = fixes.apply(r[1], r[2], links[(str(r[1]), r[2])])
            if new != r[7]:
                changed.append((new, r[1], r[2]))
                touched.update(x for x in (r[7], new) if x)
    db.executemany("UPDATE entity_index SET library_entity = ? WHERE article_id = ? AND entity = ?", changed)
    return touched


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
    """Recompute the ranking rows of these library ids (all of them in one SQL pass when many changed)."""
    if len(library_ids) > 5000:
        db.execute("DELETE FROM entity_stats")
        db.execute(REFRESH_ALL_LIBRARY_STATS)
        corrections.apply_renames(db)
        return
    params = [{"entity": e} for e in sorted(library_ids)]
    for statement in REFRESH_LIBRARY_STATS:
        db.executemany(statement, params)
    corrections.apply_renames(db)


def relink(db: sqlite3.Connection, *, on_block: Callable[[int, int], None] | None = None, chunk: int = 5000,
           only_changed: bool = False) -> int:
    """Recompute every row's block (acronyms learnt since), then resolve every block; returns blocks done.

    ``only_changed`` resolves only the blocks that rows moved out of or into (after indexing:
    an acronym spelt out by a later article, a surname a later article gave a full name).

    Both passes read the index in keyset pages, never the whole table at once; a page holds
    whole blocks (the block cut by the page's end is read on its own), so each block could as
    well be handed to a worker of its own.
    """
    acronyms = dict(db.execute("SELECT acronym, name FROM entity_acronyms").fetchall())
    moved: set[str] = set()
    last: tuple[int, str]
    # Two passes: names first, then one-word names the model may have mislabelled, which look
    # up the surname blocks the first pass has settled.
    for one_word in (False, True):
        last = (-1, "")
        while True:
            rows = db.execute(
                "SELECT article_id, entity, name, label, block FROM entity_index WHERE (article_id, entity) > (?, ?)"
                + (_MAY_MOVE if only_changed else "") + " ORDER BY article_id, entity LIMIT ?", (*last, chunk),
            ).fetchall()
            if not rows:
                break
            last = (rows[-1][0], rows[-1][1])
            rows = [r for r in rows if _mislabel_candidate(r[2], r[3]) == one_word]
            updates = [(new, r[0], r[1], r[4]) for r in rows
                       if (new := block_of(r[2], r[3], acronyms, db if one_word else None)) != r[4]]
            db.executemany("UPDATE entity_index SET block = ? WHERE article_id = ? AND entity = ?", [u[:3] for u in updates])
            moved.update(b for u in updates for b in (u[0], u[3]))
    if only_changed:
        refresh_stats(db, resolve_blocks(db, moved))
        return len(moved)
    touched: set[str] = set()
    done = 0
    after = ""
    first = True
    while True:
        rows = db.execute(
            f"SELECT {_ROW_COLUMNS} FROM entity_index WHERE block > ? OR (? AND block = ?) ORDER BY block LIMIT ?",
            (after, first, after, chunk),
        ).fetchall()
        first = False
        if not rows:
            break
        by_block: dict[str, list[tuple[Any, ...]]] = {}
        for r in rows:
            by_block.setdefault(r[0], []).append(r)
        tail = rows[-1][0]
        if len(rows) == chunk:  # the last block may go on past the page: read it whole
            by_block[tail] = db.execute(f"SELECT {_ROW_COLUMNS} FROM entity_index WHERE block = ?", (tail,)).fetchall()
        touched |= _resolve_rows(db, by_block)
        done += len(by_block)
        after = tail
        if on_block:
            on_block(done, 0)
    refresh_stats(db, touched)
    return done
