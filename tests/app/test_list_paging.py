"""A big library is listed a page at a time: the first page at once, the next as the cursor nears the end;
the title filter reads the first page of matches from the library, listed or not."""

from __future__ import annotations

from pathlib import Path

from reader_support import NO_CONFIG, analyser_for, frozen_seed_analysis

from tui.app import ReaderApp
from tui.extract.types import ArticleInput
from tui.library.entries import LIBRARY_PAGE, entries_from_library
from tui.library.store import Store
from tui.screens.list_filters import FILTER_PAGE
from tui.widgets.article_list import ArticleList

SIZE = (120, 40)
N = 2 * LIBRARY_PAGE + 300  # three pages, the last one short


def big_library(path: Path) -> Store:
    store = Store.open(path)
    items = []
    for i in range(N):
        # A few undated articles: they are listed last, after every dated one.
        published = None if i % 97 == 0 else f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T{i % 24:02d}:00:00"
        title = f"Harbour report {i}" if i % 3 == 0 else f"Market note {i}"
        items.append((ArticleInput(f"Body of article {i}.", title, published, "wire"), None, None))
    store.add_articles(items)
    return store


def paged_app(store: Store) -> ReaderApp:
    entries = entries_from_library(store, limit=LIBRARY_PAGE)
    return ReaderApp(entries, store=store, analyser=analyser_for(frozen_seed_analysis()), background_analysis=False,
                     config_path=NO_CONFIG, paged=True)


async def test_the_list_shows_a_first_page_and_reads_the_rest_at_the_end(tmp_path) -> None:
    store = big_library(tmp_path / "lib.db")
    every_id = [row.id for row in store.articles()]
    app = paged_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article_list = app.reader.query_one(ArticleList)
        assert article_list.option_count == LIBRARY_PAGE
        assert [e.article_id for e in app.reader.entries] == every_id[:LIBRARY_PAGE]
        for _ in range(10):
            await pilot.press("end")
            await pilot.pause()
        assert article_list.option_count == N
        assert [e.article_id for e in app.reader.entries] == every_id  # list order, no row twice
        assert not article_list.pages  # the last page was short: nothing more is asked for
        assert article_list.highlighted is not None
        await pilot.press("home")
        assert article_list.highlighted == 0
    store.close()


async def test_scrolling_the_view_near_the_end_reads_the_next_page(tmp_path) -> None:
    store = big_library(tmp_path / "lib.db")
    app = paged_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article_list = app.reader.query_one(ArticleList)
        article_list.scroll_to(y=article_list.max_scroll_y, animate=False, immediate=True)
        for _ in range(20):
            await pilot.pause(0.02)
            if article_list.option_count > LIBRARY_PAGE:
                break
        assert article_list.option_count == 2 * LIBRARY_PAGE
    store.close()


async def test_the_title_filter_reads_one_page_of_matches_from_the_whole_library(tmp_path) -> None:
    store = big_library(tmp_path / "lib.db")
    app = paged_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        article_list = app.reader.query_one(ArticleList)
        await pilot.press("ctrl+f", *"harbour")
        await pilot.pause()
        wanted = [row.id for row in store.articles(query="harbour", limit=FILTER_PAGE)]
        assert [app.reader.entries[i].article_id for i in article_list.shown_indexes] == wanted
        assert f"({FILTER_PAGE}+)" in str(article_list.border_title)  # more match than one page
        await pilot.press("space", *"report", "space", *"1299")
        await pilot.pause()
        shown = [app.reader.entries[i].title for i in article_list.shown_indexes]
        assert shown == ["Harbour report 1299"] and "(1)" in str(article_list.border_title)  # beyond the first page
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("F")
        await pilot.pause()
        assert not article_list.filtered and str(article_list.border_title) == "Articles"
    store.close()
