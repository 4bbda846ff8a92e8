"""An option list that moves as the reader's other lists do: ``j``/``k`` beside the arrows, ``g``/``G``
beside home/end (the library's entities and timeline screens; the article list and the sidebar bind
the same keys)."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import OptionList


class RowList(OptionList):
    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="rows.down"),
        Binding("k", "cursor_up", "Up", show=False, id="rows.up"),
        Binding("g", "first", "First row", show=False, id="rows.first"),
        Binding("G", "last", "Last row", show=False, id="rows.last"),
    ]
