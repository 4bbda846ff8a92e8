"""The reader's exports: one article's analysis into the export folder, by the checked writer."""

from __future__ import annotations

from pathlib import Path

from tui.extract.types import Analysis
from tui.locations import export_folder

from .save import save_export


def export_article(analysis: Analysis, fmt: str, *, library: Path | None = None,
                   inputs: tuple[str, ...] = ()) -> tuple[Path, ...]:
    """Write ``analysis`` in ``fmt`` into the export folder (made when missing); the full paths written.

    OSError or ValueError (a refused target) with the reason; nothing half written."""
    folder = export_folder()
    folder.mkdir(parents=True, exist_ok=True)
    return save_export(analysis, fmt, folder, library=library, inputs=inputs)


def screenshot_path(stamp: str) -> Path:
    """Where an SVG screenshot taken at ``stamp`` goes (``:`` is not allowed in every file system)."""
    return export_folder() / f"newsloupe {stamp.replace(':', '_')}.svg"
