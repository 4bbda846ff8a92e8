"""CAMEO-like event types keyed by trigger lemma, and the light-verb and participant tables."""

from __future__ import annotations

#: Verb lemma -> event type. Only these verbs make events: precision over recall.
VERB_TYPES: dict[str, str] = {
    **dict.fromkeys(("meet", "negotiate", "host", "convene"), "meet"),
    **dict.fromkeys(("visit", "tour"), "visit"),
    **dict.fromkeys(
        ("strike", "attack", "bomb", "shell", "target", "kill", "shoot", "stab", "raid", "assault", "invade",
         "ram", "wound", "injure", "assassinate", "murder"),
        "attack",
    ),
    **dict.fromkeys(("agree", "sign", "ratify", "approve"), "agreement"),
    **dict.fromkeys(("join", "cooperate", "collaborate", "ally"), "cooperate"),
    **dict.fromkeys(("warn", "threaten", "caution"), "warning"),
    **dict.fromkeys(("deploy", "mobilize", "mobilise"), "deployment"),
    **dict.fromkeys(("withdraw", "evacuate", "retreat"), "withdrawal"),
    **dict.fromkeys(("confirm", "announce", "declare", "deny", "acknowledge"), "statement"),
    **dict.fromkeys(("protest", "demonstrate", "rally", "riot"), "protest"),
    **dict.fromkeys(("arrest", "detain", "apprehend"), "arrest"),
    **dict.fromkeys(("charge", "indict", "convict", "sentence", "sue", "prosecute"), "legal"),
    **dict.fromkeys(("elect", "re-elect", "reelect"), "elect"),
    **dict.fromkeys(("appoint", "nominate", "name"), "appoint"),
    **dict.fromkeys(("oust", "dismiss", "sack", "resign"), "dismiss"),
    **dict.fromkeys(("urge", "demand", "appeal"), "appeal"),
    **dict.fromkeys(("die",), "death"),
    **dict.fromkeys(("mediate",), "mediate"),
    **dict.fromkeys(("sanction", "ban", "block", "embargo"), "sanction"),
}

#: Light verb + object lemma -> event type ("hold talks", "reach a deal", "send troops").
LIGHT_VERBS: dict[tuple[str, str], str] = {
    **{("hold", noun): "meet" for noun in ("talk", "talks", "meeting", "summit", "negotiation", "conference")},
    **{("have", noun): "meet" for noun in ("talk", "talks", "meeting")},
    **{("reach", noun): "agreement" for noun in ("deal", "agreement", "accord", "compromise", "ceasefire", "truce")},
    **{("strike", noun): "agreement" for noun in ("deal", "agreement")},
    **{("send", noun): "deployment" for noun in ("troop", "troops", "force", "forces", "soldier", "soldiers", "warship")},
    **{("open", "fire"): "attack", ("carry", "attack"): "attack", ("launch", "attack"): "attack",
       ("launch", "strike"): "attack", ("launch", "airstrike"): "attack", ("launch", "missile"): "attack",
       ("launch", "rocket"): "attack", ("fire", "missile"): "attack", ("fire", "rocket"): "attack"},
    **{("win", noun): "elect" for noun in ("election", "vote", "presidency", "seat", "majority")},
    **{("hold", noun): "protest" for noun in ("protest", "rally", "demonstration")},
    **{("hold", noun): "elect" for noun in ("election", "vote", "referendum")},
}

#: Objects that turn a trigger into an idiom ("meet the criteria", "target a deadline"): no event.
IDIOM_OBJECTS: frozenset[str] = frozenset(
    {"description", "criterion", "criteria", "requirement", "demand", "standard", "need", "deadline", "expectation",
     "goal", "target", "obligation", "threshold", "condition", "audience", "market", "voter"}
)

#: Nouns that name an event already told ("The meeting was hosted by ..."): a definite one refers back.
EVENT_NOUNS: dict[str, str] = {
    **dict.fromkeys(("meeting", "talk", "talks", "summit", "negotiation"), "meet"),
    **dict.fromkeys(("visit", "trip"), "visit"),
    **dict.fromkeys(("arrest",), "arrest"),
    **dict.fromkeys(("attack", "strike", "airstrike", "bombing"), "attack"),
    **dict.fromkeys(("agreement", "deal", "accord"), "agreement"),
}

#: Verbs that add a participant to an event named by their subject, and how the summary says it.
PARTICIPANT_VERBS: dict[str, str] = {
    "host": "hosted by",
    "lead": "led by",
    "chair": "chaired by",
    "attend": "attended by",
    "include": "with",
    "hold": "held by",
    "mediate": "mediated by",
    "organize": "organised by",
    "organise": "organised by",
}

#: Statement verbs that vouch for an event told before ("Turkish sources confirmed the meeting").
ATTESTING_VERBS: dict[str, str] = {
    "confirm": "confirmed by",
    "deny": "denied by",
    "announce": "announced by",
    "acknowledge": "acknowledged by",
}

#: Prepositions whose object is the other party ("met ... with X", "strikes against X").
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"with", "against", "on", "into", "between", "to"})
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "on"})
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
