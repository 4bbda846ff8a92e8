"""A span repair for a person's name the model took for an organisation or a place, where the article's own
words say it is a person's.

``people_named_as_people`` (a rule of ``repairs.RULES``). CNN's page on the royal interview names the couple's
son eight times ("her son Archie", "after Archie was born", "baby Archie's skin") and the model tags "Archie"
an organisation at every one; a Wikinews interview writes "archæologist Dr. Naomi Martisius", "Dr Martisius
told Wikinews" and then "((Naomi Martisius))" before each answer, all tagged ORG. The entity's majority vote
then shows a child and a scientist as organisations. Two kinds of words tell a person:

* an owned kinship noun right before the name: "her son Archie", "their unborn baby Archie", "the couple's
  daughter Lilibet", "his late wife, Mary". The noun must be owned ("her", "his", "their", "the Queen's"):
  "the mother ship Enterprise", "sister company Instagram" and "Brother Industries" name no one's relative;
* a courtesy title right before the name: "Dr. Naomi Martisius", "Mrs Smith", "Professor Carl Lipo". A name
  that itself starts with one ("Dr Pepper", "Mr. Cooper") is a brand's as often as a person's, and tells
  nothing on its own.

A name followed by a noun in small letters ("her father, Future Publishing founder Chris Anderson") names
the noun's owner and tells nothing. Every other mention of such a name, and its surname written with a
courtesy title ("Dr Martisius"), becomes PERSON; a bare surname may be another's ("Sir Edward Leigh" in a
table of members leaves the constituency "Leigh" a place). Numbers, dates and amounts never change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Nouns for a relative, singular: the name after them is the relative's.
KIN_NOUNS = frozenset("""
    son daughter wife husband mother father brother sister baby child grandson granddaughter grandmother
    grandfather grandchild niece nephew cousin uncle aunt fiancé fiancée fiance fiancee widow widower
    stepson stepdaughter stepfather stepmother mom dad mum boyfriend girlfriend twin
""".split())
#: Labels a person's name is mistaken for, which the article's words correct.
_MISREAD = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})
#: A possessive ("her", "the couple's"), at most one word in small letters ("late", "unborn", "eldest"), a
#: kinship noun and an optional comma, right before the name.
_OWNED_KIN = re.compile(r"(?:\b(?:his|her|their|my|our|your)|\w['’]s?)\s+(?:[a-z-]+\s+)?(?P<kin>[a-zé]+),?\s+$")
#: Courtesy titles of people ("Miss" is left out: "Miss America", "Miss Universe" are pageants).
_COURTESY = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof|Professor|Sir|Dame|Rev)\.?"
_TITLED = re.compile(rf"\b{_COURTESY}\s+$")
_TITLE_OPENING = re.compile(rf"^{_COURTESY}\s+")
#: How far before a name the words that tell a person are looked for.
_REACH = 60


def kin_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an owned kinship noun ("her son Archie")."""
    found = _OWNED_KIN.search(text[max(0, start - _REACH) : start])
    return found is not None and found.group("kin") in KIN_NOUNS


def titled(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a courtesy title ("Dr. Naomi Martisius")."""
    return _TITLED.search(text[max(0, start - _REACH) : start]) is not None


def _modifies_a_noun(doc: "Doc", mention: RawMention) -> bool:
    """"her father, Future Publishing founder Chris Anderson": a name before a noun in small letters names
    the noun's owner, not the relative."""
    span = span_at(doc, mention.start, mention.end)
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and after.is_lower and after.pos_ in {"NOUN", "PROPN"}


def _words(name: str) -> tuple[str, ...]:
    return tuple(_TITLE_OPENING.sub("", name).split())


def _same_person(name: str, known: set[tuple[str, ...]]) -> bool:
    """"Naomi Martisius" itself, or the surname with a courtesy title ("Dr Martisius"); a bare surname may be
    another's ("Leigh", a constituency, beside "Sir Edward Leigh")."""
    words = _words(name)
    if words in known:
        return True
    return bool(words) and _TITLE_OPENING.match(name) is not None and any(k[-len(words):] == words for k in known)


def people_named_as_people(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Archie" (ORG) in an article that writes "her son Archie", "Naomi Martisius" (ORG) in one that writes
    "Dr. Naomi Martisius" -> PERSON, at every mention of the name or its surname."""
    text = doc_text(doc)
    people = {_words(text[m.start : m.end]) for m in mentions
              if m.label in _MISREAD | {"PERSON"} and text[m.start : m.start + 1].isupper() and not _modifies_a_noun(doc, m)
              and (kin_named(text, m.start) or titled(text, m.start))}
    people.discard(())
    if not people:
        return mentions
    return [RawMention(m.start, m.end, "PERSON") if m.label in _MISREAD and _same_person(text[m.start : m.end], people)
            else m for m in mentions]
