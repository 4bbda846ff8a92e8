"""Views across articles: ranked entities, dossiers and the timeline, from the index tables."""

from __future__ import annotations

from tui.library import catalog
from tui.library.crossindex import entity_rows, fact_rows


def test_entity_rows_count_mentions_and_first_offset(seed_analysis):
    rows = {r.entity: r for r in entity_rows(seed_analysis)}
    for entity in seed_analysis.entities:
        mentions = [m for m in seed_analysis.mentions_of(entity.id) if not m.duplicate]
        if mentions:
            assert rows[entity.id].mentions == len(mentions)
            assert rows[entity.id].first_offset == mentions[0].start


def test_fact_rows_keep_evidence_inside_the_text(seed_analysis):
    rows = fact_rows(seed_analysis)
    assert rows
    for row in rows:
        assert 0 <= row.start < row.end <= len(seed_analysis.text)
        assert row.date is not None or row.entities


def test_entities_rank_by_articles_then_mentions(filled_store):
    ranked = catalog.entities(filled_store)
    keys = [(-e.articles, -e.mentions) for e in ranked]
    assert keys == sorted(keys)
    merkel = next(e for e in ranked if e.entity == "person:angela-merkel")
    assert merkel.articles == 2 and merkel.name == "Angela Merkel"
    assert all(e.label not in catalog.NUMERIC_LABELS for e in ranked)
    found = catalog.entities(filled_store, query="merk")
    assert found[0].entity == "person:angela-merkel" and all("Merkel" in e.name for e in found)
    assert len(catalog.entities(filled_store, top=3)) == 3


def test_dossier_links_facts_and_articles(filled_store, small_analyses):
    d = catalog.dossier(filled_store, "person:emmanuel-macron")
    assert d.name == "Emmanuel Macron" and d.label == "PERSON"
    assert [a.article_id for a in d.articles] == filled_store.ids[1:]
    assert any("President" in r.summary for r in d.roles)
    for article, analysis in zip(d.articles, small_analyses, strict=False):
        assert analysis.text[article.first_offset:].startswith("Emmanuel Macron")
    for fact in (*d.roles, *d.quotes, *d.events):
        text = filled_store.article_text(fact.article_id)
        assert 0 <= fact.start < fact.end <= len(text)
    assert catalog.dossier(filled_store, "person:nobody") is None


def test_timeline_is_ordered_by_date_with_evidence(filled_store):
    entries = catalog.timeline(filled_store)
    assert len(entries) >= 3
    assert [e.date for e in entries] == sorted((e.date for e in entries), key=catalog.date_sort_key)
    assert {e.kind for e in entries} <= {"event", "date"}
    may_tenth = [e for e in entries if e.date == "2020-05-10"]
    assert may_tenth and filled_store.article_text(may_tenth[0].article_id)[may_tenth[0].start:].startswith(
        ("10 May", "French")
    )
    only_dates = catalog.timeline(filled_store, kinds=("date",))
    assert only_dates and all(e.kind == "date" for e in only_dates)


def test_v2_library_gains_entity_stats_on_opening(tmp_path):
    import sqlite3

    from tui.library.dbfile import migrate
    from tui.library.schema import MIGRATIONS
    from tui.library.store import Store

    path = tmp_path / "v2.db"
    db = sqlite3.connect(path, isolation_level=None)
    migrate(db, target=2)
    db.execute("INSERT INTO articles(id, content_hash, title, added_at) VALUES (1, 'a', 'A', 'now'), (2, 'b', 'B', 'now')")
    db.executemany(
        "INSERT INTO entity_index VALUES (?, 'person:ada-lovelace', ?, 'PERSON', ?, 0, '[]')",
        [(1, "Ada Lovelace", 3), (2, "Ada Lovelace", 1)],
    )
    db.close()
    with Store.open(path) as store:
        assert store.schema_version == len(MIGRATIONS)
        assert catalog.entities(store) == [catalog.LibraryEntity("person:ada-lovelace", "Ada Lovelace", "PERSON", 2, 4)]
        assert [r.id for r in store.articles(entity="ada lovelace")] == [2, 1]


def test_entity_ranking_follows_a_changed_article(store, small_analyses):
    from tui.extract.types import ArticleInput

    first, second = small_analyses
    a = store.add_article(ArticleInput(first.text, first.title), location="a.txt")
    b = store.add_article(ArticleInput(second.text, second.title), location="b.txt")
    store.put_analysis(a, first)
    store.put_analysis(b, second)
    macron = next(e for e in catalog.entities(store) if e.entity == "person:emmanuel-macron")
    assert macron.articles == 2
    # b.txt now holds other text: its entities leave the ranking until it is analysed again.
    store.add_article(ArticleInput("Nothing much happened today.", "Quiet"), location="b.txt")
    macron = next(e for e in catalog.entities(store) if e.entity == "person:emmanuel-macron")
    assert macron.articles == 1
    assert store.articles(entity="person:emmanuel-macron")[0].id == a


