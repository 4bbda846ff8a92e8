"""Exports of several articles at once: one combined text, or one file per article."""

from __future__ import annotations

from collections.abc import Sequence

from tui.extract.serialize import to_json
from tui.extract.types import Analysis

from . import FORMATS, article_name, export_analysis
from .brat import annotation_conf, to_ann, visual_conf
from .displacy_export import render_html, to_displacy
from .jsonl import to_jsonl
from .markdown import to_markdown_many


def combined_text(analyses: Sequence[Analysis], fmt: str) -> str:
    """All analyses in one text: JSON lines, a displaCy list, one HTML page, or dossiers in a row.

    One displaCy article is a single object (what ``displacy.render(manual=True)`` takes); brat
    needs a directory and has no combined form.
    """
    if fmt == "jsonl":
        return to_jsonl(analyses)
    if fmt == "displacy":
        docs = [to_displacy(a) for a in analyses]
        return to_json(docs[0] if len(docs) == 1 else docs, indent=2) + "\n"
    if fmt == "html":
        return render_html(analyses)
    if fmt == "markdown":
        return to_markdown_many(analyses)
    raise ValueError(f"format {fmt!r} has no single-file form")


def unique_names(
    analyses: Sequence[Analysis], *, stems: Sequence[str] | None = None, prefixes: Sequence[str] | None = None
) -> list[str]:
    """A distinct file-name stem per analysis (``-2``, ``-3``... after a repeated one).

    ``stems`` (such as the input files' names) replace the names drawn from the analyses.
    """
    seen: dict[str, int] = {}
    names: list[str] = []
    for i, analysis in enumerate(analyses):
        stem = stems[i] if stems is not None else article_name(analysis, fallback=f"article-{i + 1}")
        if prefixes is not None:
            stem = f"{prefixes[i]}-{stem}"
        count = seen.get(stem, 0) + 1
        seen[stem] = count
        names.append(stem if count == 1 else f"{stem}-{count}")
    return names


def per_article_files(analyses: Sequence[Analysis], fmt: str, *, names: Sequence[str]) -> dict[str, str]:
    """File name -> content, one file per article (for brat a .txt/.ann pair, plus the two confs)."""
    files: dict[str, str] = {}
    for analysis, name in zip(analyses, names, strict=True):
        if fmt == "brat":
            files[f"{name}.txt"] = analysis.text
            files[f"{name}.ann"] = to_ann(analysis)
        else:
            content = export_analysis(analysis, fmt, name=name)
            if not isinstance(content, str):  # only brat is multi-file, handled above
                raise TypeError(f"format {fmt!r} gave several files")
            files[f"{name}{FORMATS[fmt]}"] = content
    if fmt == "brat":
        files["annotation.conf"] = annotation_conf(analyses)
        files["visual.conf"] = visual_conf()
    return files
