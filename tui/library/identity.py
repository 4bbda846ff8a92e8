"""Library-wide identity: which article entities name the same person, place or organisation.

Pure functions over small records (no database), so the store, the exports and
``newsloupe eval --identity`` share one resolver. Entities are grouped in blocks by
a name key (the surname of a person, the canonical name of anything else), and each
block is resolved on its own, so relinking never needs the whole index in memory.

Rules, in order, each tested:

- ``alias``: a fixed table of common variants ("US", "U.S.", "USA", "United States");
- ``acronym``: "FSB" joins "Federal Security Service" when some article writes both;
- ``full_name``: the same folded name (titles and middle initials dropped);
- ``surname``: a lone "Trump" joins the library's "Donald Trump" when that is the
  only full name with that surname, or the one whose articles share the most
  co-occurring entities with this one (two Smiths stay apart without context);
- ``type check``: a person never merges with a place or organisation; places and
  organisations of the same name do ("United States" as GPE and as ORG), and
  nationalities (NORP) stay apart from their country (shown as related).
"""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.extract.entities import entity_id, fold
from tui.extract.labels import alias_key

if TYPE_CHECKING:
    from tui.extract.types import Analysis

#: Label families that may share one identity (a place named as an organisation and vice versa).
_FAMILY = {"PERSON": "person", "GPE": "place", "LOC": "place", "FAC": "place", "ORG": "place",
           "NORP": "norp"}
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president", "senator", "sen",
                     "rep", "gov", "governor", "judge", "justice", "lord", "lady", "king", "queen", "prince",
                     "princess", "pope", "general", "gen", "col", "captain", "capt", "rev", "saint", "st"})
_INITIAL = re.compile(r"^[a-z](?:\.[a-z])*\.?$")  # "j", "j.", "j.k." (not "al")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})


@dataclass(frozen=True, slots=True)
class EntityRecord:
    """One entity of one article, as the resolver needs it."""

    article: str
    entity: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    mentions: int = 1


def family(label: str) -> str:
    return _FAMILY.get(label, label.lower())


@functools.lru_cache(maxsize=1 << 16)  # relinking asks for the same names again and again
def person_words(name: str) -> tuple[str, ...]:
    """Folded words of a person's name without titles, initials or suffixes."""
    words = [w.strip(".,") for w in fold(name).replace("-", " ").split()]
    while len(words) > 1 and words[0] in _TITLES:  # a lone "King" is a surname
        words = words[1:]
    kept = [w for w in words if w and not _INITIAL.match(w) and w not in _SUFFIXES]
    return tuple(kept or words)


@functools.lru_cache(maxsize=1 << 16)  # relinking asks for the same names again and again
def canonical(name: str, label: str) -> str:
    """The folded name two entities must share to be the same by name alone."""
    key = fold(name).strip(" .")
    if label == "PERSON":
        return " ".join(person_words(name))
    if label == "NORP":
        from tui.extract.name_variants import singular_group

        return singular_group(alias_key(key))
    return alias_key(key)


@functools.lru_cache(maxsize=1 << 16)  # relinking asks for the same names again and again
def block_key(name: str, label: str) -> str:
    """Entities in different blocks are never the same: a person's surname, else the canonical name
    (an organisation's without the country it starts with)."""
    if label == "PERSON":
        words = person_words(name)
        return "p:" + (words[-1] if words else fold(name))
    return f"{family(label)}:" + block_name(canonical(name, label), label)


@functools.lru_cache(maxsize=1 << 16)
def country_prefix(key: str, label: str) -> tuple[str, str] | None:
    """(country, the rest) of an organisation named after its country ("united states democratic party");
    the rest must be two words or more and no national team ("south korea national football team")."""
    from tui.extract.place_names import COUNTRIES

    if label != "ORG":
        return None
    words = key.split()
    for n in (3, 2, 1):
        rest = words[n:]
        if " ".join(words[:n]) in COUNTRIES and len(rest) >= 2 and "national" not in rest:
            return " ".join(words[:n]), " ".join(rest)
    return None


def block_name(key: str, label: str) -> str:
    """The name part of a block key: "democratic party" for "united states democratic party" too, so the
    bare name and the country's meet in one block and context decides (``country_prefix``)."""
    prefixed = country_prefix(key, label)
    return prefixed[1] if prefixed else key


def acronym_table(records: Iterable[EntityRecord]) -> dict[str, str]:
    """Acronym (folded) -> canonical full name, learned where an article writes both."""
    from tui.extract.entities import _is_acronym_of

    table: dict[str, Counter[str]] = defaultdict(Counter)
    for rec in records:
        if rec.label == "PERSON":
            continue
        for alias in rec.aliases:
            if _is_acronym_of(alias, rec.name):
                table[fold(alias).replace(".", "")][canonical(rec.name, rec.label)] += 1
    return {k: c.most_common(1)[0][0] for k, c in table.items()}


