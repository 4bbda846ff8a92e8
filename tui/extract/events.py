"""Event facts: who did what to whom, where and when, typed after ACE/KAIROS (see ``event_types``).

Triggers are verbs, multi-word predicates ("file a lawsuit", "test positive", "step down") and
event nouns ("the bombing", "his death"), from the inventory in ``event_types``; their type is
then read in context (``event_meaning``): an attack on an idea is a statement, a lawsuit
dismissed a ruling, a death by fire no attack. Each event says whether it happened
(``event_factuality``). Arguments come from the dependency parse:

* actors: the subject and its conjuncts, or the ``by`` agent of a passive (a pronoun or "the
  governor" resolved to the person named before, ``event_participants``); the one who dies, is
  diagnosed or falls ill is a target;
* targets: the object, a passive subject, and objects of "with", "against", "on" ...;
* place: a GPE/LOC/FAC object of "in", "at", "near" (on the verb, else inside the object);
* time: a DATE/TIME mention of the verb's clause (never a duration), its ISO ``date`` from the date facts;
* count: how many were killed, injured or arrested.

One event told several times is one fact: "the meeting was hosted by", "the attack", "his death",
a second telling of a death or attack on the same person join the event told first, whose
evidence then lists every sentence.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, TypeGuard

from . import dates, sentence_index
from .context import DocContext
from .dash_asides import dash_aside
from .event_arguments import (
    EventDraft,
    count_of,
    is_agent_modifier,
    is_duration,
    labelled,
    parties,
    place_of,
    prep_objects,
    time_of,
)
from .event_factuality import noun_factuality, verb_factuality
from .event_meaning import INSTITUTIONS, PEOPLE, noun_type, verb_type
from .event_types import (
    ATTESTING_VERBS,
    COMPLEMENT_VERBS,
    COUNTED_TYPES,
    EVENT_NOUNS,
    IDIOM_OBJECTS,
    LIGHT_VERBS,
    PARTICIPANT_VERBS,
    PHRASAL_VERBS,
    SELF_STANDING_NOUNS,
    TARGET_PREPOSITIONS,
    TIME_LABELS,
    VERB_TYPES,
)
from .sentence_index import sentence_of
from .types import EventFact, Span
from .word_index import children_of, column, distinct, sentences, span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_SUBJECTS = {"nsubj", "csubj"}
_PASSIVE_SUBJECTS = {"nsubjpass", "csubjpass"}
_OBJECTS = {"dobj", "obj", "attr", "oprd"}
#: Interviews speak of "I" and "you": what they did is no news event.
_SPEAKER_PRONOUNS = {"i", "we", "you"}
#: How far back (in sentences) "the meeting" may refer to a meeting already told.
_COREFERENCE_WINDOW = 15
#: Types whose subject is the one it happens to ("Chirac died", "Trump tested positive").
_PATIENT_SUBJECT = {"death", "diagnosis"}
#: Movement verbs whose subject, with no object, is who is moved ("Residents evacuated"): a target, as
#: "were evacuated" makes them.
_MOVED_SUBJECT = {"evacuate"}
#: Types told once per happening: a second telling with the same person is the same event.
_ONCE_PER_PERSON = {"attack", "death", "arrest", "injure", "charge", "convict", "sentence", "resign", "diagnosis",
                    "elect", "take_office", "dismiss", "appoint"}
#: Types whose "with", "against", "on" objects are the other party ("met with X", "strikes against X").
_PREP_TARGET_TYPES = {"attack", "meet", "agreement", "cooperate", "warning", "protest", "sanction", "mediate", "appeal",
                      "deployment", "lawsuit", "visit", "withdrawal", "damage"}
_FAMILIES = ({"attack", "death"}, {"attack", "injure"}, {"charge", "trial", "convict", "sentence"})


def _same_kind(a: str, b: str) -> bool:
    return a == b or any(a in f and b in f for f in _FAMILIES)


def _trigger_type(ctx: DocContext, verb: Token) -> tuple[str, Token] | None:
    """The event type and trigger token of a verb, or None when it names no event here."""
    lemma = verb.lemma_.lower()
    kids = children_of(verb)
    for child in kids:
        dep, lower = child.dep_, child.lower_  # read once: each is a string lookup
        if dep in _OBJECTS:
            light = LIGHT_VERBS.get((lemma, child.lemma_.lower())) or LIGHT_VERBS.get((lemma, lower))
            if light:
                return light, child
        if (lemma, lower) in PHRASAL_VERBS and (
            dep in {"prt", "advmod"} or dep == "prep" and not any(c.dep_ == "dobj" for c in kids)
        ):
            phrasal = PHRASAL_VERBS[(lemma, lower)]
            return (phrasal, verb) if phrasal else None  # "called off": no event of its own
        if lemma in {"take", "place", "put"} and dep == "prep" and lower in {"into", "under", "in"} and any(
            g.lemma_.lower() in {"custody", "arrest", "detention"} for g in children_of(child)
        ):
            return "arrest", verb  # "was taken into custody", "placed under arrest"
        if lemma == "set" and dep == "prep" and lower == "on" and any(
            g.lemma_.lower() == "fire" for g in children_of(child)
        ):
            return "attack", verb  # "set himself on fire", "set the building on fire"
        if dep in {"acomp", "oprd", "advmod", "neg", "dobj"} and (lemma, lower) in COMPLEMENT_VERBS:
            if lower == "guilty" and any(t.lower_ in {"not", "n't"} for t in (*children_of(child), *kids)):
                return ("trial" if lemma == "plead" else "ruling"), verb  # "pled not guilty", "found not guilty"
            return COMPLEMENT_VERBS[(lemma, lower)], verb
    if lemma in VERB_TYPES:
        kind = verb_type(ctx, verb, VERB_TYPES[lemma])
        return (kind, verb) if kind else None
    return None


def _misparsed_subject(verb: Token) -> bool:
    """A finite verb read as a clause on its subject: "The chief, Abdullah al-Jahafi, announced ..." (no "by")."""
    if verb.dep_ != "acl" or verb.head.pos_ not in {"NOUN", "PROPN"} or verb.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"agent", "auxpass"} for c in children_of(verb)):
        return False
    return verb.tag_ == "VBD" or any(c.dep_ == "appos" for c in children_of(verb.head))


def _no_event(verb: Token) -> bool:
    """Words that look like a trigger but tell no happening: modifiers, idioms, courtesies."""
    if verb.dep_ == "pcomp" and verb.head.lower_ in {"before", "after", "following", "since", "upon", "by"}:
        return False  # "before losing reelection", "after being shot"
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "PROPN":
        return False  # "Hagan, first elected to Congress in 2008, ..."
    if _misparsed_subject(verb):
        return False  # "The city's security chief, Abdullah al-Jahafi, announced ...": a misparsed subject
    if verb.dep_ in {"pcomp", "amod", "acl", "compound"} and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        return True  # "thank you for agreeing", "missiles targeting US troops", "a statement released by"
    if verb.dep_ == "relcl" and verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in children_of(verb)):
        return True
    return bool(any(c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in IDIOM_OBJECTS for c in children_of(verb)))


def _subjects_of(verb: Token, deps: set[str]) -> list[Token]:
    """The verb's own subjects, or those it shares as a conjunct, a participle or an infinitive."""
    node = verb
    while True:
        found = [c for c in children_of(node) if c.dep_ in deps]
        if found or node.head.i == node.i:
            return found
        if node.dep_ == "conj" or node.dep_ == "advcl" and node.tag_ == "VBG":
            node = node.head  # "was held ... and hosted by", "crashed ..., killing seven"
        elif node.dep_ == "pcomp" and node.head.head.pos_ in {"VERB", "AUX"}:
            node = node.head.head  # "died ... after being shot": who died was shot
        elif node.dep_ == "xcomp" and deps == _SUBJECTS:
            controller = _object_controller(node.head)
            if controller is not None:
                return [controller]  # "urged Trump to meet Putin", "call on the Prime Minister not to trade"
            node = node.head  # "voted to pass the bill": who voted passed it
        else:
            return found


