"""One fact's whole text, for a fact longer than the status line shows (``v`` in the facts pane)."""

from __future__ import annotations

from textual.binding import Binding

from tui.render.sanitize import safe_text
from tui.screens.help import TextWindow


class FactTextScreen(TextWindow):
    """The fact as the sidebar words it, wrapped and scrolling; escape, ``q``, ``v`` or enter close it."""

    BINDINGS = [Binding("escape,q,v,enter", "dismiss", "Close", id="fact.close")]

    DEFAULT_CSS = """
    FactTextScreen { align: center middle; }
    FactTextScreen > HelpScroll {
        width: 80; max-width: 96%; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, summary: str) -> None:
        super().__init__(safe_text(summary), title="Fact (escape closes)", body_id="fact-text")
