"""Linking mentions into canonical entities: aliases, surnames, acronyms, counts and salience.

One entity per thing named in the article, per label: "Netanyahu" joins
"Benjamin Netanyahu", "Erdogan" joins "Recep Tayyip Erdoğan", "FSB" joins
"Federal Security Service (FSB)" and "Tadmor" joins "Palmyra (Tadmor)".
GPE and NORP stay apart ("Israel" is not "Israeli"). The entity id,
``label:slug-of-canonical-name``, is stable across articles.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text
from .labels import ALIASES, alias_key, majority_label
from .role_words import looks_like_demonym
from .types import Entity, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: Labels whose entities are named things (dates and numbers get no salience).
NAMED_LABELS = frozenset({"PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE"})
#: Words before a name that do not make it another person.
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mr.", "mrs.", "ms.", "dr.", "prof."})
#: Small words an acronym skips ("Bank of England" -> "BoE"/"BE").
_ACRONYM_SKIPS = frozenset({"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "&"})
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z&.]{1,7}$")


_NON_WORD = re.compile(r"[^\w]+")


@functools.lru_cache(maxsize=8192)  # the same names come back in article after article
def entity_id(label: str, name: str) -> str:
    """``label:slug``: lower case, runs of non-word characters as one hyphen."""
    slug = _NON_WORD.sub("-", name.lower()).strip("-") or "x"
    return f"{label.lower()}:{slug}"


@functools.lru_cache(maxsize=8192)  # linking compares the same few names many times
def fold(name: str) -> str:
    """A comparison key: case-folded, diacritics removed, possessive and leading "the" dropped."""
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = _POSSESSIVE.sub("", plain.strip()).casefold()
    plain = re.sub(r"\s+", " ", plain)
    plain = re.sub(r"(?<=\w)['’]s\b", "", plain)  # "New People's Party" is "New People Party"
    return plain[4:] if plain.startswith("the ") and len(plain) > 4 else plain


@functools.lru_cache(maxsize=8192)
def _person_words(name: str) -> tuple[str, ...]:
    words = fold(name).replace("-", " ").split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    while len(words) > 2 and words[-1].strip(".,") in _NAME_SUFFIXES:  # "Martin Luther King Jr." ends in King
        words = words[:-1]
    return tuple(words)


@functools.lru_cache(maxsize=8192)
def acronym_of(name: str) -> str:
    """Initials of the capitalised words: "Federal Security Service" -> "FSS"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in _ACRONYM_SKIPS]
    return "".join(w[0] for w in words if w[0].isupper())


def _is_acronym_of(short: str, long: str) -> bool:
    if not _ACRONYM.match(short):
        return False  # checked first: most names are not acronyms, and this is called for every pair
    if len(long.split()) < 2:
        return False
    letters = short.replace(".", "").replace("&", "")
    # The initials first: they rule out nearly every pair, and acronym_of is cached.
    return letters.upper() == acronym_of(long).upper() and sum(c.isupper() for c in letters) >= 2


def _in_capitals(form: str) -> bool:
    """A name set in capitals by a dateline or a headline ("NAPA COUNTY", "WASHINGTON"), not an acronym
    ("NATO", "US"): every letter a capital, and a word of five letters or more."""
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and any(
        sum(c.isalpha() for c in word) >= 5 for word in form.split())


@dataclass
class _Cluster:
    label: str
    forms: list[str] = field(default_factory=list)
    members: list[int] = field(default_factory=list)
    #: ``name_key`` of every form, so matching a mention is one set lookup per cluster.
    keys: set[str] = field(default_factory=set)
    #: ``fold`` of every form: a form folding like one already kept adds nothing.
    folded: set[str] = field(default_factory=set)

    def add(self, index: int, form: str) -> None:
        self.members.append(index)
        if fold(form) not in self.folded:
            self.forms.append(form)
            self.folded.add(fold(form))
            self.keys.add(name_key(form))
        elif not _in_capitals(form):
            # "NAPA COUNTY" of a dateline, then "Napa County": the name as running text writes it.
            self.forms = [form if fold(kept) == fold(form) and _in_capitals(kept) else kept for kept in self.forms]

    @property
    def name(self) -> str:
        """The fullest form: most words, then most characters; an article before a name is not fuller."""
        def fullness(form: str) -> tuple[int, int]:
            bare = form[4:] if form.lower().startswith("the ") else form
            return len(_person_words(bare)), len(bare)
        # The form a variant stands for names the entity ("Syria" over "Syrian Arab Republic").
        canonical = [f for f in self.forms if fold(f) == name_key(f) and any(
            g is not f and name_key(g) == fold(f) for g in self.forms)] if len(self.forms) > 1 else []
        return max(canonical or self.forms, key=fullness)


