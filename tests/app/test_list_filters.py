"""Filtering the article list: by the entity chosen in the facts sidebar (or walked to with ]), and by title."""

from __future__ import annotations

import pytest
from reader_support import analyser_for, frozen_seed_analysis, make_app, wait_analysed

from tui.library.store import Store
from tui.widgets.article_list import ArticleList
from tui.widgets.facts_tree import FactsTree

SIZE = (120, 40)


def shown_titles(app) -> list[str]:
    article_list = app.reader.query_one(ArticleList)
    return [app.reader.entries[i].title for i in article_list.shown_indexes]


def list_rows(app) -> str:
    article_list = app.reader.query_one(ArticleList)
    return "\n".join("".join(seg.text for seg in article_list.render_line(y)) for y in range(6))


async def test_f_on_an_entity_lists_only_articles_naming_it_and_F_clears(tmp_path, other_article) -> None:
    seed = frozen_seed_analysis()
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed, other_article, analyser=analyser_for(seed), store=store, background_analysis=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        for _ in range(100):  # the other article's (empty) analysis is stored too
            if all(e.entity_count is not None for e in app.reader.entries):
                break
            await pilot.pause(0.02)
        tree = app.reader.query_one(FactsTree)
        node = next(n for n in tree.facts() if n.data.entity is not None)
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("f")
        await pilot.pause()
        assert shown_titles(app) == [app.reader.entries[0].title]
        assert "Zanzibar" not in list_rows(app)
        assert node.data.entity.name in str(app.reader.query_one(ArticleList).border_title)
        await pilot.press("F")
        await pilot.pause()
        assert len(shown_titles(app)) == 2 and "Zanzibar" in list_rows(app)
        assert str(app.reader.query_one(ArticleList).border_title) == "Articles"
    store.close()


async def test_f_after_a_bracket_uses_the_current_mention(tmp_path, other_article) -> None:
    seed = frozen_seed_analysis()
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed, other_article, analyser=analyser_for(seed), store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        app.reader.view.focus()
        await pilot.press("right_square_bracket", "f")
        await pilot.pause()
        assert app.reader.list_filter.startswith("entity ")
        assert shown_titles(app) == [app.reader.entries[0].title]
        await pilot.press("escape")
        await pilot.pause()
        assert app.reader.list_filter == "" and len(shown_titles(app)) == 2
    store.close()


async def test_f_without_a_chosen_entity_says_so(other_article) -> None:
    seed = frozen_seed_analysis()
    app = make_app(seed, other_article, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        app.reader.view.focus()
        await pilot.press("f")
        await pilot.pause()
        assert "choose an entity first" in app.reader.status
        assert len(shown_titles(app)) == 2


@pytest.mark.parametrize("with_store", [False, True])
async def test_ctrl_f_filters_titles_as_typed_and_escape_clears(tmp_path, other_article, with_store) -> None:
    seed = frozen_seed_analysis()
    store = Store.open(tmp_path / "lib.db") if with_store else None
    app = make_app(seed, other_article, analyser=analyser_for(seed), store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+f", *"zanz")
        await pilot.pause()
        assert shown_titles(app) == ["Zanzibar weather"]
        assert "Zanzibar" in list_rows(app) and "Israel" not in list_rows(app)
        await pilot.press("enter")  # keeps the filter, back to the list
        await pilot.pause()
        assert isinstance(app.focused, ArticleList) and shown_titles(app) == ["Zanzibar weather"]
        await pilot.press("enter")  # the only row left opens
        await pilot.pause()
        assert app.reader.current_entry.title == "Zanzibar weather"
        await pilot.press("F")
        await pilot.pause()
        assert len(shown_titles(app)) == 2
    if store is not None:
        store.close()


async def test_cursor_moves_only_over_filtered_rows(tmp_path, other_article) -> None:
    ferry = tmp_path / "ferry.txt"
    ferry.write_text("title: Zanzibar ferry delayed\n\nThe ferry left late.\n", encoding="utf-8")
    seed = frozen_seed_analysis()
    app = make_app(seed, other_article, ferry, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+f", *"zanzibar", "enter")
        await pilot.pause()
        article_list = app.reader.query_one(ArticleList)
        assert article_list.shown_indexes == [1, 2]
        assert article_list.highlighted == 1  # the open seed is filtered out: the first row is current
        await pilot.press("j")
        assert article_list.highlighted == 2
        await pilot.press("j")
        assert article_list.highlighted == 2
        await pilot.press("k", "k")
        assert article_list.highlighted == 1


async def test_f_in_the_entity_details_filters_the_list(tmp_path, other_article) -> None:
    from tui.screens.entity import EntityScreen

    seed = frozen_seed_analysis()
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed, other_article, analyser=analyser_for(seed), store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        node = next(n for n in tree.facts() if n.data.entity is not None)
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("f")
        await pilot.pause()
        assert not isinstance(app.screen, EntityScreen)
        assert app.reader.list_filter == f"entity {node.data.entity.name}"
        assert shown_titles(app) == [app.reader.entries[0].title]
    store.close()
