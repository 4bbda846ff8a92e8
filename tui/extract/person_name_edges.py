"""Words the model takes into a name that are not the name's: a thing its owner has, a caption's label.

"Sally Capp's Mayorship" (PERSON) names Sally Capp: what follows a possessive is owned, not named,
and the library would otherwise list the mayor as "Sally Capp's Mayorship". In a photo caption,
"Tom Tancredo Image: US Congress." names Tom Tancredo: "Image" labels the credit after the colon.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

_POSSESSIVES = frozenset({"'s", "’s"})
#: Words that label a caption's credit ("Image: Nicholas Moreau").
CAPTION_LABELS = frozenset({"image", "photo", "photograph", "picture", "credit", "video"})


def trim_possessed_things(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Sally Capp's Mayorship" (PERSON) -> "Sally Capp": a person's name ends before a possessive."""
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "PERSON" else None
        if span is not None:
            cut = next((k for k in range(1, len(span) - 1) if span[k].text in _POSSESSIVES), None)
            if cut is not None:
                m = RawMention(m.start, span[cut - 1].idx + len(span[cut - 1].text), m.label)
        out.append(m)
    return out


def trim_caption_labels(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Tom Tancredo Image" before ":" -> "Tom Tancredo": the caption's label is no word of the name.

    The model's label for the captioned words was read with the label in them ("Keisha Lance Bottoms
    Image" is its ORG): where the document names the same words elsewhere, their label there wins.
    """
    text = doc_text(doc)
    elsewhere: dict[str, Counter[str]] = {}
    for m in mentions:
        elsewhere.setdefault(text[m.start : m.end], Counter())[m.label] += 1
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if text.startswith(":", m.end) else None
        if span is not None and len(span) > 1 and span[-1].lower_ in CAPTION_LABELS and span[-1].text[:1].isupper():
            end = span[-2].idx + len(span[-2].text)
            labels = elsewhere.get(text[m.start : end])
            m = RawMention(m.start, end, labels.most_common(1)[0][0] if labels else m.label)
        out.append(m)
    return out
