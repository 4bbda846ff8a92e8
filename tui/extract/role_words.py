"""The lexicon of office and job titles the role rules recognise, and the words that qualify them."""

from __future__ import annotations

import re

#: Head nouns of a title, lower-case lemmas ("Adviser" in "National Security Adviser").
ROLE_HEADS: frozenset[str] = frozenset(
    """
    president vice-president premier chancellor minister secretary adviser advisor governor mayor
    spokesperson spokesman spokeswoman ceo cfo coo chairman chairwoman chair chairperson director
    ambassador envoy general lieutenant colonel major captain commander admiral marshal sergeant
    king queen prince princess emperor sultan emir sheikh pope cardinal bishop archbishop rabbi imam
    senator congressman congresswoman representative lawmaker mp legislator speaker leader
    judge justice prosecutor attorney commissioner chief officer superintendent inspector
    executive founder co-founder owner manager head coordinator administrator
    diplomat consul rapporteur negotiator official mogul editor correspondent reporter journalist anchor
    professor dean rector chancellor scientist researcher economist analyst
    coach captain striker goalkeeper
    """.split()
)

#: Words that may stand inside a title before its head ("Deputy", "regional", "interim").
ROLE_MODIFIERS: frozenset[str] = frozenset(
    """
    deputy vice acting interim former then incoming outgoing chief senior junior top first second
    prime foreign defence defense interior finance health education justice emergencies emergency
    security national regional state federal provincial city county municipal general attorney
    executive managing assistant associate principal special permanent lord lady supreme high
    economy energy trade labour labor agriculture environment culture transport treasury home
    intelligence military police army navy air force press communications public affairs
    opposition majority minority party parliamentary presidential royal crown
    """.split()
)

#: Courtesy titles that may sit between an office and a name; never a role themselves.
HONORIFICS: frozenset[str] = frozenset({"dr", "mr", "mrs", "ms", "miss", "sir", "dame", "monsenor", "monsignor", "rev"})

#: Function words allowed inside a title between capitalised words ("Secretary of State").
TITLE_LINKERS: frozenset[str] = frozenset({"of", "for", "and", "-"})

#: Adjectives of nationality when the NER missed them ("Israeli" inside a wrong ORG span).
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|an|ian|ese|ish|ic|ch|ean)$")


def is_role_head(word: str) -> bool:
    return word.lower().replace("’", "'") in ROLE_HEADS


def is_role_word(word: str) -> bool:
    low = word.lower()
    return low in ROLE_HEADS or low in ROLE_MODIFIERS


def looks_like_demonym(word: str) -> bool:
    return bool(_DEMONYM.match(word))
