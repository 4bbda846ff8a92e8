"""``R`` in the reader: feeds refresh in a worker, the reader keeps working, new articles join the list."""

from __future__ import annotations

import sys
from pathlib import Path

from feedserver import rss, story

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))


async def test_R_refreshes_while_reading_and_new_articles_appear(tmp_path, server):
    from reader_support import NO_CONFIG

    from tui.app import ReaderApp
    from tui.extract.types import Analysis, ArticleInput, ModelInfo
    from tui.library import feeds
    from tui.library.entries import entries_from_library
    from tui.library.store import Store
    from tui.widgets.article_list import ArticleList

    def stand_in(article):
        return Analysis(text=article.text, title=article.title, published=article.published, source=article.source,
                        model=ModelInfo("stand-in", "0"), extractor_version="test")

    url = server.route("/feed.rss", rss("Wire", [(f"http://news.invalid/{i}", f"Budget {i}", story(i))
                                                 for i in range(3)]), delay=0.5)
    store = Store.open(tmp_path / "lib.db")
    store.add_article(ArticleInput("Angela Merkel met Emmanuel Macron in Paris on Monday.", "Already here"))
    feeds.subscribe(store, url, "Wire")
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await pilot.press("R")
        await pilot.pause(0.05)
        assert any(w.group == "refresh" and w.is_running for w in app.workers)
        # The reader answers while the feed is being fetched.
        await pilot.press("t")
        assert app.reader.tags is True
        for _ in range(300):
            if not any(w.group == "refresh" and w.is_running for w in app.workers):
                break
            await pilot.pause(0.05)
        await pilot.pause()
        titles = [e.title for e in app.reader.entries]
        # The list's one order: the dated feed entries newest first, the undated article last.
        assert sorted(titles[:3]) == ["Budget 0", "Budget 1", "Budget 2"] and titles[3] == "Already here"
        dates = [e.published for e in app.reader.entries[:3]]
        assert dates == sorted(dates, reverse=True)
        assert app.reader.query_one(ArticleList).option_count == 4
        app.reader.open_article(0)
        await pilot.pause()
        assert "Mayor John Smith" in app.reader.current_input.text
        # Unchanged feeds: a second R adds nothing.
        await pilot.press("R")
        for _ in range(300):
            await pilot.pause(0.05)
            if not any(w.group == "refresh" and w.is_running for w in app.workers):
                break
        await pilot.pause()
        assert len(app.reader.entries) == 4
    store.close()