#: Verbs whose object does what their infinitive says ("urged Trump to meet Putin", "called on X to resign").
_OBJECT_CONTROL = {"urge", "ask", "tell", "order", "force", "persuade", "encourage", "invite", "allow", "require",
                   "call", "press", "pressure", "push", "warn", "advise", "instruct", "compel", "help", "enable"}


def _object_controller(head: Token) -> Token | None:
    """Who an infinitive under ``head`` is about when ``head`` controls it by its object: the direct object,
    or the object of "call on" / "press for"."""
    if head.lemma_.lower() not in _OBJECT_CONTROL:
        return None
    for child in children_of(head):
        if child.dep_ == "dobj":
            return child
        if child.dep_ == "prep" and child.lower_ in {"on", "upon"}:
            return next((c for c in children_of(child) if c.dep_ == "pobj"), None)
    return None


def _subject_of(verb: Token, deps: set[str]) -> Token | None:
    found = _subjects_of(verb, deps)
    return found[0] if found else None


def _is_reference(token: Token | None) -> TypeGuard[Token]:
    """A definite event noun ("the meeting", "his death") that points back at an event told before."""
    return (
        token is not None
        and token.lemma_.lower() in EVENT_NOUNS
        and any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(token))
    )


def _is_cause(ctx: DocContext, token: Token) -> bool:
    from .event_meaning import NATURAL_CAUSES, STORMS

    return token.lemma_.lower() in NATURAL_CAUSES | STORMS or EVENT_NOUNS.get(token.lemma_.lower()) == "disaster"


_LEGAL_HOLDERS = {"sentence", "conviction", "lawsuit", "case", "charge", "appeal", "release", "extradition"}


def _of_object(token: Token) -> Token:
    """"commuted the sentence of Roger Stone": the person whose sentence it is."""
    if token.lemma_.lower() in _LEGAL_HOLDERS:
        owner = next((c for c in children_of(token) if c.dep_ == "poss"), None)
        of = next((o for p, o in prep_objects(token) if p == "of"), None)
        return of or owner or token
    return token


