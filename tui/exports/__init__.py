"""Exports of analyses to other tools' formats: JSON Lines, displaCy (JSON and HTML), brat standoff, Markdown.

``export_analysis(analysis, fmt)`` is the one entry point for a single article
(the reader's export command and the CLI both use it). No Textual here, and
spaCy is imported only to render HTML.
"""

from __future__ import annotations

import re
import unicodedata

from tui.extract.serialize import to_json
from tui.extract.types import Analysis

from .brat import to_brat
from .displacy_export import render_html, to_displacy
from .jsonl import to_jsonl_line
from .markdown import to_markdown

#: Format name -> file extension of its single-article output (brat writes several files).
FORMATS: dict[str, str] = {
    "jsonl": ".jsonl",
    "displacy": ".json",
    "html": ".html",
    "brat": ".ann",
    "markdown": ".md",
}
#: Formats whose output is a set of files (name -> content) rather than one text.
MULTI_FILE_FORMATS = frozenset({"brat"})


class UnknownFormat(ValueError):
    """An export format that does not exist."""


def article_name(analysis: Analysis, *, fallback: str = "article") -> str:
    """A file-name stem for an article: a slug of its source file name, else its title, else its source."""
    source = analysis.source or ""
    from_file = re.search(r"\.(txt|md|text)$", source, flags=re.IGNORECASE) is not None
    raw = source if from_file else (analysis.title or source)
    raw = re.split(r"[\\/]", raw)[-1]
    raw = re.sub(r"\.(txt|md|text|html?)$", "", raw, flags=re.IGNORECASE)
    ascii_only = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_only).strip("-").lower()[:80].strip("-")
    return slug or fallback


def export_analysis(analysis: Analysis, fmt: str, *, name: str | None = None) -> str | dict[str, str]:
    """One analysis in format ``fmt``: the text, or file name -> content for brat.

    ``name`` is the file-name stem of brat's ``.txt``/``.ann`` pair (default: ``article_name``).
    """
    if fmt == "jsonl":
        return to_jsonl_line(analysis)
    if fmt == "displacy":
        return to_json(to_displacy(analysis), indent=2) + "\n"
    if fmt == "html":
        return render_html([analysis])
    if fmt == "brat":
        return to_brat(analysis, name=name or article_name(analysis))
    if fmt == "markdown":
        return to_markdown(analysis)
    raise UnknownFormat(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")


__all__ = ["FORMATS", "MULTI_FILE_FORMATS", "UnknownFormat", "article_name", "export_analysis"]
