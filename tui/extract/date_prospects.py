"""The future told from the past: "said it would vote Friday", "agreed to meet in May".

News reports plans in the past tense: the reporting verb is past, but the day hangs from a
verb that looks ahead of it ("would", or an infinitive after "agree", "vow", "promise",
"threaten", "plan" ...). Such a day lies on or after the day the plan was told, which is the
day the sentence named before it ("said on Tuesday that it would raise rates on Thursday"), or
else the publication day. The past tense of "said" must not pull it back a week.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Verbs whose "to"-infinitive tells something still to come when they were said or done.
#: ("voted to lift it on Saturday", "decided to resign on Friday" are left out: the day there is
#: as often the day of the vote or the decision, whatever the parser hangs it from.)
PROSPECTIVE_VERBS = frozenset({
    "agree", "vow", "promise", "pledge", "threaten", "plan", "intend", "undertake", "prepare",
    "swear", "arrange", "hope", "aim",
})
#: Nouns with the same look ahead: "announced plans to list its shares in October".
PROSPECTIVE_NOUNS = frozenset({
    "plan", "promise", "pledge", "threat", "vow", "intention", "proposal", "agreement", "deal",
    "bid", "decision", "commitment", "offer", "move", "call", "order",
})
#: Passive verbs of expectation: "was expected Saturday", "were forecast for Sunday".
_EXPECTED = frozenset({"expect", "forecast", "predict", "slate", "due"})
#: Verbs whose object lies ahead of the telling: the day after them is the day forecast.
_FORECASTING = frozenset({"forecast", "predict"})
#: How long before publication a day told in the sentence can still be the day a plan was told.
_REPORTING_WINDOW = timedelta(days=7)


def _auxiliaries(verb: "Token", before: int | None = None) -> set[str]:
    """The verb's auxiliaries (only those before token ``before`` when given)."""
    return {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and (before is None or c.i < before)}


def _had(verb: "Token") -> bool:
    return "had" in _auxiliaries(verb)


def future_in_past(verb: "Token | None", first: int, depth: int = 0) -> bool:
    """anchor.future_in_past: the expression's verb looks ahead of a past moment of telling.

    "would" with a bare verb ("would visit", "would be held"; not "would have left"), a
    "to"-infinitive after a verb or noun of plans ("vowed to attack", "plans to list"), unless
    that plan is itself told in the past perfect ("had agreed to meet"), or after "was"/"were"
    ("was to leave on Friday"; not "was to have left").

    ``first`` is the expression's first token: "would" or "to" must come before it, for a day
    between "said" and its clause belongs to the saying ("said on Monday he would visit Kyiv"),
    however the parser hangs it."""
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return False
    auxes = _auxiliaries(verb, before=first)
    if verb.lemma_ in _FORECASTING and verb.tag_ in {"VBD", "VBN"} and not _had(verb):
        return _forecast_day(verb, first)
    if verb.lemma_ in _EXPECTED and verb.tag_ == "VBN" and auxes & {"was", "were"}:
        return True  # anchor.was_expected: "more snow was expected Saturday" is a forecast for a day ahead of the telling
    if auxes & {"would", "'d"}:
        return "have" not in _auxiliaries(verb) and verb.tag_ in {"VB", "VBN", "VBG"}
    if verb.lemma_ == "be" and planned_with_was_to(verb):
        return True  # anchor.was_to, the day before the verb: "On Friday, the minister was to leave"
    head = verb.head
    if head.i == verb.i:
        return False
    if depth < 2 and verb.dep_ == "xcomp" and head.pos_ in {"VERB", "AUX"} and future_in_past(head, first, depth + 1):
        return True  # "would begin withdrawing troops on Friday", "would try to reach a deal by June"
    if "to" not in auxes or verb.tag_ not in {"VB", "VBN"}:
        return False
    if head.pos_ in {"VERB", "AUX"} and head.lemma_ in PROSPECTIVE_VERBS:
        return not _had(head)
    if planned_with_was_to(verb):
        return True  # anchor.was_to: "the talks were to resume Monday" is the plan of the day it was told
    if head.pos_ == "NOUN" and head.lemma_ in PROSPECTIVE_NOUNS:
        return head.head.i == head.i or not _had(head.head)
    return False