def _read_verb(ctx: DocContext, verb: Token, kind: str, trigger: Token, index: int) -> EventDraft:
    draft = EventDraft(kind, ctx.span_of(trigger), index, "event.verb" if trigger.i == verb.i else "event.light_verb")
    draft.verb = verb.i
    subject = _subjects_of(verb, _SUBJECTS)
    if not subject and _misparsed_subject(verb):
        subject = [verb.head]
    if not subject and kind == "statement" and verb.lemma_.lower() in {"say", "add", "write", "ask", "continue"}:
        # '"...," said a protester using the pseudonym Katya': the speaker read as an object.
        subject = [c for c in children_of(verb) if c.dep_ == "dobj" and c.i > verb.i][:1]
    passive = _subject_of(verb, _PASSIVE_SUBJECTS)
    if passive is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and not _misparsed_subject(verb):
        passive = verb.head  # "Hagan, first elected to Congress": Hagan was elected
    if passive is None and verb.dep_ == "acomp" and verb.tag_ == "VBN" and verb.head.lemma_ == "be":
        passive = _subject_of(verb.head, _SUBJECTS)  # "He was nominated" parsed as "was" + adjective
    if passive is None and subject and dash_aside(verb):
        passive, subject = subject[0], []  # "X's retirement — revealed hours before the deadline —": X was revealed
    if passive is None and subject and any(c.dep_ == "auxpass" for c in children_of(verb)):
        passive, subject = subject[0], []  # "Trump tested positive ... and was flown to Walter Reed"
    agent = next((obj for prep, obj in prep_objects(verb) if prep == "by"), None)
    actors = agent if passive is not None else subject
    objects = [c for c in children_of(verb)
               if (c.dep_ in _OBJECTS or c.dep_ == "dative" and c.pos_ != "ADP") and c.i != trigger.i and c.pos_ != "ADJ"]
    objects = [_of_object(o) for o in objects]
    if kind in {"injure", "damage"} and passive is None and subject and _is_cause(ctx, subject[0]):
        draft.extras.append("caused by " + ", ".join(parties(ctx, subject)[1]))
        actors = None  # "The earthquake injured thousands": a cause, not someone who acted
    if kind in _PATIENT_SUBJECT and passive is None:
        actors = None
        if objects and subject:
            # "A second fire killed another person": the fire is the cause, neither actor nor victim.
            draft.extras.append("caused by " + ", ".join(parties(ctx, subject)[1]))
        elif subject:
            objects = [*subject, *objects]  # "Chirac died", "Trump tested positive"
    if kind == "transport" and passive is None and not objects and verb.lemma_.lower() in _MOVED_SUBJECT:
        objects, actors = [*(subject or [])], None  # "Residents evacuated", "forced 58,000 to evacuate": the moved
    draft.actors, draft.actor_words = parties(ctx, actors)
    if kind == "attack" and not draft.actors:
        # "killed in a US counter-terrorism operation", "killed in an Israeli airstrike": whose operation it was.
        for prep, obj in prep_objects(verb):
            if prep in {"in", "during", "by"}:
                named = [c for c in children_of(obj) if c.dep_ in {"amod", "compound", "nmod"}
                         and labelled(ctx, c, frozenset({"NORP", "GPE", "ORG"}))]
                spans, words = parties(ctx, named[:1])
                draft.add_parties(spans, words, actors=True)
    if passive is not None and not _is_reference(passive):
        objects.append(passive)
    if kind == "statement":
        # What was said is no party; whom it was said to, or about, when named, is.
        objects = [o for o in objects if labelled(ctx, o, frozenset({"PERSON", "ORG", "GPE", "NORP"}))]
    if kind == "meet":
        # "negotiate a Brexit deal", "host a party", "met the deadline": what is met or negotiated is no party.
        objects = [o for o in objects if _party(ctx, o)]
    for obj in objects:
        spans, words = parties(ctx, obj)
        draft.add_parties(spans, words, actors=False)
    if kind in COUNTED_TYPES:
        draft.count = count_of(objects)
    draft.place = place_of(ctx, verb, [*objects, trigger] if trigger.i != verb.i else objects, kind)
    clause = next((c for c in children_of(verb) if c.dep_ == "ccomp"), None)
    if kind == "warning" and not objects and clause is not None:
        # "Jerusalem warned that Turkish military deployment ... would cross a red line": the warned-about.
        spans, words = parties(ctx, _subjects_of(clause, _SUBJECTS | _PASSIVE_SUBJECTS))
        draft.targets += spans
        draft.target_words += [f"about {w}" for w in words]
    draft.time = time_of(ctx, verb)
    if kind in _PREP_TARGET_TYPES:
        # "carried out airstrikes against Iranian targets": the light verb's noun has the parties too.
        noun_preps = [(p, o) for p, o in prep_objects(trigger) if p in {"against", "with", "between"}] if trigger.i != verb.i else []
        for prep, obj in [*prep_objects(verb), *noun_preps]:
            if prep in TARGET_PREPOSITIONS and obj.lemma_.lower() not in EVENT_NOUNS:
                if kind == "meet" and not _party(ctx, obj):
                    continue  # "was met with applause", "met with fury"
                if labelled(ctx, obj, TIME_LABELS) or draft.place is not None and obj.idx == draft.place.start:
                    continue
                spans, words = parties(ctx, obj)
                draft.targets += spans
                draft.target_words += [f"{prep} {w}" if prep != "with" else w for w in words]
    if draft.place:
        draft.confidence += 0.1
    sent = sentence_of(verb)
    draft.evidence.append((sent.start_char, sent.end_char))
    return draft


#: Types whose "of" object and possessor is the one it happens to ("the death of X", "his arrest").
_OF_IS_TARGET = {"attack", "death", "injure", "arrest", "charge", "trial", "convict", "sentence", "elect", "appoint",
                 "dismiss", "damage", "transport", "diagnosis", "legal", "lawsuit", "ruling"}
_POSS_IS_TARGET = {"death", "injure", "arrest", "charge", "trial", "convict", "sentence", "dismiss", "diagnosis",
                   "appoint"}
#: Types whose "to" object is the office or body one is elected or named to, not a party.
_OFFICE_TYPES = {"elect", "appoint", "take_office"}
#: Types whose possessor may be the place they are counted in ("Italy's deaths"); one arrested, charged or
#: sentenced is a person, whatever the model took the name for ("Sirhan's initial death sentence").
_TOLL_TYPES = {"death", "injure", "diagnosis"}
_ACCUSING = {"charge", "convict", "accuse", "suspect", "indict", "arrest", "sentence", "try", "acquit", "jail",
             "prosecute", "find", "plead", "investigate", "suspicion", "conviction", "accusation", "allegation"}
_NOT_AN_EVENT_OF = {"cause", "risk", "threat", "fear", "number", "toll", "possibility", "chance", "danger", "likelihood",
                    "rate", "sign", "kind", "type", "form", "history", "scene", "site", "fears", "reports"}
_LEGAL_TYPES = {"charge", "trial", "convict", "sentence", "legal", "ruling", "lawsuit"}


#: Nouns for a meeting's other side beside people's and bodies' ("the Iranian delegation", "his counterpart").
_PARTY_NOUNS = {"delegation", "counterpart", "envoy", "side", "negotiator", "mediator", "representative", "official",
                "lawmaker", "minister", "president", "ally", "partner", "rival", "opposition", "union", "donor"}


def _party(ctx: DocContext, token: Token) -> bool:
    """Someone who can meet or negotiate: a name, a pronoun, or a noun for people or bodies."""
    lemma = token.lemma_.lower()
    return (_someone(ctx, token) or token.tag_ in {"PRP", "PRP$"} or lemma in _PARTY_NOUNS | INSTITUTIONS
            or lemma in _SPEAKER_NOUNS or lemma.rstrip("s") in _SPEAKER_NOUNS or token.pos_ == "PROPN")


