"""The whole story at size: a 10,000-entry feed library opens in the reader, analyses the opened article (worker process, real pipeline), stays
responsive while ``I`` analyses the library, searches across the articles' text, and quits with q."""

from __future__ import annotations

import re
import statistics

import pytest

from tests.app.feed_library import bulk_feed_library, wikinews_rows
from tests.app.key_latency import LatencyProbe, list_moves
from tests.app.reader_support import NO_CONFIG
from tui.app import ReaderApp
from tui.library.entries import entries_from_library
from tui.library.store import Store
from tui.widgets.article_list import ArticleList

ENTRIES = 10_000


@pytest.fixture(scope="module")
def big_feed_library(tmp_path_factory, shared_dir):
    """Written through the store (``add URL`` of 10,000 entries takes minutes here: feed parsing);
    test_feed_library_reader.py runs the real ``add URL`` from a local server on a smaller feed."""
    return bulk_feed_library(wikinews_rows(shared_dir), tmp_path_factory.mktemp("feed10k") / "library.db", ENTRIES)


async def until(pilot, condition, seconds: float = 120.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_a_10000_entry_feed_library_in_the_reader(big_feed_library):
    store = Store.open(big_feed_library)
    try:
        # a word of the articles' text that no title has
        word = "neurons"
        in_text = {int(r[0]) for r in store.query("SELECT article_id FROM bodies WHERE body LIKE ?", (f"%{word}%",))}
        in_titles = {int(r[0]) for r in store.query("SELECT id FROM articles WHERE title LIKE ?", (f"%{word}%",))}
        assert in_text and not in_titles

        app = ReaderApp(entries_from_library(store), store=store, config_path=NO_CONFIG)
        async with app.run_test(size=(160, 48)) as pilot:
            reader = app.reader
            article_list = reader.query_one(ArticleList)
            assert article_list.row_count == ENTRIES  # opens
            assert await until(pilot, lambda: reader.current_analysis is not None)  # analyses the opened article
            assert reader.current_analysis.entities and reader.current_analysis.text == store.article_text(
                reader.current_entry.article_id)
            assert await until(pilot, lambda: re.search(
                r"^[\d,]+ library articles not analysed: press I to analyse them all, or run newsloupe index",
                reader.status_line) is not None), reader.status_line

            probe = LatencyProbe(app)
            await pilot.press("I")  # stays responsive while I runs
            assert await until(pilot, lambda: reader.library_run is not None and reader.library_run[0] >= 1)
            assert reader.library_run[1] >= ENTRIES - 10
            timings = await list_moves(probe, article_list, 20)
            assert statistics.median(timings) < 100, timings
            assert reader.library_run is not None

            await pilot.press("slash", *word, "enter")  # searches across text
            assert await until(pilot, lambda: reader.search_result is not None and reader.search_result.text == word)
            assert {reader.entries[i].article_id for i in article_list.shown_indexes} == in_text
            assert f"({len(in_text):,})" in str(article_list.border_title) or f"({len(in_text)})" in str(
                article_list.border_title)
            await pilot.press("n")
            assert reader.current_entry.article_id in in_text
            host = app.analysis_host
            await pilot.press("q")  # quits with q
            assert await until(pilot, lambda: not app.is_running, 10)
        assert host is not None and host.process is not None and not host.process.is_alive()
        assert app.return_code in (None, 0)
    finally:
        store.close()
