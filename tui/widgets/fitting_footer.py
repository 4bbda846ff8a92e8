"""A footer that shows only the keys it has room for: Quit and Help first, then the others in order.

Textual's footer lays its keys out in one row and cuts the row at the screen's edge, so below 80
columns it showed "e En" and hid Quit and Help behind the keys before them. Keys that do not fit
whole are hidden instead (the help lists every key), and Quit and Help keep their places.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

#: Actions whose keys stay shown at any width: how to leave, how to find every other key, and the
#: article list (hidden behind its key on a narrow screen).
KEPT_ACTIONS = ("quit", "help", "toggle_list")


def key_cells(key: FooterKey) -> int:
    """The cells a key takes as drawn (compact or not): its key, its description, their padding and margins."""
    margin = key.styles.margin
    return cell_len(key.render().plain) + margin.left + margin.right


def keys_that_fit(widths: list[tuple[str, int]], room: int) -> set[int]:
    """Indexes of the keys shown in ``room`` cells: the kept actions', then the others in order while
    they fit whole."""
    shown = {i for i, (action, _) in enumerate(widths) if action in KEPT_ACTIONS}
    used = sum(widths[i][1] for i in shown)
    for i, (_, cells) in enumerate(widths):
        if i not in shown and used + cells <= room:
            shown.add(i)
            used += cells
        elif i not in shown:
            room = used  # later keys never jump the queue over a longer one left out
    return shown


class FittingFooter(Footer):
    """The footer of main keys, without the keys that do not fit its width."""

    async def recompose(self) -> None:
        await super().recompose()
        self.fit_keys()

    def on_resize(self, event: events.Resize) -> None:
        self.fit_keys()

    def fit_keys(self) -> None:
        keys = list(self.query(FooterKey))
        room = self.size.width
        if not keys or room <= 0:
            return
        shown = keys_that_fit([(key.action, key_cells(key)) for key in keys], room)
        for i, key in enumerate(keys):
            key.display = i in shown
