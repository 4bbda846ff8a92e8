"""The layer legend: each layer's key, colour swatch, on/off state and mention count in this article."""

from __future__ import annotations

from collections.abc import Mapping

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

from tui.render.layers import LAYERS


def legend_text(on: frozenset[str], counts: Mapping[str, int], styles: Mapping[str, Style], *, tags: bool) -> Text:
    """``1 People 12`` for each layer: the name in the layer's style when on, struck through when off."""
    text = Text(no_wrap=False)
    for layer in LAYERS:
        shown = layer.id in on
        text.append(f" {layer.key}", style="bold")
        text.append(" ")
        name = f"\u27e8{layer.tag}\u27e9{layer.name}" if tags else layer.name
        text.append(name, style=styles.get(layer.id, Style()) if shown else Style(dim=True, strike=True))
        text.append(f" {counts.get(layer.id, 0)}" + ("" if shown else " off"), style="dim")
        text.append(" ")
    return text


class Legend(Static):
    """Shows the legend; the reader screen sets it whenever layers, look or article change."""

    def show(self, on: frozenset[str], counts: Mapping[str, int], styles: Mapping[str, Style], *, tags: bool) -> None:
        self.update(legend_text(on, counts, styles, tags=tags))
