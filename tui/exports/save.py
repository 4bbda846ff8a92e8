"""Writing exports to disk: one article's export into a folder (the reader's export command uses it)."""

from __future__ import annotations

from pathlib import Path

from tui.extract.types import Analysis

from . import FORMATS, article_name, export_analysis


def write_file(path: Path, content: str) -> None:
    """Write UTF-8 text exactly as given, creating missing folders; OSError on failure.

    ``newline=""``: no newline translation, so brat offsets (which count every
    character of the text, ``\\r`` included) still match the written .txt.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(content)


def save_export(analysis: Analysis, fmt: str, folder: str | Path, *, name: str | None = None) -> tuple[Path, ...]:
    """Export one analysis into ``folder`` as ``<name><ext>`` (brat: its .txt/.ann and confs); the paths written."""
    stem = name or article_name(analysis)
    content = export_analysis(analysis, fmt, name=stem)
    files = content if isinstance(content, dict) else {f"{stem}{FORMATS[fmt]}": content}
    written = []
    for filename, text in files.items():
        path = Path(folder) / filename
        write_file(path, text)
        written.append(path)
    return tuple(written)
