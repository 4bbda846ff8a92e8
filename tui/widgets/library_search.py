"""The library search line (``/`` in the article list): posts what to find across the library as the user types."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message
from textual.widgets import Input


class LibrarySearchBar(Input):
    """Hidden until ``open()``; enter keeps the results and closes, escape clears them and closes."""

    BINDINGS = [Binding("escape", "clear", "Clear the library search", show=False, id="list.search_close")]

    @dataclass
    class Search(Message):
        query: str
        #: True when the line closed (enter, escape): the list takes the focus back.
        closed: bool = False
        #: True on enter: the last word is a whole word, no longer a prefix being typed.
        done: bool = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder='search titles and text: words, "a phrase", prefix* (enter: keep, escape: clear)',
                         id=id)

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def action_clear(self) -> None:
        self.value = ""
        self.remove_class("-open")
        self.post_message(self.Search("", closed=True))

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Search(event.value))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.remove_class("-open")
        self.post_message(self.Search(event.value, closed=True, done=True))
