"""Arguments of an event read off the parse (parties, places, times) and the draft they fill."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import DocContext
from .date_words import MONTH_NAMES, WEEKDAYS
from .event_participants import (
    is_unresolved_pronoun,
    resolve_group,
    resolve_participant,
)
from .event_types import PLACE_LABELS, PLACE_PREPOSITIONS, TIME_LABELS
from .sentence_index import entities_of_sentence
from .types import EventFact, Mention, Span
from .word_index import children_of, token_answers

if TYPE_CHECKING:
    from spacy.tokens import Token


def phrase(ctx: DocContext, token: Token) -> Span:
    """The name or short noun phrase headed by ``token`` (no clauses, no conjuncts)."""
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label not in TIME_LABELS and hit.label not in {"CARDINAL", "ORDINAL"}:
        # A title before the name stays with the role facts; the event names the person.
        return Span(hit.start, hit.end, hit.text, hit.entity)
    if token.lemma_.lower() in _ATTACK_NOUNS:
        # "Recent Israeli airstrikes targeted ...": who struck is the nationality, not the strikes.
        for child in children_of(token):
            hit = ctx.mention_at(child.idx, child.idx + len(child.text)) if child.dep_ in {"amod", "compound"} else None
            if hit is not None and is_agent_modifier(hit):
                return Span(hit.start, hit.end, hit.text, hit.entity)
    named = _named_apposition(ctx, token)
    if named is not None:
        return named  # "The city's security chief, Abdullah al-Jahafi": the name, not the title
    keep = [c for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"}]
    first = min([token.i, *(t.i for c in keep for t in c.subtree if t.dep_ not in {"cc", "conj"})])
    start = token.doc[first].idx
    end = token.idx + len(token.text)
    if token.lower_ in _QUANTIFIERS:  # "One of the victims"
        of = next((c for c in children_of(token) if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            last = max(t.i for t in of.subtree)
            end = token.doc[last].idx + len(token.doc[last].text)
    return ctx.span(start, end)


def is_agent_modifier(hit: Mention) -> bool:
    """"Israeli airstrikes", "Taliban attack", "US strikes" name who; "the El Paso shooting" names where."""
    return hit.label in {"NORP", "ORG"} or hit.label == "GPE" and hit.text.replace(".", "").isupper()


_DEMONSTRATIVES = {"this", "that", "these", "those"}
_ATTACK_NOUNS = {"airstrike", "strike", "attack", "raid", "bombing", "shelling", "offensive", "force", "forces", "troop",
                 "troops", "military", "army", "police", "jet", "warplane", "drone", "missile", "rocket"}
_QUANTIFIERS = {"one", "some", "many", "all", "none", "each", "both", "several", "most", "two", "three", "few"}
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}


def _named_apposition(ctx: DocContext, token: Token) -> Span | None:
    """A common-noun head with a name beside it: an apposition or a name compounded before it; for a title
    ("The American Samoan delegate to the U.S. House, Aumua Amata"), a person apposed anywhere in its phrase."""
    if token.pos_ == "NOUN":
        for inner in phrase_tokens(token):
            if inner.dep_ == "appos" and inner.pos_ == "PROPN" and inner.i != token.i:
                hit = ctx.mention_at(inner.idx, inner.idx + len(inner.text))
                if hit is not None and hit.label == "PERSON":
                    return Span(hit.start, hit.end, hit.text, hit.entity)
    for child in children_of(token):
        if child.dep_ in {"appos", "compound"} and child.pos_ == "PROPN":
            hit = ctx.mention_at(child.idx, child.idx + len(child.text))
            if hit is not None and hit.label in _NAME_LABELS and child.dep_ == "appos" or (
                hit is not None and hit.label == "PERSON"
            ):
                return Span(hit.start, hit.end, hit.text, hit.entity)
    return None


def _relative_antecedent(token: Token) -> Token | None:
    """"CNN, who reported", "..., which hit Harry Dunn": the noun the relative clause hangs on."""
    node = token.head
    while node.head.i != node.i and node.dep_ not in {"relcl", "acl"}:
        node = node.head
    if node.dep_ in {"relcl", "acl"} and node.head.pos_ in {"NOUN", "PROPN"}:
        return node.head
    # "according to CNN who reported": the noun just before, or nothing (better no one than the wrong one).
    for back in (1, 2):
        if token.i - back < 0:
            break
        before = token.doc[token.i - back]
        if before.pos_ in {"NOUN", "PROPN"}:
            return before
        if before.pos_ != "PUNCT":
            break
    return None


def split_shared_modifier(ctx: DocContext, head: Token) -> list[Span]:
    """Nationalities sharing one noun, each as its own actor; the noun itself is left to the summary."""
    for child in children_of(head):
        if child.dep_ == "amod":
            conjuncts = [child, *(c for c in children_of(child) if c.dep_ == "conj")]
            labels = [ctx.mention_at(t.idx, t.idx + len(t.text)) for t in conjuncts]
            if len(conjuncts) > 1 and all(m is not None and m.label in {"NORP", "GPE"} for m in labels):
                return [Span(m.start, m.end, m.text, m.entity) for m in labels if m is not None]
    return []


#: A C0 or C1 control character: no participant is written with one.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def parties(ctx: DocContext, head: Token | list[Token] | None) -> tuple[list[Span], list[str]]:
    """Spans of nouns and their conjuncts, with the words the summary shows for each."""
    firsts = head if isinstance(head, list) else [head] if head is not None else []
    # "..., which hit Harry Dunn": a relative pronoun stands for the noun the clause hangs on.
    antecedents = [_relative_antecedent(f) if f.tag_ in {"WDT", "WP"} else f for f in firsts]
    firsts = [f for f in antecedents if f is not None]
    heads = [t for f in firsts for t in (f, *(c for c in f.conjuncts if c.i > f.i))
             if t.pos_ not in {"VERB", "AUX", "PUNCT", "CCONJ"}]
    hits = {t.i: ctx.mention_at(t.idx, t.idx + len(t.text)) for t in heads}
    named = [t for t in heads if (m := hits[t.i]) is not None and m.label == "PERSON"]
    if named and len(heads) > len(named):
        # "Study co-author and geochemist Seth John": the titles go with the one name.
        heads = [t for t in heads if t in named or t.pos_ == "PROPN" or t.tag_ in {"PRP", "PRP$"}]
    spans: list[Span] = []
    words: list[str] = []
    for token in heads:
        hit = hits[token.i]
        if hit is not None and hit.label in {"QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"} or token.lemma_.lower() in _MEASURES:
            continue  # "transported more than 500 miles": a measure is no participant
        group = resolve_group(ctx, token)
        if group:
            spans += group
            words += [" ".join(g.text.split()) for g in group]
            continue
        resolved = resolve_participant(ctx, token)
        if resolved is not None:
            spans.append(resolved)  # "He" -> the person named before: the event names who it was
            words.append(" ".join(resolved.text.split()))
            continue
        if is_unresolved_pronoun(token) or token.tag_ in {"WDT", "WP", "EX"} or token.lower_ in _DEMONSTRATIVES:
            continue  # a pronoun ("he", "that", "who") names no one
        if any(c.dep_ == "det" and c.tag_ in {"WDT", "WP"} for c in children_of(token)):
            continue  # "what organizers estimated": a free relative, no one named
        shared = split_shared_modifier(ctx, token)
        if shared:
            spans += shared
            words += [f"{s.text} {token.text}" for s in shared]
            continue
        span = phrase(ctx, token)
        if _CONTROL.search(span.text):
            continue  # "clipboard \x1b]52;c;..." in a hostile file: an escape sequence's words name no one
        spans.append(span)
        words.append(" ".join(span.text.split()))
    return spans, words


_MEASURES = {"mile", "kilometre", "kilometer", "km", "metre", "meter", "foot", "feet", "acre", "percent", "dollar",
             "hour", "minute", "day", "week", "month", "year", "%"}


def prep_objects(verb: Token) -> list[tuple[str, Token]]:
    """(preposition, its object) of each prepositional phrase on the word ("met in Baku": ("in", Baku))."""
    answers = token_answers(verb.doc, "prep_objects")
    found: tuple[tuple[str, Token], ...] | None = answers.get(verb.i)
    if found is None:  # asked four or five times for each verb: read once
        found = answers[verb.i] = tuple(
            (prep.lower_, obj) for prep in children_of(verb) if prep.dep_ in {"prep", "agent", "dative"}
            for obj in children_of(prep) if obj.dep_ == "pobj"
        )
    return list(found)


def labelled(ctx: DocContext, token: Token, labels: frozenset[str]) -> Span | None:
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label in labels:
        return Span(hit.start, hit.end, hit.text, hit.entity)
    return None


_UNITS = re.compile(r"\b(second|minute|hour|day|night|week|month|year|decade|centur(y|ies))s?\b")
_ANCHORS = re.compile(
    r"\b(ago|later|earlier|last|next|this|previous|past|that|same|following|early|late|before|after|of|"
    rf"yesterday|today|tomorrow|tonight|morning|evening|afternoon|{'|'.join(MONTH_NAMES)}|{'|'.join(WEEKDAYS)})\b|\b\d{{4}}\b"
)


def is_duration(text: str) -> bool:
    """"20 years", "four days", "twelve minutes": a measure of time, never the time of an event."""
    lower = text.lower()
    return bool(_UNITS.search(lower)) and not _ANCHORS.search(lower)


def _time_span(ctx: DocContext, token: Token) -> Span | None:
    found = labelled(ctx, token, TIME_LABELS)
    if found is None or is_duration(found.text):
        return None
    before = ctx.doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.lower_ in {"for", "aged", "age"}:
        return None  # "for 40 years", "aged 86"
    return found


def time_of(ctx: DocContext, verb: Token) -> Span | None:
    """A date or time on the verb, else one hanging off its own clause ("killing ... on the night of June 21")."""
    candidates = [c for c in children_of(verb) if c.dep_ in {"npadvmod", "tmod", "advmod", "obl"}]
    candidates += [obj for prep, obj in prep_objects(verb) if prep in {"on", "in", "at", "during", "since", "by"}]
    for token in candidates:
        if found := _time_span(ctx, token):
            return found
    for ent in entities_of_sentence(verb):
        if ent.label_ not in TIME_LABELS:
            continue
        clause = _clause_verb(ent[0])
        if clause is not None and clause.i == verb.i and (
            found := _time_span(ctx, ent[0])
        ):
            return found
    return None


def _clause_verb(token: Token) -> Token | None:
    """The verb a time phrase hangs on, through prepositions only ("killing ... on the night of June 21")."""
    node = token
    for _ in range(4):
        if node.head.i == node.i or node.dep_ not in {"pobj", "prep", "npadvmod", "nmod", "compound", "appos", "tmod"}:
            return None
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def place_of(ctx: DocContext, verb: Token, objects: list[Token], kind: str) -> Span | None:
    """A place on the verb ("met ... in Azerbaijan"), else one inside its phrases ("bases in Syria")."""
    preps = PLACE_PREPOSITIONS | ({"to", "into"} if kind in {"deployment", "visit", "withdrawal", "transport"} else set())
    if kind in {"attack", "warning", "sanction", "statement", "appeal"}:
        preps = preps - {"on"}  # "attacks on the US": the target
    for prep, obj in prep_objects(verb):
        if prep in preps and (found := labelled(ctx, obj, PLACE_LABELS)):
            return found
    roots = [*objects, *(c for c in children_of(verb) if c.dep_ in {"prep", "agent"})]
    for root in roots:
        for token in phrase_tokens(root):
            if token.dep_ == "pobj" and token.head.lower_ in preps and (found := labelled(ctx, token, PLACE_LABELS)):
                return found
    return None


def phrase_tokens(root: Token) -> list[Token]:
    """The tokens of a phrase without the clauses inside it (another verb's places are its own)."""
    out, stack = [], [root]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in children_of(token) if c.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp"}]
    return sorted(out, key=lambda t: t.i)


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "dozen": 12,
    "dozens": 24, "hundred": 100, "hundreds": 200, "thousand": 1000, "thousands": 2000,
}


