"""The facts sidebar's stand-in paints exactly what an empty bordered Static paints, row for row."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.widgets import Static

from tui.widgets.pane_slot import PaneSlot

CSS = """
Screen { layout: horizontal; }
#plain, #slot { width: 20; height: 1fr; border: round $primary; background: $surface; border-title-color: $foreground 75%; }
"""


class Side(App[None]):
    CSS = CSS

    def compose(self) -> ComposeResult:
        for widget in (Static(id="plain"), PaneSlot(id="slot")):
            widget.border_title = "Facts"
            yield widget


@pytest.mark.parametrize("height", [2, 3, 4, 5, 24])
async def test_the_stand_in_paints_as_an_empty_static(height: int) -> None:
    app = Side()
    async with app.run_test(size=(60, height)) as pilot:
        await pilot.pause()
        plain, slot = app.query_one("#plain"), app.query_one("#slot", PaneSlot)
        width = plain.outer_size.width
        for crop in (Region(0, 0, width, height), Region(0, 1, width, max(0, height - 2)), Region(2, 0, width - 4, height)):
            expected = [list(strip) for strip in plain.render_lines(crop)]
            painted = [list(strip) for strip in slot.render_lines(crop)]
            # The segments' meta holds the row for mouse events: the stand-in takes no clicks.
            assert [[(s.text, str(s.style)) for s in row] for row in painted] == \
                   [[(s.text, str(s.style)) for s in row] for row in expected]
