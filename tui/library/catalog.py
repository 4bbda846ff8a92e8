"""Views across the whole library: entities ranked, an entity's dossier, the timeline of dated facts.

All read from the index tables that ``Store.put_analysis`` fills, so none of
them loads an analysis or the NLP model.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from tui.extract.date_calendar import sort_key

from .evidence_words import ROW_WIDTH, WINDOW, words_around
from .store import Store, like_pattern


@dataclass(frozen=True, slots=True)
class LibraryEntity:
    entity: str
    name: str
    label: str
    articles: int
    mentions: int


@dataclass(frozen=True, slots=True)
class DossierArticle:
    article_id: int
    title: str
    published: str | None
    mentions: int
    first_offset: int


@dataclass(frozen=True, slots=True)
class LinkedFact:
    """A fact in one article, with the evidence range that opens the article at it."""

    article_id: int
    kind: str
    summary: str
    date: str | None
    #: The article's publication date (when the fact was reported).
    published: str | None
    start: int
    end: int
    #: The entity's part in the fact (person, speaker, actor, target...), empty on the timeline.
    part: str = ""
    #: The words around the evidence in its sentence (the timeline's; empty elsewhere).
    context: str = ""


@dataclass(frozen=True, slots=True)
class Dossier:
    entity: str
    name: str
    label: str
    aliases: tuple[str, ...]
    roles: tuple[LinkedFact, ...]
    quotes: tuple[LinkedFact, ...]
    events: tuple[LinkedFact, ...]
    articles: tuple[DossierArticle, ...]
    #: Other entities of the same label that may be the same one ("Trump" beside "Donald Trump").
    related: tuple[LibraryEntity, ...] = ()


#: Labels of quantities and times: they are not who or what the news is about.
NUMERIC_LABELS = ("DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "PERCENT", "MONEY")


def entities(
    store: Store, *, top: int | None = None, query: str = "", label: str | None = None, numeric: bool = False
) -> list[LibraryEntity]:
    """Entities by the number of articles naming them, then by mentions; ``query`` filters names.

    Dates, numbers and amounts are left out unless ``numeric`` (or asked for by ``label``).
    """
    where: list[str] = []
    params: list[object] = []
    if not numeric and not label:
        where.append(f"label NOT IN ({','.join('?' * len(NUMERIC_LABELS))})")
        params += NUMERIC_LABELS
    if query.strip():
        where.append("name LIKE ? ESCAPE '\\'")
        params.append(like_pattern(query.strip()))
    if label:
        where.append("label = ?")
        params.append(label)
    if not query.strip():  # site boilerplate ("WN", a byline) stays in the articles but out of the ranking
        where.append("entity NOT IN (SELECT entity FROM boilerplate)")
    # entity_stats holds one ranked row per entity (kept by Store.put_analysis).
    sql = (
        "SELECT entity, name, label, articles, mentions FROM entity_stats"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY articles DESC, mentions DESC, entity"
    )
    if top is not None:
        sql += " LIMIT ?"
        params.append(int(top))
    return [LibraryEntity(*row) for row in store.query(sql, tuple(params))]


#: A fact's entity is this library entity (its own article entity linked to it), or has this very id.
_LINKED = ("(fe.entity = ? OR EXISTS (SELECT 1 FROM entity_index ei WHERE ei.article_id = f.article_id"
           " AND ei.entity = fe.entity AND ei.library_entity = ?))")


def _facts(store: Store, entity: str, kind: str, parts: tuple[str, ...]) -> tuple[LinkedFact, ...]:
    marks = ",".join("?" * len(parts))
    rows = store.query(
        "SELECT f.article_id, f.kind, f.summary, f.date, a.published, f.start, f.end, fe.part"
        " FROM fact_entities fe JOIN fact_index f ON f.id = fe.fact_id JOIN articles a ON a.id = f.article_id"
        f" WHERE {_LINKED} AND f.kind = ? AND fe.part IN ({marks})"
        " ORDER BY coalesce(f.date, a.published) IS NULL, coalesce(f.date, a.published), f.article_id, f.start, f.id",
        (entity, entity, kind, *parts),
    )
    return tuple(LinkedFact(*row) for row in rows)


def dossier(store: Store, entity: str) -> Dossier | None:
    """Everything the library says about one entity (by id), or None when it is unknown."""
    rows = store.query(
        "SELECT e.article_id, a.title, a.published, e.mentions, e.first_offset, e.name, e.label, e.aliases"
        " FROM entity_index e JOIN articles a ON a.id = e.article_id WHERE e.library_entity = ?"
        " ORDER BY a.published IS NULL, a.published, a.id",
        (entity,),
    )
    if not rows:  # an article entity's own id leads to its library entity
        found = store.query("SELECT library_entity FROM entity_index WHERE entity = ? LIMIT 1", (entity,))
        if not found or not found[0][0] or found[0][0] == entity:
            return None
        return dossier(store, found[0][0])
    usage = Counter(r[5] for r in rows)
    person = entity.startswith("person:")  # a person by the fullest name, anything else by the most used
    names = sorted(usage, key=lambda n: (-len(n.split()) if person else 0, -usage[n], -len(n), n))
    ranked = store.query("SELECT name FROM entity_stats WHERE entity = ?", (entity,))
    if ranked and ranked[0][0] not in names:  # a name the user gave it
        names.insert(0, ranked[0][0])
    aliases = {alias for r in rows for alias in json.loads(r[7])} | set(names[1:])
    aliases.discard(names[0])
    return Dossier(
        entity=entity,
        name=names[0],
        label=Counter(r[6] for r in rows).most_common(1)[0][0],
        aliases=tuple(sorted(aliases)),
        roles=_facts(store, entity, "role", ("person",)),
        quotes=_facts(store, entity, "quote", ("speaker",)),
        events=_facts(store, entity, "event", ("actor", "target", "place")),
        articles=tuple(DossierArticle(r[0], r[1], r[2], r[3], r[4]) for r in rows),
        related=related_entities(store, entity, names[0], rows[0][6]),
    )


def related_entities(store: Store, entity: str, name: str, label: str) -> tuple[LibraryEntity, ...]:
    """Same-label entities named by a part of this name, or whose name ends with this one.

    Entity ids are made per article, so an article that only says "Merkel"
    keeps ``person:merkel`` apart from ``person:angela-merkel``: the dossier
    points to it rather than merging on a guess.
    """
    if not name.strip():
        return ()
    rows = store.query(
        "SELECT entity, name, label, articles, mentions FROM entity_stats WHERE label = ? AND entity != ?"
        " AND (name LIKE ? ESCAPE '\\' OR ? LIKE '% ' || name)"
        " ORDER BY articles DESC, mentions DESC LIMIT 10",
        (label, entity, "% " + like_pattern(name)[1:-1], name),
    )
    return tuple(LibraryEntity(*row) for row in rows)


def timeline(store: Store, *, kinds: tuple[str, ...] = ("event", "date"), entity: str | None = None) -> list[LinkedFact]:
    """Dated facts across the library, ordered by their resolved date (then article and position)."""
    marks = ",".join("?" * len(kinds))
    # Only a window of each body around the evidence is read (SQLite and PostgreSQL count characters alike).
    sql = (
        "SELECT f.article_id, f.kind, f.summary, f.date, a.published, f.start, f.end, '',"
        f" CASE WHEN f.start > {WINDOW} THEN f.start - {WINDOW} ELSE 0 END AS ws,"
        f" substr(b.body, CAST(CASE WHEN f.start > {WINDOW} THEN f.start - {WINDOW} ELSE 0 END + 1 AS INT),"
        f" CAST(f.end - f.start + {2 * WINDOW} AS INT)), length(b.body) FROM fact_index f"
        " JOIN articles a ON a.id = f.article_id JOIN bodies b ON b.article_id = f.article_id"
        f" WHERE f.date IS NOT NULL AND f.kind IN ({marks})"
    )
    params: list[object] = list(kinds)
    if entity is not None:
        sql += f" AND f.id IN (SELECT fe.fact_id FROM fact_entities fe WHERE fe.fact_id = f.id AND {_LINKED})"
        params += [entity, entity]
    sql += " ORDER BY f.date, f.article_id, f.start, f.id"  # f.id: ties in the order stored, on every back end
    entries = [LinkedFact(row[0], row[1], row[2], row[3], row[4], row[5], row[6], context=_context(row))
               for row in store.query(sql, tuple(params))]
    # ISO weeks ("2020-W50") sort as text after every month of their year: order them by their Monday.
    entries.sort(key=lambda e: date_sort_key(e.date or ""))
    return entries


def _context(row: tuple[object, ...]) -> str:
    start, end, window_start, window, length = (row[5], row[6], row[8], row[9], row[10])
    assert isinstance(start, int) and isinstance(end, int) and isinstance(window_start, int)
    text = str(window or "")
    return words_around(text, start - window_start, end - window_start, width=ROW_WIDTH, cut_before=window_start > 0,
                        cut_after=window_start + len(text) < int(str(length or 0)))


def date_sort_key(value: str) -> str:
    """A text that sorts like the moment ``value`` names (ISO dates, months, years, weeks, seasons, quarters)."""
    return sort_key(value)
