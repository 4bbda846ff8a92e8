"""Place names that stand for two places: which one an article means, from the article itself.

A bare "Washington" is the capital (and the government in it) unless the article writes it
as the state ("Seattle, Washington", "Washington state"); a bare "New York" is the city unless
the article writes it as the state (or lists it among states); "Korea" is South Korea unless the article also names North
Korea (then it is the peninsula, and stays itself). The library resolver reads these names
instead of the written ones, so "Washington" never joins "Washington State" in one article and
"Washington, D.C." in the next. Rules, each tested: ``washington``, ``new_york``, ``korea``.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from tui.extract.entities import fold
from tui.extract.labels import alias_key
from tui.extract.place_names import REGIONS

if TYPE_CHECKING:
    from tui.extract.types import Analysis, Entity

_PLACE_LABELS = frozenset({"GPE", "LOC"})
#: Canonical key -> (the name meaning the state, the name meaning the other place).
_STATE_OR_CITY = {"washington": ("Washington State", "Washington, D.C."), "new york": ("New York State", "New York City")}


def _key(name: str) -> str:
    return alias_key(fold(name).strip(" ."))


def _written_as_state(analysis: "Analysis", entity: "Entity") -> bool:
    """The article writes the place as a state: "state" in its name, "<name> state", "state of
    <name>", or as the region of another place ("Seattle, Washington")."""
    if any("state" in fold(form).split() for form in (entity.name, *entity.aliases)):
        return True
    name = re.escape(entity.name)
    if re.search(rf"\b{name} state\b|\bstate of {name}\b|\bupstate {name}\b", analysis.text, re.IGNORECASE):
        return True
    places = [m for m in analysis.mentions if m.label in _PLACE_LABELS and not m.nested]
    ends = {m.end for m in places}
    text = analysis.text
    if any(m.entity == entity.id and text[m.start - 2 : m.start] == ", " and m.start - 2 in ends for m in places):
        return True
    # Listed beside states: "Idaho, Michigan, and Washington".
    for a, b in pairwise(places):
        if entity.id in (a.entity, b.entity) and _LIST.match(text[a.end : b.start]):
            other = b if a.entity == entity.id else a
            if _key(other.text) in REGIONS and _key(other.text) not in _STATE_OR_CITY:
                return True
    return False


_LIST = re.compile(r"^(?:, | and |, and |,? or )$")


def library_names(analysis: "Analysis") -> dict[str, str]:
    """Entity id -> the name the library should resolve it by, for the ambiguous places of one article."""
    keys = {_key(e.name) for e in analysis.entities if e.label in _PLACE_LABELS}
    out: dict[str, str] = {}
    for e in analysis.entities:
        if e.label not in _PLACE_LABELS:
            continue
        key = _key(e.name)
        if key in _STATE_OR_CITY:  # washington, new_york
            state, other = _STATE_OR_CITY[key]
            out[e.id] = state if _written_as_state(analysis, e) else other
        elif key == "korea" and "north korea" not in keys:  # korea
            out[e.id] = "South Korea"
    return out
