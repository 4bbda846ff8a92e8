"""Search across the library from the article list: / types a query, the list shows the hits with their
count and a snippet line each, n/N open the next/previous result with the words marked; u toggles read."""

from __future__ import annotations

from tests.app.feed_library import wikinews_rows
from tests.app.reader_support import NO_CONFIG
from tui.app import ReaderApp
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.library.entries import entries_from_library
from tui.library.store import Store
from tui.widgets.article_list import ArticleList


def stand_in(article: ArticleInput) -> Analysis:
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("stand-in", "0"), extractor_version="test")


def wikinews_library(shared_dir, tmp_path, count: int = 80) -> Store:
    store = Store.open(tmp_path / "library.db")
    for row in wikinews_rows(shared_dir)[:count]:
        store.add_article(ArticleInput(row["text"], row["title"], row["date"], "Wikinews"), location=row["url"])
    return store


async def until(pilot, condition, seconds: float = 20.0) -> bool:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


def row_text(article_list: ArticleList, row: int) -> list[str]:
    from tui.widgets.article_list import ROW_HEIGHT

    top = int(article_list.scroll_y)
    return ["".join(s.text for s in article_list.render_line(row * ROW_HEIGHT + k - top)) for k in range(ROW_HEIGHT)]


async def test_slash_in_the_list_searches_titles_and_text_across_the_library(shared_dir, tmp_path):
    store = wikinews_library(shared_dir, tmp_path)
    expected = {r.id for r in store.articles() if "trump" in (r.title + store.article_text(r.id)).lower()}
    assert 2 <= len(expected) < 80
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(150, 44)) as pilot:
        reader = app.reader
        article_list = reader.query_one(ArticleList)
        assert app.focused is article_list
        await pilot.press("slash")
        assert app.focused.id == "library-search"
        await pilot.press(*"trum")  # a prefix while typing
        assert await until(pilot, lambda: reader.search_result is not None and reader.search_result.text == "trum"), (reader.status, [w.state for w in app.workers], [w.error for w in app.workers])
        shown = {reader.entries[i].article_id for i in article_list.shown_indexes}
        assert expected <= shown  # every article naming Trump (and some "trumpet"... if any)
        assert f"({len(shown)})" in str(article_list.border_title)
        assert reader.status.startswith(f"{len(shown)} articles match 'trum'")
        await pilot.press("p", "enter")  # the whole word now
        assert await until(pilot, lambda: reader.search_result.text == "trump" and app.focused is article_list)
        assert {reader.entries[i].article_id for i in article_list.shown_indexes} == expected
        await pilot.pause(0.1)
        lines = row_text(article_list, 0)
        assert "trump" in lines[2].lower(), lines  # the snippet line, with the word in it
        # n opens the first result with the word marked in the article, N goes back round
        await pilot.press("n")
        first = reader.current
        assert first == article_list.shown_indexes[0]
        marks = reader.view._marks.get("search")
        assert marks and all(reader.current_input.text[s:e].lower() == "trump" for s, e, *_ in marks), (reader.view._marks, reader.search_result, reader.status)
        await pilot.press("n")
        assert reader.current == article_list.shown_indexes[1]
        await pilot.press("N", "N")
        assert reader.current == article_list.shown_indexes[-1]
        assert reader.status.startswith(f"result {len(expected)}/{len(expected)}")
        # a phrase
        await pilot.press("slash", *'"prime minister"', "enter")
        assert await until(pilot, lambda: reader.search_result.text == '"prime minister"')
        for index in article_list.shown_indexes:
            text = " ".join(store.article_text(reader.entries[index].article_id).lower().split())
            assert "prime minister" in text or "prime minister" in reader.entries[index].title.lower()
        await pilot.press("escape")  # back to every article
        assert await until(pilot, lambda: not article_list.filtered)
        assert reader.search_result is None
    store.close()


async def test_u_toggles_read_and_unread_and_the_library_keeps_it(shared_dir, tmp_path):
    store = wikinews_library(shared_dir, tmp_path, 5)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(150, 44)) as pilot:
        reader = app.reader
        first = reader.entries[0]
        assert first.read  # opened, so read
        assert await until(pilot, lambda: reader.current_analysis is not None and not reader.foreground_busy)
        await pilot.press("u")
        assert not reader.entries[0].read and reader.status == "marked unread"
        assert "\u25cf" in row_text(reader.query_one(ArticleList), 0)[0]
        assert store.article(first.article_id).read is False
        await pilot.press("u")
        assert reader.entries[0].read and store.article(first.article_id).read is True
        await pilot.press("j", "u")
        assert reader.entries[1].read and store.article(reader.entries[1].article_id).read is True
    store.close()
