"""The title filter line of the article list: posts what to keep as the user types."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class ListFilterBar(Input):
    """Hidden until ``open()``; enter keeps the filter and closes, escape clears it and closes."""

    BINDINGS = [Binding("escape", "clear", "Clear the title filter", show=False, id="list.filter_text_close")]

    @dataclass
    class Filter(Message):
        query: str
        #: True when the line closed: the list takes the focus back.
        closed: bool = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="filter titles (enter: keep, escape: clear)", id=id)

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def action_clear(self) -> None:
        self.value = ""
        self.remove_class("-open")
        self.post_message(self.Filter("", closed=True))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Filter(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remove_class("-open")
        self.post_message(self.Filter(event.value, closed=True))
