"""Search across the library: SQLite FTS5 over titles and article text (the ``article_search`` index);
on PostgreSQL the same queries run over a tsvector column with a GIN index.

What a user types becomes an FTS5 query that cannot be a syntax error: words must all
appear (any order), ``"a phrase"`` must appear as written, ``word*`` matches words that
start so; while typing, the last word is matched as a prefix too (from two letters on,
which the index keeps prefix entries for). Hits come unordered (the reader shows them in
its list's order, newest first): ranking them by BM25 cost 34 ms for a common word at
10,000 articles, ten times the lookup, and would not scale to 100,000 within a keystroke.
Snippets are made only for the rows shown, from the stored bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .store import Store

#: Marks around a matched word in a snippet (control characters: never in sanitised text).
HIT_START, HIT_END = "\x02", "\x03"
#: Characters of body text in a snippet line.
SNIPPET_CHARS = 160
#: Characters before the first hit (a list row shows about 40).
SNIPPET_LEAD = 18
_TOKEN = re.compile(r'"([^"]*)"(\*?)|(\S+)')
_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class SearchResult:
    """Ids of the matching articles for ``query`` (the FTS5 query run, '' when nothing was searchable)."""

    text: str
    query: str
    ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.ids)


def _quoted(words: list[str]) -> str:
    return '"' + " ".join(words) + '"'


def fts_query(text: str, *, typing: bool = True) -> str:
    """The FTS5 query for what the user typed; '' when it holds no word.

    ``typing``: the last word, when nothing follows it yet, also matches as a prefix.
    """
    parts: list[str] = []
    tokens = list(_TOKEN.finditer(text))
    for n, match in enumerate(tokens):
        phrase, phrase_star, bare = match.groups()
        if bare is None:
            words = _WORD.findall(phrase)
            if words:
                parts.append(_quoted(words) + ("*" if phrase_star else ""))
            continue
        words = _WORD.findall(bare)
        if not words:
            continue
        last = n == len(tokens) - 1 and not text[match.end():].strip() and not text.endswith((" ", "\t"))
        star = bare.endswith("*") or (typing and last and len(words[-1]) >= 2)
        # "U.S." or "e-mail" is one phrase of its word parts, as the tokenizer splits them.
        parts.append(_quoted(words) + ("*" if star else ""))
    return " ".join(parts)


def search(store: "Store", text: str, *, typing: bool = True, limit: int | None = None) -> SearchResult:
    """Ids of the library articles matching ``text`` (in the index's order: ascending ids)."""
    query = fts_query(text, typing=typing)
    if not query:
        return SearchResult(text, "", ())
    sql = "SELECT rowid FROM article_search WHERE article_search MATCH ?"
    params: tuple[object, ...] = (query,)
    if getattr(store, "dialect", "sqlite") == "postgresql":
        # The same query over the tsvector index (tui.library.schema_pg), in the same order.
        sql = ("SELECT article_id FROM article_search WHERE document @@ to_tsquery('simple', ?)"
               " ORDER BY article_id")
        params = (ts_query(query),)
    if limit is not None:
        sql += " LIMIT ?"
        params += (int(limit),)
    return SearchResult(text, query, tuple(int(r[0]) for r in store.query(sql, params)))


def _folded(text: str) -> str:
    """Diacritics removed, as the index keeps words (unaccent there, remove_diacritics in FTS5)."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def ts_query(query: str) -> str:
    """PostgreSQL's tsquery for an FTS5 query made by ``fts_query``: every part must match, a quoted
    phrase word after word (``<->``), a starred part's last word as a prefix (``:*``)."""
    parts = []
    for words, star in re.findall(r'"([^"]*)"(\*?)', query):
        terms = [w.lower() for w in _WORD.findall(_folded(words))]
        if not terms:
            continue
        if star:
            terms[-1] += ":*"
        parts.append("(" + " <-> ".join(terms) + ")")
    return " & ".join(parts)


def snippets(store: "Store", query: str, ids: list[int], *, width: int = SNIPPET_CHARS) -> dict[int, str]:
    """A line of body text around the first hit for each of ``ids`` (matched words between HIT_START/HIT_END).

    Made here from the body rather than by FTS5's ``snippet()``, which scores every fragment
    of the text: 16 rows took up to 72 ms at 10,000 articles, against well under 1 ms this way.
    An article whose hit is in its title alone gets no entry.
    """
    pattern = hit_pattern(query)
    found: dict[int, str] = {}
    if pattern is None or not ids:
        return found
    marks = ",".join("?" * len(ids))
    for article_id, body in store.query(f"SELECT article_id, body FROM bodies WHERE article_id IN ({marks})",
                                        tuple(ids)):
        match = pattern.search(body)
        if match is None:
            continue
        start = max(0, match.start() - SNIPPET_LEAD)  # the list shows the line's start: the hit near it
        if start:
            space = body.find(" ", start)
            start = space + 1 if 0 <= space < match.start() else start
        piece = body[start:start + width]
        line = pattern.sub(lambda m: f"{HIT_START}{m.group(0)}{HIT_END}", piece)
        found[int(article_id)] = ("\u2026" if start else "") + " ".join(line.split()) + \
            ("\u2026" if start + width < len(body) else "")
    return found


def hit_pattern(query: str) -> "re.Pattern[str] | None":
    """A regular expression for the words of an FTS5 query made by ``fts_query`` (prefixes as prefixes)."""
    alternatives = []
    for words, star in re.findall(r'"([^"]*)"(\*?)', query):
        parts = [re.escape(w) for w in words.split()]
        if parts:
            alternatives.append(r"\b" + r"\W+".join(parts) + ("" if star else r"\b"))
    return re.compile("|".join(alternatives), re.IGNORECASE) if alternatives else None


def hit_terms(query: str) -> list[str]:
    """The words of an FTS5 query made by ``fts_query`` (to mark them in the open article)."""
    return [w for w in re.findall(r'"([^"]*)"', query) if w]
