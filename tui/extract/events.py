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
from .event_arguments import EventDraft, labelled, parties, place_of, prep_objects, time_of
from .event_types import (
    ATTESTING_VERBS,
    EVENT_NOUNS,
    IDIOM_OBJECTS,
    LIGHT_VERBS,
    PARTICIPANT_VERBS,
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
_COREFERENCE_WINDOW = 15


def _trigger_type(verb: "Token") -> tuple[str, "Token"] | None:
    """The event type and trigger token of a verb, or None when it names no event."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in _OBJECTS:
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


def _is_reference(token: "Token | None") -> bool:
    """A definite event noun ("the meeting", "the talks") that points back at an event told before."""
    return (
        token is not None
        and token.lemma_.lower() in EVENT_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in token.children)
    )


def _read_verb(ctx: DocContext, verb: "Token", kind: str, trigger: "Token", index: int) -> EventDraft:
    draft = EventDraft(kind, ctx.span_of(trigger), index, "event.verb" if trigger.i == verb.i else "event.light_verb")
    draft.verb = verb.i
    subject = _subjects_of(verb, _SUBJECTS)
    passive = _subject_of(verb, _PASSIVE_SUBJECTS)
    agent = next((obj for prep, obj in prep_objects(verb) if prep == "by"), None)
    draft.actors, draft.actor_words = parties(ctx, agent if passive is not None else subject)
    objects = [c for c in verb.children if c.dep_ in _OBJECTS and c.i != trigger.i]
    if passive is not None and not _is_reference(passive):
        objects.append(passive)
    for obj in objects:
        spans, words = parties(ctx, obj)
        draft.targets += spans
        draft.target_words += words
    draft.place = place_of(ctx, verb, [*objects, trigger] if trigger.i != verb.i else objects, kind)
    clause = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if kind == "warning" and not objects and clause is not None:
        # "Jerusalem warned that Turkish military deployment ... would cross a red line": the warned-about.
        spans, words = parties(ctx, _subjects_of(clause, _SUBJECTS | _PASSIVE_SUBJECTS))
        draft.targets += spans
        draft.target_words += [f"about {w}" for w in words]
    draft.time = time_of(ctx, verb)
    for prep, obj in prep_objects(verb):
        if prep in TARGET_PREPOSITIONS and obj.lemma_.lower() not in EVENT_NOUNS:
            if labelled(ctx, obj, TIME_LABELS) or draft.place is not None and obj.idx == draft.place.start:
                continue
            spans, words = parties(ctx, obj)
            draft.targets += spans
            draft.target_words += [f"{prep} {w}" if prep != "with" else w for w in words]
    if any(w.lower() in _PRONOUNS for w in draft.actor_words):
        draft.confidence = 0.5  # who "he" is is left to the reader
    if draft.place:
        draft.confidence += 0.1
    sent = verb.sent
    draft.evidence.append((sent.start_char, sent.end_char))
    return draft


def _read_noun(ctx: DocContext, noun: "Token", index: int) -> EventDraft | None:
    """A named event with its parties inside the phrase: "a recent meeting with U.S. President Donald Trump"."""
    kind = EVENT_NOUNS.get(noun.lemma_.lower())
    if kind is None or noun.pos_ != "NOUN":
        return None
    if noun.dep_ in _OBJECTS and _trigger_type(noun.head) is not None:
        return None  # the object of its own trigger ("hold talks", "launch strikes")
    linked = [
        (prep, obj) for prep, obj in prep_objects(noun)
        if prep in {"with", "between", "against", "on", "to"} and not labelled(ctx, obj, TIME_LABELS)
    ]
    # "their meeting": whose it is lies in another sentence; a pronoun names no one.
    owners = [c for c in noun.children if c.dep_ == "poss" and c.tag_ not in {"PRP$", "PRP", "WP$"}]
    if not linked and not owners:
        return None  # "the meeting" alone names no one
    draft = EventDraft(kind, ctx.span_of(noun), index, "event.nominal")
    draft.confidence = 0.6
    draft.actors, draft.actor_words = parties(ctx, owners)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in _OBJECTS else None
    if not owners and verb is not None and verb.pos_ == "VERB":
        # "He raised the issue in a meeting with X", "Israel carried out airstrikes against X".
        draft.actors, draft.actor_words = parties(ctx, _subjects_of(verb, _SUBJECTS))
    for prep, obj in linked:
        if prep == "to" and kind == "visit" and labelled(ctx, obj, frozenset({"GPE", "LOC", "FAC"})):
            continue  # "a visit to Moscow": the place, read below
        spans, words = parties(ctx, obj)
        if prep == "between":
            draft.actors += spans
            draft.actor_words += words
        else:
            draft.targets += spans
            draft.target_words += words if prep == "with" else [f"{prep} {w}" for w in words]
    draft.place = place_of(ctx, noun, [], kind)
    draft.time = time_of(ctx, noun)
    if not draft.actors and not draft.targets:
        return None
    draft.evidence.append((noun.sent.start_char, noun.sent.end_char))
    return draft


def _refers_back(events: list[EventDraft], index: int, kind: str) -> EventDraft | None:
    for event in reversed(events):
        if event.kind == kind and index - event.sentence <= _COREFERENCE_WINDOW:
            return event
    return None


def _merge_participants(ctx: DocContext, verb: "Token", event: EventDraft) -> bool:
    """Add "hosted by X" (passive) or "including X" (active) to an event told before."""
    phrase = PARTICIPANT_VERBS.get(verb.lemma_.lower())
    if phrase is None:
        return False
    agent = next((obj for prep, obj in prep_objects(verb) if prep == "by"), None)
    party = agent if agent is not None else next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    spans, words = parties(ctx, party)
    if not spans:
        return True  # "The meeting was held under ...": nothing new, but no new event either
    event.actors += spans
    event.extras.append(f"{phrase} {', '.join(words)}")
    event.confidence = min(0.95, event.confidence + 0.1)
    sent = verb.sent
    if (sent.start_char, sent.end_char) not in event.evidence:
        event.evidence.append((sent.start_char, sent.end_char))
    return True


def _attest(ctx: DocContext, verb: "Token", events: list[EventDraft], index: int) -> bool:
    """"Turkish sources also confirmed the meeting": who vouches for an event told before."""
    told = next((c for c in verb.children if c.dep_ in _OBJECTS and _is_reference(c)), None)
    phrase = ATTESTING_VERBS.get(verb.lemma_.lower())
    if told is None or phrase is None:
        return False
    earlier = _refers_back(events, index, EVENT_NOUNS[told.lemma_.lower()])
    _, words = parties(ctx, _subjects_of(verb, _SUBJECTS))
    if earlier is None or not words:
        return False
    # The sources vouch for the event; they did not take part in it, so they are no actors.
    earlier.extras.append(f"{phrase} {', '.join(words)}")
    sent = verb.sent
    if (sent.start_char, sent.end_char) not in earlier.evidence:
        earlier.evidence.append((sent.start_char, sent.end_char))
    return True


def extract_events(ctx: DocContext, *, date_values: dict[int, str] | None = None) -> list[EventFact]:
    """Events in text order, outside repeated captions; ``date_values`` from ``dates.date_values``."""
    if date_values is None:
        date_values = dates.date_values(dates.extract_dates(ctx), ctx)
    events: list[EventDraft] = []
    for index, sent in enumerate(ctx.doc.sents):
        if ctx.in_duplicate(sent.start_char):
            continue
        for verb in sent:
            if verb.pos_ == "NOUN" and (named := _read_noun(ctx, verb, index)) is not None:
                events.append(named)
                continue
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
            if typed[0] == "statement" and _attest(ctx, verb, events, index):
                continue
            draft = _read_verb(ctx, verb, typed[0], typed[1], index)
            speakers_only = draft.actor_words and all(w.lower() in _SPEAKER_PRONOUNS for w in draft.actor_words)
            if (draft.actors or draft.targets) and not speakers_only:  # a bare verb says too little
                events.append(draft)
    return [e.freeze(date_values) for e in _join_attestations(ctx, events)]


def _join_attestations(ctx: DocContext, events: list[EventDraft]) -> list[EventDraft]:
    """"Jerusalem confirmed on Thursday that officials met": the confirmation joins the meeting."""
    by_verb = {e.verb: e for e in events if e.verb is not None}
    kept = []
    for event in events:
        phrase = ATTESTING_VERBS.get(ctx.doc[event.verb].lemma_.lower()) if event.verb is not None else None
        clauses = [c.i for c in ctx.doc[event.verb].children if c.dep_ == "ccomp"] if phrase else []
        told = next((by_verb[i] for i in clauses if i in by_verb and by_verb[i].kind != "statement"), None)
        if told is None or not event.actor_words:
            kept.append(event)
            continue
        when = f" {_as_written(ctx, event.time)}" if event.time else ""
        told.extras.insert(0, f"{phrase} {', '.join(event.actor_words)}{when}")
    return kept


def _as_written(ctx: DocContext, time: Span) -> str:
    """A time with its preposition as the text has it ("on Thursday")."""
    first = ctx.doc.char_span(time.start, time.end, alignment_mode="expand")
    words = " ".join(time.text.split())
    if first is not None and first.start > 0 and first.doc[first.start - 1].dep_ == "prep":
        return f"{first.doc[first.start - 1].text} {words}"
    return words
