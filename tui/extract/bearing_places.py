"""A span repair for places the model takes for people: a name the article places by a bearing.

``places_by_bearing`` (a rule of ``repairs.RULES``). The small model tags island and small-country names it
has rarely seen as people: a Wikinews report on Hurricane Humberto tagged "Bermuda" a PERSON at all eight
mentions, though it wrote "75 miles (120 kilometers) north of Bermuda". Nothing is a distance and a compass
point away from a person: a name the article writes after "north of", "southwest of" (with or without a
distance before it) is a place, and every mention of it the model read as a person or an organisation becomes
GPE, as OntoNotes tags such a territory.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

_POINTS = r"(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)"
#: "75 miles (120 kilometers) north of Bermuda", "west of Bermuda", "northeast of the Bahamas": the name after.
_BEARING = re.compile(
    r"\b" + _POINTS + r"(?:ward)?\s+of\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})"
)
#: Labels a place's name is mistaken for here.
_MISREAD = frozenset({"PERSON", "ORG", "NORP"})


def bearing_names(text: str) -> set[str]:
    """The names an article writes a compass point away from: "Bermuda" in "north of Bermuda". The words
    after it may run on ("north of Bermuda Wednesday night"): each start of them is a candidate, and only one
    the model tagged as a name is changed."""
    found = set()
    for match in _BEARING.finditer(text):
        words = match.group("name").split()
        found |= {" ".join(words[:k]) for k in range(1, len(words) + 1)}
    return found


def places_by_bearing(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Bermuda" (PERSON) in an article that writes "north of Bermuda" -> GPE at every mention."""
    text = doc_text(doc)
    names = bearing_names(text)
    if not names:
        return mentions
    return [RawMention(m.start, m.end, "GPE") if m.label in _MISREAD and text[m.start : m.end] in names else m
            for m in mentions]
