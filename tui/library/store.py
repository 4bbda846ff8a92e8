"""The library store: articles, cached analyses, reading state and preferences, on SQLite or PostgreSQL.

The default is one SQLite file: WAL mode lets the reader list articles while
``newsloupe index`` writes. Every write commits at once, so an interrupted index
keeps each finished article. A file that is not a Newsloupe library is moved aside,
never overwritten.

``--db postgresql://user@host:port/db`` opens a shared library on PostgreSQL instead
(``tui.library.pg``): the same methods, the same SQL rewritten by ``tui.library.dialect``,
reading state kept per user, and indexing work shared through row claims.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import threading
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.extract.records import record
from tui.extract.serialize import from_dict, to_dict
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.extract.version import EXTRACTOR_VERSION
from tui.library.sha256 import sha256

from . import claims, dbfile, pg
from .names import location_path, stored_location
from .safety import StoreError, show, store_error
from .titles import LEAD_CHARS

if TYPE_CHECKING:
    from .crossindex import EntityRow

__all__ = ["ArticleRow", "Store", "StoreError", "content_hash", "default_path"]

DB_ENV = "NEWSLOUPE_DB"
DB_NAME = "library.db"
#: Seconds a writer waits for another instance's lock before giving up with a message.
BUSY_TIMEOUT = 3.0


@record
class ArticleRow:
    """One article as the list shows it (no body)."""

    id: int
    title: str
    source: str | None
    published: str | None
    location: str | None
    content_hash: str
    word_count: int
    read: bool
    starred: bool
    position: int
    #: None until the article has been analysed.
    entity_count: int | None
    #: The body's start, read only for an article without a title (what it is shown by: ``titles.shown_title``).
    lead: str | None = None


_ROW_COLUMNS = ("id, title, source, published, location, content_hash, word_count, read, starred, position, entity_count,"
                f" CASE WHEN title = '' THEN (SELECT substr(body, 1, {LEAD_CHARS}) FROM bodies"
                " WHERE bodies.article_id = articles.id) END")


def default_target() -> str | Path:
    """$NEWSLOUPE_DB (a file or a postgresql:// URL), else ``library.db`` in the user data dir."""
    value = os.environ.get(DB_ENV)
    if value and pg.is_url(value):
        return value
    return default_path()


def current_user() -> str:
    """Whose reading state a shared library keeps: $USER, else the login name."""
    import getpass

    try:
        return os.environ.get("USER") or getpass.getuser()
    except (KeyError, OSError):
        return "reader"


def default_path() -> Path:
    """$NEWSLOUPE_DB, else ``library.db`` in the platform's user data dir."""
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV])
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsloupe")) / DB_NAME


def content_hash(body: str) -> str:
    return sha256(body.encode("utf-8", errors="surrogatepass")).hexdigest()