def _someone(ctx: DocContext, token: Token) -> bool:
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    return hit is not None and hit.label in {"PERSON", "ORG", "NORP", "GPE"} or token.lemma_.lower() in PEOPLE


_DOER_VERBS = {"orchestrate", "carry", "launch", "plan", "stage", "conduct", "commit", "perpetrate", "mastermind",
               "claim", "order", "organise", "organize", "lead", "hold", "make", "give", "deliver", "file", "issue",
               "announce", "post", "publish", "release", "begin", "start"}
#: Verbs whose subject takes part in the meeting that is their object ("attended a summit with X", "entered
#: into talks with X").
_JOINING_VERBS = {"attend", "join", "enter", "engage", "participate", "resume", "open", "begin", "start"}
_UNDERGOER_VERBS = {"face", "stand", "await", "undergo", "suffer", "survive", "receive", "sustain"}
_VICTIM_NOUNS = {"murder", "assassination", "killing", "beheading"}
_HAPPENING_VERBS = {"take", "occur", "happen", "begin", "start", "hold", "break", "erupt", "end", "follow", "come",
                    "leave", "kill", "injure", "destroy", "damage", "fill", "spread", "hit", "cause"}


def _read_noun(ctx: DocContext, noun: Token, kind: str, index: int) -> EventDraft:
    """An event noun with the parties inside its phrase: "a recent meeting with U.S. President Donald Trump"."""
    draft = EventDraft(kind, ctx.span_of(noun), index, "event.nominal")
    draft.confidence = 0.6
    draft.factuality = noun_factuality(noun)
    lemma = noun.lemma_.lower()
    owners = [c for c in children_of(noun) if c.dep_ == "poss"]
    owner_is_target = kind in _POSS_IS_TARGET or (lemma in _VICTIM_NOUNS and not prep_objects(noun))
    spans, words = parties(ctx, owners)
    if kind in _TOLL_TYPES and spans and all(_is_place(ctx, s) for s in spans):
        # "the Illinois city's ... more than 70% of its deaths", "Italy's deaths": where, not who died.
        draft.place = draft.own_place = spans[0]
        spans, words = [], []
    draft.add_parties(spans, words, actors=not owner_is_target)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in _OBJECTS else None
    at_meeting = noun.dep_ == "pobj" and noun.head.lower_ in {"in", "at", "during"}
    joins = verb is not None and verb.lemma_.lower() in _JOINING_VERBS
    if not owners and kind == "meet" and (at_meeting or joins) and verb is not None and verb.pos_ == "VERB":
        # "He raised the issue in a meeting with X", "he attended a summit with X", "entered into talks
        # with X": who did so was at the meeting.
        spans, words = parties(ctx, _subjects_of(verb, _SUBJECTS))
        draft.add_parties(spans, words, actors=True)
    if noun.dep_ in _OBJECTS and noun.head.lemma_.lower() in _DOER_VERBS | _UNDERGOER_VERBS:
        # "Osama bin Laden orchestrated the 9/11 attacks", "he would then face trial in the Senate".
        spans, words = parties(ctx, _subjects_of(noun.head, _SUBJECTS))
        draft.add_parties(spans, words, actors=noun.head.lemma_.lower() in _DOER_VERBS)
        draft.factuality = verb_factuality(noun.head) if draft.factuality == "asserted" else draft.factuality
    for prep, obj in prep_objects(noun):
        if labelled(ctx, obj, TIME_LABELS) or obj.lemma_.lower() in EVENT_NOUNS:
            continue
        if prep == "to" and kind in {"visit", "transport"} and labelled(ctx, obj, frozenset({"GPE", "LOC", "FAC"})):
            continue  # "a visit to Moscow": the place, read below
        if prep == "of" and kind in _LEGAL_TYPES and not _someone(ctx, obj):
            continue  # "charges of domestic terrorism": the crime, not the accused
        if prep == "to" and kind in _OFFICE_TYPES or prep == "on" and kind not in _PREP_TARGET_TYPES \
                and not _someone(ctx, obj):
            continue  # "reelection to the General Assembly": the body; "testimony on utility matters": the topic
        spans, words = parties(ctx, obj)
        if prep in {"between", "by"} or prep == "of" and kind not in _OF_IS_TARGET:
            draft.add_parties(spans, words, actors=True)
        elif prep in {"with", "against", "on", "to", "of"}:
            draft.add_parties(spans, words if prep in {"with", "of"} else [f"{prep} {w}" for w in words], actors=False)
    for child in children_of(noun) if draft.factuality == "asserted" else ():
        hit = ctx.mention_at(child.idx, child.idx + len(child.text)) if child.dep_ in {"amod", "compound"} else None
        if hit is not None and is_agent_modifier(hit):
            spans, words = parties(ctx, child)  # "Israeli airstrikes", "a Taliban attack"
            draft.add_parties(spans, words, actors=True)
        elif hit is not None and hit.label in {"GPE", "LOC", "FAC"} and draft.place is None:
            draft.place = Span(hit.start, hit.end, hit.text, hit.entity)  # "the El Paso shooting"
    if noun.dep_ == "acl" or any(c.dep_ == "acl" for c in children_of(noun)):
        for acl in (c for c in children_of(noun) if c.dep_ == "acl"):
            agent = next((o for p, o in prep_objects(acl) if p == "by"), None)
            if agent is not None:  # "a statement released by her family"
                spans, words = parties(ctx, agent)
                draft.add_parties(spans, words, actors=True)
    if kind in COUNTED_TYPES:
        draft.count = count_of([o for p, o in prep_objects(noun) if p == "of"])
        if noun.dep_ == "nsubj" and noun.head.lemma_.lower() == "leave":
            draft.count = count_of([c for c in children_of(noun.head) if c.dep_ in {"dobj", "ccomp", "xcomp"}])
    draft.place = place_of(ctx, noun, [], kind) or draft.place
    draft.time = time_of(ctx, noun) or _noun_time(ctx, noun)
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in _HAPPENING_VERBS:
        # "The strike took place in Iraq, at Baghdad International Airport."
        draft.place = draft.place or place_of(ctx, noun.head, [], kind)
        draft.time = draft.time or time_of(ctx, noun.head)
    draft.evidence.append((sentence_of(noun).start_char, sentence_of(noun).end_char))
    return draft


