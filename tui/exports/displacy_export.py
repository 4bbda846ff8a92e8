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
    """One analysis in displaCy's manual entity format.

    displaCy escapes the text it shows but inserts ``title`` and each ``label``
    into its HTML verbatim (they are markup to it), so those two are
    HTML-escaped here: the JSON stays safe for the renderer it is meant for.
    The text is the analysed text unchanged, so the offsets hold.
    """
    return {
        "text": analysis.text,
        "ents": [
            {"start": m.start, "end": m.end, "label": _markup_safe(m.label)}
            for m in _non_overlapping(analysis.mentions)
            if 0 <= m.start and m.end <= len(analysis.text)
        ],
        "title": _markup_safe(analysis.title) if analysis.title else None,
    }


def _markup_safe(value: str) -> str:
    return html.escape(sanitize(value))


def _for_html(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy for the HTML page, with control characters in the text made visible (one for one)."""
    return dict(doc, text=sanitize(doc["text"]), ents=[dict(e) for e in doc["ents"]])


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
