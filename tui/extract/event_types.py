"""The trigger inventory: verbs, event nouns and multi-word predicates, typed after ACE 2005 / KAIROS.

Our types and where they come from (the annotation guideline, benchmarks/events_guideline.md,
uses the same table):

=============  ==========================================  =============================================
type           ACE 2005 / KAIROS / CAMEO                   triggers (examples)
=============  ==========================================  =============================================
attack         Conflict.Attack (a killing by a weapon)     attack, bomb, shoot, stab, airstrike, open fire
death          Life.Die                                    die, death, pass away, (fire/illness) kill
injure         Life.Injure                                 injure, wound, injury
damage         ArtifactExistence.DamageDestroy             damage, destroy, demolish
disaster       KAIROS Disaster                             fire, earthquake, flood, crash, make landfall
arrest         Justice.ArrestJail                          arrest, detain, take into custody
charge         Justice.ChargeIndict                        charge, indict, impeach
trial          Justice.TrialHearing                        prosecute, trial, hearing, testify
convict        Justice.Convict                             convict, find guilty, conviction
sentence       Justice.Sentence                            sentence, jail, imprison
ruling         Justice.Acquit / Appeal outcome             rule, overturn, acquit, dismiss (a lawsuit)
lawsuit        Justice.Sue                                 sue, lawsuit, file a suit
legal          Justice.Extradite/Pardon/ReleaseParole      investigate, extradite, pardon, commute
statement      CAMEO 01 (make public statement)            say, announce, report, tweet, statement
warning        CAMEO 13/16 (threaten, warn)                warn, threaten, warning
appeal         CAMEO 02 (appeal, call for)                 urge, demand, call for, ask
meet           Contact.Meet / CAMEO 036                    meet, talks, summit, hold talks
visit          CAMEO 042/043                               visit, trip, tour
transport      Movement.Transport                          evacuate, fly, travel, deport, flee
elect          Personnel.Elect                             elect, win an election, vote
appoint        Personnel.StartPosition (named by another)  appoint, nominate, name
take_office    Personnel.StartPosition (begins)            take office, be sworn in, succeed
resign         Personnel.EndPosition (leaves)              resign, step down, retire, drop out
dismiss        Personnel.EndPosition (removed)             dismiss, sack, oust, fire (a minister)
legislate      CAMEO 0 (policy): a law passed or signed    pass a bill, sign into law, veto
protest        Conflict.Demonstrate / CAMEO 14             protest, rally, riot, boycott
diagnosis      KAIROS Medical.Diagnosis                    test positive, diagnose, contract (an illness)
agreement      Contact.Negotiate outcome / CAMEO 057       agree, sign a deal, reach a ceasefire
cooperate      CAMEO 04-06                                 cooperate, collaborate, ally
deployment     CAMEO 15 / Movement.Transport (forces)      deploy, mobilise, send troops
withdrawal     CAMEO 087                                   withdraw, pull out, retreat
sanction       CAMEO 163                                   sanction, embargo, impose sanctions
mediate        CAMEO 043/045                               mediate
=============  ==========================================  =============================================

Words whose type depends on their object or subject ("dismiss", "fire", "kill", "attack", "join",
"sign", "pass", "vote", "hit") are settled in ``event_meaning``.
"""

from __future__ import annotations


def _types(**groups: tuple[str, ...]) -> dict[str, str]:
    return {word: kind for kind, words in groups.items() for word in words}


