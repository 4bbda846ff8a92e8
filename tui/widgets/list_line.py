"""An input line of the article list (title filter, library search): enter or down keeps, escape clears."""

from __future__ import annotations

from textual.binding import Binding

from .input_line import InputLine


class ListLine(InputLine):
    """Hidden until ``open()``; enter keeps what was typed and closes, escape clears it and closes.

    Subclasses say which message carries the line's text (``post_query``). Down, like enter,
    keeps the text and hands the focus to the (filtered) list."""

    BINDINGS = [Binding("down", "keep", "Keep and go to the list", show=False, id="list.line_keep")]

    def action_clear(self) -> None:
        self.value = ""
        self.close()
        self.post_query("", closed=True, submitted=False)

    def action_keep(self) -> None:
        self.close()
        self.post_query(self.value, closed=True, submitted=True)
