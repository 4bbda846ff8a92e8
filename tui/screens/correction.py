"""A small confirmation for identity corrections in the entities screen (merge, split, rename).

Dismissed with the confirmed value: "" for a yes/no question, the typed name for a rename,
None when cancelled. Nothing is changed in the library until the user confirms.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class ConfirmCorrection(ModalScreen[str | None]):
    """Ask once: y (or Enter) confirms, n or Escape cancels; with ``ask_name``, type the new name first."""

    BINDINGS = [
        Binding("escape", "dismiss(None)", "Cancel", id="correction.cancel"),
        Binding("n", "cancel_key", "No", show=False, id="correction.no"),
        Binding("y", "confirm_key", "Yes", show=False, id="correction.yes"),
        Binding("enter", "confirm", "Confirm", show=False, id="correction.enter"),
    ]

    DEFAULT_CSS = """
    ConfirmCorrection { align: center middle; }
    ConfirmCorrection > Vertical { width: 70; height: auto; border: round $warning; background: $surface; padding: 0 1; }
    ConfirmCorrection #correction-question { height: auto; }
    """

    def __init__(self, question: Text, *, ask_name: str | None = None) -> None:
        super().__init__()
        self.question = question
        self.ask_name = ask_name

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, id="correction-question")
            if self.ask_name is not None:
                yield Input(value=self.ask_name, id="correction-name")
            hint = "Enter to confirm, Escape to cancel" if self.ask_name is not None else "y/Enter: yes   n/Escape: no"
            yield Static(Text(hint, style="dim"))

    def on_mount(self) -> None:
        if self.ask_name is not None:
            self.query_one("#correction-name", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_confirm()

    def action_confirm(self) -> None:
        if self.ask_name is None:
            self.dismiss("")
            return
        name = self.query_one("#correction-name", Input).value.strip()
        if name:
            self.dismiss(name)

    def action_confirm_key(self) -> None:
        if self.ask_name is None:  # typing a "y" into a name is not a yes
            self.dismiss("")

    def action_cancel_key(self) -> None:
        if self.ask_name is None:
            self.dismiss(None)
