"""What a reader notices: walking mentions across a layer toggle, help ids, the footer, stars, list focus,
list order, the export folder, the legend's forms, small terminals, titles, themes and mono."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import analyser_for, frozen_seed_analysis, make_app, wait_analysed
from textual.color import Color
from textual.filter import NoColor
from textual.widgets import Footer

from tui.library.entries import ArticleEntry
from tui.library.list_order import newest_first
from tui.library.store import Store
from tui.render.layers import LAYERS, mentions_on
from tui.screens.help import HelpScreen, HelpScroll
from tui.widgets.article_list import ArticleList
from tui.widgets.article_pane import ArticlePane
from tui.widgets.legend import Legend, fitting_legend, legend_text
from tui.widgets.list_filter import ListFilterBar

SIZE = (120, 40)


@pytest.fixture(scope="module")
def seed():
    return frozen_seed_analysis()


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_brackets_keep_their_text_position_across_a_layer_toggle(seed) -> None:
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        pane = app.reader.query_one(ArticlePane)
        await pilot.press("]", "]", "]", "]", "]")
        every = mentions_on(seed.mentions, app.reader.layers_on)
        at = pane.mention_at
        assert at == every[4].start
        await pilot.press("1")  # people off: the walk goes on from the same words, not from an index
        await pilot.pause()
        await pilot.press("]")
        visible = mentions_on(seed.mentions, app.reader.layers_on)
        assert pane.mention_at == next(m.start for m in visible if m.start > at)
        await pilot.press("[")
        assert pane.mention_at == max(m.start for m in visible if m.start < next(m.start for m in visible if m.start > at))
        position = pane.mention_at
        await pilot.press("1", "[")  # people back on: one step back from where the walk stands
        assert pane.mention_at == max(m.start for m in every if m.start < position)


async def test_help_shows_binding_ids_and_scrolls_with_G_and_g(seed) -> None:
    app = make_app(seed)
    async with app.run_test(size=(100, 24)) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        table = app.screen.query_one("#help-table").content
        ids = [str(cell) for cell in table.columns[2].cells]
        assert {"layer.people", "mention.next", "article.star", "list.filter_text", "help.bottom"} <= set(ids)
        # every id a user can remap in the reader is there (the entity and failures screens have their own help)
        from tui.screens.entity import EntityScreen
        from tui.screens.failures import FailuresScreen

        elsewhere = {b.id for b in (*EntityScreen.BINDINGS, *FailuresScreen.BINDINGS) if getattr(b, "id", None)}
        assert app.binding_ids() - elsewhere <= set(ids), app.binding_ids() - elsewhere - set(ids)
        scroll = app.screen.query_one(HelpScroll)
        assert scroll.max_scroll_y > 0
        await pilot.press("G")
        await pilot.pause()
        assert scroll.scroll_y == scroll.max_scroll_y
        await pilot.press("g")
        await pilot.pause()
        assert scroll.scroll_y == 0


async def test_a_footer_of_main_keys_that_config_can_hide(seed, tmp_path: Path) -> None:
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        footer = app.reader.query_one(Footer)
        assert footer.display and footer.region.height == 1
        shown = " ".join(str(w.render()) for w in footer.query("FooterKey"))
        assert "Help" in shown and "Quit" in shown and "Star" in shown
    config = tmp_path / "config.toml"
    config.write_text("[reader]\nfooter = false\n", encoding="utf-8")
    app = make_app(seed, config_path=config)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert not app.reader.query_one(Footer).display
        assert not messages(app)


@pytest.mark.parametrize("focus", ["list", "article"])
async def test_the_footer_fits_80_columns(seed, focus: str) -> None:
    from textual.widgets._footer import FooterKey

    app = make_app(seed)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        if focus == "list":
            await pilot.press("l")  # at 80 columns the list is opened by its key; its keys join the footer
            assert app.reader.query_one(ArticleList).has_focus
        await pilot.pause()
        strips = app.screen._compositor.render_update(full=True).strips
        bottom = "".join(segment.text for segment in strips[-1]).rstrip()
        shown = [key.render().plain.strip() for key in app.reader.query(FooterKey) if key.display]
        assert bottom.endswith(shown[-1]), bottom  # the last key is whole, not cut
        assert all(key in bottom for key in shown)
        # How to leave, how to find every key, and how to reach the hidden list are always there.
        assert "? Help" in bottom and "q Quit" in bottom and "l Articles" in bottom


async def test_s_stars_the_article_and_S_lists_the_starred(seed, tmp_path: Path, other_article: Path) -> None:
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed, other_article, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        article_list = app.reader.query_one(ArticleList)
        article_list.highlighted = 1
        starred = app.reader.entries[1]
        await pilot.press("s")
        assert app.reader.entries[1].starred
        assert store.article(starred.article_id).starred
        await pilot.press("S")
        await pilot.pause()
        assert article_list.shown_indexes == [1]
        assert "starred" in str(article_list.border_title)
        await pilot.press("S")
        await pilot.pause()
        assert article_list.shown_indexes == [0, 1]
        article_list.highlighted = 1
        await pilot.press("s")
        assert not store.article(starred.article_id).starred
    store.close()


async def test_s_without_a_library_says_why(seed) -> None:
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("s")
        assert "no library" in app.reader.status_line
        assert not app.reader.entries[0].starred


@pytest.mark.parametrize("key", ["enter", "down"])
async def test_focus_reaches_the_filtered_list(seed, other_article: Path, key: str) -> None:
    app = make_app(seed, other_article)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+f", *"zanz")
        await pilot.pause()
        assert isinstance(app.focused, ListFilterBar)
        await pilot.press(key)
        await pilot.pause()
        article_list = app.reader.query_one(ArticleList)
        assert app.focused is article_list
        assert article_list.shown_indexes == [1] and article_list.highlighted == 1
        await pilot.press("enter")
        await pilot.pause()
        assert app.reader.current == 1


async def test_a_filtered_list_shows_its_count_in_a_narrow_terminal(seed, other_article: Path) -> None:
    app = make_app(seed, other_article)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+f", *"zanz", "enter")
        await pilot.pause()
        strips = app.screen._compositor.render_update(full=True).strips
        top = "".join(segment.text for segment in strips[0])
        assert "Articles (1)" in top, top  # the label may be cut, the count is not


def test_one_list_order_newest_first_undated_last() -> None:
    entries = [ArticleEntry("a", "undated one"), ArticleEntry("b", "old", published="2019-01-04"),
               ArticleEntry("c", "undated two"), ArticleEntry("d", "new", published="2020-11-07T10:00")]
    assert [e.key for e in newest_first(entries)] == ["d", "b", "a", "c"]


async def test_the_seeds_list_newest_first_with_the_undated_seed_last(seed) -> None:
    from tui.app import ReaderApp
    from tui.library.entries import entries_from_paths, seeds_dir

    app = ReaderApp(entries_from_paths([str(seeds_dir())]), analyser=analyser_for(seed), background_analysis=False,
                    config_path=Path("no-such-config.toml"))
    dates = [e.published for e in app.entries]
    assert dates[-1] is None and all(dates[:-1])
    assert dates[:-1] == sorted(dates[:-1], reverse=True)


async def test_exports_go_to_documents_newsloupe_with_the_full_path_in_the_toast(
        seed, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("NEWSLOUPE_EXPORT_DIR", raising=False)
    monkeypatch.setattr("tui.locations.documents_dir", lambda: tmp_path / "Documents")
    monkeypatch.chdir(tmp_path)
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("x")
        await pilot.pause()
    written = list((tmp_path / "Documents" / "Newsloupe").iterdir())
    assert len(written) == 1 and written[0].suffix == ".md"
    assert [p.name for p in tmp_path.iterdir()] == ["Documents"]  # nothing in the working folder
    assert any(str(written[0]) in m for m in messages(app))


def test_the_legend_picks_the_richest_form_that_fits() -> None:
    counts = {layer.id: 12 for layer in LAYERS}
    on = frozenset(layer.id for layer in LAYERS)
    full = legend_text(on, counts, {}, tags=False)
    assert fitting_legend(full.cell_len, on, counts, {}, tags=False).plain == full.plain
    tags = legend_text(on, counts, {}, tags=False, form="tags")
    assert fitting_legend(full.cell_len - 1, on, counts, {}, tags=False).plain == tags.plain
    keys = fitting_legend(tags.cell_len - 1, on, counts, {}, tags=False).plain
    assert keys.split() == [f"{layer.key}:12" for layer in LAYERS]
    # A real page at 80 columns: two-digit counts cut layer 8 off ("7:24 8…"); its keys alone fit.
    bare = fitting_legend(len(keys) - 1, on, counts, {}, tags=False).plain
    assert bare.split() == [layer.key for layer in LAYERS]


@pytest.mark.parametrize("size", [(100, 30), (80, 24)])
async def test_the_legend_is_one_line_and_the_list_usable_in_small_terminals(seed, size) -> None:
    app = make_app(seed)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        legend = app.reader.query_one(Legend)
        assert legend.region.height == 1
        shown = str(legend.render())
        assert len(shown) <= legend.content_size.width
        assert all(f"{layer.key}" in shown for layer in LAYERS) and "11" in shown  # people: 11 mentions
        article_list = app.reader.query_one(ArticleList)
        if size[0] < 100:
            assert not article_list.display  # the list waits behind its key, the text has the room
            assert app.reader.view.content_region.height >= 8 and app.reader.view.content_region.width >= 74
            await pilot.press("l")
            await pilot.pause()
            assert article_list.content_region.height >= 9  # three articles of three lines
            assert app.reader.view.content_region.height >= 6
        else:
            assert article_list.content_region.height >= 12  # four articles of three lines
            assert app.reader.view.content_region.height >= 12


async def test_a_160_column_terminal_shows_the_layer_tags(seed) -> None:
    app = make_app(seed)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_analysed(pilot, app)
        shown = str(app.reader.query_one(Legend).render())
        assert "1 PER 11" in shown and "8 OTH" in shown, shown  # not only keys and counts


@pytest.mark.parametrize("theme", ["default-dark", "light", "okabe-ito", "high-contrast"])
async def test_unfocused_pane_titles_are_readable_in_every_theme(seed, theme) -> None:
    app = make_app(seed, theme=theme)
    assert theme in app.theme_specs
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        facts = app.reader.query_one("#facts")
        assert not facts.has_focus
        title = facts.styles.border_title_color
        background = facts.styles.background
        # WCAG AA for text, with room for a terminal that rounds colours to its 256-colour palette
        assert contrast(background + title, background) >= 5.0, (theme, title, background)


def contrast(one: Color, other: Color) -> float:
    def luminance(colour: Color) -> float:
        def channel(c: int) -> float:
            v = c / 255
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        r, g, b = colour.rgb
        return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


async def test_only_our_themes_are_offered(seed) -> None:
    app = make_app(seed)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert set(app.available_themes) == set(app.theme_specs)


async def test_mono_has_no_colour_anywhere(seed) -> None:
    app = make_app(seed, mono=True)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert any(isinstance(f, NoColor) for f in app._filters)
        svg_colours = set()
        import re

        svg = app.export_screenshot()
        for fill in re.findall(r'fill="(#[0-9a-fA-F]{6})"', svg):
            svg_colours.add(fill.lower())
        # The screenshot holds only the terminal's default colours, no theme colour.
        theme_colours = {c.lower() for c in app.theme_specs["default-dark"].colours.values() if str(c).startswith("#")}
        assert not (svg_colours & theme_colours)


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_a_long_fact_is_shown_whole_in_the_status_line(seed, size) -> None:
    from tui.extract.types import QuoteFact
    from tui.widgets.facts_tree import FactsTree

    app = make_app(seed)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        facts = app.reader.query_one(FactsTree)
        longest = max((f for f in seed.facts if isinstance(f, QuoteFact)), key=lambda f: len(f.content.text))
        row = next(n for n in facts.facts() if n.data is not None and n.data.fact is longest)
        facts.focus()
        facts.move_cursor(row)
        await pilot.pause()
        words = " ".join(longest.content.text.split())
        assert "\u2026" in longest.text and words not in longest.text  # the engine's summary is cut ...
        assert words in " ".join(app.reader.status_line.split())  # ... the status line is not
        status = app.reader.query_one("#status")
        assert status.content_region.width * status.content_region.height >= len(app.reader.status_line)


def test_the_spacing_marks_table_is_unicodes() -> None:
    import sys
    import unicodedata

    from tui.widgets.cell_widths import SPACING_MARKS

    listed = {c for start, end in SPACING_MARKS for c in range(start, end + 1)}
    assert listed == {c for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Mc"}


def terminal_width(text: str) -> int:
    """How a wcwidth terminal (tmux) counts: marks Mn/Me and format characters 0, wide 2, the rest 1."""
    import unicodedata

    width = 0
    for char in text:
        if unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


TITLES = ["مقتل ثلاثة أشخاص في هجوم على مدينة الموصل العراقية اليوم",
          "తెలంగాణలో భారీ వర్షాలు కురుస్తున్నాయి ప్రజలు ఇబ్బందులు",
          "हिन्दी समाचार: दिल्ली में भारी बारिश से जनजीवन प्रभावित",
          "Cafe\u0301 de\u0301ja\u0300 vu\u0308 n\u0303 and more combining marks in a title",
          # emoji sequences: a ZWJ family, a skin tone, an emoji presentation selector
          "Families \U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466 flee \U0001f44d\U0001f3fd floods \u2764\ufe0f"]


@pytest.mark.parametrize("filtered", [False, True])
async def test_rows_with_wide_and_combining_titles_keep_the_right_border(seed, tmp_path: Path, filtered) -> None:
    paths = []
    for n, title in enumerate(TITLES):
        path = tmp_path / f"t{n}.txt"
        path.write_text(f"title: {title}\n\nText.\n", encoding="utf-8")
        paths.append(path)
    app = make_app(seed, *paths)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        article_list = app.reader.query_one(ArticleList)
        if filtered:
            app.reader.apply_filter("title 'x'", list(range(1, len(TITLES) + 1)))
            await pilot.pause()
        width = article_list.scrollable_content_region.width
        for y in range(article_list.scrollable_content_region.height):
            strip = article_list.render_line(y)
            text = "".join(segment.text for segment in strip)
            assert terminal_width(text) == width == strip.cell_length, (y, text)


async def test_a_long_article_after_a_short_one_wraps_to_the_width_left_by_the_scrollbar(seed, tmp_path) -> None:
    short = tmp_path / "short.txt"
    short.write_text("title: Short\n\nOne line.\n", encoding="utf-8")
    app = make_app(seed, short)
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_analysed(pilot, app)
        app.reader.open_article(1)
        await pilot.pause()
        app.reader.open_article(0)
        await wait_analysed(pilot, app)
        await pilot.pause()
        view = app.reader.view
        assert view.show_vertical_scrollbar
        width = view.scrollable_content_region.width
        assert view._wrap_width == width
        assert all(len(view.line_text(y).rstrip()) <= width for y in range(view.virtual_size.height))


def test_a_starred_row_shows_its_star() -> None:
    from tui.widgets.article_list import entry_lines

    assert "\u2605" in entry_lines(ArticleEntry("k", "Talks", published="2020-01-01", starred=True))[2].plain
    assert "\u2605" not in entry_lines(ArticleEntry("k", "Talks", published="2020-01-01"))[2].plain


def test_a_starred_row_keeps_its_whole_date_at_80_columns() -> None:
    """The list is 16 cells wide at 80x24: "  ★ · 2023-11-0…" cut the date; the star stands in the margin."""
    from tui.widgets.article_list import entry_lines

    entry = ArticleEntry("k", "Talks", published="2023-11-09", starred=True, entity_count=28, source="ABC7 News")
    details = entry_lines(entry, 16)[2]
    assert details.plain.startswith("\u2605 2023-11-09 \u00b7 ")
    details.truncate(16, overflow="ellipsis")
    assert details.plain == "\u2605 2023-11-09 \u00b7 \u2026"
    plain = entry_lines(entry.but(starred=False), 16)[2]
    assert plain.plain.startswith("  2023-11-09 \u00b7 ")
