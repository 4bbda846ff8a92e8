"""A span repair for names of organisations the model took for people.

``people_named_as_organisations`` (a rule of ``repairs.RULES``): "Camp Margaritaville Resorts",
"Ben Franklin Technology Partners", "Saint Francis Hospital" were tagged PERSON because their first
words are a person's name. A name made only of capitalised words whose last word is an organisation's
designator ("Resorts", "Hotels", "Holdings", "Group", "Partners", "Airlines", "Inc" ...) names the
organisation: it becomes ORG, and so does a designator the model tagged PERSON on its own ("Resorts"
in "Margaritaville Hotels and Resorts", which the entity linker then took for the surname of "Camp
Margaritaville Resorts"). A name ending in a designator goes on over "and" or "&" and a second one:
"Margaritaville Hotels and Resorts", "Four Seasons Hotels & Resorts" are one organisation.

A company's legal form ("Inc", "LLC", "Ltd", "GmbH" ...) ends only a company's name: a name ending in one
that the model tagged a product, a work, a place or a building ("WhiTim Napa LLC" a PRODUCT) is ORG too.

Designators that are also common surnames ("Bank", "Banks", "Church", "Mills", "Post", "Hall") are left
out: "Tyra Banks" and "Charlotte Church" are people. A span with a small word inside ("Carl Lipo of
Binghamton University") is a person with an affiliation, left to the rules that read those.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Last words that make a name an organisation's, and are no one's surname.
DESIGNATORS = frozenset("""
    inc incorporated corp corporation ltd llc llp plc gmbh company companies group holdings holding partners
    associates ventures enterprises industries resorts resort hotels hotel casinos airlines airways
    technologies systems solutions networks communications pharmaceuticals laboratories labs studios
    entertainment restaurants brands foods motors investments securities insurance bancorp financial
    foundation institute university hospital association society council committee commission agency
    worldwide international
""".split())
#: Designators that are a company's legal form: they end no product's, work's or place's name.
LEGAL_FORMS = frozenset("inc incorporated corp corporation ltd llc llp plc gmbh".split())
#: Labels a company's name was taken for when its last word is its legal form.
_NOT_A_COMPANY = frozenset({"PRODUCT", "WORK_OF_ART", "FAC", "GPE", "LOC", "NORP", "EVENT", "LAW"})
#: A word of such a name: capitalised ("Margaritaville", "O'Neill", "Ben-Ami") or an ampersand.
_NAME_WORD = re.compile(r"^(?:[A-Z][\w'’.-]*|&)$")


#: "and Resorts", "& Resorts" after a name ending in a designator.
_SECOND_DESIGNATOR = re.compile(r"\s+(?:and|&)\s+([A-Z][a-z]+)\b")


def people_named_as_organisations(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Camp Margaritaville Resorts" (PERSON) -> ORG: a capitalised name ending in a designator; "Margaritaville
    Hotels" (ORG) + "and" + "Resorts" (PERSON) -> one ORG "Margaritaville Hotels and Resorts"."""
    text = doc_text(doc)
    out: list[RawMention] = []
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        words = text[m.start : m.end].split()
        designated = bool(words) and all(_NAME_WORD.match(w) for w in words) and _is_designator(words[-1])
        if m.label == "PERSON" and designated or m.label in _NOT_A_COMPANY and len(words) > 1 \
                and words[-1].rstrip(".").casefold() in LEGAL_FORMS and designated:
            m = RawMention(m.start, m.end, "ORG")
        if m.label == "ORG" and designated and (more := _SECOND_DESIGNATOR.match(text, m.end)) \
                and _is_designator(more.group(1)):
            m = RawMention(m.start, more.end(), "ORG")
        if out and out[-1].label == "ORG" and out[-1].start < m.start and m.end <= out[-1].end:
            continue  # the second designator, now inside the name it ends
        out.append(m)
    return out


def _is_designator(word: str) -> bool:
    return word.rstrip(".").casefold() in DESIGNATORS
