"""Where the reader's panes stand at the terminal's width, and the article list behind ``l``.

A base of the reader screen. Textual sets a class for the width on every resize (the screen's
``HORIZONTAL_BREAKPOINTS``); the layout for each is in reader.tcss. Three panes side by side leave
each too narrow below 140 columns: at 80 a list of 18 columns, an article of 36 and facts cut at 16
("Benjamin Netany…", "Today → 2020-1…"). So:

- ``-wide`` (140 on): list, article and facts side by side;
- ``-medium`` (100 to 139): the list's column, the facts under the article as wide as it;
- ``-narrow`` (below 100): the article and the facts stacked, each the whole width; the list waits
  behind ``l``, opened over the facts (a drawer: choosing an article or ``escape`` closes it).

From 100 columns ``l`` puts the list away and the facts take its room beside the article.
"""

from __future__ import annotations

from textual.events import Resize

from tui.screens.layer_prefs import LayerPrefs
from tui.widgets.article_list import ArticleList

#: Below this many columns the article and the facts stack and the list waits behind ``l``.
NARROW_BELOW = 100
#: Below this many the facts beside the article were cut at 22 to 27 columns (a role, a date's value):
#: they go under the article, beside the list.
MEDIUM_BELOW = 140
BREAKPOINTS = [(0, "-narrow"), (NARROW_BELOW, "-medium"), (MEDIUM_BELOW, "-wide")]


class PanePlaces(LayerPrefs):
    """The width's class, the list's place (``l``), and the focus when the list is hidden."""

    HORIZONTAL_BREAKPOINTS = BREAKPOINTS

    def set_width_classes(self) -> None:
        """The class for the app's width, set before the panes mount: they are styled for it once, and
        the first resize (which sets the same class) restyles nothing."""
        width = self.app.size.width
        self.set_class(width < NARROW_BELOW, "-narrow")
        self.set_class(NARROW_BELOW <= width < MEDIUM_BELOW, "-medium")
        self.set_class(width >= MEDIUM_BELOW, "-wide")

    def on_resize(self, event: Resize) -> None:
        # The breakpoint's class is set after this handler (by Screen's own), and Textual hands a hidden
        # list's focus to the next pane (the facts): the article takes it then, as it does for ``l``.
        self.call_after_refresh(self.settle_focus, from_list=isinstance(self.focused, ArticleList))

    def action_toggle_list(self) -> None:
        """``l``: show or hide the article list (a narrow screen's list is opened over the facts)."""
        self.toggle_class("-list-open" if self.has_class("-narrow") else "-list-hidden")
        # Focused at once (``focus()`` waits a turn: a second ``l`` meanwhile left the hidden list focused).
        if self.list_shown:
            self.set_focus(self.query_one(ArticleList))
        self.settle_focus()

    def action_clear_marks(self) -> None:
        # The list opened over the facts closes first, as a drawer does; the next escape clears the marks.
        if self.has_class("-narrow", "-list-open"):
            self.action_toggle_list()
            return
        super().action_clear_marks()

    def close_list_drawer(self) -> None:
        """An article was chosen: a list opened over the facts closes, and the facts come back."""
        self.remove_class("-list-open")

    def settle_focus(self, *, from_list: bool = False) -> None:
        """The list has the focus when it is shown and nothing else has it; a hidden list hands it to the
        article (``from_list``: the list had it before the screen's width changed)."""
        if not self.is_mounted or self.has_class("-too-small"):
            return
        article_list = self.query_one(ArticleList)
        if not self.list_shown and (from_list or self.focused is None or self.focused is article_list):
            self.set_focus(self.view)
        elif self.list_shown and self.focused is None:
            self.set_focus(article_list)