def file_digest(path: str | os.PathLike[str]) -> str | None:
    """The SHA-256 of a file's bytes (None when it cannot be read)."""
    h = sha256()
    try:
        with open(path, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
    except OSError:
        return None
    return h.hexdigest()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


class Store:
    """A handle on one library file. Not shared between threads; open one per process."""

    def __init__(self, db: Any, path: Path, notice: str | None = None, *, read_only: bool = False,
                 url: str | None = None, user: str | None = None) -> None:
        #: An sqlite3.Connection, or a pg.PgConnection that speaks the same SQL.
        self._db = db
        #: "sqlite" or "postgresql".
        self.dialect = "postgresql" if url else "sqlite"
        #: What reopens this library in another thread or process (a file path or the URL).
        self.location = url or str(path)
        self._user = user
        #: True when this user cannot write the file (or its folder): reads work, writes raise StoreError.
        self.read_only = read_only
        # The reader analyses in a worker thread: one connection, used by one thread at a time.
        self._lock = threading.RLock()
        self.path = path
        #: A one-line message for the user when the file had to be recovered (moved aside).
        self.notice = notice

    @property
    def user(self) -> str:
        """Whose reading state this handle reads and writes (a shared library keeps one per user);
        asked of the system when first needed (a file library never does)."""
        if self._user is None:
            self._user = current_user()
        return self._user

    # -- opening -------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, busy_timeout: float | None = None,
             user: str | None = None) -> "Store":
        """Open (creating and migrating as needed) the library at ``path``: a file, a postgresql:// URL,
        or None for the default. ``user`` names whose reading state to use (default $USER)."""
        busy_timeout = BUSY_TIMEOUT if busy_timeout is None else busy_timeout
        chosen = path if path is not None else default_target()
        if pg.is_url(chosen):
            url = str(chosen)
            return cls(pg.connect(url), Path(pg.masked(url)), url=url, user=user)
        target = Path(chosen)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the library folder {show(target.parent)}: {exc.strerror or exc}") from None
        db, notice, read_only = dbfile.open_library(target, busy_timeout)
        return cls(db, target, notice, read_only=read_only, user=user)

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self, *, serial: bool = True) -> Iterator[Any]:
        """One committed transaction; any database failure (lock, full disk, damage, lost server) becomes a StoreError.

        On PostgreSQL a ``serial`` write first takes the library's write lock (a transaction-level
        advisory lock), so writers that resolve library identity take turns as they do on SQLite;
        claims and reading state (``serial=False``) only touch their own rows.
        """
        if self.dialect == "postgresql":
            with self._lock, self._pg_write(serial) as db:
                yield db
            return
        with self._lock:
            if self.read_only:
                raise StoreError(f"the library {show(self.path)} is read-only: nothing can be saved to it")
            try:
                self._db.execute("BEGIN IMMEDIATE")
            except sqlite3.Error as exc:
                raise store_error(exc, self.path) from None
            try:
                yield self._db
                self._db.execute("COMMIT")
            except sqlite3.Error as exc:
                self._rollback()
                raise store_error(exc, self.path) from None
            except BaseException:
                self._rollback()
                raise

    @contextmanager
    def _pg_write(self, serial: bool) -> Iterator[Any]:
        import psycopg

        try:
            with self._db.conn.transaction():
                if serial:
                    self._db.execute_native("SELECT pg_advisory_xact_lock(%s)", (pg.WRITE_LOCK,))
                yield self._db
        except psycopg.Error as exc:
            raise StoreError(pg.describe(exc, self.location)) from None

    def transaction(self) -> "contextlib.AbstractContextManager[sqlite3.Connection]":
        """One short committed write transaction for the cluster's tasks (tui.scale)."""
        return self._write()

    def _rollback(self) -> None:
        if self._db.in_transaction:
            try:
                self._db.execute("ROLLBACK")
            except sqlite3.Error:
                pass  # SQLite rolled back on its own (a full disk can do that)

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[tuple[Any, ...]]:
        """Read-only SQL for the library's views (tui.library.catalog)."""
        with self._lock:
            try:
                rows: list[tuple[Any, ...]] = self._db.execute(sql, params).fetchall()
                return rows
            except sqlite3.Error as exc:
                raise store_error(exc, self.path) from None
            except Exception as exc:
                if self.dialect == "postgresql" and type(exc).__module__.startswith("psycopg"):
                    raise StoreError(pg.describe(exc, self.location)) from None
                raise

    def _one(self, sql: str, params: tuple[Any, ...] = ()) -> tuple[Any, ...] | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    @property
    def schema_version(self) -> int:
        row = self._one("SELECT version FROM schema_version")
        if row is None:
            raise StoreError("the library has no schema version")
        return int(row[0])

    # -- preferences ---------------------------------------------------------------

    def get_pref(self, key: str, default: Any = None) -> Any:
        row = self._one("SELECT value FROM prefs WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set_pref(self, key: str, value: Any) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO prefs(key, value) VALUES (?, ?)", (key, json.dumps(value)))

    # -- articles --------------------------------------------------------------------

    def add_article(self, article: ArticleInput, *, location: str | None = None, source_digest: str | None = None) -> int:
        """Add an article; the same body returns the existing id, a changed file replaces its old text.

        ``source_digest`` (see ``file_digest``) names the bytes the article was read from: the same
        bytes read again (by another reader, say) never replace the text stored from them.
        """
        with self._write() as db:
            return insert_article(db, article, location, source_digest)[0]

    def add_articles(self, items: list[tuple[ArticleInput, str | None, str | None]]) -> list[tuple[int, bool]]:
        """Add many (article, location, source digest) in one transaction (all or none): (id, newly added) each."""
        with self._write() as db:
            return [insert_article(db, article, location, digest) for article, location, digest in items]

    def known_articles(self, items: list[tuple[ArticleInput, str | None, str | None]]) -> list[int | None]:
        """For each (article, location, source digest) as ``add_articles`` takes them: the id it would
        give without writing anything (the library holds this text, or the same bytes from there),
        else None (adding it would write). Reads only: a reader lists what the library holds at once."""
        known: list[int | None] = []
        for article, location, digest in items:
            where = stored_location(location)
            row = self._one("SELECT id, location FROM articles WHERE content_hash = ?", (content_hash(article.text),))
            if row is not None:
                # Kept as it is unless its location is to be filled in (see insert_article).
                known.append(int(row[0]) if where is None or row[1] is not None else None)
                continue
            old = None if where is None or digest is None else self._one(
                "SELECT id, source_digest FROM articles WHERE location = ?", (where,))
            known.append(int(old[0]) if old is not None and old[1] == digest else None)
        return known

    def article_id_for(self, body: str) -> int | None:
        """The id of the article with exactly this body, if any."""
        row = self._one("SELECT id FROM articles WHERE content_hash = ?", (content_hash(body),))
        return None if row is None else int(row[0])

    def articles(
        self,
        *,
        query: str = "",
        source: str | None = None,
        unread: bool | None = None,
        starred: bool | None = None,
        entity: str | None = None,
        analysed: bool | None = None,
        limit: int | None = None,
        after: tuple[str | None, int] | None = None,
    ) -> list[ArticleRow]:
        """Articles newest first; ``query`` matches title or source, ``entity`` an entity id or name.

        ``after`` (published, id) of a listed row: only the rows listed after it (the next page)."""
        columns, source_sql, params = self._listing()
        where: list[str] = []
        if query.strip():
            where.append("(title LIKE ? ESCAPE '\\' OR source LIKE ? ESCAPE '\\')")
            params += [like_pattern(query.strip())] * 2
        if source is not None:
            where.append("source = ?")
            params.append(source)
        if unread is not None:
            where.append(f"{self._state('read')} = ?")
            params.append(0 if unread else 1)
        if starred is not None:
            where.append(f"{self._state('starred')} = ?")
            params.append(1 if starred else 0)
        if analysed is not None:
            where.append("entity_count IS NOT NULL" if analysed else "entity_count IS NULL")
        if entity is not None:
            where.append(
                "id IN (SELECT article_id FROM entity_index WHERE entity = ? OR library_entity = ? OR library_entity IN"
                " (SELECT entity FROM entity_stats WHERE name = ? COLLATE NOCASE))"
            )
            params += [entity, entity, entity]
        if after is not None:
            published, last_id = after
            if published is None:
                where.append("(published IS NULL AND id < ?)")
                params.append(int(last_id))
            else:
                where.append("(published IS NULL OR published < ? OR (published = ? AND id < ?))")
                params += [published, published, int(last_id)]
        sql = f"SELECT {columns} FROM {source_sql}"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY published IS NULL, published DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(int(limit))
        return [_article_row(r) for r in self.query(sql, tuple(params))]

    def article(self, article_id: int) -> ArticleRow | None:
        columns, source_sql, params = self._listing()
        rows = self.query(f"SELECT {columns} FROM {source_sql} WHERE id = ?", (*params, article_id))
        return _article_row(rows[0]) if rows else None

    def articles_by_id(self, article_ids: list[int]) -> dict[int, ArticleRow]:
        """The rows ``article`` gives for these ids (those the library holds), by id, in one query
        for up to 500 ids (a reader opened on a folder reads its listed articles' state at once)."""
        columns, source_sql, params = self._listing()
        ids = list(dict.fromkeys(article_ids))
        found: dict[int, ArticleRow] = {}
        for start in range(0, len(ids), 500):
            part = ids[start:start + 500]
            marks = ", ".join("?" * len(part))
            for raw in self.query(f"SELECT {columns} FROM {source_sql} WHERE id IN ({marks})", (*params, *part)):
                row = _article_row(raw)
                found[row.id] = row
        return found

    def _state(self, column: str) -> str:
        """The SQL for this user's ``read``/``starred``/``position`` in a listing."""
        return column if self.dialect == "sqlite" else f"coalesce(rs.{column}, 0)"

    def _listing(self) -> tuple[str, str, list[Any]]:
        """Columns, FROM clause and its parameters of a listing: SQLite keeps reading state on articles,
        a shared PostgreSQL library in reading_state, one row per user and article."""
        if self.dialect == "sqlite":
            return _ROW_COLUMNS, "articles", []
        columns = _ROW_COLUMNS.replace("read, starred, position",
                                       ", ".join(self._state(c) for c in ("read", "starred", "position")))
        return (columns, "articles LEFT JOIN reading_state rs ON rs.article_id = articles.id AND rs.user_name = ?",
                [self.user])

    def article_input(self, article_id: int) -> ArticleInput:
        """The stored article as the engine takes it (to analyse it again)."""
        rows = self.query(
            "SELECT title, published, source, meta, body FROM articles JOIN bodies ON bodies.article_id = id"
            " WHERE id = ?",
            (article_id,),
        )
        if not rows:
            raise KeyError(article_id)
        title, published, source, meta, body = rows[0]
        return ArticleInput(body, title or None, published, source, tuple(sorted(json.loads(meta).items())))

    def article_text(self, article_id: int) -> str:
        row = self._one("SELECT body FROM bodies WHERE article_id = ?", (article_id,))
        if row is None:
            raise KeyError(article_id)
        return str(row[0])

    # -- analyses cache ----------------------------------------------------------------

    def cached_analysis(self, article_id: int, model: ModelInfo, extractor_version: str | None = None) -> Analysis | None:
        """The stored analysis of this article's current text by this model, or None."""
        row = self._one(
            "SELECT data FROM analyses JOIN articles ON articles.content_hash = analyses.content_hash"
            " WHERE articles.id = ? AND model_name = ? AND model_version = ? AND extractor_version = ?",
            (article_id, model.name, model.version, extractor_version or EXTRACTOR_VERSION),
        )
        if row is None:
            return None
        return from_dict(json.loads(zlib.decompress(row[0])), text=self.article_text(article_id))

    def put_analysis(self, article_id: int, analysis: Analysis) -> None:
        """Cache an analysis of the article's current text and index its entities and dated facts."""
        from . import crossindex  # the writers' index (and its calendar), not the reader's start-up

        blob = zlib.compress(json.dumps(to_dict(analysis), ensure_ascii=False).encode("utf-8"), 6)
        entities = crossindex.entity_rows(analysis)
        facts = crossindex.fact_rows(analysis)
        with self._write() as db:
            row = db.execute("SELECT content_hash FROM articles WHERE id = ?", (article_id,)).fetchone()
            if row is None:
                raise StoreError(f"no article {article_id} in the library")
            key = (row[0], analysis.model.name, analysis.model.version, analysis.extractor_version)
            db.execute("INSERT OR REPLACE INTO analyses VALUES (?, ?, ?, ?, ?)", (*key, blob))
            db.execute("UPDATE articles SET entity_count = ? WHERE id = ?", (len(entities), article_id))
            db.execute("DELETE FROM index_claims WHERE article_id = ?", (article_id,))
            if analysis.title:
                # An article added without a title gets the one the engine found (its first line).
                db.execute("UPDATE articles SET title = ? WHERE id = ? AND title = ''", (analysis.title, article_id))
            _index_entities(db, article_id, analysis, entities)
            db.execute("DELETE FROM fact_index WHERE article_id = ?", (article_id,))
            for fact in facts:
                cur = db.execute(
                    "INSERT INTO fact_index(article_id, kind, summary, date, start, end, data)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (article_id, fact.kind, fact.summary, fact.date, fact.start, fact.end, fact.data),
                )
                db.executemany(
                    "INSERT INTO fact_entities VALUES (?, ?, ?)", [(cur.lastrowid, e, p) for e, p in fact.entities]
                )

    def set_languages(self, tags: list[tuple[str, int]], *, unread: frozenset[str] | set[str] = frozenset(),
                      untagged_only: bool = False) -> int:
        """Tag articles with their languages (``(language, article id)``; only those without a tag when
        ``untagged_only``), and take each newly tagged in an ``unread`` language out of the entity and fact
        indexes (an analysis by a pipeline that cannot read it, from before its language was known),
        keeping the articles themselves. One write, so a crash cannot keep the tag and lose the drop.
        Returns how many articles were tagged."""
        where = " AND (language IS NULL OR language = '')" if untagged_only else ""
        changed = 0
        with self._write() as db:
            for language, article_id in tags:
                tagged = db.execute(f"UPDATE articles SET language = ? WHERE id = ?{where}", (language, article_id)).rowcount
                changed += tagged
                if tagged and language in unread:
                    _drop_entity_rows(db, article_id)
                    db.execute("DELETE FROM fact_index WHERE article_id = ?", (article_id,))
                    db.execute("UPDATE articles SET entity_count = NULL WHERE id = ?", (article_id,))
        return changed

    def forget_misread(self, article_ids: list[int], *, model_name: str) -> None:
        """Take articles in a language no pipeline reads out of the entity and fact indexes and drop their
        cached analyses by ``model_name``, a pipeline of another language (`export --all` stored such
        readings: German pages ranked "diese" and "dem" as groups, and the reader showed their layers)."""
        with self._write() as db:
            for article_id in article_ids:
                _drop_entity_rows(db, article_id)
                db.execute("DELETE FROM fact_index WHERE article_id = ?", (article_id,))
                db.execute("UPDATE articles SET entity_count = NULL WHERE id = ?", (article_id,))
                db.execute("DELETE FROM analyses WHERE model_name = ? AND content_hash ="
                           " (SELECT content_hash FROM articles WHERE id = ?)", (model_name, article_id))

    def library_links(self) -> dict[int, dict[str, str]]:
        """article id -> {article entity id: library entity id} for the whole library."""
        out: dict[int, dict[str, str]] = {}
        for article_id, entity, library in self.query("SELECT article_id, entity, library_entity FROM entity_index"):
            out.setdefault(article_id, {})[entity] = library or entity
        return out

    def relink(self, *, on_block: Callable[[int, int], None] | None = None) -> int:
        """Resolve the library identity of every entity again (``newsloupe index --relink``)."""
        from . import boilerplate, relink

        with self._write() as db:
            done = relink.relink(db, on_block=on_block)
            boilerplate.mark(db)
            return done

    def after_indexing(self) -> int:
        """Blocks that later articles changed (an acronym spelt out, a surname's full name) resolved
        again, and each source's boilerplate found again; returns the number of blocks resolved."""
        from . import boilerplate, relink

        with self._write() as db:
            done = relink.relink(db, only_changed=True)
            boilerplate.mark(db)
            return done

    def mark_boilerplate(self) -> int:
        """Find each source's boilerplate entities again; returns how many."""
        from . import boilerplate

        with self._write() as db:
            return boilerplate.mark(db)

    def correct_identity(self, kind: str, library_id: str, *, other: str | None = None,
                         article_id: int | None = None, name: str | None = None) -> None:
        """A user's correction, kept across re-indexing: ``merge`` (other into library_id),
        ``split`` (article_id's part of library_id) or ``rename`` (to name).
        Raises ``corrections.CorrectionError`` when it names nothing the library knows."""
        from . import corrections, relink

        with self._write() as db:
            if kind == "merge":
                relink.refresh_stats(db, corrections.merge(db, library_id, str(other)))
            elif kind == "split":
                relink.refresh_stats(db, corrections.split(db, library_id, int(article_id or 0)))
            elif kind == "rename":
                corrections.rename(db, library_id, str(name or ""))
                corrections.apply_renames(db)
            else:
                raise ValueError(f"unknown correction {kind!r}")

    # -- reading state ---------------------------------------------------------------------

    def set_read(self, article_id: int, read: bool = True) -> None:
        self._set(article_id, "read", int(bool(read)))

    def set_starred(self, article_id: int, starred: bool) -> None:
        self._set(article_id, "starred", int(bool(starred)))

    def set_position(self, article_id: int, position: int) -> None:
        self._set(article_id, "position", max(0, int(position)))

    def _set(self, article_id: int, column: str, value: int) -> None:
        if self.dialect == "postgresql":
            with self._write(serial=False) as db:
                db.execute_native(
                    f"INSERT INTO reading_state(user_name, article_id, {column}) SELECT %s, id, %s FROM articles"
                    f" WHERE id = %s ON CONFLICT (user_name, article_id) DO UPDATE SET {column} = EXCLUDED.{column}",
                    (self.user, value, article_id))
            return
        with self._write() as db:
            db.execute(f"UPDATE articles SET {column} = ? WHERE id = ?", (value, article_id))

    # -- indexing work shared between runs ------------------------------------------------

    def claim_pending(self, model: ModelInfo, owner: str, *, limit: int, lease: float = claims.LEASE,
                      extractor_version: str | None = None,
                      languages: tuple[str | None, ...] | None = None) -> list[int]:
        """Claim up to ``limit`` articles that need an analysis by ``model`` and that no other run holds;
        returns their ids (oldest first). See ``tui.library.claims``."""
        with self._write(serial=False) as db:
            return claims.claim(db, self.dialect, model, extractor_version or EXTRACTOR_VERSION, owner,
                                limit=limit, lease=lease, languages=languages)

    def release_claims(self, owner: str) -> int:
        """Give back every claim ``owner`` still holds (a run that stops); returns how many."""
        with self._write(serial=False) as db:
            return int(db.execute("DELETE FROM index_claims WHERE owner = ?", (owner,)).rowcount or 0)



