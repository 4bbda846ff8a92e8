"""Writing exports to disk: one article's export into a folder (the reader's export command uses it)."""

from __future__ import annotations

from pathlib import Path

from tui.extract.types import Analysis

from . import FORMATS, article_name, export_analysis


def write_file(path: Path, content: str, *, library: str | Path | None = None,
               inputs: tuple[str, ...] = ()) -> None:
    """Write UTF-8 text exactly as given, creating missing folders; OSError on failure.

    No newline translation, so brat offsets (which count every character of the text,
    ``\\r`` included) still match the written .txt. The library and the inputs are never
    written over (OutputRefused, a ValueError), and a failure leaves no half file.
    """
    from tui.library.outputs import write_output

    write_output(path, content, library=library, inputs=inputs)


def save_export(analysis: Analysis, fmt: str, folder: str | Path, *, name: str | None = None,
                library: str | Path | None = None, inputs: tuple[str, ...] = ()) -> tuple[Path, ...]:
    """Export one analysis into ``folder`` as ``<name><ext>`` (brat: its .txt/.ann and confs); the paths written."""
    stem = name or article_name(analysis)
    content = export_analysis(analysis, fmt, name=stem)
    files = content if isinstance(content, dict) else {f"{stem}{FORMATS[fmt]}": content}
    written = []
    for filename, text in files.items():
        path = Path(folder) / filename
        write_file(path, text, library=library, inputs=inputs)
        written.append(path)
    return tuple(written)
