"""A one-line input that opens on a key, posts what it holds as the user types, and closes on enter.

The base of the article's search line and of the article list's lines (title filter, library
search): each says which message carries its text (``post_query``) and what escape does.
"""

from __future__ import annotations

from textual.widgets import Input


class InputLine(Input):
    """Hidden until ``open()``; every change is posted, enter posts the text as submitted and closes."""

    def open(self) -> None:
        self.add_class("-open")
        self.focus()

    def close(self) -> None:
        self.remove_class("-open")

    def post_query(self, query: str, *, closed: bool, submitted: bool) -> None:
        raise NotImplementedError

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_query(event.value, closed=False, submitted=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.close()
        self.post_query(event.value, closed=True, submitted=True)
