"""What the library's list screens share: a filter line over a list, narrowing as you type,
Enter on a line opening its article where its words are, Escape going back.

Subclasses name their filter and list widgets and fill the list in ``show_entries``.
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.library.store import Store
from tui.messages import OpenArticle
from tui.widgets.target_options import ArticleOption


class LibraryListScreen(Screen[None]):
    """A filterable list over the library; lines that are ``ArticleOption`` open their article."""

    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_filter", "Filter"),
    ]
    #: Ids of the filter Input and of the main OptionList.
    FILTER_ID: ClassVar[str]
    LIST_ID: ClassVar[str]

    def __init__(self, store: Store, *, name: str | None = None) -> None:
        super().__init__(name=name)
        self.store = store

    @property
    def filter_input(self) -> Input:
        return self.query_one(f"#{self.FILTER_ID}", Input)

    @property
    def listing(self) -> OptionList:
        return self.query_one(f"#{self.LIST_ID}", OptionList)

    def show_entries(self, query: str) -> None:
        """Fill the list with what matches ``query`` (the filter's text)."""
        raise NotImplementedError

    def open_option(self, option: Option) -> bool:
        """Ask the app to open the line's article; False when the line opens none."""
        if not isinstance(option, ArticleOption):
            return False
        self.post_message(OpenArticle(option.article_id, option.offset))
        return True

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == self.FILTER_ID:
            self.show_entries(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == self.FILTER_ID:
            self.listing.focus()

    def action_focus_filter(self) -> None:
        self.filter_input.focus()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
