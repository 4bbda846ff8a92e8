"""Arguments of an event read off the parse (parties, places, times) and the draft they fill."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import DocContext
from .event_types import PLACE_LABELS, PLACE_PREPOSITIONS, TIME_LABELS
from .types import EventFact, Span

if TYPE_CHECKING:
    from spacy.tokens import Token


def phrase(ctx: DocContext, token: "Token") -> Span:
    """The name or short noun phrase headed by ``token`` (no clauses, no conjuncts)."""
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label not in TIME_LABELS and hit.label not in {"CARDINAL", "ORDINAL"}:
        # A title before the name stays with the role facts; the event names the person.
        return Span(hit.start, hit.end, hit.text, hit.entity)
    keep = [c for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"}]
    first = min([token.i, *(t.i for c in keep for t in c.subtree if t.dep_ not in {"cc", "conj"})])
    start = token.doc[first].idx
    return ctx.span(start, token.idx + len(token.text))


def split_shared_modifier(ctx: DocContext, head: "Token") -> list[Span]:
    """Nationalities sharing one noun, each as its own actor; the noun itself is left to the summary."""
    for child in head.children:
        if child.dep_ == "amod":
            conjuncts = [child, *(c for c in child.children if c.dep_ == "conj")]
            labels = [ctx.mention_at(t.idx, t.idx + len(t.text)) for t in conjuncts]
            if len(conjuncts) > 1 and all(m is not None and m.label in {"NORP", "GPE"} for m in labels):
                return [Span(m.start, m.end, m.text, m.entity) for m in labels if m is not None]
    return []


def parties(ctx: DocContext, head: "Token | list[Token] | None") -> tuple[list[Span], list[str]]:
    """Spans of nouns and their conjuncts, with the words the summary shows for each."""
    firsts = head if isinstance(head, list) else [head] if head is not None else []
    # "..., which hit Harry Dunn": a relative pronoun stands for the noun the clause hangs on.
    firsts = [f.head.head if f.tag_ in {"WDT", "WP"} and f.head.dep_ == "relcl" else f for f in firsts]
    heads = [t for f in firsts for t in (f, *(c for c in f.conjuncts if c.i > f.i)) if t.pos_ not in {"VERB", "AUX"}]
    spans: list[Span] = []
    words: list[str] = []
    for token in heads:
        shared = split_shared_modifier(ctx, token)
        if shared:
            spans += shared
            words += [f"{s.text} {token.text}" for s in shared]
            continue
        span = phrase(ctx, token)
        spans.append(span)
        words.append(" ".join(span.text.split()))
    return spans, words


def prep_objects(verb: "Token") -> list[tuple[str, "Token"]]:
    return [(prep.lower_, obj) for prep in verb.children if prep.dep_ in {"prep", "agent", "dative"}
            for obj in prep.children if obj.dep_ == "pobj"]


def labelled(ctx: DocContext, token: "Token", labels: frozenset[str]) -> Span | None:
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label in labels:
        return Span(hit.start, hit.end, hit.text, hit.entity)
    return None


def time_of(ctx: DocContext, verb: "Token") -> Span | None:
    candidates = [c for c in verb.children if c.dep_ in {"npadvmod", "tmod", "advmod", "obl"}]
    candidates += [obj for prep, obj in prep_objects(verb) if prep in {"on", "in", "at", "during", "since", "by"}]
    for token in candidates:
        found = labelled(ctx, token, TIME_LABELS)
        if found:
            return found
    return None


def place_of(ctx: DocContext, verb: "Token", objects: list["Token"], kind: str) -> Span | None:
    """A place on the verb ("met ... in Azerbaijan"), else one inside its phrases ("bases in Syria")."""
    preps = PLACE_PREPOSITIONS | ({"to", "into"} if kind in {"deployment", "visit", "withdrawal"} else set())
    for prep, obj in prep_objects(verb):
        if prep in preps and (found := labelled(ctx, obj, PLACE_LABELS)):
            return found
    roots = [*objects, *(c for c in verb.children if c.dep_ in {"prep", "agent"})]
    for root in roots:
        for token in phrase_tokens(root):
            if token.dep_ == "pobj" and token.head.lower_ in preps:
                if found := labelled(ctx, token, PLACE_LABELS):
                    return found
    return None


def phrase_tokens(root: "Token") -> list["Token"]:
    """The tokens of a phrase without the clauses inside it (another verb's places are its own)."""
    out, stack = [], [root]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in token.children if c.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp"}]
    return sorted(out, key=lambda t: t.i)


def summary(
    kind: str, actors: list[str], targets: list[str], place: Span | None, time: Span | None, extras: list[str]
) -> str:
    """One line: "meet: Israeli officials, Turkish officials in Azerbaijan, the previous night (hosted by ...)"."""
    text = f"{kind}: {', '.join(actors) or '?'}"
    if targets:
        text += f" → {', '.join(targets)}"
    if place:
        text += f" in {place.text}"
    if time:
        text += f", {' '.join(time.text.split())}"
    if extras:
        text += f" ({'; '.join(extras)})"
    return text


class EventDraft:
    """A mutable event while the sentence is read; frozen into an EventFact at the end."""

    def __init__(self, kind: str, trigger: Span, sentence: int, rule: str) -> None:
        self.kind, self.trigger, self.sentence, self.rule = kind, trigger, sentence, rule
        self.actors: list[Span] = []
        self.actor_words: list[str] = []
        self.targets: list[Span] = []
        self.target_words: list[str] = []
        self.place: Span | None = None
        self.time: Span | None = None
        self.extras: list[str] = []
        self.evidence: list[tuple[int, int]] = []
        self.confidence = 0.7
        #: Token index of the verb read, to join "X confirmed that <event>" afterwards.
        self.verb: int | None = None

    def freeze(self, date_values: dict[int, str]) -> EventFact:
        date_value = date_values.get(self.time.start) if self.time else None
        return EventFact(
            text=summary(self.kind, self.actor_words, self.target_words, self.place, self.time, self.extras),
            evidence=tuple(self.evidence), rule=self.rule, confidence=self.confidence, type=self.kind,
            trigger=self.trigger, actors=tuple(self.actors), targets=tuple(self.targets),
            place=self.place, time=self.time, date=date_value,
        )
