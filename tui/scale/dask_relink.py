"""``newsloupe index --relink`` on Dask: library identity resolved again, block by block, on the workers.

Three waves of tasks, each over a slice of the entity index no larger than ``chunk`` rows,
so no process ever holds the whole table:

1. ``reblock`` (article id ranges): every row's name block recomputed, with the acronyms
   learnt since (looked up for the range's names only);
2. the same for one-word names the model may have mislabelled, once (1) has settled the
   surname blocks they look up;
3. ``resolve`` (ranges of whole blocks): each block resolved on its own and the ranking rows
   of the library ids it changed refreshed, in one short transaction per range.

Then the boilerplate marks, once. The decisions are ``tui.library.relink``'s, row for row,
so the library comes out as ``Store.relink`` leaves it. After an index, ``after_indexing_on_dask``
does the same for only the rows later articles can have moved, as ``Store.after_indexing`` does.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from tui.library import corrections, relink
from tui.library.identity import canonical
from tui.library.schema import REFRESH_LIBRARY_STATS

if TYPE_CHECKING:
    from distributed import Client

    from tui.library.store import Store

#: Entity rows per task: a few thousand keeps every transaction short and every task small.
CHUNK = 5000


# -- what the workers run ---------------------------------------------------------------------

def reblock_rows(db: sqlite3.Connection, first: int, last: int, *, one_word: bool,
                 only_changed: bool = False) -> set[str]:
    """Recompute the block of the rows of articles ``first``..``last``; returns the blocks rows left or joined.

    ``only_changed`` looks only at the rows indexing can have left in a stale block (as
    ``Store.after_indexing`` does).
    """
    rows = db.execute("SELECT article_id, entity, name, label, block FROM entity_index"
                      " WHERE article_id BETWEEN ? AND ?" + (relink._MAY_MOVE if only_changed else ""),
                      (first, last)).fetchall()
    rows = [r for r in rows if relink._mislabel_candidate(r[2], r[3]) == one_word]
    acronyms = relink.acronyms_of(db, (canonical(r[2], r[3]) for r in rows if r[3] != "PERSON"))
    updates = [(new, r[0], r[1], r[4]) for r in rows
               if (new := relink.block_of(r[2], r[3], acronyms, db if one_word else None)) != r[4]]
    db.executemany("UPDATE entity_index SET block = ? WHERE article_id = ? AND entity = ?", [u[:3] for u in updates])
    return {b for u in updates for b in (u[0], u[3])}


def _refresh(db: sqlite3.Connection, touched: set[str]) -> None:
    # Ranking rows of the library ids a task changed, one id at a time (never the whole table).
    # A library id two tasks share is refreshed by each, and the later transaction sees both.
    params = [{"entity": e} for e in sorted(touched)]
    for statement in REFRESH_LIBRARY_STATS:
        db.executemany(statement, params)
    corrections.apply_renames(db)


def resolve_rows(db: sqlite3.Connection, first: str, last: str) -> int:
    """Resolve every block from ``first`` to ``last`` (whole blocks) and refresh what changed; returns blocks."""
    by_block: dict[str, list[tuple[Any, ...]]] = {}
    for r in db.execute(f"SELECT {relink._ROW_COLUMNS} FROM entity_index WHERE block BETWEEN ? AND ?", (first, last)):
        by_block.setdefault(r[0], []).append(r)
    _refresh(db, relink._resolve_rows(db, by_block))
    return len(by_block)


def reblock_task(target: str, first: int, last: int, one_word: bool, only_changed: bool = False) -> list[str]:
    """The blocks moved rows left or joined (only when ``only_changed``: a full relink resolves all)."""
    from .cluster import worker_plugin

    plugin = worker_plugin()
    with plugin.lock:
        store = plugin.store(target)
        with store.transaction() as db:
            moved = reblock_rows(db, first, last, one_word=one_word, only_changed=only_changed)
    return sorted(moved) if only_changed else []


def resolve_named_task(target: str, blocks: list[str]) -> int:
    """Resolve the named blocks (those rows moved out of or into) and refresh what changed."""
    from .cluster import worker_plugin

    plugin = worker_plugin()
    with plugin.lock:
        store = plugin.store(target)
        with store.transaction() as db:
            _refresh(db, relink.resolve_blocks(db, blocks))
    return len(blocks)


def resolve_task(target: str, first: str, last: str) -> int:
    from .cluster import worker_plugin

    plugin = worker_plugin()
    with plugin.lock:
        store = plugin.store(target)
        with store.transaction() as db:
            return resolve_rows(db, first, last)


# -- what the client runs -------------------------------------------------------------------------

def article_ranges(store: "Store", chunk: int = CHUNK) -> Iterator[tuple[int, int]]:
    """Ranges of article ids holding about ``chunk`` entity rows each (keyset pages, never the whole table)."""
    after = -1
    while True:
        rows = store.query("SELECT article_id FROM entity_index WHERE article_id > ? ORDER BY article_id LIMIT 1 OFFSET ?",
                           (after, chunk - 1))
        if not rows:
            tail = store.query("SELECT max(article_id) FROM entity_index WHERE article_id > ?", (after,))
            if tail and tail[0][0] is not None:
                yield after + 1, int(tail[0][0])
            return
        last = int(rows[0][0])
        yield after + 1, last
        after = last


def block_ranges(store: "Store", chunk: int = CHUNK) -> Iterator[tuple[str, str]]:
    """Ranges of whole blocks holding about ``chunk`` rows each (a block bigger than that is one range)."""
    first = store.query("SELECT min(block) FROM entity_index")
    if not first or first[0][0] is None:
        return
    start = str(first[0][0])
    while True:
        rows = store.query("SELECT block FROM entity_index WHERE block >= ? ORDER BY block LIMIT 1 OFFSET ?",
                           (start, chunk - 1))
        if not rows:
            last = store.query("SELECT max(block) FROM entity_index")[0][0]
            yield start, str(last)
            return
        end = str(rows[0][0])
        yield start, end
        following = store.query("SELECT min(block) FROM entity_index WHERE block > ?", (end,))
        if not following or following[0][0] is None:
            return
        start = str(following[0][0])


def relink_on_dask(client: "Client", store: "Store", target: str, *, chunk: int = CHUNK,
                   on_block: Callable[[int, int], None] | None = None) -> int:
    """Resolve the library identity of every entity again on the cluster; returns the blocks resolved."""
    from distributed import as_completed

    run = uuid.uuid4().hex[:12]
    _reblock_waves(client, store, target, chunk, run, only_changed=False)
    futures = [client.submit(resolve_task, target, first, last, key=f"newsloupe-resolve-{run}-{n}", retries=2,
                             pure=False)
               for n, (first, last) in enumerate(block_ranges(store, chunk))]
    done = 0
    try:
        for future in as_completed(futures, loop=client.loop):
            done += int(future.result())
            if on_block:
                on_block(done, 0)
    finally:
        client.cancel([f for f in futures if not f.done()], force=True)
    store.mark_boilerplate()
    return done


def after_indexing_on_dask(client: "Client", store: "Store", target: str, *, chunk: int = CHUNK) -> int:
    """``Store.after_indexing`` on the cluster: the blocks later articles changed, resolved again."""
    run = uuid.uuid4().hex[:12]
    moved = _reblock_waves(client, store, target, chunk, run, only_changed=True)
    named = sorted(moved - {""})  # "": rows from before blocks existed, which all have a block now
    groups = [named[i : i + 500] for i in range(0, len(named), 500)]
    futures = [client.submit(resolve_named_task, target, group, key=f"newsloupe-resolve-{run}-{n}", retries=2,
                             pure=False) for n, group in enumerate(groups)]
    _settle(client, futures)
    store.mark_boilerplate()
    return len(moved)


def _reblock_waves(client: "Client", store: "Store", target: str, chunk: int, run: str, *,
                   only_changed: bool) -> set[str]:
    """Both re-blocking waves (names, then one-word names that look up the settled surname blocks)."""
    moved: set[str] = set()
    for wave, one_word in enumerate((False, True)):
        futures = [client.submit(reblock_task, target, first, last, one_word, only_changed,
                                 key=f"newsloupe-reblock-{run}-{wave}-{n}", retries=2, pure=False)
                   for n, (first, last) in enumerate(article_ranges(store, chunk))]
        for blocks in _settle(client, futures):
            moved.update(blocks)
    return moved


def _settle(client: "Client", futures: list[Any]) -> list[Any]:
    """Wait for a whole wave (the next one reads what it wrote); the first failure is raised."""
    try:
        return list(client.gather(futures))
    finally:
        client.cancel([f for f in futures if not f.done()], force=True)