def resolve(
    records: Sequence[EntityRecord],
    *,
    context: Mapping[str, frozenset[str]] | None = None,
    acronyms: Mapping[str, str] | None = None,
) -> dict[tuple[str, str], str]:
    """(article, entity) -> library entity id, for every record.

    ``context`` maps an article to the canonical keys of its salient entities; it decides
    which full name a lone surname belongs to when there are several.
    """
    acronyms = acronyms if acronyms is not None else acronym_table(records)
    context = context or {}
    out: dict[tuple[str, str], str] = {}
    blocks: dict[str, list[EntityRecord]] = defaultdict(list)
    for rec in records:
        blocks[_block(rec, acronyms)].append(rec)
    for recs in blocks.values():
        out.update(resolve_block(recs, context=context, acronyms=acronyms))
    return out


def _key(rec: EntityRecord, acronyms: Mapping[str, str]) -> str:
    key = canonical(rec.name, rec.label)
    if rec.label != "PERSON":
        key = acronyms.get(key.replace(".", ""), key)
    return key


def _block(rec: EntityRecord, acronyms: Mapping[str, str]) -> str:
    if rec.label == "PERSON":
        return block_key(rec.name, rec.label)
    return f"{family(rec.label)}:{block_name(_key(rec, acronyms), rec.label)}"


def resolve_block(
    records: Sequence[EntityRecord],
    *,
    context: Mapping[str, frozenset[str]],
    acronyms: Mapping[str, str],
) -> dict[tuple[str, str], str]:
    """Resolve the records of one block (all share a surname, or one canonical name)."""
    if all(rec.label != "PERSON" for rec in records):
        return _resolve_named_after_countries(records, context=context, acronyms=acronyms)
    groups: dict[str, list[EntityRecord]] = defaultdict(list)
    for rec in records:
        groups[_key(rec, acronyms)].append(rec)
    # In a surname's block everything is a person's name ("Trump" the model tagged ORG included).
    people = list(groups)
    # A lone surname (or any shorter form) joins a fuller name of the block that contains it.
    target: dict[str, str] = {k: k for k in groups}
    ambiguous: dict[str, list[str]] = {}
    full = [k for k in people if len(k.split()) >= 2]

    def final_of(key: str) -> str:
        while target[key] != key:
            key = target[key]
        return key

    # Longest names first, so "Hillary Clinton" settles into "Hillary Rodham Clinton" before a lone
    # "Clinton" chooses among what is left.
    for key in sorted(people, key=lambda k: -len(k.split())):
        words = key.split()
        candidates = sorted({final_of(f) for f in full if f != key and (_shorter_form(words, f.split())
                                                                          or _fuller_given_name(words, f.split()))})
        if not candidates:
            continue
        if len(candidates) == 1:
            target[key] = candidates[0]
        elif len(words) < 2:  # a full name that two longer ones contain stays itself
            ambiguous[key] = candidates
    out: dict[tuple[str, str], str] = {}
    ids: dict[str, str] = {}

    for key, recs in groups.items():
        for rec in recs:
            chosen = key
            if key in ambiguous:
                # Each article of an ambiguous short form goes to the full name its context favours.
                chosen = _by_context([rec], ambiguous[key], groups, context) or key
            final = final_of(chosen)
            ids.setdefault(final, _library_id(groups[final]))
            out[(rec.article, rec.entity)] = ids[final]
    return out


def _resolve_named_after_countries(records: Sequence[EntityRecord], *, context: Mapping[str, frozenset[str]],
                                   acronyms: Mapping[str, str]) -> dict[tuple[str, str], str]:
    """A block of places and organisations: one identity, unless some are named after a country.

    "United States Democratic Party" and "Hong Kong Democratic Party" are two identities; a bare
    "Democratic Party" joins the one whose country its article names among its salient entities
    (``country``), and stays itself when none or several do.
    """
    by_country: dict[str | None, list[EntityRecord]] = defaultdict(list)
    for rec in records:
        prefixed = country_prefix(_key(rec, acronyms), rec.label)
        by_country[prefixed[0] if prefixed else None].append(rec)
    if list(by_country) == [None]:
        one = _library_id(list(records))
        return {(rec.article, rec.entity): one for rec in records}
    ids = {country: _library_id(recs) for country, recs in by_country.items() if country is not None}
    out = {(rec.article, rec.entity): ids[country] for country, recs in by_country.items() if country for rec in recs}
    left = []
    for rec in by_country.get(None, []):
        hits = [c for c in ids if c in context.get(rec.article, frozenset())]
        if len(hits) == 1:
            out[(rec.article, rec.entity)] = ids[hits[0]]
        else:
            left.append(rec)
    if left:
        bare = _library_id(left)
        out.update({(rec.article, rec.entity): bare for rec in left})
    return out


