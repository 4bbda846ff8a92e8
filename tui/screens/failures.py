"""Why articles could not be analysed: one line per article (``E`` in the reader; escape closes)."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.render.sanitize import sanitize

#: Lines shown at most (the rest are counted): a table of 10,000 rows would take seconds to lay out.
MAX_SHOWN = 500


def failures_table(failures: list[tuple[str, str]]) -> Table:
    table = Table(box=None, show_header=True, padding=(0, 2, 0, 0), expand=True)
    table.add_column("article", style="bold", ratio=2, overflow="ellipsis", no_wrap=True)
    table.add_column("why", ratio=3)
    for title, reason in failures[:MAX_SHOWN]:
        table.add_row(Text(sanitize(title).replace("\n", " ")), Text(sanitize(reason)))
    if len(failures) > MAX_SHOWN:
        table.add_row(Text(f"... and {len(failures) - MAX_SHOWN:,} more", style="italic"), "")
    return table


class FailuresScreen(ModalScreen[None]):
    BINDINGS = [Binding("escape,q,E", "dismiss", "Close", id="failures.close")]

    DEFAULT_CSS = """
    FailuresScreen { align: center middle; }
    FailuresScreen > VerticalScroll {
        width: 90%; height: 80%; border: round $warning; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, failures: list[tuple[str, str]]) -> None:
        super().__init__()
        self.failures = failures

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            count = len(self.failures)
            scroll.border_title = f"{count:,} article{'' if count == 1 else 's'} could not be analysed (escape closes)"
            yield Static(failures_table(self.failures), id="failures-table")