def _is_place(ctx: DocContext, span: Span) -> bool:
    """A span that is a place's name as a whole ("Italy", "its" read as "the Illinois city"), not a phrase
    with one inside it ("a West Virginia woman")."""
    hit = ctx.mention_at(span.start, span.end)
    return hit is not None and (hit.start, hit.end) == (span.start, span.end) and hit.label in {"GPE", "LOC", "FAC"}


def _placed_otherwise(draft: EventDraft, earlier: EventDraft) -> bool:
    """"its deaths" (the Illinois city's) is not "flu deaths in the US" told before: a place that owns a
    definite event noun names its own happening, unless the event told before is in that place too."""
    own = draft.own_place
    return own is not None and (earlier.place is None or (earlier.place.entity or earlier.place.text)
                                != (own.entity or own.text))


def _dated_otherwise(ctx: DocContext, noun: Token, earlier: EventDraft) -> bool:
    """"the 2016 election" is not the election told before, "last week's protests" not the protests told
    before undated: a date inside a definite event noun's phrase names its own happening, unless the event
    told before has that date too."""
    own = _phrase_time(ctx, noun)
    return own is not None and (earlier.time is None or earlier.time.text.casefold() != own.text.casefold())


def _phrase_time(ctx: DocContext, noun: Token) -> Span | None:
    """A date inside the noun phrase: "last night's attack", "the July 17 death of John Lewis"."""
    for child in children_of(noun):
        if child.dep_ in {"poss", "compound", "npadvmod", "nmod", "amod", "nummod"}:
            found = labelled(ctx, child, TIME_LABELS)
            if found is not None:
                return found
    return None


def _noun_time(ctx: DocContext, noun: Token) -> Span | None:
    """"last night's attack", "the July 17 death of John Lewis": a date inside the noun phrase;
    else a date just after it with no verb between ("their meeting at the Palace in Ankara, on Feb. 4, 2025")."""
    found = _phrase_time(ctx, noun)
    if found is not None:
        return found
    for token in noun.doc[noun.i + 1 : sentence_of(noun).end]:
        if token.pos_ in {"VERB", "AUX"} or token.idx - noun.idx > 80:
            return None
        if token.ent_type_ in TIME_LABELS:
            found = labelled(ctx, token, TIME_LABELS)
            return None if found is None or is_duration(found.text) else found
    return None


def _refers_back(events: list[EventDraft], index: int, kind: str) -> EventDraft | None:
    for event in reversed(events):
        if _same_kind(event.kind, kind) and event.kind != "statement" and index - event.sentence <= _COREFERENCE_WINDOW:
            return event
    return None


def _merge_participants(ctx: DocContext, verb: Token, event: EventDraft) -> bool:
    """Add "hosted by X" (passive) or "including X" (active) to an event told before."""
    phrase = PARTICIPANT_VERBS.get(verb.lemma_.lower())
    if phrase is None:
        return False
    agent = next((obj for prep, obj in prep_objects(verb) if prep == "by"), None)
    party = agent if agent is not None else next((c for c in children_of(verb) if c.dep_ in _OBJECTS), None)
    spans, words = parties(ctx, party)
    sent = sentence_of(verb)
    if (sent.start_char, sent.end_char) not in event.evidence:
        event.evidence.append((sent.start_char, sent.end_char))
    event.place = event.place or place_of(ctx, verb, [], event.kind)
    if not spans:
        return True  # "The meeting was held under ...": nothing new, but no new event either
    event.actors += spans
    event.extras.append(f"{phrase} {', '.join(words)}")
    event.confidence = min(0.95, event.confidence + 0.1)
    return True


def _attest(ctx: DocContext, verb: Token, events: list[EventDraft], index: int) -> bool:
    """"Turkish sources also confirmed the meeting": who vouches for an event told before."""
    told = next((c for c in children_of(verb) if c.dep_ in _OBJECTS and _is_reference(c)), None)
    phrase = ATTESTING_VERBS.get(verb.lemma_.lower())
    if told is None or phrase is None:
        return False
    earlier = _refers_back(events, index, EVENT_NOUNS[told.lemma_.lower()])
    _, words = parties(ctx, _subjects_of(verb, _SUBJECTS))
    if earlier is None or not words:
        return False
    owners, _ = parties(ctx, [c for c in children_of(told) if c.dep_ == "poss"])
    if any(o.entity and o.entity not in earlier.entities() for o in owners):
        return False  # "Llerandi also announced his resignation": his own, not the one told before
    # The sources vouch for the event; they did not take part in it, so they are no actors.
    earlier.extras.append(f"{phrase} {', '.join(words)}")
    sent = sentence_of(verb)
    if (sent.start_char, sent.end_char) not in earlier.evidence:
        earlier.evidence.append((sent.start_char, sent.end_char))
    return True


def _speaker_pronoun_only(verb: Token) -> bool:
    subject = _subject_of(verb, _SUBJECTS)
    return subject is not None and subject.lower_ in _SPEAKER_PRONOUNS


#: Every verb lemma that may start or join an event.
_TRIGGER_LEMMAS = frozenset(
    {*VERB_TYPES, *(v for v, _ in LIGHT_VERBS), *(v for v, _ in PHRASAL_VERBS), *(v for v, _ in COMPLEMENT_VERBS),
     *PARTICIPANT_VERBS, *ATTESTING_VERBS, "set"}
)


