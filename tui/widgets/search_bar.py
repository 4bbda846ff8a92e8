"""The search line under the article: posts what to find as the user types, and when it is done."""

from __future__ import annotations

import re
from dataclasses import dataclass

from textual.binding import Binding
from textual.message import Message

from .input_line import InputLine


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every case-insensitive occurrence of ``query`` in ``text``, as (start, end) offsets."""
    if not query:
        return []
    return [(m.start(), m.end()) for m in re.finditer(re.escape(query), text, re.IGNORECASE)]


class SearchBar(InputLine):
    """Hidden until ``open()``; enter or escape closes it (enter also goes to the first match)."""

    BINDINGS = [Binding("escape", "close", "Close search", show=False, id="search.close")]

    @dataclass
    class Search(Message):
        query: str
        #: True on enter: the reader jumps to the first match.
        done: bool
        #: True when the bar closed (enter or escape): the article takes the focus back.
        closed: bool = False

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search this article (enter: go, escape: close)", id=id)

    def post_query(self, query: str, *, closed: bool, submitted: bool) -> None:
        self.post_message(self.Search(query, done=submitted, closed=closed))

    def action_close(self) -> None:
        self.close()
        self.post_query(self.value, closed=True, submitted=False)
