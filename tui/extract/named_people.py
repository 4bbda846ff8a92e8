"""A span repair for a person's name the model took for an organisation or a place, where the article's own
words say it is a person's.

``people_named_as_people`` (a rule of ``repairs.RULES``). CNN's page on the royal interview names the couple's
son eight times ("her son Archie", "after Archie was born", "baby Archie's skin") and the model tags "Archie"
an organisation at every one; a Wikinews interview writes "archæologist Dr. Naomi Martisius", "Dr Martisius
told Wikinews" and then "((Naomi Martisius))" before each answer, all tagged ORG. The entity's majority vote
then shows a child and a scientist as organisations. Four kinds of words tell a person:

* an owned kinship noun right before the name: "her son Archie", "their unborn baby Archie", "the couple's
  daughter Lilibet", "his late wife, Mary". The noun must be owned ("her", "his", "their", "the Queen's"):
  "the mother ship Enterprise", "sister company Instagram" and "Brother Industries" name no one's relative;
* a noun only a person is, in small letters right before the name: "porn actress Stormy Daniels",
  "presidential candidate Sviatlana Tsikhanouskaya" (a Wikinews report tagged both ORG), or such a noun or a
  kinship noun in apposition right after it ("Sviatlana Tsikhanouskaya, an opposition candidate,"). Nouns
  that also describe companies ("owner", "leader", "analyst", "player") are not among them;
* a courtesy title right before the name: "Dr. Naomi Martisius", "Mrs Smith", "Professor Carl Lipo". A name
  that itself starts with one ("Dr Pepper", "Mr. Cooper") is a brand's as often as a person's, and tells
  nothing on its own;
* an office's title written capitalised right before the name: "Chancellor Olaf Scholz", "Sen. Tim Scott" (the
  small model, trained on older news, reads newer office holders as organisations). An institution's or a
  building's name after such a title ("President Kennedy Center") stays as tagged.

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
from .organisation_names import DESIGNATORS
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Nouns for a relative, singular: the name after them is the relative's.
KIN_NOUNS = frozenset("""
    son daughter wife husband mother father brother sister baby child grandson granddaughter grandmother
    grandfather grandchild niece nephew cousin uncle aunt fiancé fiancée fiance fiancee widow widower
    stepson stepdaughter stepfather stepmother mom dad mum boyfriend girlfriend twin
""".split())
#: Nouns for what only a person is, in small letters right before a name ("porn actress Stormy Daniels",
#: "presidential candidate Sviatlana Tsikhanouskaya"). Words that also come before a company's name are left
#: out: "owner", "head", "leader", "chief", "analyst", "player", "host", "designer", "partner".
PERSON_NOUNS = frozenset("""
    president minister secretary adviser advisor governor mayor spokesperson spokesman spokeswoman chairman
    chairwoman chairperson director ambassador envoy senator congressman congresswoman lawmaker legislator judge
    prosecutor attorney commissioner superintendent inspector founder co-founder diplomat negotiator editor
    correspondent reporter journalist professor scientist researcher economist coach striker goalkeeper
    candidate nominee actress actor singer rapper musician artist author writer poet activist lawyer
    teenager student athlete footballer cyclist boxer golfer pilot doctor nurse client victim suspect comedian
    presenter photographer archaeologist archæologist astronomer physicist chef
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
#: Offices written capitalised right before a holder's name, which no organisation's or building's name
#: follows ("President Trump", but never "Judge", as in "Judge Rotenberg Center").
_OFFICE = (r"(?:President|Chancellor|(?:Prime |Foreign |Finance |Defen[cs]e |Health )?Minister|Senator|Sen\.|Governor"
           r"|Gov\.|Mayor|Secretary|Ambassador|Rep\.|Congressman|Congresswoman|Premier)")
