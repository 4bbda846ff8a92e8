"""The library database schema, as an ordered list of migrations.

Version N of the schema is what migrations 1..N produce. A database records
its version in ``schema_version``; opening it applies the missing steps in
one transaction, so an older library file is carried forward in place.
"""

from __future__ import annotations

from .data_steps import DataStep, iso_published

#: Migration step N (1-based) brings a version N-1 database to version N: SQL, or a ``DataStep``
#: (Python, for rows only the project's own parsers can rewrite; see data_steps).
MIGRATIONS: tuple[str | DataStep, ...] = (
    # v1: articles (the list columns are denormalised so listing reads one narrow table),
    # bodies apart (listing never touches them), the analyses cache, preferences.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        content_hash TEXT NOT NULL UNIQUE,
        location TEXT,
        title TEXT NOT NULL DEFAULT '',
        source TEXT,
        published TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        word_count INTEGER NOT NULL DEFAULT 0,
        entity_count INTEGER,
        added_at TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        position INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_location ON articles(location);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE bodies (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        body TEXT NOT NULL
    );
    CREATE TABLE analyses (
        content_hash TEXT NOT NULL,
        model_name TEXT NOT NULL,
        model_version TEXT NOT NULL,
        extractor_version TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (content_hash, model_name, model_version, extractor_version)
    );
    CREATE TABLE prefs (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # v2: the cross-article index (entities and dated facts) and listing indexes.
    """
    CREATE TABLE entity_index (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        mentions INTEGER NOT NULL,
        first_offset INTEGER NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (article_id, entity)
    );
    CREATE INDEX entity_index_entity ON entity_index(entity);
    CREATE TABLE fact_index (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        summary TEXT NOT NULL,
        date TEXT,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        data TEXT NOT NULL
    );
    CREATE INDEX fact_index_article ON fact_index(article_id);
    CREATE INDEX fact_index_date ON fact_index(date);
    CREATE TABLE fact_entities (
        fact_id INTEGER NOT NULL REFERENCES fact_index(id) ON DELETE CASCADE,
        entity TEXT NOT NULL,
        part TEXT NOT NULL
    );
    CREATE INDEX fact_entities_entity ON fact_entities(entity);
    CREATE INDEX articles_starred ON articles(starred);
    CREATE INDEX articles_read ON articles(read);
    """,
    # v3: entity ranking kept up to date per entity, so ranking and filtering never group the whole index.
    """
    CREATE TABLE entity_stats (
        entity TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        label TEXT NOT NULL,
        articles INTEGER NOT NULL,
        mentions INTEGER NOT NULL
    );
    CREATE INDEX entity_stats_rank ON entity_stats(articles DESC, mentions DESC, entity);
    INSERT INTO entity_stats
        SELECT entity,
               (SELECT name FROM entity_index e2 WHERE e2.entity = e.entity GROUP BY name
                ORDER BY count(*) DESC, length(name) DESC LIMIT 1),
               label, count(*), sum(mentions)
        FROM entity_index e GROUP BY entity;
    """,
    # v4: the ranking index covers every listed column, so filtering names as you type reads the index alone.
    """
    DROP INDEX entity_stats_rank;
    CREATE INDEX entity_stats_rank ON entity_stats(articles DESC, mentions DESC, entity, name, label);
    """,
    # v5: the digest of the file an article was read from, so its stored text changes only when its bytes do.
    """
    ALTER TABLE articles ADD COLUMN source_digest TEXT;
    """,
    # Library identity: each article entity gets a library-wide id, resolved within blocks of one
    # name key (a surname, a canonical name); entity_stats ranks library entities from then on,
    # and each article's salient names are kept as the context that tells two Smiths apart.
    # The user's corrections (merge, split, rename) outlive every relink; boilerplate entities
    # of a source (site chrome in most of its articles) are kept out of rankings.
    """
    ALTER TABLE entity_index ADD COLUMN block TEXT NOT NULL DEFAULT '';
    ALTER TABLE entity_index ADD COLUMN library_entity TEXT;
    ALTER TABLE entity_index ADD COLUMN line_labels INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX entity_index_block ON entity_index(block);
    CREATE INDEX entity_index_library ON entity_index(library_entity);
    CREATE TABLE article_context (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        keys TEXT NOT NULL DEFAULT '[]'
    );
    CREATE TABLE entity_acronyms (acronym TEXT PRIMARY KEY, name TEXT NOT NULL);
    CREATE TABLE entity_corrections (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('merge', 'split', 'rename')),
        target TEXT NOT NULL,
        other TEXT,
        article_id INTEGER,
        name TEXT,
        made_at TEXT NOT NULL
    );
    CREATE TABLE boilerplate (source TEXT NOT NULL, entity TEXT NOT NULL, PRIMARY KEY (source, entity));
    UPDATE entity_index SET library_entity = entity;
    """,
    # Feeds that stay current: each subscription with its conditional-GET validators and last outcome
    # (carried over from the old prefs list), the entries already taken (by GUID and by link), and
    # each article's language and where its text came from (file, feed, summary, page).
    """
    CREATE TABLE feeds (
        url TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        etag TEXT,
        last_modified TEXT,
        last_fetch TEXT,
        status TEXT,
        error TEXT,
        added_at TEXT
    );
    INSERT OR IGNORE INTO feeds(url, title)
        SELECT json_extract(item.value, '$.url'), coalesce(json_extract(item.value, '$.title'), '')
        FROM prefs, json_each(prefs.value) AS item
        WHERE prefs.key = 'feeds' AND json_valid(prefs.value) AND json_extract(item.value, '$.url') IS NOT NULL;
    CREATE TABLE feed_entries (
        feed_url TEXT NOT NULL REFERENCES feeds(url) ON DELETE CASCADE,
        guid TEXT NOT NULL,
        link TEXT,
        article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
        PRIMARY KEY (feed_url, guid)
    );
    CREATE INDEX feed_entries_link ON feed_entries(link);
    CREATE INDEX feed_entries_article ON feed_entries(article_id);
    ALTER TABLE articles ADD COLUMN language TEXT;
    ALTER TABLE articles ADD COLUMN origin TEXT;
    CREATE INDEX articles_language ON articles(language)
    """,
    # Full-text search over titles and bodies (FTS5). The index keeps no copy of the text: it reads
    # it from a view over articles and bodies, and triggers keep it in step with both.
    # An external-content index must be told the old values it indexed, so each trigger deletes
    # with the values as they were and inserts the new ones. Built here for existing libraries.
    """
    CREATE VIEW article_search_source AS
        SELECT articles.id AS id, articles.title AS title, bodies.body AS body
        FROM articles JOIN bodies ON bodies.article_id = articles.id;
    CREATE VIRTUAL TABLE article_search USING fts5(
        title, body, content='article_search_source', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='2 3');
    CREATE TRIGGER article_search_body_added AFTER INSERT ON bodies BEGIN
        INSERT INTO article_search(rowid, title, body)
            SELECT id, title, new.body FROM articles WHERE id = new.article_id;
    END;
    CREATE TRIGGER article_search_body_changed AFTER UPDATE OF body ON bodies BEGIN
        INSERT INTO article_search(article_search, rowid, title, body)
            SELECT 'delete', id, title, old.body FROM articles WHERE id = old.article_id;
        INSERT INTO article_search(rowid, title, body)
            SELECT id, title, new.body FROM articles WHERE id = new.article_id;
    END;
    CREATE TRIGGER article_search_title_changed AFTER UPDATE OF title ON articles
        WHEN old.title IS NOT new.title BEGIN
        INSERT INTO article_search(article_search, rowid, title, body)
            SELECT 'delete', old.id, old.title, body FROM bodies WHERE article_id = old.id;
        INSERT INTO article_search(rowid, title, body)
            SELECT new.id, new.title, body FROM bodies WHERE article_id = new.id;
    END;
    CREATE TRIGGER article_search_article_removed BEFORE DELETE ON articles BEGIN
        INSERT INTO article_search(article_search, rowid, title, body)
            SELECT 'delete', old.id, old.title, body FROM bodies WHERE article_id = old.id;
    END;
    CREATE TRIGGER article_search_body_removed BEFORE DELETE ON bodies BEGIN
        INSERT INTO article_search(article_search, rowid, title, body)
            SELECT 'delete', id, title, old.body FROM articles WHERE id = old.article_id;
    END;
    INSERT INTO article_search(article_search) VALUES ('rebuild');
    """,
)

#: Recompute one entity's row of entity_stats (parameter: the entity id), then drop it if it is gone.
REFRESH_ENTITY_STATS = (
    """
    INSERT OR REPLACE INTO entity_stats
        SELECT entity,
               (SELECT name FROM entity_index e2 WHERE e2.entity = e.entity GROUP BY name
                ORDER BY count(*) DESC, length(name) DESC LIMIT 1),
               label, count(*), sum(mentions)
        FROM entity_index e WHERE entity = :entity GROUP BY entity
    """,
    "DELETE FROM entity_stats WHERE entity = :entity"
    " AND NOT EXISTS (SELECT 1 FROM entity_index WHERE entity = :entity)",
)

#: Recompute one library entity's row of entity_stats (parameter: the library id): its most used
#: name (a person's fullest name first) and the label its id carries; then drop it if no article names it any more.
REFRESH_LIBRARY_STATS = (
    """
    INSERT OR REPLACE INTO entity_stats
        SELECT library_entity,
               (SELECT name FROM entity_index e2 WHERE e2.library_entity = e.library_entity GROUP BY name
                ORDER BY CASE WHEN :entity LIKE 'person:%'
                              THEN length(name) - length(replace(name, ' ', '')) ELSE 0 END DESC,
                         count(*) DESC, length(name) DESC
                LIMIT 1),
               upper(substr(library_entity, 1, instr(library_entity, ':') - 1)),
               count(DISTINCT article_id), sum(mentions)
        FROM entity_index e WHERE library_entity = :entity GROUP BY library_entity
    """,
    "DELETE FROM entity_stats WHERE entity = :entity"
    " AND NOT EXISTS (SELECT 1 FROM entity_index WHERE library_entity = :entity)",
)

SCHEMA_VERSION = len(MIGRATIONS)
#: Tables a Newsloupe library has at every version: a file with tables but none of these is foreign.
CORE_TABLES = frozenset({"schema_version", "articles"})

#: entity_stats for every library entity at once (after a relink that moved many), in SQL.
REFRESH_ALL_LIBRARY_STATS = """
    INSERT OR REPLACE INTO entity_stats
        WITH names AS (
            SELECT library_entity, name, count(*) AS uses,
                   row_number() OVER (PARTITION BY library_entity
                       ORDER BY CASE WHEN library_entity LIKE 'person:%'
                                     THEN length(name) - length(replace(name, ' ', '')) ELSE 0 END DESC,
                                count(*) DESC, length(name) DESC) AS rank
            FROM entity_index WHERE library_entity IS NOT NULL GROUP BY library_entity, name
        )
        SELECT e.library_entity, n.name, upper(substr(e.library_entity, 1, instr(e.library_entity, ':') - 1)),
               count(DISTINCT e.article_id), sum(e.mentions)
        FROM entity_index e JOIN names n ON n.library_entity = e.library_entity AND n.rank = 1
        WHERE e.library_entity IS NOT NULL GROUP BY e.library_entity
"""

# Appended migrations (kept apart from the tuple above so parallel work appends without conflicts).
MIGRATIONS += (
    # Claims on indexing work: an article an index run (or a Dask batch) is analysing, until when.
    # Two runs on one shared library each take the articles nobody holds (a dead run's claims
    # lapse: at once on PostgreSQL, whose session ends with it, else when they expire), so they
    # split the work without overlap; see Store.claim_pending.
    """
    CREATE TABLE index_claims (
        article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
        owner TEXT NOT NULL,
        expires REAL NOT NULL,
        session INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX index_claims_owner ON index_claims(owner);
    """,
)
# The list's order (newest first, undated last) as an index, title and source in it: a page of the list,
# and of a title filter (LIKE '%x%' reads the index in order and stops after a page of hits), costs a
# page, not a sort of the library. PostgreSQL has its own (articles_listing, see schema_pg).
MIGRATIONS += (
    """
    CREATE INDEX articles_list_order ON articles((published IS NULL), published DESC, id DESC, title, source);
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Languages are told by their script too ("不归移民漫画系列：专业工作" is Chinese, not too short to tell):
# the articles detection had left untagged ('') are detected again, so a short Chinese, Thai or Russian
# feed entry stops being analysed by the English pipeline (languages.tag_library, the reader's worker).
MIGRATIONS += (
    """
    UPDATE articles SET language = NULL WHERE language = '';
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)
# Dates older versions stored as written ("February 4, 2025", "Tue, 04 Feb 2025 10:00:00 GMT") sorted
# above every ISO date in the list: they become ISO 8601 as new adds store them; a value that is no date stays.
MIGRATIONS += (DataStep("ISO 8601 publication dates", iso_published),)
SCHEMA_VERSION = len(MIGRATIONS)
