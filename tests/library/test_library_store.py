"""The library store: dedup, re-read of changed files, state, prefs, the analyses cache and recovery."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tui.extract.serialize import to_dict
from tui.extract.types import ArticleInput, ModelInfo
from tui.library.schema import MIGRATIONS
from tui.library.store import Store, StoreError, content_hash

ROOT = Path(__file__).resolve().parents[2]


def test_same_body_is_one_article(store):
    first = store.add_article(ArticleInput("Body one.", title="A"), location="a.txt")
    again = store.add_article(ArticleInput("Body one.", title="A copy"), location="b.txt")
    other = store.add_article(ArticleInput("Body two.", title="B"), location="c.txt")
    assert first == again != other
    assert [r.title for r in store.articles()] == ["B", "A"]
    assert store.article(first).content_hash == content_hash("Body one.")


def test_changed_file_is_read_again_in_place(store):
    article_id = store.add_article(ArticleInput("Old text here.", title="Old"), location="/news/a.txt")
    store.set_read(article_id)
    again = store.add_article(ArticleInput("New text, longer than before.", title="New"), location="/news/a.txt")
    assert again == article_id
    row = store.article(article_id)
    assert (row.title, row.word_count, row.read, row.entity_count) == ("New", 5, False, None)
    assert store.article_text(article_id) == "New text, longer than before."


def test_reading_state_and_filters(store):
    a = store.add_article(ArticleInput("alpha text", title="Alpha [bold]50%_off", source="wire"))
    b = store.add_article(ArticleInput("beta text", title="Beta", source="blog"))
    store.set_read(a)
    store.set_starred(b, True)
    store.set_position(b, 120)
    assert [r.id for r in store.articles(unread=True)] == [b]
    assert [r.id for r in store.articles(starred=True)] == [b]
    assert [r.id for r in store.articles(source="wire")] == [a]
    assert [r.id for r in store.articles(query="50%_")] == [a]
    assert store.articles(query="0%x") == []
    assert store.article(b).position == 120
    store.set_read(a, False)
    assert store.article(a).read is False


def test_prefs_round_trip_json(store):
    assert store.get_pref("layers", ["PERSON"]) == ["PERSON"]
    store.set_pref("layers", ["ORG", "GPE"])
    store.set_pref("theme", "dark")
    store.set_pref("tags", True)
    assert (store.get_pref("layers"), store.get_pref("theme"), store.get_pref("tags")) == (["ORG", "GPE"], "dark", True)


@pytest.mark.sqlite_only
def test_library_file_is_in_wal_mode(store):
    # Readers (the app) and a writer (`newsloupe index`) at the same time.
    assert store.query("PRAGMA journal_mode") == [("wal",)]


def test_prefs_survive_reopening(tmp_path):
    with Store.open(tmp_path / "lib.db") as st:
        st.set_pref("theme", "light")
    with Store.open(tmp_path / "lib.db") as st:
        assert st.get_pref("theme") == "light"


def test_analysis_cache_keys_on_model_and_extractor(store, seed_analysis):
    item = ArticleInput(seed_analysis.text, seed_analysis.title)
    article_id = store.add_article(item)
    assert store.cached_analysis(article_id, seed_analysis.model) is None
    store.put_analysis(article_id, seed_analysis)
    cached = store.cached_analysis(article_id, seed_analysis.model)
    # Equal as the JSON schema sees it (it rounds confidences), with the same text.
    assert to_dict(cached, include_text=True) == to_dict(seed_analysis, include_text=True)
    assert cached.mentions == seed_analysis.mentions and cached.entities == seed_analysis.entities
    other = ModelInfo(seed_analysis.model.name, "0.0.1")
    assert store.cached_analysis(article_id, other) is None
    assert store.cached_analysis(article_id, seed_analysis.model, "0.0.0-old") is None
    assert store.article(article_id).entity_count == len({m.entity for m in seed_analysis.mentions if not m.duplicate})


def test_cached_open_imports_no_spacy(tmp_path, seed_analysis):
    path = tmp_path / "lib.db"
    with Store.open(path) as st:
        article_id = st.add_article(ArticleInput(seed_analysis.text, seed_analysis.title))
        st.put_analysis(article_id, seed_analysis)
    code = (
        "import sys\n"
        "from tui.library.store import Store\n"
        "from tui.extract.types import ModelInfo\n"
        f"st = Store.open({str(path)!r})\n"
        f"a = st.cached_analysis({article_id}, ModelInfo({seed_analysis.model.name!r}, {seed_analysis.model.version!r}))\n"
        "print(a is not None, len(a.mentions), 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", str(len(seed_analysis.mentions)), "False"]


def test_v1_library_is_migrated_forward(tmp_path):
    path = tmp_path / "old.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
    db.execute("INSERT INTO schema_version VALUES (1)")
    db.executescript(MIGRATIONS[0])
    db.execute(
        "INSERT INTO articles(id, content_hash, title, word_count, added_at, starred) VALUES (7, 'h', 'Kept', 3, 'now', 1)"
    )
    db.execute("INSERT INTO bodies VALUES (7, 'one two three')")
    db.commit()
    db.close()
    with Store.open(path) as st:
        assert st.schema_version == len(MIGRATIONS)
        row = st.article(7)
        assert (row.title, row.starred, st.article_text(7)) == ("Kept", True, "one two three")
        assert st.articles(entity="anything") == []  # the v2 entity index exists


@pytest.mark.parametrize(
    "content",
    [b"this is not a database at all, just text" * 100, b"SQLite format 3\x00" + b"\xff" * 4000],
    ids=["text", "damaged-header"],
)
def test_corrupt_file_is_moved_aside(tmp_path, content):
    path = tmp_path / "library.db"
    path.write_bytes(content)
    with Store.open(path) as st:
        assert st.notice is not None and "moved it to library.db.corrupt-" in st.notice
        assert "\n" not in st.notice
        st.set_pref("theme", "x")
        assert st.get_pref("theme") == "x"
    aside = list(tmp_path.glob("library.db.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == content


def test_foreign_database_is_moved_aside_not_changed(tmp_path):
    path = tmp_path / "library.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE invoices (n INTEGER)")
    db.execute("INSERT INTO invoices VALUES (42)")
    db.commit()
    db.close()
    with Store.open(path) as st:
        assert "another program" in st.notice
    (aside,) = tmp_path.glob("library.db.corrupt-*")
    assert sqlite3.connect(aside).execute("SELECT n FROM invoices").fetchone() == (42,)


def test_locked_library_gives_a_clear_error_not_a_hang(tmp_path):
    path = tmp_path / "library.db"
    Store.open(path).close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # a second instance holding the write lock
    try:
        st = Store.open(path, busy_timeout=0.2)
        assert st.articles() == []  # reading still works under WAL
        with pytest.raises(StoreError, match="locked by another Newsloupe"):
            st.set_pref("theme", "dark")
        st.close()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_unusable_path_is_a_store_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError):
        Store.open(blocker / "sub" / "library.db")


def test_listing_ten_thousand_articles(tmp_path):
    # Not timed (speed lives in benchmarks/): checks the list and filter stay correct at size.
    with Store.open(tmp_path / "big.db") as st:
        for n in range(10_000):
            st._db.execute(
                "INSERT INTO articles(content_hash, title, word_count, added_at) VALUES (?, ?, 10, 'now')",
                (f"h{n}", f"Article number {n}"),
            )
        rows = st.articles()
        assert len(rows) == 10_000
        assert len(st.articles(query="number 99")) == 111


def test_installed_model_info_matches_the_loaded_pipeline(nlp):
    from tui.extract.model import model_info
    from tui.library.models import installed_model_info

    assert installed_model_info() == model_info(nlp)
    assert installed_model_info("no_such_pipeline_xyz") is None


def test_reader_style_cached_open_without_spacy(tmp_path, seed_analysis):
    # What the reader does: find the cache entry by the installed model's meta, never importing spaCy.
    path = tmp_path / "lib.db"
    with Store.open(path) as st:
        article_id = st.add_article(ArticleInput(seed_analysis.text, seed_analysis.title))
        st.put_analysis(article_id, seed_analysis)
    code = (
        "import sys\n"
        "from tui.library.store import Store\n"
        "from tui.library.models import installed_model_info\n"
        f"a = Store.open({str(path)!r}).cached_analysis({article_id}, installed_model_info())\n"
        "print(a is not None, 'spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["True", "False"]


def test_store_is_usable_from_a_worker_thread(store, seed_analysis):
    # The reader analyses in a worker thread and stores the result from there.
    import threading

    article_id = store.add_article(ArticleInput(seed_analysis.text, "Seed"))
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            for _ in range(5):
                store.put_analysis(article_id, seed_analysis)
                store.set_position(article_id, 42)
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)

    thread = threading.Thread(target=worker)
    thread.start()
    for _ in range(50):
        assert [r.id for r in store.articles()] == [article_id]
    thread.join()
    assert errors == []
    assert store.article(article_id).position == 42
    assert store.cached_analysis(article_id, seed_analysis.model) is not None
