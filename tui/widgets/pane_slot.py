"""A stand-in that holds a pane's place in the first frame: the pane's border and title, nothing inside."""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Static


class PaneSlot(Static):
    """An empty bordered pane. Its rows under its (empty) first line of content are all the same:
    one is styled and bordered, and repeated (Textual styles every row of a widget on its own, a
    tenth of a millisecond a row, and the sidebar's stand-in is a whole column of them)."""

    def render_lines(self, crop: Region) -> list[Strip]:
        width, height = self.outer_size
        if height < 4:
            return super().render_lines(crop)
        top, first, blank = super().render_lines(Region(0, 0, width, 3))
        (bottom,) = super().render_lines(Region(0, height - 1, width, 1))
        rows = [top, first, *[blank] * (height - 3), bottom][crop.y:crop.bottom]
        if crop.column_span != (0, width):
            rows = [row.crop(crop.x, crop.right) for row in rows]
        return rows
