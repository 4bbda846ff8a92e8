"""Immutable result types of the extraction engine.

Every offset is a character offset into the exact text that was analysed
(the article body), so a view can slice ``analysis.text[start:end]`` and get
the words a result came from.
"""

from __future__ import annotations

import re
from dataclasses import field
from typing import ClassVar

from .records import record

#: Evidence is a tuple of (start, end) character ranges.
Evidence = tuple[tuple[int, int], ...]


@record
class ArticleInput:
    """One text to analyse, with what is known about it (kept here so readers import it without the rules)."""

    text: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    meta: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        # A file name's undecodable bytes arrive as lone surrogates (surrogateescape): they become
        # U+FFFD here, one character for one, so every result is valid UTF-8 and offsets hold.
        for name in ("text", "title", "source"):
            value = getattr(self, name)
            if value is not None and _SURROGATES.search(value):
                object.__setattr__(self, name, _SURROGATES.sub("\ufffd", value))
        if any(_SURROGATES.search(k) or _SURROGATES.search(v) for k, v in self.meta):
            clean = tuple((_SURROGATES.sub("\ufffd", k), _SURROGATES.sub("\ufffd", v)) for k, v in self.meta)
            object.__setattr__(self, "meta", clean)


_SURROGATES = re.compile("[\ud800-\udfff]")


@record
class Span:
    """A stretch of the text, optionally resolved to a canonical entity id."""

    start: int
    end: int
    text: str
    entity: str | None = None


@record
class Sentence:
    """A sentence of the text, as character offsets."""

    start: int
    end: int


@record
class Mention:
    """One named-entity mention (after span repairs), linked to an entity."""

    start: int
    end: int
    text: str
    label: str
    entity: str
    #: True when the mention sits in text repeated verbatim earlier on
    #: (a photo caption printed twice): shown, but not counted twice.
    duplicate: bool = False
    #: True for a name inside another mention's name (tui.extract.nested_names): the place in
    #: "University of Southern Indiana". Rules read the flat mentions only.
    nested: bool = False


@record
class Entity:
    """A canonical entity: the longest name, its aliases and how often it occurs."""

    id: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()
    mention_count: int = 0
    salience: float = 0.0
    #: The library-wide identity (set when the article is seen with others: a library, an export).
    library_entity: str | None = None


@record
class CorefLink:
    """Words that stand for an entity or an earlier description ("the mayor", "he", "Trump")."""

    start: int
    end: int
    text: str
    #: The entity the words stand for (None when they stand for an unnamed description).
    entity: str | None
    #: The rule that made the link: surname, first_word, alias, role_title, introduced, org_noun,
    #: document_author, pronoun.
    rule: str
    #: The words linked to (the name, or the description that introduced it), when there are some.
    antecedent: tuple[int, int] | None = None


@record
class RoleFact:
    """A person holding a role ("Israeli National Security Adviser Tzachi Hanegbi")."""

    kind: ClassVar[str] = "role"
    text: str
    evidence: Evidence
    rule: str
    confidence: float
    person: Span
    role: Span
    affiliation: Span | None = None


@record
class QuoteFact:
    """Reported speech: who said what, direct (in quote marks) or indirect."""

    kind: ClassVar[str] = "quote"
    text: str
    evidence: Evidence
    rule: str
    confidence: float
    #: Who spoke: a mention that names the speaker ("Doug McCallum" for "the mayor said", "Carrie
    #: Lam" for "Lam said"), what an unnamed description stands for ("a senior Israeli official"),
    #: or the words at the cue when nothing says more.
    speaker: Span | None
    cue: Span | None
    content: Span
    direct: bool
    #: True when the speaker was resolved by a guess (a pronoun, a nearby name).
    heuristic: bool = False
    #: The words at the cue that tell who spoke ("the mayor", "he", "Lam"): the fact's evidence.
    speaker_local: Span | None = None
    #: How those words were linked to the speaker: name, surname, first_word, alias, pronoun,
    #: role_title, introduced, org_noun, document_author, salient_person (None: the words themselves).
    speaker_rule: str | None = None


