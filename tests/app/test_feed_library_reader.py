"""A library made by ``newsloupe add URL`` from a feed served on 127.0.0.1, read in the reader:
the text comes from the store (a feed entry's link is never read as a file), and the article is
analysed by the worker process (the real pipeline) with its layers and facts shown."""

from __future__ import annotations

import pytest

from tests.app.feed_library import add_feed_library
from tests.app.reader_support import NO_CONFIG, shown_words
from tui.app import ReaderApp
from tui.library.entries import entries_from_library, load_input
from tui.library.store import Store
from tui.render.layers import counts_by_layer
from tui.widgets.facts_tree import FactsTree


async def wait_for(pilot, condition, seconds: float = 90.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


@pytest.fixture()
def feed_library(shared_dir, tmp_path):
    db = tmp_path / "library.db"
    (tmp_path / "site").mkdir()
    return db, add_feed_library(shared_dir, tmp_path / "site", 12, db)


def test_feed_articles_load_their_stored_body_not_their_link(feed_library):
    db, url = feed_library
    with Store.open(db) as store:
        entries = entries_from_library(store)
        assert len(entries) == 12
        for entry in entries:
            assert entry.location and entry.location.startswith("https://en.wikinews.org/")
            assert entry.path is None  # a link is shown, never opened as a file
            article = load_input(entry, store)
            assert article.text == store.article_text(entry.article_id)
            assert article.source == "Wikinews (test feed)"


async def test_a_feed_library_is_analysed_in_the_reader_with_layers_and_facts(feed_library):
    db, _url = feed_library
    store = Store.open(db)
    try:
        app = ReaderApp(entries_from_library(store), store=store, config_path=NO_CONFIG)
        assert app.analysis_in_process  # the product's worker: a process with the real pipeline
        async with app.run_test(size=(140, 44)) as pilot:
            reader = app.reader
            assert await wait_for(pilot, lambda: reader.current_analysis is not None), reader.status_line
            host = app.analysis_host
            assert host is not None and host.pid is not None and host.pid != __import__("os").getpid()
            entry = reader.current_entry
            body = store.article_text(entry.article_id)
            assert shown_words(reader.view).startswith(" ".join(entry.title.split()))
            assert " ".join(body.split()[:12]) in shown_words(reader.view)
            counts = counts_by_layer(reader.current_analysis)
            assert counts.get("people", 0) + counts.get("places", 0) + counts.get("orgs", 0) > 0, counts
            legend = str(reader.query_one("#legend").render())
            assert any(f"{n}" in legend for n in counts.values() if n)
            facts = reader.query_one(FactsTree)
            assert len(facts.root.children) > 0 and facts.root.children[0].children
            # the look-ahead analyses the next articles of the list, and the library keeps them
            assert await wait_for(pilot, lambda: sum(e.entity_count is not None for e in reader.entries) >= 4)
            await pilot.press("q")
        assert host.process is not None and not host.process.is_alive()  # q stopped the worker too
        assert len(store.articles(analysed=True)) >= 4
    finally:
        store.close()
