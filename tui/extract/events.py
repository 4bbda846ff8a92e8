"""Event facts: who did what to whom, where and when, typed from the trigger's lemma.

Triggers are verbs from a closed lexicon (``event_types``) or a light verb with its object
("hold talks", "reach a deal"); every other verb is ignored, and so are negated, modal and
infinitive ones ("would cross", "to block"): they did not happen. Arguments come from the
dependency parse:

* actors: the subject and its conjuncts, or the ``by`` agent of a passive; a nationality shared
  by a plural noun is split ("Israeli and Turkish officials" -> Israeli officials, Turkish officials);
* targets: the object, a passive subject, and objects of "with", "against", "on" ...;
* place: a GPE/LOC/FAC object of "in", "at", "near" (on the verb, else inside the object);
* time: a DATE/TIME mention hanging off the verb, its ISO ``date`` taken from the date facts.

A definite "the meeting" that is "hosted by", "led by" ... a person refers back to the last
meeting told: that event gains the participant and the evidence instead of a new event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import dates
from .context import DocContext
from .event_types import (
    EVENT_NOUNS,
    IDIOM_OBJECTS,
    LIGHT_VERBS,
    PARTICIPANT_VERBS,
    PLACE_LABELS,
    PLACE_PREPOSITIONS,
    TARGET_PREPOSITIONS,
    TIME_LABELS,
    VERB_TYPES,
)
from .types import EventFact, Span

if TYPE_CHECKING:
    from spacy.tokens import Token

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
_OBJECTS = {"dobj", "obj", "attr", "oprd"}
_MODALS = {"would", "could", "may", "might", "should", "must", "can", "will", "shall"}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "who", "which", "that"}
#: Interviews speak of "I" and "you": what they did is no news event.
_SPEAKER_PRONOUNS = {"i", "we", "you"}
#: How far back (in sentences) "the meeting" may refer to a meeting already told.
_COREFERENCE_WINDOW = 8


def _trigger_type(verb: "Token") -> tuple[str, "Token"] | None:
    """The event type and trigger token of a verb, or None when it names no event."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in _OBJECTS | {"dobj"}:
            light = LIGHT_VERBS.get((lemma, child.lemma_.lower())) or LIGHT_VERBS.get((lemma, child.lower_))
            if light:
                return light, child
    if lemma in VERB_TYPES:
        return VERB_TYPES[lemma], verb
    return None


def _did_not_happen(verb: "Token") -> bool:
    """Negated, modal or infinitive verbs report no event that took place."""
    if verb.dep_ in {"xcomp", "pcomp"} or verb.sent.text.rstrip().endswith("?"):
        return True  # "offered to help mediate", "thank you for agreeing", a question
    if verb.tag_ == "VBG" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return True  # a participle describing a noun ("missiles targeting US troops")
    if any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in IDIOM_OBJECTS for c in verb.children):
        return True
    for subject in verb.children:
        if subject.dep_ in _SUBJECTS | _PASSIVE_SUBJECTS and any(d.lower_ == "no" for d in subject.children):
            return True  # "No cause of death was announced"
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "aux" and (child.lower_ in _MODALS or child.lower_ == "to"):
            return True
    return False


def _subjects_of(verb: "Token", deps: set[str]) -> list["Token"]:
    """The verb's own subjects, or those it shares as a conjunct ("was held ... and hosted by")."""
    node = verb
    while True:
        found = [c for c in node.children if c.dep_ in deps]
        if found or node.dep_ != "conj" or node.head.i == node.i:
            return found
        node = node.head


def _subject_of(verb: "Token", deps: set[str]) -> "Token | None":
    found = _subjects_of(verb, deps)
    return found[0] if found else None


def _phrase(ctx: DocContext, token: "Token") -> Span:
    """The name or short noun phrase headed by ``token`` (no clauses, no conjuncts, no article)."""
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label not in TIME_LABELS and hit.label not in {"CARDINAL", "ORDINAL"}:
        # A title before the name stays with the role facts; the event names the person.
        return Span(hit.start, hit.end, hit.text, hit.entity)
    keep = [c for c in token.lefts if c.dep_ in {"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"}]
    first = min([token.i, *(t.i for c in keep for t in c.subtree if t.dep_ not in {"cc", "conj"})])
    start = token.doc[first].idx
    return ctx.span(start, token.idx + len(token.text))