_OFFICE_TITLED = re.compile(rf"(?<![\w-]){_OFFICE}\s+$")
#: Last words of an institution's or a building's name, which may follow an office's title.
_INSTITUTION_ENDS = DESIGNATORS | frozenset("center centre library airport museum stadium building".split())
#: A place's name is followed by what it qualifies as often as by an apposition ("the California, US lawyer who").
_PLACES = frozenset({"GPE", "LOC", "FAC"})
#: How far before a name the words that tell a person are looked for.
_REACH = 60


def kin_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows an owned kinship noun ("her son Archie")."""
    found = _OWNED_KIN.search(text[max(0, start - _REACH) : start])
    return found is not None and found.group("kin") in KIN_NOUNS


#: A noun in small letters right before a name, with no comma between.
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?P<noun>[a-zæé-]+) $")


def person_noun_named(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a noun only a person is ("porn actress Stormy Daniels")."""
    found = _NOUN_BEFORE.search(text[max(0, start - _REACH) : start])
    return found is not None and found.group("noun") in PERSON_NOUNS


#: ", an opposition candidate,", ", spokeswoman for the police", ", Hagan's former spokeswoman,": a person's noun
#: in apposition right after a name, after at most three words that are no clause ("Acme, a firm whose founder
#: ..." is about someone else).
_APPOSED = re.compile(r"^, (?:(?:a|an|the|his|her|their|[\w-]+['’]s?) )?(?:(?!whose|which|that|with|of)[\w-]+ ){0,3}?"
                      r"(?P<noun>[a-zæé-]+)(?=[,.;:)]| (?:of|for|at|in|from|who|and)\b)")


def apposed_person(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by a person's noun in apposition."""
    found = _APPOSED.match(text[end : end + _REACH])
    return found is not None and found.group("noun") in PERSON_NOUNS | KIN_NOUNS


def titled(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a courtesy title ("Dr. Naomi Martisius")."""
    return _TITLED.search(text[max(0, start - _REACH) : start]) is not None


def office_titled(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start`` follows an office's title written as one ("Chancellor Olaf Scholz",
    "Prime Minister Boris Johnson", "Sen. Tim Scott"), and is no institution's ("President Kennedy Center")."""
    words = text[start:end].split()
    if not words or words[-1].casefold() in _INSTITUTION_ENDS:
        return False
    return _OFFICE_TITLED.search(text[max(0, start - _REACH) : start]) is not None


def _modifies_a_noun(doc: "Doc", mention: RawMention) -> bool:
    """"her father, Future Publishing founder Chris Anderson": a name before a noun in small letters names
    the noun's owner, not the relative."""
    span = span_at(doc, mention.start, mention.end)
    after = doc[span.end] if span is not None and span.end < len(doc) else None
    return after is not None and after.is_lower and after.pos_ in {"NOUN", "PROPN"}


def _after_a_preposition(doc: "Doc", mention: RawMention) -> bool:
    """"Speaking to Agence France-Presse, the president of the league, ...", "told CNN, the head of ... said": a
    source named before the sentence's subject; the words after the comma are not about the name."""
    span = span_at(doc, mention.start, mention.end)
    before = doc[span.start - 1] if span is not None and span.start > 0 else None
    if before is None:
        return False
    # "according to Sadie Weiner, Hagan's former spokeswoman," and "confirmed by X, his lawyer," are about X.
    attributed = before.lower_ == "by" or before.lower_ == "to" and before.i > 0 and doc[before.i - 1].lower_ == "according"
    return before.pos_ == "ADP" and not attributed or before.lemma_.lower() in {"tell", "say", "speak"}


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
              and (kin_named(text, m.start) or titled(text, m.start) or person_noun_named(text, m.start)
                   or office_titled(text, m.start, m.end)
                   or m.label not in _PLACES and apposed_person(text, m.end) and not _after_a_preposition(doc, m))}
    people.discard(())
    if not people:
        return mentions
    return [RawMention(m.start, m.end, "PERSON") if m.label in _MISREAD and _same_person(text[m.start : m.end], people)
            else m for m in mentions]
