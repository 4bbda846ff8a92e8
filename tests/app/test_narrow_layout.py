"""The reader at the terminal sizes people use: at 80x24 three panes side by side cut every fact
row ("Benjamin Netany…", "Today → 2020-1…") and wrapped the text at 36 columns. Below 100 columns
the article and the facts stack, each the whole width, and the list waits behind ``l``; from 100 to
139 the facts go under the article beside the list; from 140 the three panes stand side by side.
What is asserted is what the screen shows, cropped to the sidebar."""

from __future__ import annotations

import pytest
from reader_support import NO_CONFIG, frozen_seed_analysis, help_lines, make_app, wait_analysed

from tui.app import ReaderApp
from tui.extract.types import DateFact, EventFact, QuoteFact, RoleFact
from tui.library.entries import entries_from_paths
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_tree import FactsTree


def _screen_lines(app: ReaderApp) -> list[str]:
    strips = app.screen._compositor.render_update(full=True).strips
    return ["".join(segment.text for segment in strip) for strip in strips]


def _shown_in(app: ReaderApp, widget) -> str:
    """The screen's text inside ``widget``'s region (its border and all), one line per row."""
    region = widget.region
    lines = _screen_lines(app)[region.y:region.bottom]
    return "\n".join(line[region.x:region.right] for line in lines)


async def _row_on_screen(pilot, app: ReaderApp, node) -> str:
    """The sidebar's line showing ``node`` once the cursor is on it (the status line left out)."""
    tree = app.reader.query_one(FactsTree)
    tree.move_cursor(node)
    await pilot.pause()
    await pilot.pause()
    row = node.line - tree.scroll_offset.y
    assert 0 <= row < tree.scrollable_content_region.height
    return _shown_in(app, tree).splitlines()[row + 1]  # below the border


def _nodes(tree: FactsTree, kind: type) -> list:
    return [n for n in tree.facts() if n.data is not None and isinstance(n.data.fact, kind)]


@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_the_seed_facts_essential_words_are_whole_on_screen(size) -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        tree = reader.query_one(FactsTree)
        tree.focus()
        await pilot.pause()
        sidebar = _shown_in(app, tree)
        assert "Benjamin Netanyahu: Prime Minister" in sidebar, sidebar
        assert "Tzachi Hanegbi: Israeli National Security Adviser" in sidebar, sidebar
        # A date row: the words and the value they resolve to, both whole.
        dates = _nodes(tree, DateFact)
        feb = next(n for n in dates if n.label.plain.startswith("Feb. 4, 2025"))
        assert "Feb. 4, 2025  \u2192 2025-02-04" in await _row_on_screen(pilot, app, feb)
        # An event's kind and parties; a quote's speaker and the start of what was said.
        meet = next(n for n in _nodes(tree, EventFact) if n.label.plain.startswith("[meet] Israel, Turkey"))
        assert "[meet] Israel, Turkey in Azerbaijan" in await _row_on_screen(pilot, app, meet)
        for quote in _nodes(tree, QuoteFact):
            label = quote.label.plain
            speaker = label.split(": ", 1)[0]
            assert label[:len(speaker) + 30] in await _row_on_screen(pilot, app, quote), label
        # The text is read at a comfortable width, not at 36 columns.
        assert reader.view.scrollable_content_region.width >= 60


async def test_a_real_page_role_and_date_rows_are_whole_at_80_columns(shared_dir, nlp) -> None:
    from tui.extract import analyse

    page = shared_dir / "data" / "web" / "pages" / "bbc.com.52241221.html"
    app = ReaderApp(entries_from_paths([str(page)]), background_analysis=False, config_path=NO_CONFIG,
                    analyser=lambda a: analyse(a.text, title=a.title, published=a.published, source=a.source,
                                               nlp=nlp))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        tree.focus()
        roles, dates = _nodes(tree, RoleFact), _nodes(tree, DateFact)
        assert len(roles) >= 3 and len(dates) >= 5  # the mayor, the governor, ...; Thursday, this week, ...
        for node in (*roles, *dates):
            assert node.label.plain in await _row_on_screen(pilot, app, node)
        assert any("\u2192 2020-04-09" in node.label.plain for node in dates)  # "Thursday" resolved