def _add_analysed(store, nlp, text):
    from tui.extract import analyse
    from tui.extract.types import ArticleInput

    article_id = store.add_article(ArticleInput(text))
    store.put_analysis(article_id, analyse(text, nlp=nlp))
    return article_id


def test_a_lone_surname_joins_the_library_person(filled_store, nlp):
    # An article that only says "Merkel" has its own entity id, linked to the library's Angela Merkel.
    article = _add_analysed(filled_store, nlp, "Macron and Merkel met in Paris.")
    full = catalog.dossier(filled_store, "person:angela-merkel")
    assert article in [a.article_id for a in full.articles]
    assert catalog.dossier(filled_store, "person:merkel").entity == "person:angela-merkel"
    names = [e.name for e in catalog.entities(filled_store, top=None)]
    assert "Merkel" not in names and names.count("Angela Merkel") == 1


def test_untitled_article_takes_the_engine_title(store, seed_analysis):
    from tui.extract.types import ArticleInput

    article_id = store.add_article(ArticleInput(seed_analysis.text))
    assert store.article(article_id).title == ""
    store.put_analysis(article_id, seed_analysis)
    assert store.article(article_id).title == seed_analysis.title


def test_iso_weeks_sort_among_days_and_months():
    values = ["2020-W50", "2020-12-01", "2020-12", "2020-12-09", "2021", "2020-W01", "2019-12-29"]
    ordered = sorted(values, key=catalog.date_sort_key)
    # Week 1 of 2020 begins on Monday 2019-12-30; week 50 on 2020-12-07.
    assert ordered == ["2019-12-29", "2020-W01", "2020-12", "2020-12-01", "2020-W50", "2020-12-09", "2021"]


def test_only_events_that_happened_or_are_planned_are_dated_on_the_timeline(nlp):
    from tui.extract import analyse
    from tui.library.crossindex import fact_date

    text = ("Police arrested a man in Leeds on Sunday. The minister will visit Ankara on Tuesday. "
            "The president did not meet the delegation on Monday.")
    events = {e.factuality: e for e in analyse(text, nlp=nlp, published="2025-03-14").facts_of("event")}
    assert fact_date(events["asserted"]) == "2025-03-09"
    planned = events["planned"]
    assert fact_date(planned) == planned.date is not None and "(planned)" in planned.text
    assert events["negated"].date is not None and fact_date(events["negated"]) is None


def test_only_calendar_dates_reach_the_timeline(nlp):
    """Durations, sets, decades and "now" stay in the article's facts; days, weeks and seasons are placed."""
    from tui.extract import analyse

    text = ("The talks lasted five years and resume every Sunday. They met last summer, in the 1990s and "
            "on Thursday, and now meet again next week.")
    analysis = analyse(text, nlp=nlp, published="2013-03-22")
    by_text = {f.span.text: f for f in analysis.facts_of("date")}
    assert by_text["five years"].value == "P5Y" and by_text["every Sunday"].value == "XXXX-WXX-7"
    dated = {row.date for row in fact_rows(analysis) if row.kind == "date"}
    assert dated == {"2012-SU", "2013-03-21", "2013-W13"}


def test_years_before_1900_reach_the_timeline_only_when_written(nlp):
    """"The cathedral was built 900 years ago" is 1119 in the facts, but a round count back is no
    year to place; "founded in 1789" is placed as written."""
    from tui.extract import analyse

    text = "The cathedral was built 900 years ago. The club was founded in 1789 and rebuilt in 2005."
    analysis = analyse(text, nlp=nlp, published="2019-05-03")
    by_text = {f.span.text: f for f in analysis.facts_of("date")}
    assert by_text["900 years ago"].value == "1119"
    dated = {row.date for row in fact_rows(analysis) if row.kind == "date"}
    assert dated == {"1789", "2005"}


def test_underspecified_dates_without_publication_stay_off_the_timeline(nlp):
    from tui.extract import analyse

    analysis = analyse("The minister met the delegation on Thursday in December 2019.", nlp=nlp)
    assert {f.value for f in analysis.facts_of("date")} >= {"XXXX-WXX-4"}
    assert "XXXX-WXX-4" not in {row.date for row in fact_rows(analysis) if row.kind == "date"}