def _split_shared_modifier(ctx: DocContext, head: "Token") -> list[Span]:
    """Nationalities sharing one noun, each as its own actor; the noun itself is left to the summary."""
    for child in head.children:
        if child.dep_ == "amod":
            conjuncts = [child, *(c for c in child.children if c.dep_ == "conj")]
            labels = [ctx.mention_at(t.idx, t.idx + len(t.text)) for t in conjuncts]
            if len(conjuncts) > 1 and all(m is not None and m.label in {"NORP", "GPE"} for m in labels):
                return [Span(m.start, m.end, m.text, m.entity) for m in labels if m is not None]
    return []


def _parties(ctx: DocContext, head: "Token | list[Token] | None") -> tuple[list[Span], list[str]]:
    """Spans of nouns and their conjuncts, with the words the summary shows for each."""
    firsts = head if isinstance(head, list) else [head] if head is not None else []
    # "..., which hit Harry Dunn": a relative pronoun stands for the noun the clause hangs on.
    firsts = [f.head.head if f.tag_ in {"WDT", "WP"} and f.head.dep_ == "relcl" else f for f in firsts]
    heads = [t for f in firsts for t in (f, *(c for c in f.conjuncts if c.i > f.i)) if t.pos_ not in {"VERB", "AUX"}]
    spans: list[Span] = []
    words: list[str] = []
    for token in heads:
        shared = _split_shared_modifier(ctx, token)
        if shared:
            spans += shared
            words += [f"{s.text} {token.text}" for s in shared]
            continue
        span = _phrase(ctx, token)
        spans.append(span)
        words.append(" ".join(span.text.split()))
    return spans, words


def _prep_objects(verb: "Token") -> list[tuple[str, "Token"]]:
    return [(prep.lower_, obj) for prep in verb.children if prep.dep_ in {"prep", "agent", "dative"}
            for obj in prep.children if obj.dep_ == "pobj"]


def _labelled(ctx: DocContext, token: "Token", labels: frozenset[str]) -> Span | None:
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None and hit.label in labels:
        return Span(hit.start, hit.end, hit.text, hit.entity)
    return None


def _time_of(ctx: DocContext, verb: "Token") -> Span | None:
    candidates = [c for c in verb.children if c.dep_ in {"npadvmod", "tmod", "advmod", "obl"}]
    candidates += [obj for prep, obj in _prep_objects(verb) if prep in {"on", "in", "at", "during", "since", "by"}]
    for token in candidates:
        found = _labelled(ctx, token, TIME_LABELS)
        if found:
            return found
    return None


def _place_of(ctx: DocContext, verb: "Token", objects: list["Token"], kind: str) -> Span | None:
    """A place on the verb ("met ... in Azerbaijan"), else one inside its phrases ("bases in Syria")."""
    preps = PLACE_PREPOSITIONS | ({"to", "into"} if kind in {"deployment", "visit", "withdrawal"} else set())
    for prep, obj in _prep_objects(verb):
        if prep in preps and (found := _labelled(ctx, obj, PLACE_LABELS)):
            return found
    roots = [*objects, *(c for c in verb.children if c.dep_ in {"prep", "agent"})]
    for root in roots:
        for token in _phrase_tokens(root):
            if token.dep_ == "pobj" and token.head.lower_ in preps:
                if found := _labelled(ctx, token, PLACE_LABELS):
                    return found
    return None


def _phrase_tokens(root: "Token") -> list["Token"]:
    """The tokens of a phrase without the clauses inside it (another verb's places are its own)."""
    out, stack = [], [root]
    while stack:
        token = stack.pop()
        out.append(token)
        stack += [c for c in token.children if c.dep_ not in {"relcl", "acl", "advcl", "ccomp", "xcomp"}]
    return sorted(out, key=lambda t: t.i)


def _summary(kind: str, actors: list[str], targets: list[str], place: Span | None, time: Span | None,
             extras: list[str]) -> str:
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


def _is_reference(token: "Token | None") -> bool:
    """A definite event noun ("the meeting", "the talks") that points back at an event told before."""
    return (
        token is not None
        and token.lemma_.lower() in EVENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    )