def _shorter_form(short: list[str], full: list[str]) -> bool:
    if not short or len(short) >= len(full):
        return False
    # "Trump" in "Donald Trump"; "Kim" in "Kim Jong-un" (family name first).
    return short[-1] == full[-1] and set(short) <= set(full) or short == full[: len(short)]


def _fuller_given_name(short: list[str], full: list[str]) -> bool:
    """"cres eastman" -> "creswell eastman", "bill clinton" -> "william clinton" (one way only)."""
    from tui.extract.name_variants import given_name_variant

    return bool(short and full) and len(short[0]) < len(full[0]) and given_name_variant(tuple(short), tuple(full))


def _by_context(short: list[EntityRecord], candidates: list[str], groups: Mapping[str, list[EntityRecord]],
                context: Mapping[str, frozenset[str]]) -> str | None:
    """The candidate whose articles share most salient entities with the short form's articles."""
    mine: set[str] = set()
    for rec in short:
        mine |= context.get(rec.article, frozenset())
    scores = []
    for cand in candidates:
        theirs: set[str] = set()
        for rec in groups[cand]:
            theirs |= context.get(rec.article, frozenset())
        scores.append((len(mine & theirs), len(groups[cand]), cand))
    scores.sort(reverse=True)
    if scores[0][0] == 0 or (len(scores) > 1 and scores[0][0] == scores[1][0]):
        return _by_prominence(candidates, groups)
    return scores[0][2]


#: Without context, a lone surname goes to the one full name the library names far more often than
#: any other with it (a lone "Trump" is Donald Trump, not Mary Trump), and only then.
_PROMINENT_ARTICLES, _PROMINENT_RATIO = 5, 5


def _by_prominence(candidates: list[str], groups: Mapping[str, list[EntityRecord]]) -> str | None:
    counts = sorted(((len({r.article for r in groups[c]}), c) for c in candidates), reverse=True)
    top, runner_up = counts[0][0], counts[1][0] if len(counts) > 1 else 0
    if top >= _PROMINENT_ARTICLES and top >= _PROMINENT_RATIO * max(runner_up, 1):
        return counts[0][1]
    return None


def _library_id(recs: list[EntityRecord]) -> str:
    """The id of the most used name and label of a group (ties: the longer name)."""
    labels = Counter(r.label for r in recs)
    label = max(labels, key=lambda lab: (labels[lab], lab == "GPE", lab))
    names = Counter(r.name for r in recs if r.label == label)
    name = max(names, key=lambda n: (names[n], len(n), n))
    key = canonical(name, label)
    return entity_id(label, key)


def records_of(article: str, analysis: "Analysis") -> list[EntityRecord]:
    """The named entities of one analysis as resolver records (an ambiguous place by the name it means here)."""
    from tui.extract.entities import NAMED_LABELS

    from .place_identity import library_names

    names = library_names(analysis)
    return [
        EntityRecord(article, e.id, names.get(e.id, e.name), e.label, e.aliases, e.mention_count)
        for e in analysis.entities
        if e.label in NAMED_LABELS
    ]


def context_of(analysis: "Analysis", *, top: int = 10) -> frozenset[str]:
    """Canonical keys of an article's most salient named entities (the company a name keeps)."""
    from tui.extract.entities import NAMED_LABELS

    ranked = sorted((e for e in analysis.entities if e.label in NAMED_LABELS), key=lambda e: -e.salience)
    return frozenset(canonical(e.name, e.label) for e in ranked[:top])


def library_links(analyses: Mapping[str, "Analysis"]) -> dict[tuple[str, str], str]:
    """(article key, entity id) -> library entity id over a set of analyses held in memory."""
    records = [r for key, a in analyses.items() for r in records_of(key, a)]
    context = {key: context_of(a) for key, a in analyses.items()}
    return resolve(records, context=context)


def with_library_ids(analysis: "Analysis", links: Mapping[str, str]) -> "Analysis":
    """The analysis with each entity's ``library_entity`` set (entity id -> library id; itself when absent)."""
    from dataclasses import replace

    entities = tuple(replace(e, library_entity=links.get(e.id, e.id)) for e in analysis.entities)
    return replace(analysis, entities=entities)


def link_analyses(analyses: Sequence["Analysis"]) -> list["Analysis"]:
    """Analyses read together (an export of files) with library ids resolved among them."""
    keyed = {str(i): a for i, a in enumerate(analyses)}
    links = library_links(keyed)
    return [
        with_library_ids(a, {eid: lib for (art, eid), lib in links.items() if art == key})
        for key, a in keyed.items()
    ]
