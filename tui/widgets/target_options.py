"""Option-list lines that carry where they lead, typed, instead of a target spelled into the option id.

A screen asks ``isinstance(option, ArticleOption)`` and reads ``option.article_id`` and
``option.offset``: nothing is parsed back out of a string.
"""

from __future__ import annotations

from textual.visual import VisualType
from textual.widgets.option_list import Option


class ArticleOption(Option):
    """A line that opens a library article at a character offset (a mention, a fact's evidence)."""

    def __init__(self, prompt: VisualType, *, article_id: int, offset: int) -> None:
        super().__init__(prompt)
        self.article_id = article_id
        self.offset = offset


class OffsetOption(Option):
    """A line that moves the open article to a character offset."""

    def __init__(self, prompt: VisualType, *, offset: int) -> None:
        super().__init__(prompt)
        self.offset = offset


class EntityOption(Option):
    """A line that leads to an entity (its id); the option id, when given, names it for tests and lookups."""

    def __init__(self, prompt: VisualType, *, entity: str, id: str | None = None) -> None:
        super().__init__(prompt, id=id)
        self.entity = entity
