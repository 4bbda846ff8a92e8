"""displaCy exports: the "manual" entity format as JSON, and a standalone HTML page rendered by displaCy.

The manual format is ``{"text", "ents": [{"start", "end", "label"}], "title"}``
(https://spacy.io/usage/visualizers#manual-usage); offsets are the analysis'
character offsets, so the JSON is a faithful copy of the entity layer.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Sequence
from typing import Any

from tui.extract.types import Analysis, Mention
from tui.render.sanitize import sanitize

from .palette import LABEL_COLOURS


def _non_overlapping(mentions: Iterable[Mention]) -> list[Mention]:
    """Mentions by position, dropping any that overlaps an earlier (or longer, same-start) one.

    displaCy walks the text left to right and would repeat or garble text under overlapping spans.
    """
    kept: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (m.start, -(m.end - m.start))):
        if m.end <= m.start:
            continue
        if kept and m.start < kept[-1].end:
            continue
        kept.append(m)
    return kept


def to_displacy(analysis: Analysis) -> dict[str, Any]:
    """One analysis in displaCy's manual entity format (raw text, for any displaCy consumer)."""
    return {
        "text": analysis.text,
        "ents": [
            {"start": m.start, "end": m.end, "label": m.label}
            for m in _non_overlapping(analysis.mentions)
            if 0 <= m.start and m.end <= len(analysis.text)
        ],
        "title": analysis.title,
    }


def _for_html(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy safe to hand to displaCy's HTML renderer.

    displaCy escapes the text and entity text but inserts the title and label
    verbatim, so those are escaped here; control characters are made visible
    (one character for one, so the offsets still hold).
    """
    title = doc.get("title")
    return {
        "text": sanitize(doc["text"]),
        "ents": [dict(e, label=html.escape(sanitize(str(e["label"])))) for e in doc["ents"]],
        "title": html.escape(sanitize(title)) if title else None,
    }


def render_html(analyses: Sequence[Analysis]) -> str:
    """A full HTML page with every analysis' entities, coloured by layer (imports spaCy's displaCy)."""
    from spacy import displacy

    docs = [_for_html(to_displacy(a)) for a in analyses]
    page = displacy.render(
        docs, style="ent", manual=True, page=True, jupyter=False,
        options={"colors": dict(LABEL_COLOURS)},
    )
    titles = [d["title"] for d in docs if d["title"]]
    if len(titles) == 1:
        # The page template always says "displaCy": name the article instead.
        page = page.replace("<title>displaCy</title>", f"<title>{titles[0]}</title>", 1)
    return page + "\n"
