"""Fitting a long line of words into the status line's few rows, with a hint when it is cut. No Textual."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.text import Text

_WRAP_CONSOLE = Console(width=400, color_system=None, force_terminal=False)


def fit_rows(text: str, *, width: int, rows: int, hint: str) -> str:
    """``text`` whole when it wraps into ``rows`` rows of ``width`` cells; else its first rows, the
    last one cut with an ellipsis before ``hint`` (which says where the rest is read)."""
    width, rows = max(8, width), max(1, rows)
    lines = [line.plain.rstrip() for line in Text(text).wrap(_WRAP_CONSOLE, width, overflow="fold")]
    if len(lines) <= rows:
        return text
    tail = f"\u2026 {hint}"
    kept, last = lines[: rows - 1], lines[rows - 1]
    room = width - cell_len(tail) - 1
    if room < 1:  # too narrow for the hint beside words: it takes the last row alone
        return " ".join([*kept, tail])
    if cell_len(last) > room:
        while last and cell_len(last) > room:
            last = last[:-1]
        # Cut between words where the row has a space, not inside one.
        last = last.rpartition(" ")[0] or last
    return " ".join([*kept, f"{last.rstrip()} {tail}" if last.strip() else tail])
