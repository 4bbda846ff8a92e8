"""A span repair for the names of storms, which the model takes for people, groups and places.

``storms_named`` (a rule of ``repairs.RULES``). Weather stories name a storm in full once or twice and then by
its given name: Wikinews' reports tagged "Storm Barry" a person, "Tropical Storm Chantal" an organisation and
"Dorian" (after "Hurricane Dorian") a nationality four times, so the key entities of a hurricane's story were
a person and a people. A named storm is an EVENT (as OntoNotes tags "Hurricane Katrina"): every mention of a
storm written with its kind ("Hurricane Dorian", "Typhoon Phanfone", "Tropical Storm Chantal", "Storm
Ciarán"), or with the last word of it ("Storm Barry" of "Tropical Storm Barry"), and of its given name
alone where the article writes it so, becomes EVENT.

The given name is one word right after the kind, with no capitalised word after it: "the Storm Prediction
Center" and "Hurricane Humberto Intermediate Advisory" name no storm "Prediction" or "Humberto Intermediate".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A storm's kind, then its given name (not followed by another capitalised word).
_STORM = re.compile(
    r"\b(?P<kind>(?:Super )?Typhoon|Hurricane|(?:Severe )?(?:Tropical )?Cyclone|Post-Tropical Cyclone|"
    r"(?:Sub)?[Tt]ropical (?:Storm|Depression)|Storm) (?P<name>[A-Z][a-zà-ÿ'’-]+)\b(?! [A-Z0-9])"
)
#: Labels a storm's name is mistaken for; numbers, dates and amounts stay as they are.
_MISREAD = frozenset({"PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})


def storm_names(text: str) -> set[str]:
    """The storms an article names with their kind: both "Hurricane Dorian" and "Dorian"."""
    found = set()
    for match in _STORM.finditer(text):
        words = match.group(0).split()
        found |= {" ".join(words[k:]) for k in range(len(words))}  # "Tropical Storm Barry", "Storm Barry", "Barry"
    return found


def storms_named(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Dorian" (NORP) in an article that writes "Hurricane Dorian" -> EVENT, as "Hurricane Dorian" itself."""
    text = doc_text(doc)
    if not _STORM.search(text):
        return mentions
    names = storm_names(text)
    return [RawMention(m.start, m.end, "EVENT") if m.label in _MISREAD and text[m.start : m.end] in names else m
            for m in mentions]