async def test_the_panes_reshape_live_as_the_terminal_is_resized() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(160, 48)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        articles, tree, view = reader.query_one(ArticleList), reader.query_one(FactsTree), reader.view
        assert articles.has_focus
        # Side by side: list, article, facts.
        assert articles.region.right <= view.region.x and view.region.right <= tree.region.x

        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert reader.has_class("-medium") and articles.display and articles.has_focus
        # The facts under the article, as wide as it.
        assert tree.region.y >= view.region.bottom and tree.region.x == view.region.x
        assert tree.region.width == view.region.width

        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert reader.has_class("-narrow") and not articles.display
        assert view.has_focus, reader.focused  # the hidden list's focus went to the article
        assert tree.region.width == view.region.width == 80 and tree.region.y >= view.region.bottom
        assert "Benjamin Netanyahu: Prime Minister" in _shown_in(app, tree)

        await pilot.resize_terminal(160, 48)
        await pilot.pause()
        await pilot.pause()
        assert reader.has_class("-wide") and articles.display
        assert view.region.right <= tree.region.x

        # The list put away with l at 120 columns stays away, and at 80 the panes stack as before.
        await pilot.resize_terminal(120, 40)
        await pilot.press("l")
        await pilot.pause()
        assert not articles.display and view.region.right <= tree.region.x  # the facts beside the article
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert tree.region.width == view.region.width == 80 and tree.region.y >= view.region.bottom
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert not articles.display and view.region.right <= tree.region.x


async def test_l_opens_the_list_on_a_narrow_screen_and_choosing_closes_it() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        articles, tree = reader.query_one(ArticleList), reader.query_one(FactsTree)
        assert not articles.display and tree.display and reader.view.has_focus
        assert "l Articles" in _screen_lines(app)[-1]  # the footer tells how to reach it
        await pilot.press("l")
        await pilot.pause()
        assert articles.display and articles.has_focus and not tree.display
        assert "Israel, Turkey hold talks" in _shown_in(app, articles)
        await pilot.press("enter")
        await pilot.pause()
        assert not articles.display and tree.display and reader.view.has_focus
        await pilot.press("l", "l")  # opened and closed again: the focus goes back to the article
        await pilot.pause()
        assert not articles.display and reader.view.has_focus
        await pilot.press("l", "escape")  # escape closes it too, as a drawer
        await pilot.pause()
        assert not articles.display and tree.display and reader.view.has_focus


async def test_l_puts_the_list_away_on_a_wide_screen_and_the_facts_take_its_room() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        articles, tree = reader.query_one(ArticleList), reader.query_one(FactsTree)
        before = tree.region.width
        await pilot.press("l")
        await pilot.pause()
        assert not articles.display and reader.view.has_focus
        assert tree.region.width > before
        assert "Tzachi Hanegbi: Israeli National Security Adviser" in _shown_in(app, tree)
        await pilot.press("l")
        await pilot.pause()
        assert articles.display and articles.has_focus and tree.region.width == before


async def test_help_lists_the_list_key_at_80_columns() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        lines = await help_lines(pilot, app)
        assert "l Show or hide the article list pane.list" in lines, lines[:40]



async def test_a_filter_on_a_narrow_screen_opens_the_list_it_filters(other_article) -> None:
    app = make_app(frozen_seed_analysis(), other_article)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        articles = reader.query_one(ArticleList)
        assert not articles.display
        await pilot.press("ctrl+f", *"zanzi")
        await pilot.pause()
        # Shown as it is typed, the typing line keeping the focus.
        assert articles.display and articles.shown_indexes == [1]
        assert "Zanzibar weather" in _shown_in(app, articles)
        assert not articles.has_focus
        await pilot.press("enter")  # to the filtered list
        await pilot.pause()
        assert articles.has_focus
        await pilot.press("enter")  # open it: the list closes, the facts come back
        await pilot.pause()
        assert not articles.display and reader.current_entry.title == "Zanzibar weather"


async def test_the_palette_shows_and_hides_the_list() -> None:
    from textual.command import CommandPalette

    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"article list")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.query_one(ArticleList).display


async def test_the_facts_take_more_height_while_stepped_through_on_a_narrow_screen() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        reader, tree = app.reader, app.reader.query_one(FactsTree)
        reading = tree.region.height
        await pilot.press("tab")  # article -> facts
        await pilot.pause()
        assert tree.has_focus and tree.region.height > reading + 3
        await pilot.press("j", "j", "j")  # the third role: its evidence is in the lines the text keeps
        await pilot.pause()
        assert tree.cursor_node.label.plain == "Ahmed al-Sharaa: President"
        assert "al-Sharaa" in _shown_in(app, reader.view)
        await pilot.press("shift+tab")
        await pilot.pause()
        assert reader.view.has_focus and tree.region.height == reading


@pytest.mark.parametrize("size", [(120, 20), (90, 20), (60, 40)])
async def test_the_too_small_message_takes_the_whole_screen_at_every_width(size) -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        message = app.reader.query_one("#too-small")
        assert message.region.width == size[0], message.region


async def test_the_grid_keeps_its_places_once_the_too_small_message_is_gone() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(120, 20)) as pilot:
        await pilot.pause()
        await pilot.resize_terminal(120, 40)
        await wait_analysed(pilot, app)
        await pilot.pause()
        reader = app.reader
        articles, tree, view = reader.query_one(ArticleList), reader.query_one(FactsTree), reader.view
        assert articles.region.x == 0 and articles.region.height >= 38
        assert tree.region.y >= view.region.bottom and tree.region.width == view.region.width