class _Draft:
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

    def freeze(self, date_values: dict[int, str]) -> EventFact:
        date_value = date_values.get(self.time.start) if self.time else None
        return EventFact(
            text=_summary(self.kind, self.actor_words, self.target_words, self.place, self.time, self.extras),
            evidence=tuple(self.evidence), rule=self.rule, confidence=self.confidence, type=self.kind,
            trigger=self.trigger, actors=tuple(self.actors), targets=tuple(self.targets),
            place=self.place, time=self.time, date=date_value,
        )


def _read_verb(ctx: DocContext, verb: "Token", kind: str, trigger: "Token", index: int) -> _Draft:
    draft = _Draft(kind, ctx.span_of(trigger), index, "event.verb" if trigger.i == verb.i else "event.light_verb")
    subject = _subjects_of(verb, _SUBJECTS)
    passive = _subject_of(verb, _PASSIVE_SUBJECTS)
    agent = next((obj for prep, obj in _prep_objects(verb) if prep == "by"), None)
    draft.actors, draft.actor_words = _parties(ctx, agent if passive is not None else subject)
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i != trigger.i]
    if passive is not None and not _is_reference(passive):
        objects.append(passive)
    for obj in objects:
        spans, words = _parties(ctx, obj)
        draft.targets += spans
        draft.target_words += words
    draft.place = _place_of(ctx, verb, [*objects, trigger] if trigger.i != verb.i else objects, kind)
    draft.time = _time_of(ctx, verb)
    for prep, obj in _prep_objects(verb):
        if prep in TARGET_PREPOSITIONS and obj.lemma_.lower() not in EVENT_NOUNS:
            if _labelled(ctx, obj, TIME_LABELS) or draft.place is not None and obj.idx == draft.place.start:
                continue
            spans, words = _parties(ctx, obj)
            draft.targets += spans
            draft.target_words += [f"{prep} {w}" if prep != "with" else w for w in words]
    if any(w.lower() in _PRONOUNS for w in draft.actor_words):
        draft.confidence = 0.5  # who "he" is is left to the reader
    if draft.place:
        draft.confidence += 0.1
    sent = verb.sent
    draft.evidence.append((sent.start_char, sent.end_char))
    return draft


def _refers_back(events: list[_Draft], index: int, kind: str) -> _Draft | None:
    for event in reversed(events):
        if event.kind == kind and index - event.sentence <= _COREFERENCE_WINDOW:
            return event
    return None


def _merge_participants(ctx: DocContext, verb: "Token", event: _Draft) -> bool:
    """Add "hosted by X" (passive) or "including X" (active) to an event told before."""
    phrase = PARTICIPANT_VERBS.get(verb.lemma_.lower())
    if phrase is None:
        return False
    agent = next((obj for prep, obj in _prep_objects(verb) if prep == "by"), None)
    party = agent if agent is not None else next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    spans, words = _parties(ctx, party)
    if not spans:
        return True  # "The meeting was held under ...": nothing new, but no new event either
    event.actors += spans
    event.extras.append(f"{phrase} {', '.join(words)}")
    event.confidence = min(0.95, event.confidence + 0.1)
    sent = verb.sent
    if (sent.start_char, sent.end_char) not in event.evidence:
        event.evidence.append((sent.start_char, sent.end_char))
    return True


def extract_events(ctx: DocContext) -> list[EventFact]:
    """Events in text order, outside repeated captions."""
    date_values = {f.span.start: f.value for f in dates.extract_dates(ctx) if f.value}
    events: list[_Draft] = []
    for index, sent in enumerate(ctx.doc.sents):
        if ctx.in_duplicate(sent.start_char):
            continue
        for verb in sent:
            if verb.pos_ not in {"VERB", "AUX"} or verb.pos_ == "AUX" and verb.dep_ != "ROOT":
                continue
            reference = _subject_of(verb, _PASSIVE_SUBJECTS | _SUBJECTS)
            if _is_reference(reference):
                earlier = _refers_back(events, index, EVENT_NOUNS[reference.lemma_.lower()])
                if earlier is not None and _merge_participants(ctx, verb, earlier):
                    continue
            typed = _trigger_type(verb)
            if typed is None or _did_not_happen(verb):
                continue
            draft = _read_verb(ctx, verb, typed[0], typed[1], index)
            speakers_only = draft.actor_words and all(w.lower() in _SPEAKER_PRONOUNS for w in draft.actor_words)
            if (draft.actors or draft.targets) and not speakers_only:  # a bare verb says too little
                events.append(draft)
    return [e.freeze(date_values) for e in events]