#: Verb lemma -> event type (before ``event_meaning`` reads the context).
VERB_TYPES: dict[str, str] = _types(
    meet=("meet", "negotiate", "host", "convene"),
    visit=("visit", "tour"),
    attack=("strike", "attack", "bomb", "shell", "target", "kill", "shoot", "stab", "raid", "assault", "invade",
            "ram", "assassinate", "murder", "ambush", "bombard", "behead", "massacre", "hijack", "torch", "storm",
            "clash", "poison", "hit"),
    death=("die", "perish", "drown", "succumb"),
    injure=("injure", "wound", "hurt", "maim"),
    damage=("damage", "destroy", "demolish", "raze"),
    disaster=("erupt", "crash", "collapse", "derail", "flood", "explode", "collide", "overturn", "capsize", "upgrade", "strengthen", "intensify",
              "weaken", "downgrade"),
    agreement=("agree", "sign", "ratify"),
    cooperate=("cooperate", "collaborate", "ally", "join"),
    warning=("warn", "threaten", "caution"),
    deployment=("deploy", "mobilize", "mobilise"),
    withdrawal=("withdraw", "retreat"),
    statement=("say", "tell", "announce", "state", "report", "add", "claim", "write", "tweet", "note", "confirm",
               "deny", "declare", "acknowledge", "explain", "comment", "remark", "stress", "reiterate", "insist",
               "admit", "reveal", "argue", "praise", "criticise", "criticize", "condemn", "describe", "characterize",
               "characterise", "predict", "respond", "reply", "speak", "indicate", "attribute", "allege", "concede",
               "apologize", "apologise", "commend", "call", "observe", "assert", "emphasize", "emphasise",
               "mention", "recall", "suggest", "estimate", "conclude", "announce", "quote", "retort", "complain",
               "vow", "pledge", "promise", "endorse", "congratulate", "blame", "accuse"),
    protest=("protest", "demonstrate", "rally", "riot", "march", "boycott"),
    arrest=("arrest", "detain", "apprehend", "capture"),
    charge=("charge", "indict", "impeach"),
    trial=("prosecute", "testify", "try"),
    convict=("convict",),
    sentence=("sentence", "jail", "imprison"),
    ruling=("rule", "acquit", "overrule", "uphold", "reverse"),
    lawsuit=("sue",),
    legal=("investigate", "extradite", "pardon", "commute", "probe"),
    elect=("elect", "re-elect", "reelect", "vote", "defeat"),
    appoint=("appoint", "nominate", "name", "hire", "install"),
    take_office=("succeed", "inaugurate", "replace"),
    resign=("resign", "quit", "retire", "abdicate"),
    dismiss=("oust", "dismiss", "sack", "depose", "overthrow", "fire", "remove"),
    appeal=("urge", "demand", "appeal", "request", "recommend", "plead"),
    mediate=("mediate",),
    sanction=("sanction", "embargo"),
    transport=("evacuate", "transport", "fly", "travel", "deport", "flee", "airlift", "transfer", "return", "arrive"),
    diagnosis=("diagnose", "contract", "hospitalize", "hospitalise", "infect"),
    legislate=("pass", "veto", "enact", "legalize", "legalise", "decriminalize", "decriminalise", "outlaw",
               "repeal", "abolish"),
)

#: Verb lemma + particle or preposition -> type ("step down", "pass away", "call for", "drop out").
PHRASAL_VERBS: dict[tuple[str, str], str] = {
    ("step", "down"): "resign", ("pass", "away"): "death", ("call", "for"): "appeal", ("drop", "out"): "resign",
    ("blow", "up"): "attack", ("gun", "down"): "attack", ("shoot", "down"): "attack",
    ("pull", "out"): "withdrawal", ("break", "out"): "disaster", ("set", "off"): "attack",
    ("swear", "in"): "take_office", ("hand", "down"): "sentence", ("throw", "out"): "ruling",
    ("strike", "down"): "ruling", ("lock", "up"): "arrest", ("crack", "down"): "attack", ("run", "for"): "elect",
    ("call", "on"): "appeal", ("call", "off"): "", ("point", "out"): "statement", ("speak", "out"): "statement",
    ("ask", "for"): "appeal", ("plead", "for"): "appeal",
}

