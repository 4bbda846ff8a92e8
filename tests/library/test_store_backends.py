"""The store's behaviour on both back ends (SQLite file, PostgreSQL server): the same tests, parametrised.

The ``store`` fixture runs each test once per back end (tests/library/conftest.py); the PostgreSQL
server is the session's throwaway one (tests/pg_server.py).
"""

from __future__ import annotations

from tui.extract.types import ArticleInput, ModelInfo
from tui.library import catalog
from tui.library.feeds import feed_list, subscribe, unsubscribe
from tui.library.search import search
from tui.library.store import Store

MODEL = ModelInfo("test_model", "1.0")


def add(store: Store, text: str, title: str = "", published: str = "2020-01-01", location: str | None = None) -> int:
    return store.add_article(ArticleInput(text, title or None, published, "wire"), location=location)


def test_articles_list_newest_first_and_filter(store):
    old = add(store, "Parliament voted in Vilnius on the budget.", "Vilnius budget vote", "2019-05-01")
    new = add(store, "Floods reached the 100% mark in Porto_Alegre.", "Floods in Porto", "2021-02-03")
    undated = add(store, "A note without a date.", "Undated note", published="")
    assert [r.id for r in store.articles()] == [new, old, undated]
    assert [r.id for r in store.articles(query="vilnius")] == [old]  # case folded as SQLite's LIKE
    assert [r.id for r in store.articles(query="porto")] == [new]
    assert store.articles(query="100%") == [] and store.articles(query="_") == []  # LIKE wildcards are literal
    assert [r.id for r in store.articles(limit=1)] == [new]
    assert store.articles(analysed=True) == []


def test_same_text_twice_is_one_article_and_a_changed_file_replaces_it(store):
    a = add(store, "The harbour of Gdansk reopened.", "Harbour", location="/news/a.txt")
    assert add(store, "The harbour of Gdansk reopened.", "Harbour") == a
    store.set_read(a, True)
    assert add(store, "The airport of Krakow reopened.", "Airport", location="/news/a.txt") == a
    row = store.article(a)
    assert row.title == "Airport" and not row.read and "Krakow" in store.article_text(a)
    assert len(store.articles()) == 1


def test_reading_state_stars_and_position(store):
    a = add(store, "One story about Lisbon.", "Lisbon")
    b = add(store, "Another story about Madrid.", "Madrid")
    store.set_read(a, True)
    store.set_starred(b, True)
    store.set_position(b, 42)
    assert [r.id for r in store.articles(unread=True)] == [b]
    assert [r.id for r in store.articles(starred=True)] == [b]
    assert store.article(b).position == 42 and store.article(a).read
    store.set_read(10_000, True)  # no such article: nothing happens, as on SQLite
    assert len(store.articles()) == 2


def test_prefs_keep_json_values(store):
    store.set_pref("layers", {"PERSON": True, "list": [1, "two", None]})
    store.set_pref("layers", {"PERSON": False})
    assert store.get_pref("layers") == {"PERSON": False}
    assert store.get_pref("missing", 7) == 7


def test_analysis_cache_index_and_views(store, small_analyses):
    ids = []
    for analysis in small_analyses:
        article_id = store.add_article(ArticleInput(analysis.text, analysis.title, analysis.published, analysis.source))
        store.put_analysis(article_id, analysis)
        ids.append(article_id)
    again = store.cached_analysis(ids[0], small_analyses[0].model, small_analyses[0].extractor_version)
    assert again is not None and again.entities == small_analyses[0].entities
    ranked = catalog.entities(store)
    merkel = next(e for e in ranked if e.name == "Angela Merkel")
    assert merkel.articles == 2
    dossier = catalog.dossier(store, merkel.entity)
    assert dossier is not None and {a.article_id for a in dossier.articles} == set(ids)
    assert [r.id for r in store.articles(entity="Angela Merkel")] == sorted(ids, reverse=True)
    assert [r.id for r in store.articles(entity="angela merkel")] == sorted(ids, reverse=True)  # NOCASE
    dates = catalog.timeline(store)
    assert dates and all(f.date for f in dates)
    assert store.articles(analysed=False) == []
    assert store.relink() > 0
    assert catalog.entities(store)[0].articles == 2


def test_identity_corrections_survive_relinking(store, small_analyses):
    for analysis in small_analyses:
        article_id = store.add_article(ArticleInput(analysis.text, analysis.title, analysis.published, analysis.source))
        store.put_analysis(article_id, analysis)
    merkel = next(e for e in catalog.entities(store) if e.name == "Angela Merkel")
    store.correct_identity("rename", merkel.entity, name="Chancellor Merkel")
    store.relink()
    assert any(e.name == "Chancellor Merkel" for e in catalog.entities(store))


def test_search_words_phrases_prefixes_and_diacritics(store):
    a = add(store, "German Chancellor Angela Merkel met the prime minister in Paris.", "Talks in Paris")
    b = add(store, "The minister said the prime cost of electricity rose.", "Electricity prices")
    assert set(search(store, "merkel").ids) == {a}
    assert set(search(store, '"prime minister"').ids) == {a}
    assert set(search(store, "prime minister").ids) == {a, b}
    assert set(search(store, "élec").ids) == {b}
    assert set(search(store, "AND (").ids) == set()


def test_feeds_subscribe_and_unsubscribe(store):
    subscribe(store, "https://example.org/feed.xml", "Example")
    subscribe(store, "https://example.org/feed.xml", "Other title")  # kept once
    assert [(f.url, f.title) for f in feed_list(store)] == [("https://example.org/feed.xml", "Example")]
    assert unsubscribe(store, "https://example.org/feed.xml")
    assert feed_list(store) == []


def test_claims_share_pending_work_without_overlap(store):
    ids = [add(store, f"Story number {n} from the wire.", f"Story {n}") for n in range(7)]
    first = store.claim_pending(MODEL, "run-a", limit=3)
    second = store.claim_pending(MODEL, "run-b", limit=10)
    assert first == ids[:3] and second == ids[3:]
    assert store.claim_pending(MODEL, "run-c", limit=10) == []
    assert store.release_claims("run-a") == 3
    assert store.claim_pending(MODEL, "run-c", limit=10) == ids[:3]


def test_a_lapsed_claim_is_taken_again_and_storing_drops_the_claim(store, small_analyses):
    analysis = small_analyses[0]
    article_id = store.add_article(ArticleInput(analysis.text, analysis.title, analysis.published, analysis.source))
    assert store.claim_pending(analysis.model, "run-a", limit=5, lease=-1.0) == [article_id]  # already lapsed
    assert store.claim_pending(analysis.model, "run-b", limit=5) == [article_id]
    store.put_analysis(article_id, analysis)
    assert store.query("SELECT count(*) FROM index_claims") == [(0,)]
    assert store.claim_pending(analysis.model, "run-c", limit=5) == []  # analysed: nothing pending


def test_claims_follow_the_pipeline_language(store):
    en = store.add_article(ArticleInput("An English story.", "English", "2020-01-01", "wire", (("language", "en"),)))
    store.add_article(ArticleInput("Eine deutsche Geschichte.", "Deutsch", "2020-01-01", "wire", (("language", "de"),)))
    assert store.claim_pending(MODEL, "run-a", limit=5, languages=("en", None)) == [en]
