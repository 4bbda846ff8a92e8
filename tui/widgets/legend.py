"""The layer legend: each layer's key, colour, on/off state and mention count in this article.

Its state is bound down from the reader (``layers_on``, ``tags``, ``layer_styles``); the
article pane sets ``counts``. It picks the richest of four forms that fits one line:
full names (``1 People 12``), tags (``1 PER 12``), keys and counts (``1:12``), or keys alone (``1``),
so every layer's key and state stays in sight (at 80 columns two-digit counts cut layer 8 off).
"""

from __future__ import annotations

from collections.abc import Mapping

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from tui.render.layers import LAYERS

#: The forms, richest first.
FORMS = ("names", "tags", "keys", "bare")
#: In place of a count while the article has no analysis.
NO_COUNT = "\u2013"


def legend_text(on: frozenset[str], counts: Mapping[str, int], styles: Mapping[str, Style], *, tags: bool,
                form: str = "names") -> Text:
    """One line for every layer: in the layer's style when on, dim and struck through when off.
    A layer without a count (the article is not analysed) shows a dash, not a 0."""
    text = Text(no_wrap=True, overflow="ellipsis")
    off = Style(dim=True, strike=True)
    for layer in LAYERS:
        shown = layer.id in on
        style = styles.get(layer.id, Style()) if shown else off
        count = counts.get(layer.id, NO_COUNT)
        if form in ("keys", "bare"):
            text.append(f" {layer.key}", style=style + Style(bold=True) if shown else off)
            if form == "keys":
                text.append(f":{count}", style="dim")
            continue
        text.append(f" {layer.key}", style="bold")
        text.append(" ")
        if form == "tags":
            name = layer.tag
        else:
            name = f"\u27e8{layer.tag}\u27e9{layer.name}" if tags else layer.name
        text.append(name, style=style)
        text.append(f" {count}" + ("" if shown else " off"), style="dim")
        if form == "names":
            text.append(" ")  # names are words: a wider gap tells the layers apart (tags are capitals)
    return text


def fitting_legend(width: int, on: frozenset[str], counts: Mapping[str, int], styles: Mapping[str, Style],
                   *, tags: bool) -> Text:
    """The richest form that fits ``width`` cells (the keys alone when none does)."""
    for form in FORMS:
        text = legend_text(on, counts, styles, tags=tags, form=form)
        if text.cell_len <= width:
            return text
    return text


class Legend(Widget):
    """One line; collapses to keys and counts, then keys alone, when the pane is narrow."""

    DEFAULT_CSS = "Legend { height: 1; }"

    layers_on: reactive[frozenset[str]] = reactive(frozenset())
    tags: reactive[bool] = reactive(False)
    layer_styles: reactive[Mapping[str, Style]] = reactive(dict)
    counts: reactive[Mapping[str, int]] = reactive(dict)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._retip_pending = False

    def full_text(self) -> Text:
        """Every layer by name (the tooltip, when the line shows less)."""
        return legend_text(self.layers_on, self.counts, self.layer_styles, tags=self.tags)

    def _retip(self) -> None:
        # Once for a batch of changes, after the frame that shows them: the four bound values
        # arrive one by one (each would build the full line again), and at start before the first paint.
        if not self._retip_pending:
            self._retip_pending = True
            self.call_after_refresh(self._set_tip)

    def _set_tip(self) -> None:
        self._retip_pending = False
        self.tooltip = self.full_text()

    watch_layers_on = watch_tags = watch_layer_styles = watch_counts = _retip

    def render(self) -> Text:
        return fitting_legend(self.content_size.width, self.layers_on, self.counts, self.layer_styles, tags=self.tags)

    def render_line(self, y: int) -> Strip:
        # Rich's segments of the line, in the widget's style: no conversion of the Text to Textual's
        # Content for a line whose every span is rebuilt on each change.
        width, style = self.content_size.width, self.rich_style
        if y or width <= 0:
            return Strip.blank(width, style)
        text = self.render()
        text.truncate(width, overflow="ellipsis")
        segments = Segment.apply_style(text.render(self.app.console), style)
        # What is left of the line takes the background alone, as Textual pads a widget's content.
        pad = Segment(" " * (width - text.cell_len), Style(bgcolor=style.bgcolor))
        return Strip([*segments, pad] if pad.text else segments, width)
