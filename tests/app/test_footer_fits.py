"""The footer below 80 columns: keys that do not fit are hidden whole, Quit and Help always shown.

Textual's footer cut its one row at the edge: at 60 columns the reader showed "e En" and, narrower,
lost Quit and Help behind the keys before them."""

from __future__ import annotations

import pytest
from reader_support import make_app, wait_analysed
from textual.widgets._footer import FooterKey

from tui.widgets.fitting_footer import keys_that_fit


def test_kept_keys_first_then_the_others_in_order_while_they_fit():
    widths = [("mention", 15), ("search", 9), ("star", 7), ("quit", 7), ("help", 7), ("entities", 11)]
    assert keys_that_fit(widths, 80) == set(range(6))
    assert keys_that_fit(widths, 40) == {0, 1, 3, 4}
    assert keys_that_fit(widths, 20) == {3, 4}  # "[ ] Next mention" no longer fits beside them


def _shown(app) -> list[tuple[str, int, int]]:
    return [(key.description, key.region.x, key.region.right) for key in app.screen.query(FooterKey)
            if key.display and key.region.width]


@pytest.mark.parametrize("width", [40, 50, 60, 70, 80, 120])
async def test_the_shown_keys_fit_the_screen_and_quit_and_help_are_among_them(seed_analysis, width):
    app = make_app(seed_analysis)
    async with app.run_test(size=(width, 24)) as pilot:
        await wait_analysed(pilot, app)
        await pilot.pause()
        shown = _shown(app)
        descriptions = [d for d, _, _ in shown]
        assert "Quit" in descriptions and "Help" in descriptions, (width, shown)
        assert all(right <= width for _, _, right in shown), (width, shown)
        if width >= 100:  # at 80 the list's key (kept: the list is hidden there) leaves no room for the last
            assert len(shown) == len(list(app.screen.query(FooterKey))), shown
        if width >= 80:
            assert "Articles" in descriptions, shown


async def test_keys_come_back_when_the_terminal_widens(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=(50, 24)) as pilot:
        await wait_analysed(pilot, app)
        await pilot.pause()
        assert len(_shown(app)) < len(list(app.screen.query(FooterKey)))
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        assert len(_shown(app)) == len(list(app.screen.query(FooterKey)))
