"""Search across the library (FTS5): words, phrases, prefixes, kept in step by triggers, built by migration."""

from __future__ import annotations

import sqlite3

import pytest

from tui.extract.types import ArticleInput
from tui.library import dbfile
from tui.library.schema import MIGRATIONS, SCHEMA_VERSION
from tui.library.search import HIT_END, HIT_START, fts_query, search, snippets
from tui.library.store import Store


def add(store, text, title="", location=None):
    return store.add_article(ArticleInput(text, title or None, "2020-01-01", "test"), location=location)


def ids(store, text, **kw):
    return set(search(store, text, **kw).ids)


def integrity(store) -> None:
    """The index as the triggers left it is the index rebuilt from the text (terms, documents, counts)."""
    db = store._db
    if store.dialect == "postgresql":  # each stored document is the one made afresh from the text
        rows = db.execute_native(
            "SELECT a.id, s.document = newsloupe_search_document(a.title, b.body) FROM articles a"
            " JOIN bodies b ON b.article_id = a.id LEFT JOIN article_search s ON s.article_id = a.id").fetchall()
        assert all(same for _, same in rows), rows
        orphans = db.execute_native("SELECT count(*) FROM article_search WHERE article_id NOT IN (SELECT id FROM articles)")
        assert orphans.fetchone()[0] == 0
        return
    db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab USING fts5vocab(main, article_search, 'instance')")

    def snapshot():
        return (sorted(db.execute("SELECT term, doc, col, offset FROM temp.search_vocab")),
                sorted(db.execute("SELECT id, sz FROM article_search_docsize")))

    as_kept = snapshot()
    db.execute("INSERT INTO article_search(article_search) VALUES ('integrity-check')")
    db.execute("INSERT INTO article_search(article_search) VALUES ('rebuild')")
    assert snapshot() == as_kept


@pytest.mark.parametrize(("typed", "query"), [
    ("merkel", '"merkel"*'),
    ("merkel ", '"merkel"'),
    ("angela merk", '"angela" "merk"*'),
    ('"prime minister" may', '"prime minister" "may"*'),
    ("elec*", '"elec"*'),
    ("a", '"a"'),  # one letter: no prefix (the index keeps prefixes from two letters)
    ('U.S. "', '"U S"'),
    ("AND OR NOT ( ) : ^ -", '"AND" "OR" "NOT"'),  # FTS5 syntax is never run as such
    ("", ""),
    ('"', ""),
])
def test_what_is_typed_becomes_a_safe_query(typed, query):
    assert fts_query(typed) == query


def test_words_phrases_and_prefixes_across_titles_and_text(store):
    a = add(store, "German Chancellor Angela Merkel met the prime minister in Paris.", "Talks in Paris")
    b = add(store, "The minister said the prime cost of electricity rose.", "Electricity prices")
    c = add(store, "Nothing to see here.", "Merkel retires")
    assert ids(store, "merkel") == {a, c}  # title or text
    assert ids(store, '"prime minister"') == {a}  # the phrase, not the two words apart
    assert ids(store, "prime minister") == {a, b}
    assert ids(store, "elec") == {b}  # typing: prefix
    assert ids(store, "elec", typing=False) == set()
    assert ids(store, "élec") == {b}  # diacritics folded
    assert ids(store, "AND (") == set()  # no syntax error
    found = snippets(store, search(store, "electricity").query, [b])
    assert f"{HIT_START}electricity{HIT_END}" in found[b]


def test_the_index_follows_every_change_of_the_library(store):
    path = "/tmp/story.txt"
    a = add(store, "The harbour of Gdansk reopened.", "Harbour news", location=path)
    assert ids(store, "gdansk") == {a}
    # the same file with new text: replaced in place
    assert add(store, "The airport of Krakow reopened.", "Airport news", location=path) == a
    assert ids(store, "gdansk") == set() and ids(store, "krakow") == {a} and ids(store, "airport") == {a}
    # a title found by the engine later
    b = add(store, "Rain fell on Oslo all week.")
    store._db.execute("UPDATE articles SET title = 'Oslo weather' WHERE id = ?", (b,))
    assert ids(store, "weather") == {b}
    integrity(store)
    with store._write() as db:
        db.execute("DELETE FROM articles WHERE id = ?", (a,))  # bodies go with it (cascade)
    assert ids(store, "krakow") == set()
    integrity(store)


def test_the_index_is_built_by_migration_for_an_existing_library(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA foreign_keys=ON")
    before = next(n for n, step in enumerate(MIGRATIONS) if "USING fts5" in step)
    dbfile.migrate(db, target=before)  # a library from before the search index
    assert "article_search" not in {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    db.execute("INSERT INTO articles(content_hash, title, added_at) VALUES ('h1', 'Old story', '2020')")
    db.execute("INSERT INTO bodies VALUES (1, 'Parliament voted in Vilnius.')")
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == SCHEMA_VERSION == len(MIGRATIONS)
        assert ids(store, "vilnius") == {1} and ids(store, "old story") == {1}
        integrity(store)


def test_statements_keep_trigger_bodies_whole():
    script = "CREATE TABLE t(a); CREATE TRIGGER x AFTER INSERT ON t BEGIN INSERT INTO t VALUES (1); END; SELECT 1;"
    assert dbfile.statements(script) == [
        "CREATE TABLE t(a);", "CREATE TRIGGER x AFTER INSERT ON t BEGIN INSERT INTO t VALUES (1); END;", "SELECT 1;"]
