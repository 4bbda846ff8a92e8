"""The keys that scroll a long text: vi and pager keys besides the arrows, the same in every scrolling view."""

from __future__ import annotations

from textual.binding import Binding, BindingType


def scroll_bindings(prefix: str) -> list[BindingType]:
    """j/k, space/b, g/G and their arrow and paging twins; binding ids under ``prefix`` ("help" -> "help.down")."""
    return [
        Binding("j,down", "scroll_down", "Down", show=False, id=f"{prefix}.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id=f"{prefix}.up"),
        Binding("space,pagedown", "page_down", "Page down", show=False, id=f"{prefix}.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id=f"{prefix}.page_up"),
        Binding("g,home", "scroll_home", "Top", show=False, id=f"{prefix}.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id=f"{prefix}.bottom"),
    ]
