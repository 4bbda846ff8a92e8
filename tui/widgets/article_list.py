"""The article list: an OptionList (it renders only the rows on screen), one Text prompt per article."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.render.sanitize import safe_text
from tui.render.entries import ArticleEntry

UNREAD, READ = "\u25cf", " "  # ● marks an unread article


def entry_prompt(entry: ArticleEntry) -> Text:
    """Read marker and title, then source, date and the entity count once analysed."""
    prompt = Text(f"{READ if entry.read else UNREAD} ", style="bold")
    prompt.append_text(safe_text(entry.title, "bold" if not entry.read else ""))
    details = [d for d in (entry.source, (entry.published or "")[:10]) if d]
    if entry.error:
        details.append("unreadable")
    elif entry.entity_count is not None:
        details.append(f"{entry.entity_count} ent.")
    if details:
        prompt.append("\n  ")
        prompt.append_text(safe_text(" \u00b7 ".join(details), "dim"))
    return prompt


class ArticleList(OptionList):
    """Rows keyed by position; ``update_entry`` redraws one row only."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k", "cursor_up", "Up", show=False, id="list.up"),
    ]

    def set_entries(self, entries: Sequence[ArticleEntry]) -> None:
        self.set_options(Option(entry_prompt(e), id=str(i)) for i, e in enumerate(entries))
        if entries:
            self.highlighted = 0

    def add_entry(self, entry: ArticleEntry) -> None:
        self.add_option(Option(entry_prompt(entry), id=str(self.option_count)))

    def update_entry(self, index: int, entry: ArticleEntry) -> None:
        self.replace_option_prompt_at_index(index, entry_prompt(entry))