#: Verb + object lemma -> type ("hold talks", "file a lawsuit", "take office", "open fire").
LIGHT_VERBS: dict[tuple[str, str], str] = {
    **{("hold", noun): "meet" for noun in ("talk", "talks", "meeting", "summit", "negotiation", "conference")},
    **{("have", noun): "meet" for noun in ("talk", "talks", "meeting")},
    **{("reach", noun): "agreement" for noun in ("deal", "agreement", "accord", "compromise", "ceasefire", "truce")},
    **{("strike", noun): "agreement" for noun in ("deal", "agreement")},
    **{("sign", noun): "agreement" for noun in ("deal", "agreement", "accord", "treaty", "ceasefire", "memorandum")},
    **{("send", noun): "deployment" for noun in ("troop", "troops", "force", "forces", "soldier", "soldiers", "warship",
                                                 "officer", "officers")},
    ("open", "fire"): "attack", ("carry", "attack"): "attack", ("launch", "attack"): "attack",
       ("launch", "strike"): "attack", ("launch", "airstrike"): "attack", ("launch", "missile"): "attack",
       ("launch", "rocket"): "attack", ("fire", "missile"): "attack", ("fire", "rocket"): "attack",
       ("fire", "shot"): "attack", ("carry", "strike"): "attack", ("carry", "airstrike"): "attack",
       ("carry", "bombing"): "attack", ("launch", "offensive"): "attack",
    **{("win", noun): "elect" for noun in ("election", "vote", "presidency", "seat", "majority", "caucus",
                                           "caucuses", "primary", "nomination", "race", "runoff", "re-election")},
    **{("lose", noun): "elect" for noun in ("election", "reelection", "re-election", "seat", "race", "vote")},
    **{("hold", noun): "protest" for noun in ("protest", "rally", "demonstration", "march", "vigil")},
    **{("stage", noun): "protest" for noun in ("protest", "rally", "demonstration", "walkout")},
    **{("hold", noun): "elect" for noun in ("election", "vote", "referendum", "primary", "caucus", "caucuses")},
    **{("file", noun): "lawsuit" for noun in ("lawsuit", "suit", "complaint", "case", "claim")},
    **{("bring", noun): "lawsuit" for noun in ("lawsuit", "suit", "case")},
    **{("take", noun): "take_office" for noun in ("office", "oath", "power", "helm", "seat")},
    **{("make", noun): "statement" for noun in ("statement", "announcement", "remark", "remarks", "comment", "speech",
                                                "claim", "appeal")},
    **{("issue", noun): "statement" for noun in ("statement", "announcement", "communique", "release")},
    **{("give", noun): "statement" for noun in ("speech", "statement", "interview", "address", "condolence",
                                                "condolences", "testimony")},
    **{(verb, noun): "statement" for verb in ("express", "extend", "offer", "send", "voice")
       for noun in ("condolence", "condolences", "sadness", "sympathy", "regret", "concern", "support", "gratitude",
                    "thanks", "shock", "outrage", "disappointment", "solidarity", "preference", "hope",
                    "doubt", "doubts", "opposition", "interest", "frustration", "anger", "optimism")},
    **{("issue", noun): "warning" for noun in ("warning", "alert", "threat", "ultimatum")},
    **{("issue", noun): "arrest" for noun in ("warrant",)},
    ("make", "landfall"): "disaster", ("catch", "fire"): "disaster", ("set", "fire"): "attack",
       ("make", "arrest"): "arrest", ("make", "arrests"): "arrest", ("impose", "sanction"): "sanction",
       ("impose", "sanctions"): "sanction", ("run", "campaign"): "elect", ("end", "campaign"): "resign",
       ("suspend", "campaign"): "resign", ("launch", "campaign"): "elect", ("launch", "investigation"): "legal",
       ("open", "investigation"): "legal", ("start", "investigation"): "legal", ("hand", "sentence"): "sentence",
       ("pass", "sentence"): "sentence", ("lose", "life"): "death", ("lose", "lives"): "death",
       ("cast", "vote"): "elect", ("concede", "defeat"): "elect", ("hold", "vote"): "legislate", ("pay", "visit"): "visit",
       ("make", "visit"): "visit", ("make", "trip"): "visit", ("take", "trip"): "visit",
       ("seek", "asylum"): "transport", ("carry", "raid"): "attack", ("conduct", "raid"): "attack",
       ("conduct", "strike"): "attack", ("conduct", "airstrike"): "attack", ("claim", "life"): "death",
       ("claim", "lives"): "death", ("call", "election"): "statement", ("call", "race"): "statement",
    **{("announce", noun): "resign" for noun in ("resignation", "retirement", "departure")},
    **{("tender", noun): "resign" for noun in ("resignation",)},
    **{("announce", noun): "elect" for noun in ("candidacy", "bid", "candidature")},
}

