"""Factuality: whether an event told happened (asserted), did not (negated), is to come (planned),
was called off (cancelled), depends on a condition (hypothetical), or is a habit or definition
(generic).

Read off the trigger's own auxiliaries and negation, the verb it hangs on ("plans to visit",
"refused to meet", "cancelled the trip"), an "if" clause, and its tense: a present-simple
non-statement verb in a sentence with no date ("The people collaborate in their community",
"events where four or more people are killed") is generic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .sentence_index import entities_of_sentence, sentence_text
from .word_index import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

FACTUALITIES = ("asserted", "negated", "planned", "cancelled", "hypothetical", "generic")

_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "may", "might", "should", "must", "can", "ca", "'d"}
#: Verbs whose clause is an intention or a schedule ("plans to visit", "is set to step down").
_PLAN_HEADS = {"plan", "intend", "expect", "schedule", "set", "aim", "hope", "want", "seek", "prepare", "propose",
               "agree", "promise", "pledge", "vow", "threaten", "decide", "go", "offer", "wish", "need", "ask",
               "urge", "call", "announce", "consider", "mean", "slate", "due", "likely", "poise", "move", "begin"}
_REFUSAL_HEADS = {"refuse", "decline", "fail", "reject", "deny", "avoid", "forget", "yet", "cease", "stop"}
_CANCEL_HEADS = {"cancel", "scrap", "abandon", "suspend", "drop", "halt", "shelve"}
#: A put-off event is still to come.
_DELAY_HEADS = {"postpone", "delay", "defer", "reschedule"}
_ATTEMPT_HEADS = {"try", "attempt", "seek", "struggle"}
_REQUEST_HEADS = {"recommend", "urge", "demand", "ask", "request", "propose", "suggest", "insist", "order", "want"}
_DONE_HEADS = {"manage", "begin", "start", "continue", "vote", "report", "say", "seem", "appear", "happen", "use", "come",
               "proceed", "go", "attempt", "rush", "move", "help", "be", "get", "choose", "elect", "opt", "fail",
               # made to happen: "forced over 58,000 civilians to evacuate", "prompted thousands to flee"
               "force", "compel", "oblige", "cause", "prompt", "lead"}
_PLANNED_MODIFIERS = {"planned", "upcoming", "proposed", "scheduled", "future", "next", "possible", "potential",
                      "expected", "prospective", "intended"}
_CANCELLED_MODIFIERS = {"cancelled", "canceled", "postponed", "aborted", "scrapped", "abandoned"}
_STATEMENT_LEMMAS = {"say", "tell", "announce", "state", "report", "add", "claim", "write", "tweet", "note", "confirm",
                     "deny", "declare", "explain", "argue", "insist", "warn", "urge", "describe", "predict"}


def _auxes(verb: Token) -> list[Token]:
    return [c for c in children_of(verb) if c.dep_ in {"aux", "auxpass"}]


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in children_of(verb)):
        return True
    for subj in children_of(verb):
        if subj.dep_ in {"nsubj", "nsubjpass"} and any(d.lower_ == "no" for d in children_of(subj)):
            return True  # "No cause of death was announced"
    return False


def _sentence_text(token: Token) -> str:
    return sentence_text(token).rstrip()


_HABIT_ADVERBS = {"traditionally", "usually", "typically", "normally", "generally", "often", "always", "customarily",
                  "routinely", "regularly", "historically"}


def _habitual(verb: Token) -> bool:
    """"Traditionally, the GSA has acted once the media has called the race": a habit, not an event."""
    node = verb
    for _ in range(3):
        if any(c.lower_ in _HABIT_ADVERBS and c.dep_ == "advmod" for c in children_of(node)):
            return True
        if any(c.dep_ == "mark" and c.lower_ in {"whenever", "once"} for c in children_of(node)) and _present_simple_or_perfect(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _present_simple_or_perfect(verb: Token) -> bool:
    return verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in _auxes(verb))


def _conditional(verb: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"} for c in children_of(verb))


def _headline(verb: Token) -> bool:
    """A title line ("Typhoon Phanfone strikes Philippines", no full stop): told in the present, but news."""
    return not _sentence_text(verb).endswith((".", "!", "?", '"', "”", ":", ";", ","))


def _present_simple(verb: Token) -> bool:
    auxes = _auxes(verb)
    if not auxes:
        return verb.tag_ in {"VBZ", "VBP"}
    return len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in {"VBZ", "VBP"}


def _has_time(verb: Token) -> bool:
    return any(e.label_ in {"DATE", "TIME"} for e in entities_of_sentence(verb))


def _inverted_condition(verb: Token) -> bool:
    """"(he could not have left) had he not met Meghan", "Had the storm hit the city, ...", "Should the talks
    fail, ...": a clause that opens with "had" or "should" before its subject is a condition, without "if"."""
    if verb.dep_ not in {"advcl", "ccomp", "conj"}:
        return False  # "Never had he met such a man": an inverted main clause states what happened
    aux = next((c for c in children_of(verb) if c.dep_ == "aux" and c.lower_ in {"had", "should"}), None)
    subject = next((c for c in children_of(verb) if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return aux is not None and subject is not None and aux.i < subject.i and aux.i == verb.left_edge.i


def verb_factuality(verb: Token) -> str:
    """Factuality of a verb trigger from its auxiliaries, negation, governing verb and tense."""
    if _sentence_text(verb).endswith("?") or _inverted_condition(verb):
        return "hypothetical"
    head = verb.head if verb.dep_ in {"xcomp", "ccomp", "advcl", "conj", "pcomp"} else None
    words = {a.lower_ for a in _auxes(verb)}
    if _negated(verb):
        return "negated"
    if verb.dep_ == "conj" and not words and head is not None and head.pos_ in {"VERB", "AUX"}:
        return verb_factuality(head)  # "are killed or injured": as its first verb
    node = verb
    while node.dep_ == "ccomp" and node.head.i != node.i:
        # "a bill that would have allowed China to extradite ...": a clause under a modal is hypothetical.
        node = node.head
        if any(a.lower_ in _HYPOTHETICAL_AUX for a in _auxes(node)):
            return "hypothetical"
        if node.dep_ != "xcomp":
            break
    node = verb
    while node.dep_ == "xcomp" and node.head.i != node.i:
        # "offered to help mediate", "declined to comment": the verbs above say whether it happened.
        above = node.head
        head_lemma = above.lemma_.lower()
        if _negated(above) or head_lemma in _REFUSAL_HEADS or any(c.lower_ == "yet" for c in children_of(above)):
            return "negated"
        if head_lemma in _CANCEL_HEADS:
            return "cancelled"
        if head_lemma in _ATTEMPT_HEADS:
            return "asserted" if head_lemma == "attempt" else "planned"
        if head_lemma in _PLAN_HEADS or any(a.lower_ in _FUTURE_AUX for a in _auxes(above)):
            return "planned"
        if any(a.lower_ in _HYPOTHETICAL_AUX for a in _auxes(above)) or _conditional(above):
            return "hypothetical"
        node = above
    # "sued to be allowed to vote", "moved to block": an aim, not yet done (unless "managed to", "voted to").
    aim = verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" and c.dep_ == "aux" for c in children_of(verb))
    if aim and verb.head.lemma_.lower() not in _DONE_HEADS:
        return "planned"
    if _conditional(verb):
        return "hypothetical"
    if words & _FUTURE_AUX or ("to" in words and "be" in {verb.head.lemma_.lower()}):
        return "planned"
    if words & {"would", "'d"} and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _STATEMENT_LEMMAS:
        return "planned"  # reported future: "announced he would resign"
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _REQUEST_HEADS:
        return "planned"  # asked for, not done: "recommended the troops withdraw"
    if words & _HYPOTHETICAL_AUX:
        return "hypothetical"
    if head is not None and head.dep_ == "advcl" and any(c.lower_ == "if" for c in children_of(head)):
        return "hypothetical"
    if _habitual(verb):
        return "generic"
    if (
        _present_simple(verb)
        and verb.lemma_.lower() not in _STATEMENT_LEMMAS
        and not _headline(verb)
        and not _has_time(verb)
    ):
        return "generic"
    return "asserted"


def noun_factuality(noun: Token) -> str:
    """Factuality of an event noun: its modifiers ("planned trip"), its verb ("cancelled the visit"), "no"."""
    mods = {c.lower_ for c in children_of(noun)}
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in _CANCEL_HEADS:
        return "cancelled"  # "cancelled his planned trip", "the visit was called off"
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in _DELAY_HEADS:
        return "planned"  # "asked the judge to delay his ruling"
    if mods & _CANCELLED_MODIFIERS:
        return "cancelled"
    if mods & _PLANNED_MODIFIERS:
        return "planned"
    if "no" in mods:
        return "negated"
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubjpass"} and verb.lemma_.lower() in _CANCEL_HEADS:
        return "cancelled"  # "cancelled a trip", "the visit was postponed"
    if noun.dep_ == "dobj" and verb.lemma_.lower() in {"plan", "schedule", "announce", "propose", "await"}:
        return "planned"
    if noun.dep_ == "nsubjpass" and verb.lemma_.lower() in {"plan", "schedule", "expect", "set"}:
        return "planned"
    if verb.pos_ in {"VERB", "AUX"} and noun.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}:
        verdict = verb_factuality(verb)
        if verdict in {"negated", "hypothetical", "planned", "cancelled"}:
            return verdict
    return "asserted"
