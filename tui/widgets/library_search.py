"""The library search line (``/`` in the article list): posts what to find across the library as the user types."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from .list_line import ListLine


class LibrarySearchBar(ListLine):
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

    def post_query(self, query: str, *, closed: bool, submitted: bool) -> None:
        self.post_message(self.Search(query, closed=closed, done=submitted))
