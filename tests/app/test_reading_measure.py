"""The article's text wraps at a reading measure (``MEASURE`` cells at most), whatever the pane's width:
at 99 columns it wrapped at 93, at 139 at 92. The spare width is a margin on the right; what marks the
text (layers, a fact's evidence, search matches, the ``[``/``]`` walk) stays on the words it marks."""

from __future__ import annotations

import pytest
from reader_support import NO_CONFIG, analyser_for, frozen_seed_analysis, make_app, wait_analysed
from rich.cells import cell_len

from tui.app import ReaderApp
from tui.library.entries import entries_from_paths
from tui.render.sanitize import sanitize
from tui.widgets.article_view import MEASURE, ArticleView
from tui.widgets.facts_tree import FactsTree

#: The sizes of each layout: narrow (80, 99), medium (100, 120, 139), wide (140, 160, 200).
SIZES = [(80, 24), (99, 30), (120, 40), (139, 40), (160, 45), (200, 50)]


def _line_widths(view: ArticleView) -> list[int]:
    return [cell_len(view.line_text(y).rstrip()) for y in range(view.virtual_size.height)]


def _screen_lines(app: ReaderApp) -> list[str]:
    strips = app.screen._compositor.render_update(full=True).strips
    return ["".join(segment.text for segment in strip) for strip in strips]


def _marked(view: ArticleView, y: int, *, reverse: bool | None = None, italic: bool | None = None) -> str:
    """The text of virtual line ``y`` drawn in a mark's style (reverse: evidence and current; italic: search)."""
    return "".join(seg.text for seg in view._strip_at(y) if seg.style is not None
                   and (reverse is None or seg.style.reverse == reverse)
                   and (italic is None or seg.style.italic == italic))


def _assert_measured(view: ArticleView) -> None:
    assert 60 <= MEASURE <= 80  # typographic practice: about 60 to 80 characters a line
    widths = _line_widths(view)
    assert max(widths) <= MEASURE, max(widths)
    region = view.scrollable_content_region.width
    # The text fills the measure (or the pane, when narrower), not a narrower column: a paragraph's lines
    # end within a word of it.
    assert max(widths) >= min(region, MEASURE) - 12, (max(widths), region)


@pytest.mark.parametrize("size", SIZES)
async def test_no_line_of_the_seed_is_longer_than_the_measure(size) -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        _assert_measured(view)
        # On screen too: the text starts at the pane's left (under the title) and the rest is margin.
        region = view.scrollable_content_region
        shown = [line[region.x:region.right] for line in _screen_lines(app)[region.y:region.bottom]]
        assert shown[0].startswith(view.line_text(0)[:20]), shown[:3]
        assert all(not line[MEASURE:].strip() for line in shown), shown


async def test_the_title_wraps_at_the_measure_too() -> None:
    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=(139, 40)) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        view.show_article("Word " * 60, title="Long title " * 20, analysis=None)
        await pilot.pause()
        assert max(_line_widths(view)) <= MEASURE
        assert view.line_text(0).startswith("Long title")
        assert max(_line_widths(view)) >= MEASURE - 12


@pytest.mark.parametrize("size", [(99, 30), (139, 40), (200, 50)])
async def test_a_facts_evidence_is_marked_on_its_words_and_scrolled_to(size) -> None:
    analysis = frozen_seed_analysis()
    app = make_app(analysis)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        view, tree = app.reader.view, app.reader.query_one(FactsTree)
        tree.focus()
        for _ in range(6):  # roles, then events: each one's evidence in turn
            await pilot.press("j")
            await pilot.pause()
            fact = tree.cursor_node.data.fact
            if fact is None or not fact.evidence:
                continue
            start, end = fact.evidence[0]
            y = view.y_of_offset(start)
            assert view.scroll_offset.y <= y < view.scroll_offset.y + view.scrollable_content_region.height
            evidence = " ".join(sanitize(analysis.text[start:end]).split())
            marked = " ".join(_marked(view, y, reverse=True).split())
            assert marked and marked in evidence, (marked, evidence)


async def test_search_matches_and_the_walk_stay_on_their_words_at_the_measure() -> None:
    analysis = frozen_seed_analysis()
    app = make_app(analysis)
    async with app.run_test(size=(139, 40)) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        await pilot.press("slash", *"Netanyahu", "enter")
        await pilot.pause()
        hits = app.reader.query_one("#article-pane").hits
        assert len(hits) >= 2
        for start, _ in hits:
            assert "Netanyahu" in _marked(view, view.y_of_offset(start), italic=True)
        await pilot.press("escape", "escape")
        await pilot.press("g")
        for _ in range(12):
            await pilot.press("right_square_bracket")
            await pilot.pause()
            current = app.reader.query_one("#article-pane").current_mention()
            assert current is not None
            y = view.y_of_offset(current.start)
            assert view.scroll_offset.y <= y < view.scroll_offset.y + view.scrollable_content_region.height
            words = " ".join(sanitize(current.text).split())
            marked = _marked(view, y, reverse=True).strip()
            assert marked and words.startswith(marked.split()[0]), (marked, words)


@pytest.mark.parametrize("size", [(99, 30), (139, 40), (200, 50)])
async def test_a_real_page_wraps_at_the_measure(shared_dir, size) -> None:
    page = shared_dir / "data" / "web" / "pages" / "bbc.com.52241221.html"
    if not page.is_file():
        pytest.skip(f"{page.name} is not in ../shared")
    app = ReaderApp(entries_from_paths([str(page)]), background_analysis=False, config_path=NO_CONFIG,
                    analyser=analyser_for(frozen_seed_analysis()))  # the wrap needs no entities
    async with app.run_test(size=size) as pilot:
        view = app.reader.view
        for _ in range(200):  # the page is read after the first paint
            if view.virtual_size.height > 20:
                break
            await pilot.pause(0.05)
        assert view.virtual_size.height > 20, "the page was not read"
        _assert_measured(view)


@pytest.mark.parametrize(("size", "facts", "text"), [((140, 40), 43, 59), ((150, 45), 47, 63), ((160, 45), 50, 68),
                                                  ((200, 50), 60, MEASURE)])
async def test_three_panes_give_the_facts_the_lists_columns_not_the_articles(size, facts, text) -> None:
    """From 140 columns the facts' rows had 41 to 47 columns (62% of role rows whole on saved pages):
    they take two of the list's, and the article keeps its width (it is under the measure there). From
    180 the article is wider than its measure: the facts take up to 64 columns of what it cannot use."""
    from tui.widgets.article_list import ArticleList

    app = make_app(frozen_seed_analysis())
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        assert reader.query_one(FactsTree).scrollable_content_region.width >= facts
        assert reader.view.scrollable_content_region.width >= text
        assert reader.query_one(ArticleList).region.width >= 28  # two title lines still tell articles apart