_NO_SPEAKERS = {"science", "data", "evidence", "research", "law", "laws", "bill", "rule", "rules", "plan", "plans",
               "policy", "idea", "theory", "figure", "figures", "number", "numbers", "time", "it", "name", "word",
               "words", "question", "questions", "answer", "fact", "facts", "story", "history", "result", "results"}
_SPEAKER_NOUNS = {
    "official", "source", "spokesman", "spokeswoman", "spokesperson", "police", "government", "ministry", "minister",
    "president", "governor", "mayor", "leader", "researcher", "scientist", "expert", "author", "co-author",
    "witness", "resident", "lawyer", "attorney", "analyst", "report", "study", "statement", "agency", "company", "firm",
    "department", "council", "court", "judge", "prosecutor", "prosecutors", "officer", "authorities", "authority",
    "people", "student", "doctor", "employee", "worker", "member", "chief", "head", "director", "secretary", "group",
    "party", "organisation", "organization", "committee", "commission", "board", "union", "family", "man", "woman",
    "victim", "survivor", "activist", "protester", "protesters", "campaigner", "candidate", "senator", "representative",
    "lawmaker", "legislator", "coach", "player", "manager", "chairman", "ceo", "founder", "teacher", "newspaper",
    "network", "broadcaster", "media", "outlet", "outlets", "military", "army", "navy", "team", "university", "school",
    "hospital", "administration", "embassy", "office", "service", "forecaster", "meteorologist", "aide", "adviser",
    "advisor", "diplomat", "ambassador", "king", "queen", "prince", "pope", "bishop", "cleric", "journalist", "reporter",
    "editor", "professor", "engineer", "economist", "historian", "citizen", "voter", "one", "both", "others", "all",
    "some", "many", "several", "user", "users", "fan", "fans", "owner", "parent", "parents", "mother", "father", "son",
    "daughter", "wife", "husband", "brother", "sister", "friend", "colleague", "staff", "crew", "operator",
}


def _speaker(ctx: DocContext, draft: EventDraft) -> bool:
    """Someone who can speak: a name, or a noun for people or bodies ("officials", "the ministry", "a report")."""
    for span in draft.actors:
        if span.entity:
            return True
        words = span.text.split()
        if words and words[-1][:1].isupper():
            return True  # a name the model did not label ("Trump made a surprise announcement")
        last = words[-1].lower() if words else ""
        if last in _SPEAKER_NOUNS or last.endswith("s") and last[:-1] in _SPEAKER_NOUNS:
            return True
        if last and last.rstrip("s") not in EVENT_NOUNS and last not in _NO_SPEAKERS:
            return True  # "school districts", "the sources"
    return False


def _verb_events(ctx: DocContext, words: list[Token], index: int, events: list[EventDraft]) -> list[EventDraft]:
    found: list[EventDraft] = []
    for verb in words:
        if verb.lemma_.lower() not in _TRIGGER_LEMMAS:
            continue  # most words trigger nothing: the cheap test first
        infinitive = verb.dep_ == "xcomp" and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(verb))
        if (verb.pos_ not in {"VERB", "AUX"} or verb.pos_ == "AUX" and verb.dep_ != "ROOT") and not infinitive:
            continue  # ("votes to impeach": the tagger may call the infinitive a noun)
        lemma = verb.lemma_.lower()
        reference = _subject_of(verb, _PASSIVE_SUBJECTS | _SUBJECTS) if lemma in PARTICIPANT_VERBS else None
        if _is_reference(reference):
            earlier = _refers_back(events, index, EVENT_NOUNS[reference.lemma_.lower()])
            if earlier is not None and _merge_participants(ctx, verb, earlier):
                continue
        typed = _trigger_type(ctx, verb)
        if typed is None or _no_event(verb) or _speaker_pronoun_only(verb):
            continue
        if typed[0] == "statement" and _attest(ctx, verb, events, index):
            continue
        draft = _read_verb(ctx, verb, typed[0], typed[1], index)
        if typed[0] in {"statement", "appeal", "warning"} and draft.actors and not _speaker(ctx, draft):
            continue  # "The warnings called for gale force winds": no one asked
        if typed[0] == "statement" and not _speaker(ctx, draft):
            continue  # a statement with no one making it ("was reported", "the talks reported") says too little
        draft.gathering = any(c.dep_ == "nsubjpass" and EVENT_NOUNS.get(c.lemma_.lower()) == "meet"
                              for c in children_of(verb))  # "The summit was hosted by X": its host alone says it
        if _one_sided_meeting(draft):
            continue  # "was met with applause", "negotiate a peaceful end": no one met anyone
        if draft.actors or draft.targets:  # a bare verb says too little
            # Read last, for the events kept only: whether it happened.
            draft.factuality = verb_factuality(verb)
            if draft.factuality != "asserted":
                draft.confidence -= 0.1
            found.append(draft)
    return found


