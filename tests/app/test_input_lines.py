"""The reader's input lines (article search, title filter, library search) join the screen when first opened.

Hidden until then, they are no part of the first paint; once opened they sit where the layout
puts them (docked under the article, above the status line) and keep what was typed.
"""

from __future__ import annotations

from reader_support import frozen_seed_analysis, make_app, wait_analysed
from textual.widgets import Input

from tui.library.store import Store
from tui.widgets.article_view import ArticleView

SIZE = (120, 40)


def _ids_in(app, selector: str) -> list[str | None]:
    return [child.id for child in app.reader.query_one(selector).children]


async def test_no_input_line_before_it_is_opened_then_each_in_its_place(tmp_path, other_article) -> None:
    store = Store.open(tmp_path / "lib.db")
    app = make_app(frozen_seed_analysis(), other_article, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert not app.reader.query(Input), "no hidden input line in the first frame's widgets"
        await pilot.press("ctrl+f", *"zanz")
        await pilot.pause()
        assert _ids_in(app, "#article-column")[-2:] == ["list-filter", "status"]
        assert app.reader.query_one("#list-filter", Input).value == "zanz"
        await pilot.press("escape", "slash", *"rain")
        await pilot.pause()
        assert _ids_in(app, "#article-column")[-3:] == ["list-filter", "library-search", "status"]
        assert app.reader.query_one("#library-search", Input).region.y > app.reader.query_one("#articles").region.y
        await pilot.press("escape")
        app.reader.view.focus()
        await pilot.press("slash", *"isr")
        await pilot.pause()
        assert _ids_in(app, "#article-pane")[-2:] == ["article", "search"]
        bar = app.reader.query_one("#search", Input)
        assert bar.has_focus and bar.value == "isr"
        # The pane is not painted (it is covered by what it holds): the line under it is where it ends.
        status = app.reader.query_one("#status").region
        assert bar.region.bottom == status.y, "docked at the bottom of the article pane"
        assert bar.region.y == app.reader.view.region.bottom
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        # Opened again: the same line, not a second one.
        await pilot.press("slash")
        await pilot.pause()
        assert len(app.reader.query("#search")) == 1 and app.reader.query_one("#search", Input).has_focus
    store.close()


async def test_n_before_any_search_says_how_to_search() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        app.reader.view.focus()
        await pilot.press("n")
        assert app.reader.status == "search with /"