def number(token: Token) -> int | None:
    """The value of a number token ("seven", "71", "1,500")."""
    text = token.lower_.replace(",", "")
    if text.isdigit():
        return int(text)
    return _NUMBER_WORDS.get(text)


def count_of(heads: list[Token]) -> int | None:
    """How many the victims are: "seven riders", "at least 20", "71 people", "sixteen"."""
    for head in heads:
        if (head.pos_ == "NUM" or head.like_num) and (value := number(head)) is not None:
            return value
        for child in children_of(head):
            if child.dep_ == "nummod" and (value := number(child)) is not None:
                return value
    return None


_COUNTED = {"attack": "killed", "death": "dead", "disaster": "dead", "injure": "injured", "arrest": "arrested",
            "transport": "moved"}


def summary(
    kind: str, actors: list[str], targets: list[str], place: Span | None, time: Span | None, extras: list[str],
    *, factuality: str = "asserted", count: int | None = None,
) -> str:
    """One line: "meet: Israeli officials, Turkish officials in Azerbaijan, the previous night (hosted by ...)".

    An event that did not happen as told says so first: "visit (cancelled): ...".
    """
    label = kind if factuality == "asserted" else f"{kind} ({factuality})"
    text = f"{label}: {', '.join(actors) or '?'}"
    if targets:
        text += f" → {', '.join(targets)}"
    if place:
        text += f" in {place.text}"
    if time:
        text += f", {' '.join(time.text.split())}"
    if count is not None and kind in _COUNTED:
        extras = [f"{count} {_COUNTED[kind]}", *extras]
    if extras:
        text += f" ({'; '.join(extras)})"
    return text


