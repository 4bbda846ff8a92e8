"""g and G, which the article and the help scroll with, move to the first and last row of the
article list and of the facts sidebar too (home and end still do)."""

from __future__ import annotations

from reader_support import make_app, wait_analysed
from test_article_list import ListApp, many

from tui.widgets.article_list import ArticleList
from tui.widgets.facts_tree import FactsTree


async def test_g_and_G_in_the_article_list():
    app = ListApp(many(200))
    async with app.run_test(size=(60, 24)) as pilot:
        await pilot.pause()
        articles = app.query_one(ArticleList)
        await pilot.press("G")
        await pilot.pause()
        assert articles.highlighted == 199 and articles.scroll_y == articles.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert articles.highlighted == 0 and articles.scroll_y == 0


async def test_g_and_G_in_the_facts_sidebar(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=(120, 30)) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        tree.focus()
        await pilot.press("G")
        await pilot.pause()
        assert tree.cursor_line == tree.last_line > 10
        await pilot.press("g")
        await pilot.pause()
        assert tree.cursor_line == 0
