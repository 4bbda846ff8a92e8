"""The title filter line of the article list: posts what to keep as the user types."""

from __future__ import annotations

from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from .list_line import ListLine


class ListFilterBar(ListLine):
    """Hidden until ``open()``; enter keeps the filter and closes, escape clears it and closes."""

    BINDINGS = [Binding("escape", "clear", "Clear the title filter", show=False, id="list.filter_text_close")]

    @dataclass
    class Filter(Message):
        query: str
        #: True when the line closed: the list takes the focus back.
        closed: bool = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="filter titles (enter: keep, escape: clear)", id=id)

    def post_query(self, query: str, *, closed: bool, submitted: bool) -> None:
        self.post_message(self.Filter(query, closed=closed))