class EventDraft:
    """A mutable event while the sentence is read; frozen into an EventFact at the end."""

    def __init__(self, kind: str, trigger: Span, sentence: int, rule: str) -> None:
        self.kind, self.trigger, self.sentence, self.rule = kind, trigger, sentence, rule
        #: A meeting noun is the verb's passive subject ("The summit was hosted by X").
        self.gathering = False
        self.actors: list[Span] = []
        self.actor_words: list[str] = []
        self.targets: list[Span] = []
        self.target_words: list[str] = []
        self.place: Span | None = None
        #: The place that owns an event noun ("its deaths" of a city): this happening's own place.
        self.own_place: Span | None = None
        self.time: Span | None = None
        self.extras: list[str] = []
        self.evidence: list[tuple[int, int]] = []
        self.confidence = 0.7
        #: Token index of the verb read, to join "X confirmed that <event>" afterwards.
        self.verb: int | None = None
        self.factuality = "asserted"
        self.count: int | None = None

    def add_parties(self, spans: list[Span], words: list[str], *, actors: bool) -> None:
        """Add participants not already there (by entity, else by text)."""
        have = {s.entity or s.text for s in (self.actors if actors else self.targets)}
        for span, word in zip(spans, words, strict=False):
            if (span.entity or span.text) in have:
                continue
            have.add(span.entity or span.text)
            (self.actors if actors else self.targets).append(span)
            (self.actor_words if actors else self.target_words).append(word)

    def entities(self) -> set[str]:
        return {s.entity for s in (*self.actors, *self.targets) if s.entity}

    def absorb(self, other: EventDraft) -> None:
        """Another telling of the same event: its parties, place, time and evidence join this one. A mere mention
        of it that adds nothing ("said someone at the meeting", "The talks focused on security") is no evidence
        of it: the evidence is the sentences that state the event and what is known of it."""
        known = (len(self.actors), len(self.targets), self.place, self.time, self.count, len(self.extras))
        self.add_parties(other.actors, other.actor_words, actors=True)
        self.add_parties(other.targets, other.target_words, actors=False)
        self.place = self.place or other.place
        self.time = self.time or other.time
        self.count = self.count if self.count is not None else other.count
        for extra in other.extras:
            if extra not in self.extras:
                self.extras.append(extra)
        told = (len(self.actors), len(self.targets), self.place, self.time, self.count, len(self.extras)) != known
        for ev in other.evidence if told or other.rule != "event.nominal" else ():
            if ev not in self.evidence:
                self.evidence.append(ev)
        self.confidence = min(0.95, max(self.confidence, other.confidence) + 0.05)

    def freeze(self, date_values: dict[int, str]) -> EventFact:
        date_value = date_values.get(self.time.start) if self.time else None
        return EventFact(
            text=summary(self.kind, self.actor_words, self.target_words, self.place, self.time, self.extras,
                         factuality=self.factuality, count=self.count),
            evidence=tuple(self.evidence), rule=self.rule, confidence=self.confidence, type=self.kind,
            trigger=self.trigger, actors=tuple(self.actors), targets=tuple(self.targets),
            place=self.place, time=self.time, date=date_value, factuality=self.factuality, count=self.count,
        )
