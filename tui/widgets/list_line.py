"""An input line of the article list that opens on a key and posts what it holds as the user types."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input


class ListLine(Input):
    """Hidden until ``open()``; enter keeps what was typed and closes, escape clears it and closes.

    Subclasses say which message carries the line's text (``post_query``). Down, like enter,
    keeps the text and hands the focus to the (filtered) list."""

    BINDINGS = [Binding("down", "keep", "Keep and go to the list", show=False, id="list.line_keep")]

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def post_query(self, query: str, *, closed: bool, submitted: bool) -> None:
        raise NotImplementedError

    def action_clear(self) -> None:
        self.value = ""
        self.remove_class("-open")
        self.post_query("", closed=True, submitted=False)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_query(event.value, closed=False, submitted=False)

    def action_keep(self) -> None:
        self.remove_class("-open")
        self.post_query(self.value, closed=True, submitted=True)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remove_class("-open")
        self.post_query(event.value, closed=True, submitted=True)
