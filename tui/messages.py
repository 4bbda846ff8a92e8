"""Messages the reader's screens post to the app."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class OpenArticle(Message):
    """Open a library article with the view at ``offset`` (a character offset into its body)."""

    article_id: int
    offset: int
