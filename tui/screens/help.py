"""The help screen, generated from the bindings (with the user's remapped keys and their ids).

Each row shows the keys, what they do, and the binding id that ``[keys]`` in the config
file remaps (the README's "Keys" section says how).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from rich.console import RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.widgets.scroll_keys import scroll_bindings

#: (keys as shown, what they do, binding id or "").
HelpRow = tuple[str, str, str]


class KeyDisplay(Protocol):
    def get_key_display(self, binding: Binding) -> str: ...


def help_table(sections: Iterable[tuple[str, Iterable[HelpRow]]]) -> Table:
    """Three columns: keys, what they do, the id to remap them with; one section per pane."""
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    table.add_column(style="dim", no_wrap=True)
    for title, rows in sections:
        # The title stands over the descriptions: in the keys column it widened that column to its
        # own length, and the descriptions wrapped at 80 columns.
        table.add_row("", Text(title, style="bold underline"), Text("id (config [keys])", style="dim italic"))
        for keys, description, binding_id in rows:
            table.add_row(Text(keys), Text(description), Text(binding_id))
        table.add_row("", "", "")
    return table


class HelpScroll(VerticalScroll, can_focus=True):
    """The help's scrolling body: vi and pager keys besides the arrows."""

    BINDINGS = scroll_bindings("help")


class TextWindow(ModalScreen[None]):
    """A window over the reader: one scrolling text under a titled border, focused to scroll."""

    def __init__(self, body: RenderableType, *, title: str, body_id: str) -> None:
        super().__init__()
        self._body, self._title, self._body_id = body, title, body_id

    def compose(self) -> ComposeResult:
        with HelpScroll() as scroll:
            scroll.border_title = self._title
            yield Static(self._body, id=self._body_id)

    def on_mount(self) -> None:
        self.query_one(HelpScroll).focus()


class HelpScreen(TextWindow):
    """Shown with ``?`` or F1; any of escape, ``q``, ``?`` closes it."""

    BINDINGS = [Binding("escape,q,question_mark,f1", "dismiss", "Close help", id="help.close")]

    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > HelpScroll {
        width: 100; max-width: 96%; height: 90%; border: round $primary; background: $surface; padding: 0 1;
    }
    """

    def __init__(self, sections: list[tuple[str, list[HelpRow]]]) -> None:
        super().__init__(help_table(sections), title="Newsloupe keys (escape closes; j/k, space/b, g/G scroll)",
                         body_id="help-table")


def binding_rows(app: KeyDisplay, bindings: Sequence[BindingType], keymap: dict[str, str]) -> list[HelpRow]:
    """(keys as shown, description (its tooltip, when the footer has a shorter word), id) for each binding,
    remapped keys applied."""
    rows = []
    for binding in bindings:
        if not isinstance(binding, Binding):
            continue
        keys = keymap.get(binding.id or "", binding.key)
        shown = ", ".join(app.get_key_display(b)
                          for b in Binding.make_bindings([(k.strip(), binding.action) for k in keys.split(",")]))
        rows.append((shown, binding.tooltip or binding.description or binding.action, binding.id or ""))
    return rows