def link(
    text: str,
    raw: Sequence[RawMention],
    *,
    duplicates: tuple[tuple[int, int], ...] = (),
    title: str | None = None,
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Entities in order of first mention, and every mention linked to one."""
    raw = sorted(raw, key=lambda m: (m.start, m.end))
    forms = [text[m.start : m.end] for m in raw]
    cluster_of: list[_Cluster | None] = [None] * len(raw)
    clusters: list[_Cluster] = []

    def join(i: int, cluster: _Cluster) -> None:
        cluster.add(i, forms[i])
        cluster_of[i] = cluster

    # Fullest names first, so a short form finds the long one whatever the order in the text.
    order = sorted(range(len(raw)), key=lambda i: (-len(_person_words(forms[i])), raw[i].start))
    for i in order:
        if cluster_of[i] is None:
            target = _parenthesised_alias(text, raw, forms, i, cluster_of) or _match(raw, forms, i, clusters, cluster_of)
            if target is None:
                target = _Cluster(raw[i].label)
                clusters.append(target)
            join(i, target)
    return _build(text, raw, forms, cluster_of, clusters, duplicates, title)


def _parenthesised_alias(
    text: str, raw: Sequence[RawMention], forms: list[str], i: int, cluster_of: list[_Cluster | None]
) -> _Cluster | None:
    """"Palmyra (Tadmor)", "Federal Security Service (FSB)": the name in brackets is the one before it."""
    if i == 0 or text[raw[i].end : raw[i].end + 1] != ")":
        return None
    before = raw[i - 1]
    gap = text[before.end : raw[i].start]
    if gap.strip() != "(":
        return None
    same_kind = before.label == raw[i].label or _is_acronym_of(forms[i], forms[i - 1])
    return cluster_of[i - 1] if same_kind else None


#: Labels a name can carry when the model confuses a place with an organisation; NORP stays apart.
_PLACE_OR_ORG = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Labels of a part of an organisation's name ("Scientology" of "Church of Scientology").
_ORG_PART_LABELS = frozenset({"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "PERSON"})
_NAME_GLUE = frozenset({"of", "the", "and", "for", "&", "at", "de"})


@functools.lru_cache(maxsize=8192)
def name_key(form: str) -> str:
    """Folded name with common variants joined ("U.S." and "United States" share a key)."""
    key = fold(form)
    return alias_key(key)


def _compatible(a: str, b: str) -> bool:
    """Labels two forms of one name may carry: the same, or both place/organisation, or a mislabelled other."""
    if a == b:
        return True
    if "NORP" in (a, b) or "PERSON" in (a, b):
        return False
    return True


def _match(
    raw: Sequence[RawMention], forms: list[str], i: int, clusters: list[_Cluster], cluster_of: list[_Cluster | None]
) -> _Cluster | None:
    label = raw[i].label
    key = name_key(forms[i])
    for c in clusters:
        if key in c.keys and _compatible(c.label, label):
            return c
    if key in _SHORT_PLACES and label in ("GPE", "LOC"):
        # "Korea" where the article names South Korea and not North Korea: South Korea.
        meant, other = _SHORT_PLACES[key]
        named = {k for c in clusters for k in c.keys}
        hits = [c for c in clusters if meant in c.keys]
        if hits and other not in named:
            return hits[0]
    candidates = [c for c in clusters if c.label == label]
    if label == "PERSON":
        words = _person_words(forms[i])
        hits = [c for c in candidates if words and any(_word_subset(words, _person_words(f)) for f in c.forms)]
        if not hits and len(words) >= 2:
            # "Cres Eastman" / "Creswell Eastman", "Bill Clinton" / "William Clinton", "Kim Jong Un" / "Kim Jong-un".
            hits = [c for c in candidates if any(_same_person_name(words, _person_words(f)) for f in c.forms)]
        if not hits and len(words) == 1:
            # "Jayme" for "Jayme Closs", "Kim" for "Kim Jong-un", "Wang" for "Wang Qishan": a first
            # word of one person only (a family name written first, or an unambiguous first name).
            firsts = [c for c in candidates if any(len(p) >= 2 and p[0] == words[0] for p in map(_person_words, c.forms))]
            if len(firsts) == 1:
                return firsts[0]
        if hits:
            return _nearest(hits, raw, i, cluster_of)
    # Acronym matching only for acronym-shaped names (it compares against every cluster).
    if label in NAMED_LABELS and _ACRONYM.match(forms[i]) and fold(forms[i]).replace(".", "") not in ALIASES:
        hits = [c for c in clusters if c.label in _PLACE_OR_ORG and any(_is_acronym_of(forms[i], f) for f in c.forms)]
        if hits:
            return _nearest(hits, raw, i, cluster_of)
    words = _person_words(forms[i])
    if len(words) == 1 and label not in ("GPE", "LOC", "NORP"):
        # "Trump" tagged ORG where "Donald Trump" is named: the person's surname.
        hits = [c for c in clusters if c.label == "PERSON" and any(len(_person_words(f)) >= 2 and _person_words(f)[-1] == words[0] for f in c.forms)]
        if len(hits) == 1:
            return hits[0]
    if label in _ORG_PART_LABELS - {"PERSON"} and words:
        places = {name_key(f) for c in clusters if c.label in ("GPE", "NORP") for f in c.forms}
        hits = [c for c in clusters if c.label in ("ORG", "FAC") and any(_part_of_name(words, f, places) for f in c.forms)]
        if hits:
            return _nearest(hits, raw, i, cluster_of)
    if len(words) == 1 and label in _LAST_WORD_LABELS and forms[i][:1].isupper():
        # "Chrome" for "Google Chrome", "Mertens" for "Dries Mertens" the model called a product:
        # the last word of exactly one longer name of the article.
        hits = [c for c in clusters if c.label in _LAST_WORD_LABELS
                and any(len(p) >= 2 and p[-1] == words[0] for p in map(_person_words, c.forms))]
        if len(hits) == 1:
            return hits[0]
    return None


#: A short place name -> (the place it stands for when the article names that one, the other it may mean).
_SHORT_PLACES = {"korea": ("south korea", "north korea")}
#: Labels of names whose last word alone may stand for them (not places: "Korea" is not "South Korea").
_LAST_WORD_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "FAC"})


#: Common nouns an organisation's name starts with, used alone for it ("the Church", "the Court").
_GENERIC_HEADS = frozenset({
    "church", "court", "party", "ministry", "department", "agency", "company", "university", "council",
    "commission", "committee", "army", "navy", "government", "administration", "parliament", "assembly",
    "senate", "office", "bank", "foundation", "museum", "union", "police", "board", "institute", "service",
    "corporation", "federation", "league", "organisation", "organization", "group", "club", "authority",
})


def _part_of_name(words: tuple[str, ...], full: str, places: set[str]) -> bool:
    """A short form of an organisation's name.

    "Home Office" of "United Kingdom Home Office" (the rest names a place or nationality),
    "Scientology" of "Church of Scientology" (what follows "of" after a generic head), and a
    generic head alone ("the Church"). "Google" is not "Google Science Fair".
    """
    long = _person_words(full)
    n = len(words)
    if n >= len(long):
        return False
    if long[-n:] == words:
        rest = long[:-n]
        from .place_names import PLACES  # a country the article names later still counts

        place = name_key(" ".join(rest))
        if " ".join(rest) in places or place in places or place in PLACES or looks_like_demonym(" ".join(rest).capitalize()):
            return True
        if len(rest) >= 2 and rest[-1] == "of" and rest[0] in _GENERIC_HEADS and len(rest) == 2:
            return True
    if n >= 2 and long[1 : 1 + n] == words and (long[0] in places or looks_like_demonym(long[0].capitalize())):
        return True  # "Supreme Court" of "Italian Supreme Court of Cassation"
    return n == 1 and words[0] in _GENERIC_HEADS and words[0] in long


def _same_person_name(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    from .name_variants import given_name_variant

    return a == b or given_name_variant(a, b)


def _word_subset(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Netanyahu" in "Benjamin Netanyahu"; the surname must be among the words kept."""
    if len(short) >= len(full):
        return False
    surname_kept = set(short) <= set(full) and short[-1] == full[-1]
    # "Recep Tayyip" for "Recep Tayyip Erdoğan": two or more leading words also name the person.
    leading_words = len(short) >= 2 and short == full[: len(short)]
    return surname_kept or leading_words


def _nearest(hits: list[_Cluster], raw: Sequence[RawMention], i: int, cluster_of: list[_Cluster | None]) -> _Cluster | None:
    """One candidate: that one; several (two Smiths): the one named last before this mention."""
    if len(hits) <= 1:
        return hits[0] if hits else None
    before = [c for c in hits if any(raw[j].start < raw[i].start for j in c.members)]
    if len(before) == 1:
        return before[0]
    latest = {id(c): max((raw[j].start for j in c.members if raw[j].start < raw[i].start), default=-1) for c in hits}
    best = max(hits, key=lambda c: latest[id(c)])
    return best if latest[id(best)] >= 0 else None


def _build(
    text: str,
    raw: Sequence[RawMention],
    forms: list[str],
    cluster_of: list[_Cluster | None],
    clusters: list[_Cluster],
    duplicates: tuple[tuple[int, int], ...],
    title: str | None,
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    names = {id(c): c.name for c in clusters}  # the forms are settled: each fullest name found once
    for c in clusters:
        if c.label in NAMED_LABELS:
            c.label = majority_label([raw[j].label for j in c.members], names[id(c)])
    ids: dict[int, str] = {}
    taken: set[str] = set()
    in_order = sorted(clusters, key=lambda c: min(raw[j].start for j in c.members))
    for c in in_order:
        eid = entity_id(c.label, fold(names[id(c)]) if c.label in NAMED_LABELS else names[id(c)])
        while eid in taken:  # two people whose fullest names fold alike stay two
            eid += "-2"
        taken.add(eid)
        ids[id(c)] = eid
    mentions = []
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for i, m in enumerate(raw):
        cluster = cluster_of[i]
        assert cluster is not None  # every mention has joined a cluster by now
        eid = ids[id(cluster)]
        dup = any(a <= m.start < b for a, b in duplicates)
        label = cluster.label if m.label in NAMED_LABELS else m.label
        mentions.append(Mention(m.start, m.end, forms[i], label, eid, dup))
        if not dup:
            counts[eid] = counts.get(eid, 0) + 1
            first.setdefault(eid, m.start)
    top = max((counts.get(ids[id(c)], 0) for c in clusters if c.label in NAMED_LABELS), default=0)
    entities = []
    title_words = set(fold(title).replace("-", " ").split()) if title else None
    for c in in_order:
        eid = ids[id(c)]
        name = names[id(c)]
        aliases = tuple(sorted({f for f in c.forms if f != name and fold(f) != fold(name)}))
        count = counts.get(eid, 0)
        score = salience(count=count, top_count=top, first=first.get(eid), length=len(text),
                         in_title=_in_title(c, title_words))
        entities.append(Entity(eid, name, c.label, aliases, count, score if c.label in NAMED_LABELS else 0.0))
    return tuple(entities), tuple(mentions)


def _in_title(cluster: _Cluster, title_words: set[str] | None) -> bool:
    """Every word of one of the cluster's forms is in the title (``title_words``: its folded words)."""
    if title_words is None:
        return False
    return any(words is not None and words <= title_words for words in map(_folded_words, cluster.forms))


@functools.lru_cache(maxsize=8192)
def _folded_words(form: str) -> frozenset[str] | None:
    """The words of the form's ``fold``; None when it folds to nothing."""
    folded = fold(form)
    return frozenset(folded.split()) if folded else None


def salience(*, count: int, top_count: int, first: int | None, length: int, in_title: bool) -> float:
    """0..1: half how often (against the most mentioned), a quarter how early, a quarter the title."""
    if count == 0 or first is None:
        return 0.0
    frequency = count / top_count if top_count else 0.0
    earliness = 1.0 - first / length if length else 0.0
    return round(0.5 * frequency + 0.25 * earliness + 0.25 * float(in_title), 3)


def link_mentions(
    doc: "Doc",
    raw: list[RawMention],
    *,
    duplicates: tuple[tuple[int, int], ...] = (),
    title: str | None = None,
) -> tuple[tuple[Entity, ...], tuple[Mention, ...]]:
    """Link the repaired mentions of a parsed article (see ``link``)."""
    return link(doc_text(doc), raw, duplicates=duplicates, title=title)
