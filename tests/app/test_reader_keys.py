"""Every reader binding driven with Pilot on the seed article (its real analysis, no spaCy in the UI)."""

from __future__ import annotations

import pytest
from reader_support import line_with, make_app, shown_words, style_of, wait_analysed
from textual.command import CommandPalette

from tui.render.layers import LAYER_IDS, LAYERS
from tui.screens.entity import EntityScreen
from tui.screens.help import HelpScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.facts_tree import FactsTree
from tui.widgets.legend import Legend

SIZE = (120, 40)


async def test_the_seed_opens_analysed_with_every_layer_on(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        assert view.layers_on == frozenset(LAYER_IDS)
        y = line_with(view, "Benjamin Netanyahu")  # a line holding the whole name
        assert style_of(view, y, "Benjamin Netanyahu").bgcolor is not None
        assert "People 11" in str(app.reader.query_one(Legend).full_text())


@pytest.mark.parametrize("layer", LAYERS, ids=lambda layer: layer.id)
async def test_each_digit_toggles_its_layer(seed_analysis, layer):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press(layer.key)
        assert app.reader.layers_on == frozenset(LAYER_IDS) - {layer.id}
        assert f"{layer.name} " in str(app.reader.query_one(Legend).full_text())
        assert "off" in str(app.reader.query_one(Legend).full_text())
        await pilot.press(layer.key)
        assert app.reader.layers_on == frozenset(LAYER_IDS)


async def test_toggling_people_restyles_netanyahu_only(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        y_person, y_place = line_with(view, "Benjamin Netanyahu"), line_with(view, "Jerusalem and Ankara")
        await pilot.press("1")
        assert style_of(view, y_person, "Benjamin Netanyahu").bgcolor is None
        assert style_of(view, y_place, "Jerusalem").bgcolor is not None


async def test_a_turns_every_layer_on_and_0_every_layer_off(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("0")
        assert app.reader.layers_on == frozenset()
        assert app.reader.view.visible_mentions() == []
        await pilot.press("a")
        assert app.reader.layers_on == frozenset(LAYER_IDS)
        assert len(app.reader.view.visible_mentions()) > 50


async def test_t_shows_layer_tags_before_mentions(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("t")
        assert app.reader.tags
        view = app.reader.view
        assert "\u27e8PER\u27e9Benjamin Netanyahu" in shown_words(view)
        await pilot.press("t")
        assert "\u27e8PER\u27e9" not in shown_words(view) and "Benjamin Netanyahu" in shown_words(view)


async def test_brackets_walk_through_mentions_of_layers_that_are_on(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("0", "1", "right_square_bracket")
        people = [m for m in seed_analysis.mentions if m.label == "PERSON"]
        first = min(people, key=lambda m: m.start)
        # the kind as the legend and the tags say it (PER), not spaCy's label (PERSON)
        assert app.reader.status.startswith(f"{first.text} (PER) 1/{len(people)}")
        assert app.reader.view._marks["current"][0][:2] == (first.start, first.end)
        await pilot.press("right_square_bracket", "left_square_bracket", "left_square_bracket")
        assert f"{len(people)}/{len(people)}" in app.reader.status


async def test_slash_searches_with_a_count_and_n_steps_through_matches(seed_analysis):
    app = make_app(seed_analysis)
    expected = seed_analysis.text.lower().count("israel")
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"Israel")
        assert app.reader.status == f"{expected} matches"
        await pilot.press("enter")
        assert isinstance(app.focused, ArticleView)
        assert app.reader.status == f"match 1/{expected}"
        await pilot.press("n", "n")
        assert app.reader.status == f"match 3/{expected}"
        await pilot.press("N")
        assert app.reader.status == f"match 2/{expected}"
        start, end = app.reader.view._marks["current"][0][:2]
        assert seed_analysis.text[start:end].lower() == "israel"


async def test_escape_closes_search_and_clears_marks(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("slash", "T", "u", "r", "k", "escape")
        assert not app.reader.query_one("#search").has_class("-open")
        assert isinstance(app.focused, ArticleView)
        assert app.reader.view._marks.get("search")
        await pilot.press("escape")
        assert app.reader.view._marks.get("search") == []


@pytest.mark.parametrize("key", ["question_mark", "f1"])
async def test_help_lists_the_bindings(seed_analysis, key):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press(key)
        assert isinstance(app.screen, HelpScreen)
        shown = app.screen.query_one("#help-table").content
        rows = [str(cell) for column in shown.columns for cell in column.cells]
        assert "Layer People" in rows and "Next match" in rows and "Command palette" in rows
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)


async def test_tab_cycles_the_panes(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert isinstance(app.focused, ArticleList)
        await pilot.press("tab")
        assert isinstance(app.focused, ArticleView)
        await pilot.press("tab")
        assert isinstance(app.focused, FactsTree)
        await pilot.press("shift+tab")
        assert isinstance(app.focused, ArticleView)


async def test_j_k_and_enter_open_another_article(seed_analysis, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("title: Another day\n\nNothing happened in Paris.\n", encoding="utf-8")
    app = make_app(seed_analysis, other)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("j")
        assert app.reader.query_one(ArticleList).highlighted == 1
        await pilot.press("k", "down", "enter")
        await wait_analysed(pilot, app)
        assert app.reader.current == 1
        assert app.reader.view.line_text(0).strip() == "Another day"
        assert app.reader.entries[1].read


async def test_article_view_keys_scroll(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("tab", "j", "j")
        view = app.reader.view
        assert view.scroll_y == 2
        await pilot.press("k")
        assert view.scroll_y == 1
        await pilot.press("G")
        assert view.scroll_y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_y == 0
        await pilot.press("space")
        assert view.scroll_y > 10
        await pilot.press("b")
        assert view.scroll_y == 0


async def test_ctrl_p_opens_the_palette_with_reader_commands(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+p")
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"toggle layer 1")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert "people" not in app.reader.layers_on


async def test_q_quits(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running


async def test_a_highlighted_fact_marks_its_evidence_until_the_cursor_moves_on(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        tree.focus()
        await pilot.press("j")
        await pilot.pause()
        fact = tree.cursor_node.data.fact
        assert [m[:2] for m in app.reader.view._marks["evidence"]] == list(fact.evidence)
        assert app.reader.status == fact.text
        await pilot.press("j")
        await pilot.pause()
        assert [m[:2] for m in app.reader.view._marks["evidence"]] == list(tree.cursor_node.data.fact.evidence)
        assert tree.cursor_node.data.fact != fact


async def test_enter_on_an_entity_shows_its_details_and_jumps_to_a_mention(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        node = next(n for n in tree.facts() if n.data.entity is not None)
        entity = node.data.entity
        tree.focus()
        tree.move_cursor(node)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, EntityScreen)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert not isinstance(app.screen, EntityScreen)
        second = seed_analysis.mentions_of(entity.id)[1]
        assert app.reader.view._marks["current"][0][:2] == (second.start, second.end)


async def _palette(pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_the_palette_switches_theme_copies_a_fact_and_opens_an_article(seed_analysis, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("title: Zanzibar weather\n\nRain.\n", encoding="utf-8")
    app = make_app(seed_analysis, other)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await _palette(pilot, "switch theme: high-contrast")
        assert app.theme == "high-contrast"
        role = seed_analysis.facts_of("role")[0]
        await _palette(pilot, f"copy fact: {role.text}")
        assert app.clipboard == role.text
        await _palette(pilot, "open article: zanzibar")
        assert app.reader.current == 1


async def test_keys_typed_in_the_search_line_are_text_not_commands(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("slash", "q", "1", "0", "a", "t", "n")
        assert app.is_running
        assert app.reader.query_one("#search").value == "q10atn"
        assert app.reader.layers_on == frozenset(LAYER_IDS) and not app.reader.tags
