"""The whole fact of the highlighted sidebar row, read without leaving the keyboard: the status line
wraps it and grows to a third of the column; a fact longer still is cut there with a hint, and
``v`` shows it whole in a scrolling window."""

from __future__ import annotations

import pytest
from rich.console import Console
from rich.text import Text

from tests.app.reader_support import NO_CONFIG, ROOT, wait_analysed
from tui.app import ReaderApp
from tui.extract.types import QuoteFact
from tui.library.entries import entries_from_paths
from tui.render.status_fit import fit_rows
from tui.widgets.facts_tree import FactsTree

BIDEN = ROOT / "seeds" / "wikinews-2020-11-07-joe-biden-projected-us-president-elect.txt"


@pytest.fixture(scope="module")
def biden(nlp):
    from tui.extract import analyse
    from tui.library.sources import read_one

    article = read_one(str(BIDEN))
    return analyse(article.text, nlp=nlp)


def _rows(text: str, width: int) -> list[str]:
    return [line.plain for line in Text(text).wrap(Console(width=400), width)]


def test_fit_rows_keeps_a_fitting_text_and_cuts_a_long_one_between_words():
    assert fit_rows("a short fact", width=30, rows=2, hint="v") == "a short fact"
    long = " ".join(f"word{n}" for n in range(60))
    cut = fit_rows(long, width=30, rows=3, hint="v shows it whole")
    rows = _rows(cut, 30)
    assert len(rows) == 3 and rows[-1].rstrip().endswith("\u2026 v shows it whole")
    kept = cut.split()[:-5]  # whole words, in order, none cut inside
    assert len(kept) >= 8 and kept == [f"word{n}" for n in range(len(kept))]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
async def test_every_word_of_the_longest_quote_can_be_read(biden, size):
    app = ReaderApp(entries_from_paths([str(BIDEN)]), analyser=lambda _a: biden,
                    background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        longest = max((f for f in biden.facts if isinstance(f, QuoteFact)), key=lambda f: len(f.content.text))
        tree = reader.query_one(FactsTree)
        row = next(n for n in tree.facts() if n.data is not None and n.data.fact is longest)
        tree.focus()
        tree.move_cursor(row)
        await pilot.pause()
        await pilot.pause()
        status = reader.query_one("#status")
        shown = reader.status_line
        # Every row of the status line is on screen: nothing is cut silently below its last row.
        assert len(_rows(shown, status.content_size.width)) <= status.content_size.height, (shown, status.size)
        words = " ".join(longest.content.text.split())
        if words not in " ".join(shown.split()):
            assert "v shows it whole" in shown
            await pilot.press("v")
            await pilot.pause()
            whole = str(app.screen.query_one("#fact-text").render())
            assert words in " ".join(whole.split())
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is reader and reader.focused is tree
        # A wider terminal fits the fact again: whole where it now fits, never the old cut.
        await pilot.resize_terminal(220, 60)
        await pilot.pause()
        await pilot.pause()
        assert words in " ".join(reader.status_line.split()), reader.status_line
        # Off the facts the status line gives its rows back.
        await pilot.press("g")
        tree.move_cursor(tree.root.children[0])
        await pilot.pause()
        assert status.styles.max_height is None or status.outer_size.height <= 6


async def test_the_analysis_counts_refreshing_the_status_keep_the_facts_rows(biden):
    """The worker's progress re-sets the status line's text: the fact shown keeps the rows it took."""
    from dataclasses import replace

    from tui.messages import PendingAnalyses

    # The longest quote, longer still: side by side (140 columns on) the column is 66 wide, and a third of
    # its height (14 rows) is more than the 6 of a passing message only for a fact this long.
    quote = max((f for f in biden.facts if isinstance(f, QuoteFact)), key=lambda f: len(f.content.text))
    longest = replace(quote, content=replace(quote.content, text=f"{quote.content.text} " * 3))
    longer = replace(biden, facts=tuple(longest if f is quote else f for f in biden.facts))
    app = ReaderApp(entries_from_paths([str(BIDEN)]), analyser=lambda _a: longer,
                    background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(140, 44)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        tree = reader.query_one(FactsTree)
        tree.focus()
        tree.move_cursor(next(n for n in tree.facts() if n.data is not None and n.data.fact is longest))
        await pilot.pause()
        await pilot.pause()
        status = reader.query_one("#status")
        rows = status.content_size.height
        assert rows > 6, (rows, reader.status_line)
        reader.post_message(PendingAnalyses(2))
        await pilot.pause()
        await pilot.pause()
        assert status.content_size.height == rows
        assert len(_rows(reader.status_line, status.content_size.width)) <= rows


async def test_the_hint_names_the_remapped_key(biden, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"facts.whole" = "w"\n', encoding="utf-8")
    app = ReaderApp(entries_from_paths([str(BIDEN)]), analyser=lambda _a: biden,
                    background_analysis=False, config_path=config)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        reader = app.reader
        longest = max((f for f in biden.facts if isinstance(f, QuoteFact)), key=lambda f: len(f.content.text))
        tree = reader.query_one(FactsTree)
        tree.focus()
        await pilot.pause()
        tree.move_cursor(next(n for n in tree.facts() if n.data is not None and n.data.fact is longest))
        await pilot.pause()
        assert reader.status_line.rstrip().endswith("\u2026 w shows it whole"), reader.status_line
        await pilot.press("w")
        await pilot.pause()
        assert app.screen.query("#fact-text")


def _footer_keys(app) -> set[str]:
    return {binding.action for (_node, binding, enabled, _tooltip) in app.screen.active_bindings.values() if enabled}


async def test_v_is_offered_on_a_fact_only(biden):
    app = ReaderApp(entries_from_paths([str(BIDEN)]), analyser=lambda _a: biden,
                    background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        tree.focus()
        fact_row = next(n for n in tree.facts() if n.data is not None and n.data.fact is not None)
        entity_row = next(n for n in tree.facts() if n.data is not None and n.data.entity is not None)
        tree.move_cursor(fact_row)
        await pilot.pause()
        assert "whole_fact" in _footer_keys(app)
        tree.move_cursor(entity_row)
        await pilot.pause()
        assert "whole_fact" not in _footer_keys(app)
        await pilot.press("v")  # nothing opens on an entity
        await pilot.pause()
        assert app.screen is app.reader