def _bare_concept(noun: Token) -> bool:
    """"the rituals of death", "fear of arrest": an event noun with no determiner, possessor, number or
    modifier, the object of "of", is the idea of it, not a happening told ("[death] ?" said nothing); "oppose
    the bill by lawsuit" is one."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.tag_ == "NN" and not any(
        c.dep_ in {"det", "poss", "nummod", "amod", "compound", "nmod", "prep", "acl", "relcl"} for c in children_of(noun))


def _one_sided_meeting(draft: EventDraft) -> bool:
    """A meeting is between parties: one with a party met but no one meeting it ("? → WhiTim Napa LLC") is a
    misread ("was met with protests", "negotiate a deal", "host a show") or a meeting whose party the
    sentence does not tell, and is not shown as a meeting; nor is one party alone with neither place nor time
    ("meet: the Prime Minister" from "not to trade away ... in the negotiations"): it tells nothing."""
    if draft.kind != "meet":
        return False
    if not draft.actors:
        return bool(draft.targets)
    return len(draft.actors) + len(draft.targets) < 2 and draft.place is None and draft.time is None \
        and not draft.gathering


def _belongs_to(noun: Token, verb_event: EventDraft, ctx: DocContext) -> bool:
    """A noun that is the same happening as a verb event of its sentence ("A bombing ... killed", "killed in an airstrike")."""
    if verb_event.verb is None or not _same_kind(verb_event.kind, EVENT_NOUNS.get(noun.lemma_.lower(), "")):
        return False
    verb = ctx.doc[verb_event.verb]
    anchors = {verb.i, verb.head.i if verb.dep_ in {"xcomp", "advcl", "conj"} else verb.i}
    head = noun.head.head if noun.dep_ == "pobj" else noun.head
    return head.i in anchors or noun.i in {t.i for t in verb.subtree} and verb_event.kind == "statement"


def _holder(noun: Token, read: dict[int, EventDraft]) -> EventDraft | None:
    """The event noun whose phrase this noun sits in, up to the nearest verb."""
    node = noun
    while node.dep_ in {"pobj", "prep", "compound", "conj", "appos"} and node.head.i != node.i:
        if node.dep_ == "prep" and node.head.pos_ in {"VERB", "AUX"}:
            # "follows the killing of X in an airstrike": the airstrike is how the killing was done.
            return next((read[c.i] for c in children_of(node.head) if c.i in read and c.dep_ in {"dobj", "nsubj"}), None)
        node = node.head
        if node.i in read:
            return read[node.i]
    return None


def _noun_events(ctx: DocContext, words: list[Token], index: int, events: list[EventDraft], told: list[EventDraft]) -> None:
    read: dict[int, EventDraft] = {}
    for noun in words:
        lemma = noun.lemma_.lower()
        if noun.pos_ not in {"NOUN", "PROPN"} or lemma not in EVENT_NOUNS or noun.dep_ == "compound":
            continue
        kind = noun_type(ctx, noun, EVENT_NOUNS[lemma])
        if kind is None:
            continue
        if noun.dep_ in _OBJECTS and noun.head.pos_ in {"VERB", "AUX"} and _trigger_type(ctx, noun.head) is not None:
            continue  # the object of its own trigger ("hold talks", "launch strikes")
        if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in PARTICIPANT_VERBS:
            continue  # "The meeting was hosted by ...": read with its verb
        if noun.dep_ == "pobj" and noun.head.lower_ in {"with", "of", "for"} and noun.head.head.lemma_.lower() in _ACCUSING:
            continue  # "charged ... with capital murder", "convicted of fraud": the crime, not an event told
        if noun.dep_ == "attr":
            continue  # "could be a threat to national security", "was a victory for": what something is
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in _NOT_AN_EVENT_OF:
            continue  # "cause of death", "the threat of attack", "the number of deaths"
        owner = next((e for e in told if _belongs_to(noun, e, ctx)), None)
        holder = _holder(noun, read)  # "the killing of Qasem Soleimani in an airstrike": one attack
        if owner is None and holder is not None and _same_kind(holder.kind, kind):
            owner = holder
        draft = _read_noun(ctx, noun, kind, index)
        if owner is not None:
            owner.absorb(draft)
            continue
        earlier = _refers_back(events, index, kind) if _is_reference(noun) else None
        if earlier is not None and (_dated_otherwise(ctx, noun, earlier) or _placed_otherwise(draft, earlier)):
            earlier = None  # "In the 2016 United States presidential election" after Biden's victories of Tuesday
        own_parties = any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of" for c in children_of(noun))
        if earlier is not None and own_parties and draft.entities() and earlier.entities() and not (
            draft.entities() & earlier.entities()
        ):
            earlier = None  # "the resignation of Luis Rivera Marín" after Rosselló's: another one
        if earlier is None:
            earlier = _same_happening(events, draft, index)
        if earlier is not None:
            earlier.absorb(draft)
            read[noun.i] = earlier
            continue
        if draft.factuality == "generic":
            continue  # "shark viewing trips", "deaths annually": no event a reader follows
        standing = lemma in SELF_STANDING_NOUNS and (noun.tag_ != "NNS" or draft.place or draft.time) \
            and not _bare_concept(noun)
        if _one_sided_meeting(draft):
            continue  # "a move to enter into exclusive negotiations with X": who would meet X is not told
        if draft.actors or draft.targets or standing or draft.place and draft.time:
            events.append(draft)
            read[noun.i] = draft


def ctx_subject_law(draft: EventDraft) -> bool:
    """"The resolution passed ...", "The bill was signed": a law told before, by its definite noun alone."""
    words = [w.lower() for w in (*draft.actor_words, *draft.target_words)]
    return bool(words) and all(w.split()[0] in {"the", "this"} and w.split()[-1] in _LAW_NOUNS for w in words)


_LAW_NOUNS = {"bill", "law", "resolution", "legislation", "measure", "act", "amendment"}


_PERSON_WORDS = {"man", "woman", "boy", "girl", "president", "minister", "leader", "senator", "governor", "mayor",
                 "victim", "journalist", "officer", "official", "politician", "actor", "singer", "star", "founder"}


def _described_person(draft: EventDraft) -> bool:
    words = [w.lower().split() for w in (draft.target_words or draft.actor_words)]
    return len(words) == 1 and bool(words[0]) and words[0][0] in {"the", "this"} and words[0][-1] in _PERSON_WORDS


def _governing_statement(ctx: DocContext, draft: EventDraft, kept: list[EventDraft]) -> EventDraft | None:
    """The event a verb of the same kind hangs on: "issued a statement, saying ...", "blew himself up ...,
    killing 63", "shot and killed": one happening, told with two verbs."""
    if draft.verb is None or draft.kind not in {"statement", "attack", "death", "arrest", "protest", "meet"}:
        return None
    verb = ctx.doc[draft.verb]
    if draft.kind == "statement" and verb.dep_ not in {"advcl", "conj", "xcomp", "acl"}:
        return None
    if draft.kind != "statement" and not (verb.dep_ == "advcl" and verb.tag_ == "VBG" or verb.dep_ == "conj"):
        return None
    return next((e for e in kept if e.kind == draft.kind and e.verb in {verb.head.i, verb.head.head.i}), None)


