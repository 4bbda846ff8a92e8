"""The library schema on PostgreSQL: the same versioned migrations, rewritten by the dialect layer,
with a PostgreSQL piece only where SQLite's cannot be rewritten.

- the step creating entity_stats groups by entity with ``min(label)`` (PostgreSQL wants every column grouped);
- the feeds step skips carrying the old ``prefs`` feed list over (no PostgreSQL library ever held one)
  and gives feeds a ``rowid`` identity column, the order they were added in, as SQLite's rowid;
- full-text search is a ``tsvector`` column with a GIN index, kept in step by triggers,
  where SQLite has an FTS5 table;
- the index claims step also adds per-user reading state: in a shared library each user has their own read,
  starred and position (``reading_state``), where SQLite keeps them on ``articles``.
"""

from __future__ import annotations

from .data_steps import DataStep
from .dbfile import statements
from .dialect import to_postgres
from .schema import MIGRATIONS

_STATS = (
    """CREATE TABLE entity_stats (
        entity TEXT COLLATE "C" PRIMARY KEY,
        name TEXT COLLATE "C" NOT NULL,
        label TEXT COLLATE "C" NOT NULL,
        articles BIGINT NOT NULL,
        mentions BIGINT NOT NULL
    )""",
    "CREATE INDEX entity_stats_rank ON entity_stats(articles DESC, mentions DESC, entity)",
    """INSERT INTO entity_stats
        SELECT entity,
               (SELECT name FROM entity_index e2 WHERE e2.entity = e.entity GROUP BY name
                ORDER BY count(*) DESC, length(name) DESC LIMIT 1),
               min(label), count(*), sum(mentions)
        FROM entity_index e GROUP BY entity""",
)

#: Titles weigh more than bodies; 'simple' keeps words as written (lower-cased, no stemming), as FTS5's unicode61.
_SEARCH = (
    """CREATE TABLE article_search (
        article_id BIGINT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        document tsvector NOT NULL
    )""",
    "CREATE INDEX article_search_document ON article_search USING GIN (document)",
    # Diacritics are folded (unaccent, shipped with PostgreSQL), as FTS5's remove_diacritics does.
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    """CREATE FUNCTION newsloupe_search_document(title TEXT, body TEXT) RETURNS tsvector
        LANGUAGE sql STABLE AS $$
        SELECT setweight(to_tsvector('simple', unaccent(coalesce(title, ''))), 'A')
            || setweight(to_tsvector('simple', unaccent(left(coalesce(body, ''), 1000000))), 'B')
    $$""",
    """CREATE FUNCTION newsloupe_search_body() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        INSERT INTO article_search(article_id, document)
            SELECT id, newsloupe_search_document(title, NEW.body) FROM articles WHERE id = NEW.article_id
            ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document;
        RETURN NULL;
    END $$""",
    """CREATE FUNCTION newsloupe_search_title() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        UPDATE article_search SET document = newsloupe_search_document(NEW.title, b.body)
            FROM bodies b WHERE b.article_id = NEW.id AND article_search.article_id = NEW.id;
        RETURN NULL;
    END $$""",
    """CREATE TRIGGER article_search_body AFTER INSERT OR UPDATE OF body ON bodies
        FOR EACH ROW EXECUTE FUNCTION newsloupe_search_body()""",
    """CREATE TRIGGER article_search_title AFTER UPDATE OF title ON articles
        FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION newsloupe_search_title()""",
    """INSERT INTO article_search(article_id, document)
        SELECT a.id, newsloupe_search_document(a.title, b.body) FROM articles a JOIN bodies b ON b.article_id = a.id""",
)

_READING_STATE = (
    """CREATE TABLE reading_state (
        user_name TEXT COLLATE "C" NOT NULL,
        article_id BIGINT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        read BIGINT NOT NULL DEFAULT 0,
        starred BIGINT NOT NULL DEFAULT 0,
        position BIGINT NOT NULL DEFAULT 0,
        PRIMARY KEY (user_name, article_id)
    )""",
    "CREATE INDEX reading_state_article ON reading_state(article_id)",
    # Listing newest first reads this index in order and stops at the page it shows.
    "CREATE INDEX articles_listing ON articles((published IS NULL), published DESC, id DESC)",
)


def step(n: int) -> list[str | DataStep]:
    """The PostgreSQL statements of migration ``n`` (1-based), in order; a Python step as it is
    (it writes the library's SQL, which the connection rewrites).

    The pieces of their own are chosen by what the SQLite step does, not by its number,
    so migrations appended later keep their places.
    """
    source = MIGRATIONS[n - 1]
    if isinstance(source, DataStep):
        return [source]
    if "CREATE TABLE entity_stats" in source:
        return list(_STATS)
    if "USING fts5" in source:
        return list(_SEARCH)
    if "articles_list_order" in source:
        return []  # SQLite's list-order index: PostgreSQL lists with articles_listing
    out: list[str | DataStep] = []
    for statement in statements(source):
        if "json_extract" in statement:
            continue  # carries a pre-v7 prefs feed list over: no PostgreSQL library ever held one
        out.append(to_postgres(statement)[0])
    if "CREATE TABLE feeds" in source:
        # Feeds are listed in the order they were added (SQLite's rowid): a column of that name here.
        out.append("ALTER TABLE feeds ADD COLUMN rowid BIGINT GENERATED ALWAYS AS IDENTITY")
    if "CREATE TABLE index_claims" in source:
        out += _READING_STATE
    return out