#: Verb + adjective or particle complement ("test positive", "found guilty", "found dead").
COMPLEMENT_VERBS: dict[tuple[str, str], str] = {
    ("test", "positive"): "diagnosis", ("find", "guilty"): "convict", ("plead", "guilty"): "convict",
    ("find", "dead"): "death", ("shoot", "dead"): "attack", ("plead", "innocent"): "trial",
    ("find", "innocent"): "ruling", ("plead", "not"): "trial", ("declare", "dead"): "death",
    ("fall", "ill"): "diagnosis", ("fall", "sick"): "diagnosis", ("become", "ill"): "diagnosis",
}

#: Objects that turn a trigger into an idiom ("meet the criteria", "target a deadline"): no event.
IDIOM_OBJECTS: frozenset[str] = frozenset(
    {"description", "criterion", "criteria", "requirement", "demand", "standard", "need", "deadline", "expectation",
     "goal", "target", "obligation", "threshold", "condition", "audience", "market", "voter", "record", "number",
     "role", "part", "question", "hope", "chance", "opportunity", "concern", "impression"}
)

#: Event nouns -> type: they are triggers themselves ("the bombing", "his death", "the lawsuit").
EVENT_NOUNS: dict[str, str] = _types(
    meet=("meeting", "talk", "talks", "summit", "negotiation", "negotiations"),
    visit=("visit", "trip"),
    arrest=("arrest", "detention"),
    attack=("attack", "strike", "airstrike", "bombing", "shooting", "stabbing", "assault", "raid", "massacre",
            "ambush", "invasion", "assassination", "murder", "killing", "explosion", "blast", "gunfire", "shelling",
            "offensive", "self-immolation", "hijacking", "beheading", "firefight", "clash", "clashes"),
    death=("death", "passing", "suicide"),
    injure=("injury",),
    damage=("destruction",),
    disaster=("fire", "blaze", "wildfire", "earthquake", "quake", "flood", "flooding", "tsunami", "eruption",
              "crash", "collision", "derailment", "landslide", "avalanche", "stroke", "landfall"),
    agreement=("agreement", "deal", "accord", "treaty", "ceasefire", "truce"),
    charge=("charge", "indictment", "impeachment"),
    trial=("trial", "hearing", "prosecution", "testimony"),
    convict=("conviction",),
    sentence=("sentence",),
    ruling=("ruling", "acquittal", "verdict"),
    lawsuit=("lawsuit", "suit"),
    legal=("investigation", "probe", "inquiry", "extradition", "pardon"),
    statement=("statement", "announcement", "remarks", "speech", "tweet", "endorsement"),
    warning=("warning", "threat", "ultimatum"),
    appeal=("plea",),
    transport=("evacuation", "deportation"),
    elect=("election", "caucus", "caucuses", "primary", "referendum", "re-election", "reelection", "victory", "win"),
    appoint=("appointment", "nomination", "inauguration"),
    resign=("resignation", "retirement"),
    dismiss=("dismissal", "ouster"),
    protest=("protest", "demonstration", "rally", "riot", "boycott", "uprising", "unrest"),
    diagnosis=("diagnosis", "infection"),
    deployment=("deployment",),
    withdrawal=("withdrawal", "pullout"),
    sanction=("sanction", "sanctions", "embargo"),
)

#: Event nouns that name a happening on their own, with no party inside the phrase ("A bombing was reported").
SELF_STANDING_NOUNS: frozenset[str] = frozenset(
    {"bombing", "shooting", "stabbing", "explosion", "blast", "massacre", "ambush", "earthquake", "quake", "tsunami",
     "wildfire", "blaze", "landslide", "avalanche", "derailment", "riot", "airstrike", "assassination", "murder",
     "self-immolation", "hijacking", "beheading", "firefight", "protest", "protests", "lawsuit", "death", "fire",
     "crash", "collision", "resignation", "announcement", "attack", "arrest", "evacuation", "strike"}
)

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
    "report": "reported by",
}

#: Prepositions whose object is the other party ("met ... with X", "strikes against X").
TARGET_PREPOSITIONS: frozenset[str] = frozenset({"with", "against", "on", "into", "between", "to"})
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "on"})
PLACE_LABELS: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})
TIME_LABELS: frozenset[str] = frozenset({"DATE", "TIME"})
#: Types whose victims are counted ("killing seven", "at least 71 people were arrested").
COUNTED_TYPES: frozenset[str] = frozenset({"attack", "death", "injure", "arrest", "disaster", "transport"})