_DETERMINERS = {"The", "A", "An", "This", "That", "His", "Her", "Their", "Its"}


def _people(spans: list[Span]) -> set[str]:
    """Who the spans name: entity ids, and the capitalised words of each name ("al-Quaety", "Hamza")."""
    out = {s.entity for s in spans if s.entity}
    for span in spans:
        words = [w for w in span.text.replace("'s", "").split() if w[:1].isupper() and w not in _DETERMINERS]
        if words and span.entity:
            out.add("name:" + " ".join(words))
    return out


def _overlap(mine: set[str], theirs: set[str]) -> bool:
    if mine & theirs:
        return True
    names = [(set(a[5:].split()), set(b[5:].split())) for a in mine if a.startswith("name:")
             for b in theirs if b.startswith("name:")]
    return any(a <= b or b <= a for a, b in names if a and b)


def _same_happening(events: list[EventDraft], draft: EventDraft, index: int) -> EventDraft | None:
    """An event told before of the same kind about the same person (one dies once, is arrested once ...)."""
    if draft.kind == "legislate" and draft.verb is not None:
        law = ctx_subject_law(draft)
        if law:
            return next((e for e in reversed(events) if e.kind == "legislate" and index - e.sentence <= 6), None)
    if draft.kind not in _ONCE_PER_PERSON:
        return None
    mine = _people(draft.targets) or (_people(draft.actors) if draft.kind in {"resign", "take_office"} else set())
    if not mine and _described_person(draft):
        # "The former president died ...": a description, not a second death.
        return next((e for e in reversed(events) if e.kind == draft.kind and index - e.sentence <= _COREFERENCE_WINDOW
                     and e.factuality == draft.factuality), None)
    if not mine:
        return None
    for event in reversed(events):
        if index - event.sentence > _COREFERENCE_WINDOW or not _same_kind(event.kind, draft.kind):
            continue
        theirs = _people(event.targets)
        if draft.kind in {"resign", "take_office"}:
            theirs |= _people(event.actors)
        if _overlap(mine, theirs) and event.factuality == draft.factuality:
            return event
    return None


_HASHES: dict[int, frozenset[int]] = {}


def _candidates(doc: Doc) -> list[int]:
    """Indices of the words whose lemma may trigger an event, read from the doc's lemma array in one pass."""
    from spacy.attrs import LEMMA

    key = id(doc.vocab.strings)
    if key not in _HASHES:
        words = {*_TRIGGER_LEMMAS, *EVENT_NOUNS}
        _HASHES.clear()
        _HASHES[key] = frozenset({doc.vocab.strings[w] for w in words} | {doc.vocab.strings[w.capitalize()] for w in words})
    if not len(doc):
        return []
    wanted = _HASHES[key]
    if wanted.isdisjoint(distinct(doc, LEMMA)):
        return []
    return [i for i, h in enumerate(column(doc, LEMMA)) if h in wanted]


def extract_events(ctx: DocContext, *, date_values: dict[int, str] | None = None) -> list[EventFact]:
    """Events in text order, outside repeated captions; ``date_values`` from ``dates.date_values``."""
    if date_values is None:
        date_values = dates.date_values(dates.extract_dates(ctx), ctx)
    events: list[EventDraft] = []
    sentence_index.prime(ctx.doc, ctx.text)
    candidates = _candidates(ctx.doc)
    for index, sent in enumerate(sentences(ctx.doc)):
        if ctx.in_duplicate(sent.start_char):
            continue
        lo = bisect.bisect_left(candidates, sent.start)
        hi = bisect.bisect_left(candidates, sent.end, lo)
        words = [ctx.doc[i] for i in candidates[lo:hi]]
        if not words:
            continue
        told = _verb_events(ctx, words, index, events)
        kept: list[EventDraft] = []
        for draft in told:
            saying = _governing_statement(ctx, draft, kept)
            if saying is not None:
                saying.absorb(draft)  # "issued a statement ... saying": one statement
                continue
            earlier = _same_happening(events, draft, index)
            if earlier is not None and {earlier.kind, draft.kind} == {"attack", "death"}:
                earlier.absorb(draft)  # "died after being shot": the attack's casualty
                earlier.kind = "attack"
            elif earlier is not None and earlier.kind == draft.kind:
                earlier.absorb(draft)
            else:
                events.append(draft)
                kept.append(draft)
        told = kept
        _noun_events(ctx, words, index, events, told)
    events.sort(key=lambda e: e.evidence[0])
    return [e.freeze(date_values) for e in _join_attestations(ctx, events)]


def _join_attestations(ctx: DocContext, events: list[EventDraft]) -> list[EventDraft]:
    """"Jerusalem confirmed on Thursday that officials met": the meeting says who confirmed it."""
    by_verb = {e.verb: e for e in events if e.verb is not None}
    for event in events:
        verb = ctx.doc[event.verb] if event.verb is not None else None
        phrase = ATTESTING_VERBS.get(verb.lemma_.lower()) if verb is not None else None
        clauses = [c.i for c in children_of(verb) if c.dep_ == "ccomp"] if phrase and verb is not None else []
        told = next((by_verb[i] for i in clauses if i in by_verb and by_verb[i].kind != "statement"), None)
        if told is None or not event.actor_words:
            continue
        when = f" {_as_written(ctx, event.time)}" if event.time else ""
        told.extras.insert(0, f"{phrase} {', '.join(event.actor_words)}{when}")
    return events


def _as_written(ctx: DocContext, time: Span) -> str:
    """A time with its preposition as the text has it ("on Thursday")."""
    first = span_at(ctx.doc, time.start, time.end, alignment_mode="expand")
    words = " ".join(time.text.split())
    if first is not None and first.start > 0 and first.doc[first.start - 1].dep_ == "prep":
        return f"{first.doc[first.start - 1].text} {words}"
    return words
