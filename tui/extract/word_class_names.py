"""Span repairs for what the tagger and the dictionary both read as an ordinary word, not a name.

Two small rules of ``repairs.RULES``:

- ``drop_lowercase_describing_words``: "showy" (GPE) in "chosen for its showy, bright-pink blossoms": one
  word in small letters that the tagger reads as an adjective or adverb, and the dictionary
  (``word_classes``) knows as one, names nothing. A name in small letters the dictionary knows only as a
  noun ("bitcoin", "apple") is left as the model read it.
- ``trim_leading_gerunds``: "Taking Archie" (ORG) in "Taking Archie outside is his favorite activity": a
  name opening a sentence with a verb's "-ing" form that the dictionary knows as a verb starts after it
  ("Archie"), when the parse makes the rest the verb's object: "Reading Football Club won" (a town's
  club, the subject of "won") keeps its name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import RawMention
from .word_classes import classes_of
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

_NAME_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
                          "LANGUAGE"})
_DESCRIBING = {"ADJ": "adj", "ADV": "adv"}


def drop_lowercase_describing_words(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"showy" (GPE): one lower-case word the tagger and the dictionary read as an adjective or adverb."""
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label in _NAME_LABELS else None
        if span is not None and len(span) == 1 and span[0].is_alpha and span[0].is_lower:
            kind = _DESCRIBING.get(span[0].pos_)
            if kind is not None and kind in classes_of(doc, span[0].lower_):
                continue
        out.append(m)
    return out


def trim_leading_gerunds(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Taking Archie" (ORG) -> "Archie": a sentence-opening "-ing" verb is no part of the name after it."""
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label in _NAME_LABELS else None
        if span is not None and len(span) > 1 and span[0].is_sent_start and span[0].tag_ == "VBG" \
                and span[0].pos_ == "VERB" and span[1:].root.head.i == span[0].i and span[1:].root.dep_ == "dobj" \
                and "verb" in classes_of(doc, span[0].lemma_.lower()):
            out.append(RawMention(span[1].idx, m.end, m.label))
            continue
        out.append(m)
    return out