def planned_with_was_to(verb: "Token") -> bool:
    """"was to leave", "were to resume": a plan as the story stood at its last day (not "was to have left").
    ``verb`` is the infinitive or, when the day hangs from it ("On Friday, he was to leave"), "was"."""
    if verb.lemma_ == "be" and verb.tag_ == "VBD":
        return any(_to_infinitive(c) for c in verb.children)
    return verb.head.i != verb.i and verb.head.lemma_ == "be" and verb.head.tag_ == "VBD" and _to_infinitive(verb)


#: Verbs of planning that are no speech act: "was planning to hold", "intended to leave" tell the plan as the story stood.
_NARRATED_PLANS = frozenset({"plan", "intend", "hope", "aim", "prepare", "expect"})


def narrated_plan(verb: "Token") -> bool:
    """anchor.was_to: "was to leave", or a plan the story tells in the past without a saying verb
    ("which was planning to hold its primary on Tuesday"): ahead of the story's last day."""
    if planned_with_was_to(verb):
        return True
    head = verb.head
    if head.i == verb.i or not _to_infinitive(verb) or head.lemma_ not in _NARRATED_PLANS:
        return False
    return head.tag_ == "VBD" or head.tag_ == "VBG" and bool(_auxiliaries(head) & {"was", "were"})


def _to_infinitive(verb: "Token") -> bool:
    return verb.tag_ == "VB" and verb.dep_ == "xcomp" and "to" in _auxiliaries(verb)


#: News is told a day after the saying as often as the same day ("The NHC predicted that Humberto
#: would pass by Bermuda Wednesday night", published Thursday).
_TELLING_LAG = timedelta(days=1)


def _forecast_day(verb: "Token", first: int) -> bool:
    """The day is what was forecast, not when: "forecast demand Monday", "predicted rain for
    Friday" (but "predicted on Tuesday that ..." is the day of the forecast)."""
    word = verb.doc[first]
    if word.dep_ == "npadvmod" and word.head.i == verb.i:
        return any(c.dep_ == "dobj" and c.i < first for c in verb.children)
    return word.dep_ == "pobj" and word.head.lower_ == "for" and word.head.head.i == verb.i


def telling_day(published: date | None, last_day: date | None, last_start: int | None, sentence_start: int) -> date | None:
    """The day a plan was told: the day the sentence named before the expression when it lies in
    the week up to publication ("said on Tuesday that ..."), else the day before publication."""
    if published is None:
        return None
    return told_day_in_sentence(published, last_day, last_start, sentence_start) or published - _TELLING_LAG


#: Verbs of saying whose past tense sets the moment a present-tense schedule is told from.
_SAYING = frozenset({"say", "announce", "tell", "confirm", "report", "state", "add", "explain", "write", "warn", "insist"})


def told_in_the_present(verb: "Token | None") -> bool:
    """anchor.reported_schedule: a schedule told in the present under a past verb of saying
    ("announced on Monday that students return to school on Wednesday"): it reads from the
    day of the saying when the sentence names one, as a plan does."""
    if verb is None or verb.tag_ not in {"VBZ", "VBP"} or _auxiliaries(verb) or verb.dep_ != "ccomp":
        return False
    head = verb.head
    return head.i != verb.i and head.tag_ == "VBD" and head.lemma_ in _SAYING


def told_day_in_sentence(published: date | None, last_day: date | None, last_start: int | None, sentence_start: int) -> date | None:
    """The day the sentence named before the expression, when it lies in the week up to publication."""
    if published is None or last_day is None or last_start is None or last_start < sentence_start:
        return None
    return last_day if published - _REPORTING_WINDOW <= last_day <= published else None
