"""Names inside names: the place in "University of Southern Indiana", the person in "Andy Warhol Foundation".

The flat mentions (one per stretch of text) stay what every rule of the engine reads. These
extra mentions (``Mention.nested``) sit inside the name of an organisation, a building, an
event, a product or a work, and link to the person, place or organisation they name, so that
the place a university is named after belongs to that place (a layer a reader may switch on
alone, and what an analyst searching for the place wants). Corpora that annotate every
mention (GUM, ACE) mark them; CoNLL and OntoNotes do not.

Rules, longest stretch first, each tested:

- ``known_name``: capitalised words inside the name that the article itself uses as the name
  (or an alias) of a person, place or organisation -> that entity;
- ``compass_region``: a compass word and a known place ("Southern Indiana") -> a region;
- ``known_place``: a country or a first-level region (``place_names``) -> that place, an
  entity of its own when the article does not name it alone;
- ``place_in_place``: in a place's name, a known place before a word for a part of it
  ("Hong Kong Island", "Mexico City", "Kowloon West") -> that place;
- ``place_before_venue``: when none of these found a name, the words before a venue word
  ending the name ("Volgograd Arena", "Heathrow Airport") -> the place it stands in.

A name the text writes with what places it is a mention too, as every mention-annotating corpus
(GUM, OntoNotes coreference) marks the whole noun phrase; its flat parts stay as they are:

- ``place_with_region``: "Seattle, Washington", "Aceh, Indonesia" -> the city (a list of
  countries or of states, "France, Germany", is not one);
- ``person_with_party``: "James To of the Democratic Party", "DAB's Starry Lee" -> the person.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from .entities import entity_id, fold
from .labels import alias_key
from .place_names import COMPASS, PLACES
from .types import Entity, Mention

#: Names that may hold another name inside them.
OUTER_LABELS = frozenset({"ORG", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})
#: Entities a name inside a name may stand for.
INNER_LABELS = frozenset({"PERSON", "GPE", "LOC", "ORG", "FAC"})
_WORD = re.compile(r"[\w][\w'’.&-]*")


@functools.lru_cache(maxsize=1 << 14)  # the same names come back in every article
def _key(form: str) -> str:
    return fold(form).strip(" .")


def _known_names(entities: Sequence[Entity]) -> dict[str, Entity]:
    """Folded form -> entity, for the forms the article writes (a person by a full name only)."""
    known: dict[str, Entity] = {}
    for e in entities:
        if e.label not in INNER_LABELS or (e.label == "PERSON" and len(e.name.split()) < 2):
            continue
        for form in (e.name, *e.aliases):
            known.setdefault(_key(form), e)
        if e.label != "PERSON":
            known.setdefault(alias_key(_key(e.name)), e)
    return known


@functools.lru_cache(maxsize=1 << 14)
def _place(key: str) -> str | None:
    """The known place a folded stretch names ("us" -> "united states"), if any."""
    if key in PLACES:
        return key
    whole = alias_key(key) if key != "states" else key
    return whole if whole in PLACES else None


def _inside(outer: Mention, text: str) -> list[tuple[int, int]]:
    """Stretches of capitalised words inside a name (never the whole name), longest first."""
    words = [(m.start() + outer.start, m.end() + outer.start) for m in _WORD.finditer(text[outer.start : outer.end])]
    out = []
    for i in range(len(words)):
        for j in range(i, len(words)):
            if (i, j) == (0, len(words) - 1):
                continue
            first, last = text[words[i][0]], text[words[j][0]]
            if first.isupper() and (last.isupper() or last.isdigit()):
                out.append((words[i][0], words[j][1]))
    return sorted(out, key=lambda s: (s[0] - s[1], s[0]))


def nested_mentions(text: str, mentions: Sequence[Mention],
                    entities: Sequence[Entity]) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Entities (the article's, then places only named inside names) and the nested mentions."""
    known = _known_names(entities)
    by_id = {e.id: e for e in entities}
    new: dict[str, Entity] = {}
    out: list[Mention] = []
    for outer in mentions:
        if outer.label in ("GPE", "LOC"):
            out += _place_in_place(outer, text, known, by_id, new)
        if outer.label not in OUTER_LABELS or " " not in outer.text:
            continue
        taken: list[tuple[int, int]] = []
        for start, end in _inside(outer, text):
            if any(start < b and a < end for a, b in taken):
                continue
            form = text[start:end]
            entity = _entity_for(form, known, by_id, new)
            if entity is None or entity.id == outer.entity or _short_form_of(outer, start, end, entity, text):
                continue
            taken.append((start, end))
            out.append(Mention(start, end, form, entity.label, entity.id, outer.duplicate, nested=True))
        if not taken and (named := _before_venue(outer, text)):  # place_before_venue
            start, end = named
            form = text[start:end]
            eid = entity_id("GPE", fold(form))
            entity = by_id.get(eid) or new.setdefault(eid, Entity(eid, form, "GPE"))
            out.append(Mention(start, end, form, entity.label, entity.id, outer.duplicate, nested=True))
    counts: dict[str, int] = {}
    for m in out:
        counts[m.entity] = counts.get(m.entity, 0) + (not m.duplicate)
    added = tuple(replace(e, mention_count=counts.get(e.id, 0)) for e in new.values())
    return tuple(entities) + added, tuple(out) + place_with_region(text, mentions) + person_with_party(text, mentions)