def insert_article(db: sqlite3.Connection, article: ArticleInput, location: str | None,
                   source_digest: str | None = None) -> tuple[int, bool]:
    """Add one article inside the caller's transaction: (its id, whether it is new)."""
    digest = content_hash(article.text)
    location = stored_location(location)
    meta = dict(article.meta)
    fields = (
        article.title or "",
        article.source,
        article.published,
        json.dumps(meta, ensure_ascii=False),
        len(article.text.split()),
    )
    tags = (meta.get("language"), meta.get("origin"))
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", (digest,)).fetchone()
    if row is not None:
        if location is not None:  # only filled in: a location held already is not written again
            db.execute("UPDATE articles SET location = ? WHERE id = ? AND location IS NULL", (location, row[0]))
        return int(row[0]), False
    old = None
    if location is not None:
        old = db.execute("SELECT id, source_digest FROM articles WHERE location = ?", (location,)).fetchone()
    if old is not None and source_digest is not None and old[1] == source_digest:
        # The same bytes: the text stored from them stays (the best read is kept).
        return int(old[0]), False
    if old is not None:
        # The same file with new content: re-read in place, keep the id (and starred),
        # drop what was derived from the old text.
        article_id = int(old[0])
        db.execute(
            "UPDATE articles SET content_hash=?, title=?, source=?, published=?, meta=?, word_count=?,"
            " entity_count=NULL, position=0, read=0, source_digest=?, language=?, origin=? WHERE id=?",
            (digest, *fields, source_digest, *tags, article_id),
        )
        if getattr(db, "dialect", "sqlite") == "postgresql":  # every reader starts the new text afresh
            db.execute("UPDATE reading_state SET read = 0, position = 0 WHERE article_id = ?", (article_id,))
        db.execute("UPDATE bodies SET body = ? WHERE article_id = ?", (article.text, article_id))
        _drop_entity_rows(db, article_id)
        db.execute("DELETE FROM fact_index WHERE article_id = ?", (article_id,))
        return article_id, False
    cur = db.execute(
        "INSERT INTO articles(content_hash, title, source, published, meta, word_count, location, added_at,"
        " source_digest, language, origin) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (digest, *fields, location, _now(), source_digest, *tags),
    )
    article_id = int(cur.lastrowid or 0)
    db.execute("INSERT INTO bodies(article_id, body) VALUES (?, ?)", (article_id, article.text))
    return article_id, True


