"""The help screen, generated from the bindings (with the user's remapped keys)."""

from __future__ import annotations

from collections.abc import Iterable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


def help_table(sections: Iterable[tuple[str, Iterable[tuple[str, str]]]]) -> Table:
    """A two-column table: key and what it does, one section per pane."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for title, rows in sections:
        table.add_row(Text(title, style="bold underline"), "")
        for keys, description in rows:
            table.add_row(Text(keys), Text(description))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """Shown with ``?`` or F1; any of escape, ``q``, ``?`` closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll {
        width: 72; height: 90%; border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, sections: list[tuple[str, list[tuple[str, str]]]]) -> None:
        super().__init__()
        self._sections = sections

    def compose(self) -> ComposeResult:
        with VerticalScroll() as scroll:
            scroll.border_title = "Newsloupe keys (escape closes)"
            yield Static(help_table(self._sections), id="help-table")


def binding_rows(app: object, bindings: Iterable[Binding], keymap: dict[str, str]) -> list[tuple[str, str]]:
    """(keys as shown, description) for each binding, remapped keys applied."""
    rows = []
    for binding in bindings:
        keys = keymap.get(binding.id or "", binding.key)
        shown = ", ".join(app.get_key_display(b) for b in Binding.make_bindings([(k.strip(), binding.action) for k in keys.split(",")]))  # type: ignore[attr-defined]
        rows.append((shown, binding.description or binding.action))
    return rows
