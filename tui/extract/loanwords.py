"""A span repair for English words written with their French accents: "Café" is no one's name.

``drop_accented_loanwords`` (a rule of ``repairs.RULES``). The model knows "Cafe" and "café" as words, but
"Café" opening a sentence ("Café in München, cut here.") it has not seen: its letters look like a name's,
and it tags a PERSON. An English loanword keeps its French accents ("café", "résumé", "fiancé", "décor",
"protégé", "crêpe", "façade"); folded, it is a word of the pipeline's dictionary (``word_classes``).

A one-word person's name with a French accent whose folded form the dictionary knows is dropped, unless the article writes it inside a longer name or after a title ("Émile
Durkheim", "Mr Noël"): the dictionary also lists some people ("Emile", "Noel"), whom an article introduces
in full. Places and nationalities are never touched: the dictionary lists "quebec" and "mexico".
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text
from .word_classes import is_dictionary_word

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: The label a loanword was taken for. Only people: brands keep their accents and fold to words too
#: ("Hermès", "Nestlé": "hermes", "nestle"), and places are names ("Québec", "Perú").
_LABELS = frozenset({"PERSON"})
#: The accents English keeps on French loanwords.
_FRENCH_ACCENTS = frozenset("éèêëàâçîïôûùÉÈÊËÀÂÇÎÏÔÛÙ")
#: A title before a person's name ("Mr Noël", "Mme Café").
_TITLE_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mme|Mlle|Dr|Prof|Sir|Dame|Lady|Lord|M)\.?\s+$")


def drop_accented_loanwords(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Café" (PERSON) in "Café in München": a one-word name with a French accent that folds to a dictionary
    word is dropped unless the article writes it inside a longer name or after a title."""
    text = doc_text(doc)
    candidates = [m for m in mentions if m.label in _LABELS and _accented_word(text[m.start : m.end])]
    if not candidates:
        return mentions
    longer = " ".join(text[m.start : m.end] for m in mentions if len(text[m.start : m.end].split()) > 1)
    gone = set()
    for m in candidates:
        word = text[m.start : m.end]
        if re.search(rf"\b{re.escape(word)}\b", longer) or _TITLE_BEFORE.search(text, max(0, m.start - 8), m.start):
            continue
        if is_dictionary_word(doc, _folded(word).lower()):
            gone.add(m)
    return [m for m in mentions if m not in gone] if gone else mentions


def _accented_word(word: str) -> bool:
    word = unicodedata.normalize("NFC", word)  # "Cafe\u0301", its accent written apart, is "Café"
    return word.isalpha() and any(c in _FRENCH_ACCENTS for c in word)


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
