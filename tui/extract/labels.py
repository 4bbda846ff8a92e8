"""One label per entity: a majority vote over its mentions, then small named type constraints.

The model calls "Twitter" a person in one sentence and an organisation in the next,
and "COVID-19" a person or an organisation. An entity keeps the label most of its
mentions have, unless a rule below knows better; each rule is tested on its own.
Also the few common name variants (``ALIASES``) that both the article linker and the
library resolver read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from .time_zones import STANDALONE_ZONES

#: Common variants of a few names (folded) and the folded name they stand for.
ALIASES: Mapping[str, str] = {
    "us": "united states", "u.s.": "united states", "u.s": "united states", "usa": "united states",
    "u.s.a.": "united states", "u.s.a": "united states", "united states of america": "united states",
    "america": "united states", "states": "united states",
    "uk": "united kingdom", "u.k.": "united kingdom", "u.k": "united kingdom", "britain": "united kingdom",
    "great britain": "united kingdom",
    "un": "united nations", "u.n.": "united nations", "u.n": "united nations",
    "eu": "european union", "e.u.": "european union",
    "ussr": "soviet union", "prc": "china", "people's republic of china": "china",
    "uae": "united arab emirates", "drc": "democratic republic of the congo",
    "nyc": "new york city", "dprk": "north korea", "rok": "south korea", "republic of korea": "south korea",
    "korea republic": "south korea", "covid": "covid-19", "coronavirus disease 2019": "covid-19",
    "who": "world health organization", "fbi": "federal bureau of investigation",
    "cia": "central intelligence agency", "nasa": "national aeronautics and space administration",
    "nato": "north atlantic treaty organization", "people republic of china": "china",
    "russian federation": "russia", "democratic republic of congo": "democratic republic of the congo",
    "dr congo": "democratic republic of the congo", "islamic republic of iran": "iran",
    "kingdom of saudi arabia": "saudi arabia", "syrian arab republic": "syria", "czechia": "czech republic",
    "burma": "myanmar", "turkiye": "turkey", "ivory coast": "cote d'ivoire",
    "washington dc": "washington dc", "dc": "washington dc", "district of columbia": "washington dc",
    "washington district of columbia": "washington dc",
}

#: Short forms that lead longer names ("US Senate", "UK Parliament", "UN Security Council").
_PREFIX_ALIASES = frozenset({"us", "uk", "un", "eu"})
#: Words before a place's name that leave the same place ("the State of Texas" is Texas).
_PLACE_PREFIXES = ("state of ", "commonwealth of ")


def alias_key(key: str) -> str:
    """The folded name a folded variant stands for: ``ALIASES``, "state of texas" -> "texas",
    "apple inc." -> "apple"."""
    from .name_variants import without_org_suffix

    key = without_org_suffix(key)
    for prefix in _PLACE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix):
            key = key[len(prefix) :]
    whole = ALIASES.get(key, ALIASES.get(key.replace(".", "")))
    if whole is not None:
        return whole
    first, space, rest = key.partition(" ")
    if space and first.replace(".", "") in _PREFIX_ALIASES:  # "u.s. senate", "us senate" -> "united states senate"
        return f"{ALIASES[first.replace('.', '')]} {rest}"
    return key


#: Diseases and outbreaks: named, but neither a person nor an organisation.
_DISEASES = re.compile(r"^(covid(-?19)?|sars(-cov-2)?|mers|ebola|zika|hiv|aids|h[0-9]n[0-9]|coronavirus|novel coronavirus|"
                       r"2019-ncov|ncov|mpox|monkeypox|measles|cholera|polio|influenza)$", re.I)
#: Online platforms and companies the model often takes for people or places.
PLATFORMS = frozenset({
    "twitter", "facebook", "youtube", "instagram", "tiktok", "whatsapp", "google", "reddit", "wikipedia",
    "wikinews", "linkedin", "snapchat", "telegram", "weibo", "wechat", "amazon", "netflix", "spotify",
    "microsoft", "apple", "uber", "airbnb", "zoom", "x corp", "meta", "tesla", "huawei", "samsung",
})
#: Labels a person's name can be mistaken for, and the other named labels.
NAMED = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: On a tie, the label to prefer (places and organisations are the commonest in news).
_PRIORITY = ("PERSON", "GPE", "ORG", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")

LabelRule = Callable[[str, str], "str | None"]


def disease(name: str, label: str) -> str | None:
    """"COVID-19" and "SARS" are neither a PERSON nor an ORG: the other layer (EVENT)."""
    return "EVENT" if label in NAMED and _DISEASES.match(name.strip()) else None


def platform(name: str, label: str) -> str | None:
    """"Twitter", "YouTube": an organisation, whatever the sentence made of it."""
    return "ORG" if label in NAMED and label != "ORG" and name.strip().casefold() in PLATFORMS else None


def digits_not_person(name: str, label: str) -> str | None:
    """A "person" whose name holds a digit ("STS-1", "IE6") is a product or event name."""
    return "PRODUCT" if label == "PERSON" and any(c.isdigit() for c in name) else None


_EXITS = re.compile(r"^(?:(?:pro|anti|post|pre)-)?[A-Z][a-z]*xit$")


def exit_event(name: str, label: str) -> str | None:
    """"Brexit", "Grexit", "Megxit": a departure, an event, never a person or an organisation."""
    return "EVENT" if label in NAMED and label != "EVENT" and _EXITS.match(name.strip()) else None


#: Zones, folded; those that are also companies' names ("ADT") keep the label their mentions vote.
_TIME_ZONES = frozenset(zone.casefold() for zone in STANDALONE_ZONES)


def time_zone(name: str, label: str) -> str | None:
    """"UTC", "GMT": a time zone, part of a time, not an organisation."""
    return "TIME" if label in NAMED and name.strip().casefold() in _TIME_ZONES else None


def starts_with_non_person(word: str) -> bool:
    """A first word no person's name starts with: a platform or a disease ("Twitter West", "COVID Melbourne")."""
    return word.casefold() in PLATFORMS or bool(_DISEASES.match(word))


LABEL_RULES: tuple[LabelRule, ...] = (disease, platform, time_zone, digits_not_person, exit_event)


def constrain(name: str, label: str) -> str:
    """The label after the type constraints (first rule that speaks wins)."""
    for rule in LABEL_RULES:
        better = rule(name, label)
        if better is not None:
            return better
    return label


def majority_label(labels: Sequence[str], name: str) -> str:
    """The label most mentions carry (ties by ``_PRIORITY``), then the type constraints."""
    counts = Counter(labels)
    best = max(counts, key=lambda lab: (counts[lab], -_PRIORITY.index(lab) if lab in _PRIORITY else -99))
    return constrain(name, best)
