"""The reader's article rows and where they come from: files and folders, or the library. No Textual.

An ``ArticleEntry`` is one row of the article list; its body is loaded only when opened
(files are read again, library bodies come from the store).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.extract.records import record
from tui.extract.types import ArticleInput
from tui.library.documents import UnreadableArticle
from tui.library.sha256 import sha256
from tui.library.titles import name_of, shown_title

if TYPE_CHECKING:
    from tui.library.store import ArticleRow, Store


@record
class ArticleEntry:
    """One article in the list. ``key`` is unique in a session (the path, or ``db:<id>``)."""

    key: str
    title: str
    source: str | None = None
    published: str | None = None
    path: str | None = None
    article_id: int | None = None
    read: bool = False
    #: Starred with ``s`` (library articles only: the star is kept in the library).
    starred: bool = False
    entity_count: int | None = None
    #: Set when the file could not be read: shown in the article pane instead of the text.
    error: str | None = None
    #: Where reading stopped last time (a character offset into the body).
    position: int = 0
    #: The article's language tag (ISO 639-1), when known.
    language: str | None = None
    #: Where a library article came from (a path, ``path#row``, a feed entry's link): shown, never read.
    location: str | None = None
    #: A page not read yet: the reader appeared first, its text comes from a thread (``read_page``).
    reading: bool = False

    def but(self, **changes: Any) -> ArticleEntry:
        return replace(self, **changes)


def seeds_dir() -> Path:
    """``seeds/`` beside the package (a checkout or an editable install)."""
    return Path(__file__).resolve().parents[2] / "seeds"


#: Saved web pages: their main text is extracted (trafilatura, ~0.1-1 s a page), so the reader can
#: list them at once and read them in a thread (``defer_pages``).
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")


def is_page(path: Path) -> bool:
    name = path.name.lower()
    return Path(name[:-3] if name.endswith(".gz") else name).suffix in PAGE_SUFFIXES


@record
class Joining:
    """An article listed before the library holds it: added by ``join_library`` (after the first paint)."""

    key: str
    article: ArticleInput
    location: str
    #: The SHA-256 of the file's bytes when the article is the whole file (see ``Store.add_articles``).
    digest: str | None


#: (index in entries, article, location, digest of the file when it is the whole article) of what the library is given.
_ToAdd = tuple[int, ArticleInput, str, "str | None"]


def entries_from_paths(paths: list[str], store: "Store | None" = None, *,
                       defer_pages: bool = False, joining: "list[Joining] | None" = None) -> list[ArticleEntry]:
    """One entry per article file under ``paths``; unreadable files stay listed with their error.

    With a store, the readable articles are added to the library (deduplicated by their text), in
    one transaction, which gives each an id for the analysis cache and the read marker. Given a
    ``joining`` list, only what the library holds already gets its id here (a read): the articles
    it does not hold yet are listed without one and put in ``joining``, for ``join_library`` to add
    once the reader is on screen (a new library's first start wrote them all before its first
    paint). With ``defer_pages``, web pages are listed unread (``reading``, named by their file)
    for ``read_page`` to read later: extracting them must not hold the reader's first paint back.
    """
    from tui.library.documents import iter_article_paths
    from tui.library.sources import ARTICLE_SUFFIXES

    entries: list[ArticleEntry] = []
    to_add: list[_ToAdd] = []
    for path in iter_article_paths(paths, suffixes=ARTICLE_SUFFIXES):
        if defer_pages and is_page(path):
            # Undated until read: among the undated articles, where it was named.
            entries.append(ArticleEntry(str(path), title_from_name(path), path.name, path=str(path), reading=True))
        else:
            _read_file(path, entries, to_add)
    if store is not None and to_add:
        if joining is None:
            _with_library_state(entries, to_add, store)
        else:
            _with_known_state(entries, to_add, store, joining)
    return entries


def read_page(entry: ArticleEntry, store: "Store | None") -> tuple[ArticleEntry, ArticleInput | None]:
    """A deferred page read (in a thread): its entry as ``entries_from_paths`` gives it, and its article."""
    entries: list[ArticleEntry] = []
    to_add: list[_ToAdd] = []
    path = Path(entry.path or entry.key)
    try:
        _read_file(path, entries, to_add)
        if store is not None and to_add:
            _with_library_state(entries, to_add, store)
    except Exception as exc:  # noqa: BLE001 - a page the extractor chokes on is one unreadable row, not a crash
        entries, to_add = [entry.but(error=f"{path}: cannot read this page ({type(exc).__name__}: {exc})")], []
    read = entries[0] if entries else entry.but(error=f"{path}: no article in this page")
    read = read.but(key=entry.key, reading=False)
    return read, to_add[0][1] if to_add and not read.error else None


def _read_file(path: Path, entries: list[ArticleEntry], to_add: list[_ToAdd]) -> None:
    from tui.library.sources import read_bytes, read_source

    try:
        data = read_bytes(path)  # read once: the articles and the file's digest come from these bytes
        # The language is found later, in the analysis worker: the detector's model stays out of the first paint.
        read = list(read_source(path, data=data, languages=False))
    except UnreadableArticle as exc:
        entries.append(ArticleEntry(str(path), path.name, error=str(exc), path=str(path)))
        return
    items = [item for item in read if item.article is not None]
    why = next((w for item in read for w in item.warnings), None)
    if not items and why is not None:  # JSON Lines whose every line is bad stay listed, with why (as `add` says it)
        entries.append(ArticleEntry(str(path), path.name, error=why, path=str(path)))
        return
    for item in items:
        art = item.article
        assert art is not None
        # A file of one article is keyed by its path; one of many (a feed, a CSV) by each item's location.
        key = str(path) if len(items) == 1 else item.location
        to_add.append((len(entries), art, item.location, _digest(path, data) if len(items) == 1 else None))
        entries.append(ArticleEntry(key, title_of(art, item.location or str(path)), _source(art.source, path), art.published, str(path),
                                    language=dict(art.meta).get("language")))


def _digest(path: Path, data: bytes) -> str | None:
    """What ``file_digest`` gives for the file ``data`` was read from (a .gz file's digest is of its packed bytes)."""
    if path.name.lower().endswith(".gz"):
        from tui.library.store import file_digest

        return file_digest(path)
    return sha256(data).hexdigest()


def title_of(article: ArticleInput, location: str) -> str:
    """The ``title:`` line; else the headline or first words the text opens with; else the file's or link's
    name: as the library shows it when opened alone (``entry_from_row``)."""
    return shown_title(article.title, article.text, location)


def title_from_name(path: Path) -> str:
    """A file without a title line is named by its file name, words spaced, first letter capital (as the
    library names it when opened alone: ``titles.name_of``)."""
    return name_of(str(path)) or path.name


def _source(source: str | None, path: Path) -> str | None:
    # A file without front matter is its own source: show its name, not the full path
    # (a name's undecodable bytes arrive in the source as U+FFFD).
    name = str(path)
    own = (name, name if name.isascii() else re.sub("[\ud800-\udfff]", "\ufffd", name))
    return path.name if source is None or source in own else shown_source(source)


#: A source that is a file's path (what a file without front matter, or a feed without a title,
#: stored as its source before): a separator, no scheme, and a file name with a suffix.
_PATH_LIKE = re.compile(r"^(?!\w+://)(?:.*[/\\])?([^/\\]+\.\w{1,8})$")


def shown_source(source: str | None) -> str | None:
    """The source as the list and the byline show it: a stored file path is shown by its name."""
    if source and ("/" in source or "\\" in source):
        match = _PATH_LIKE.match(source)
        if match:
            return match.group(1)
    return source


def _with_library_state(entries: list[ArticleEntry], to_add: list[_ToAdd], store: "Store") -> None:
    """Add the articles to the library (one transaction: a new library's first start writes once)
    and give their entries the library's id and reading state; a library that cannot take them
    (read-only, locked) leaves the entries as they are."""
    from tui.library.store import StoreError

    # The file's digest: reading the same bytes again never replaces the text stored from them.
    items: list[tuple[ArticleInput, str | None, str | None]] = [(art, location, digest) for _i, art, location, digest in to_add]
    try:
        added = store.add_articles(items)
    except StoreError:
        return
    _with_rows_state(entries, [(i, article_id) for (i, *_), (article_id, _new) in zip(to_add, added, strict=True)], store)


def _with_known_state(entries: list[ArticleEntry], to_add: list[_ToAdd], store: "Store", joining: list[Joining]) -> None:
    """The library's id and reading state for the articles it holds (reads only); the others go in ``joining``."""
    from tui.library.store import StoreError

    try:
        known = store.known_articles([(art, location, digest) for _i, art, location, digest in to_add])
    except StoreError:
        return  # a library that cannot be read now leaves the entries as they are (it is not joined either)
    held: list[tuple[int, int]] = []
    for (i, art, location, digest), article_id in zip(to_add, known, strict=True):
        if article_id is None:
            joining.append(Joining(entries[i].key, art, location, digest))
        else:
            held.append((i, article_id))
    _with_rows_state(entries, held, store)


def join_library(joining: "list[Joining]", store: "Store") -> dict[str, int]:
    """Add the articles listed before the library held them (one transaction): their ids by entry key.
    Empty when the library cannot take them (read-only, locked): their entries stay as they are."""
    from tui.library.store import StoreError

    if not joining:
        return {}
    try:
        added = store.add_articles([(j.article, j.location, j.digest) for j in joining])
    except StoreError:
        return {}
    return {j.key: article_id for j, (article_id, _new) in zip(joining, added, strict=True)}


def _with_rows_state(entries: list[ArticleEntry], ids: list[tuple[int, int]], store: "Store") -> None:
    """``with_row_state`` for each (index in entries, article id), the rows read in one query."""
    from tui.library.store import StoreError

    if not ids:
        return
    try:
        rows = store.articles_by_id([article_id for _i, article_id in ids])
    except StoreError:
        rows = {}
    for i, article_id in ids:
        entries[i] = _with_row(entries[i], article_id, rows.get(article_id))


def with_row_state(entry: ArticleEntry, article_id: int, store: "Store") -> ArticleEntry:
    """``entry`` with the library's id and its reading state (read, starred, entities, position)."""
    from tui.library.store import StoreError

    try:
        row = store.article(article_id)
    except StoreError:
        row = None
    return _with_row(entry, article_id, row)


def _with_row(entry: ArticleEntry, article_id: int, row: "ArticleRow | None") -> ArticleEntry:
    return entry.but(article_id=article_id) if row is None else entry.but(
        article_id=article_id, read=row.read, starred=row.starred, entity_count=row.entity_count,
        position=row.position)


def count_scope(entries: list[ArticleEntry]) -> set[int] | None:
    """The library ids the reader's "not analysed" count and ``I`` cover, so they speak of what the
    list shows: those of the articles listed when it was opened on files (however big the library);
    None when the list is the library itself (its rows, read page by page)."""
    if all(e.path is None for e in entries):
        return None
    return {e.article_id for e in entries if e.article_id is not None}


def entry_from_row(row: "ArticleRow") -> ArticleEntry:
    # No ``path``: a library article's text is its stored body, whatever it was read from.
    return ArticleEntry(f"db:{row.id}", shown_title(row.title, row.lead, row.location), shown_source(row.source), row.published, None,
                        row.id, row.read, starred=row.starred, entity_count=row.entity_count,
                        position=row.position, location=row.location)


#: Rows the reader lists from the library at first, and adds each time the cursor nears the end.
LIBRARY_PAGE = 500


def entries_from_library(store: "Store", *, limit: int | None = None) -> list[ArticleEntry]:
    return [entry_from_row(row) for row in store.articles(limit=limit)]


def load_input(entry: ArticleEntry, store: "Store | None") -> ArticleInput:
    """The article body and metadata; raises UnreadableArticle with a one-line reason.

    A library article (one with an id) is what the library stores, whatever its source
    (file, page, feed entry, CSV row); only an article outside the library is read from its file.
    """
    if entry.error:
        raise UnreadableArticle(entry.error)
    if entry.article_id is not None and store is not None:
        from tui.library.store import StoreError

        try:
            return store.article_input(entry.article_id)
        except KeyError:
            raise UnreadableArticle(f"article {entry.article_id} is no longer in the library") from None
        except StoreError as exc:
            # A damaged page or a lock: this article cannot be shown; the reader goes on.
            raise UnreadableArticle(str(exc)) from None
    if entry.path:
        from tui.library.sources import read_one

        return read_one(entry.path, location=None if entry.key == entry.path else entry.key, languages=False)
    raise UnreadableArticle(f"{entry.title}: no text to show")