#: Last words that name a part of the place before them ("Hong Kong Island", "Kowloon West", "Mexico City").
_PLACE_PARTS = frozenset({"island", "islands", "city", "west", "east", "north", "south", "central", "province",
                          "county", "district", "region", "peninsula", "bay", "valley"})


def _place_in_place(outer: Mention, text: str, known: dict[str, Entity], by_id: dict[str, Entity],
                    new: dict[str, Entity]) -> list[Mention]:
    """``place_in_place``: "Hong Kong" in "Hong Kong Island", "Mexico" in "Mexico City": a place
    named before one word for a part of it, when the article or the place list knows that place."""
    head, space, last = outer.text.rpartition(" ")
    if not space or last.lower() not in _PLACE_PARTS or not head[:1].isupper():
        return []
    entity = _entity_for(head, known, by_id, new)
    if entity is None or entity.id == outer.entity or entity.label not in ("GPE", "LOC"):
        return []
    return [Mention(outer.start, outer.start + len(head), head, entity.label, entity.id, outer.duplicate, nested=True)]


#: Last words of a venue named after the place it stands in ("Volgograd Arena", "Heathrow Airport").
_VENUES = frozenset({"arena", "stadium", "airport", "station", "bridge", "harbour", "harbor", "port", "cathedral"})
#: Words before a venue that name no place ("National Stadium", "Union Station", "Olympic Stadium").
_NOT_PLACES = frozenset({"national", "olympic", "union", "central", "grand", "memorial", "international", "city",
                         "state", "main", "new", "old", "royal", "olympia", "regional", "municipal", "metropolitan"})


def _before_venue(outer: Mention, text: str) -> tuple[int, int] | None:
    """The capitalised words before a venue word that ends the name, when they may name a place."""
    words = list(_WORD.finditer(outer.text))
    if len(words) < 2 or words[-1].group().lower() not in _VENUES:
        return None
    before = words[:-1]
    if not all(w.group()[:1].isupper() for w in before) or any(w.group().lower() in _NOT_PLACES for w in before):
        return None
    if any(w.group().lower() in _VENUES or w.group().endswith(("'s", "’s")) for w in before):
        return None
    return outer.start + before[0].start(), outer.start + before[-1].end()


def _short_form_of(outer: Mention, start: int, end: int, inner: Entity, text: str) -> bool:
    """"Andy Warhol Foundation" in "Andy Warhol Foundation for the Visual Arts": the same body, not a name in it."""
    rest = text[end : outer.end]
    return start == outer.start and inner.label == outer.label and rest[:1] == " " and rest[1:2].islower()


def _enclosing(head: Mention, start: int, end: int, text: str) -> Mention:
    return Mention(start, end, text[start:end], head.label, head.entity, head.duplicate, nested=True)


def place_with_region(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """"Seattle, Washington" as a mention of Seattle, when the second place is a country or a state
    that can hold the first (a state holds a city, a country a state or a city)."""
    from .place_names import COUNTRIES, REGIONS

    def held(a: Mention, b: Mention) -> bool:
        if text[a.end : b.start] != ", ":
            return False
        first, region = alias_key(_key(a.text)), alias_key(_key(b.text))
        holds = region in COUNTRIES or (region in REGIONS and first not in REGIONS)
        return holds and first not in COUNTRIES and first != region

    out = []
    places = [m for m in mentions if m.label in ("GPE", "LOC") and not m.nested]
    for i, (a, b) in enumerate(pairwise(places)):
        if held(a, b):
            out.append(_enclosing(a, a.start, b.end, text))
            # "Evansville, Indiana, United States": the city with its state and country too.
            if i + 2 < len(places) and held(b, places[i + 2]):
                out.append(_enclosing(a, a.start, places[i + 2].end, text))
    return tuple(out)


_OF = re.compile(r"^ of (?:the )?$")
_POSSESSIVE = re.compile(r"^['’]s? $")


def person_with_party(text: str, mentions: Sequence[Mention]) -> tuple[Mention, ...]:
    """"James To of the Democratic Party" and "DAB's Starry Lee" as mentions of the person."""
    out = []
    flat = [m for m in mentions if not m.nested]
    for a, b in pairwise(flat):
        between = text[a.end : b.start]
        if a.label == "PERSON" and b.label in ("ORG", "GPE") and _OF.match(between):
            out.append(_enclosing(a, a.start, b.end, text))
        elif a.label in ("ORG", "GPE") and b.label == "PERSON" and _POSSESSIVE.match(between):
            out.append(_enclosing(b, a.start, b.end, text))
    return tuple(out)


def _entity_for(form: str, known: dict[str, Entity], by_id: dict[str, Entity], new: dict[str, Entity]) -> Entity | None:
    key = _key(form)
    if key in known:  # known_name
        return known[key]
    first, _, rest = key.partition(" ")
    if first in COMPASS and _place(rest):  # compass_region
        label, name = "LOC", form
    elif place := _place(key):  # known_place
        known_as = known.get(place)
        if known_as is not None:
            return known_as
        label, name = "GPE", form
    else:
        return None
    eid = entity_id(label, fold(name))
    if eid in by_id:
        return by_id[eid]
    return new.setdefault(eid, Entity(eid, name, label))