def _article_row(r: tuple[Any, ...]) -> ArticleRow:
    return ArticleRow(r[0], r[1], r[2], r[3], location_path(r[4]), r[5], r[6], bool(r[7]), bool(r[8]), r[9], r[10], r[11])


def _drop_entity_rows(db: sqlite3.Connection, article_id: int, *, refresh: bool = True) -> set[str]:
    """Remove an article's entity rows; returns the entity ids whose stats they fed."""
    from . import relink

    rows = db.execute("SELECT block, library_entity FROM entity_index WHERE article_id = ?", (article_id,)).fetchall()
    db.execute("DELETE FROM entity_index WHERE article_id = ?", (article_id,))
    touched = {lib for _, lib in rows if lib}
    if refresh:
        touched |= relink.resolve_blocks(db, {b for b, _ in rows})
        relink.refresh_stats(db, touched)
    return touched


def _index_entities(db: sqlite3.Connection, article_id: int, analysis: Analysis,
                    entities: tuple[EntityRow, ...]) -> None:
    """Replace an article's entity rows and resolve the library identity of the blocks they touch."""
    from dataclasses import replace

    from . import identity, relink
    from .place_identity import library_names

    names = library_names(analysis)  # "Washington" as the place this article means
    entities = tuple(replace(e, name=names.get(e.entity, e.name)) for e in entities)

    old = db.execute("SELECT block, library_entity FROM entity_index WHERE article_id = ?", (article_id,)).fetchall()
    db.execute("DELETE FROM entity_index WHERE article_id = ?", (article_id,))
    records = identity.records_of(str(article_id), analysis)
    db.executemany("INSERT OR REPLACE INTO entity_acronyms VALUES (?, ?)", list(identity.acronym_table(records).items()))
    acronyms = relink.acronyms_of(db, (identity.canonical(e.name, e.label) for e in entities))
    blocks = {e.entity: relink.block_of(e.name, e.label, acronyms, db) for e in entities}
    db.executemany(
        "INSERT INTO entity_index(article_id, entity, name, label, mentions, first_offset, aliases, block, line_labels)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [(article_id, e.entity, e.name, e.label, e.mentions, e.first_offset, json.dumps(e.aliases), blocks[e.entity],
          e.line_labels) for e in entities],
    )
    db.execute("INSERT OR REPLACE INTO article_context VALUES (?, ?)",
               (article_id, json.dumps(sorted(identity.context_of(analysis)))))
    touched = relink.resolve_blocks(db, {b for b, _ in old} | set(blocks.values()))
    relink.refresh_stats(db, touched | {lib for _, lib in old if lib})