@record
class EventFact:
    """Who did what to whom, where and when, with a CAMEO-like type."""

    kind: ClassVar[str] = "event"
    text: str
    evidence: Evidence
    rule: str
    confidence: float
    type: str
    trigger: Span
    actors: tuple[Span, ...] = ()
    targets: tuple[Span, ...] = ()
    place: Span | None = None
    time: Span | None = None
    #: ISO value of ``time`` when it could be resolved.
    date: str | None = None
    #: Whether it happened: asserted, negated, planned, cancelled, hypothetical or generic.
    factuality: str = "asserted"
    #: How many were killed, injured, arrested ... when the text counts them.
    count: int | None = None


@record
class DateFact:
    """A temporal expression with its TimeML value, resolved against the publication date when known."""

    kind: ClassVar[str] = "date"
    text: str
    evidence: Evidence
    rule: str
    confidence: float
    span: Span
    value: str | None
    granularity: str | None
    resolved: bool
    #: TimeML type: DATE, TIME, DURATION or SET.
    type: str = "DATE"
    #: For one end of a range ("1957-58"), the whole range; both ends share it.
    range: Span | None = None
    #: A SET's TimeML quantifier ("EVERY" for "every Sunday", "EACH") and frequency ("2X" for
    #: "twice a week"); None for other types and where the words tell none.
    quant: str | None = None
    freq: str | None = None


Fact = RoleFact | QuoteFact | EventFact | DateFact
FACT_KINDS: tuple[str, ...] = ("role", "event", "quote", "date")


def fact_entities(fact: Fact) -> tuple[tuple[str, str], ...]:
    """The entities a fact is about, each with its part in it: (entity id, part), first part first.

    Parts: a role's ``person`` and ``affiliation``, a quote's ``speaker``, an event's ``actor``,
    ``target`` and ``place``, and a date fact's ``date``: the DATE or TIME entity its words are
    (the date fact may cover fewer words than the entity's mention: "over 30 hours" -> "30 hours").
    """
    parts: list[tuple[str, Span | None]] = []
    if isinstance(fact, RoleFact):
        parts += [("person", fact.person), ("affiliation", fact.affiliation)]
    elif isinstance(fact, QuoteFact):
        parts.append(("speaker", fact.speaker))
    elif isinstance(fact, EventFact):
        parts += [("actor", s) for s in fact.actors] + [("target", s) for s in fact.targets]
        parts.append(("place", fact.place))
    elif isinstance(fact, DateFact):
        parts.append(("date", fact.span))
    links = [(span.entity, part) for part, span in parts if span is not None and span.entity]
    return tuple(dict.fromkeys(links))


@record
class ModelInfo:
    """The pipeline an analysis came from: its name and version."""

    name: str
    version: str


@record
class Analysis:
    """Everything the engine found in one article."""

    text: str
    title: str | None
    published: str | None
    source: str | None
    model: ModelInfo
    extractor_version: str
    sentences: tuple[Sentence, ...] = ()
    paragraphs: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    facts: tuple[Fact, ...] = ()
    #: Ranges of text that repeat earlier text verbatim.
    duplicates: tuple[tuple[int, int], ...] = ()
    #: Lines of front matter or metadata the caller passed (url, ...).
    meta: tuple[tuple[str, str], ...] = field(default=())
    #: Within-article coreference: short names, descriptions and pronouns linked (tui.extract.coref).
    links: tuple[CorefLink, ...] = ()

    def facts_of(self, kind: str) -> tuple[Fact, ...]:
        return tuple(f for f in self.facts if f.kind == kind)

    def entity(self, entity_id: str) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def mentions_of(self, entity_id: str) -> tuple[Mention, ...]:
        return tuple(m for m in self.mentions if m.entity == entity_id)

    @property
    def word_count(self) -> int:
        return len(self.text.split())
