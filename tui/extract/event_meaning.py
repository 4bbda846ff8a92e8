"""Meaning over words: the type a trigger takes from its subject, object and sentence.

Each rule is small and named: ``attack`` on an idea is a statement; ``dismiss`` a lawsuit is a
ruling, a minister a dismissal; ``kill`` by a fire, crash or illness is a death, by a person, a
weapon or a bombing an attack; ``fire`` at someone is an attack, a coach a dismissal; and so on.
A rule answers the type, or ``None`` when the word names no event here ("shot a film",
"ruled the country", "joined in the singing").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from .sentence_index import sentence_of
from .word_index import children_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import DocContext

_OBJECTS = {"dobj", "obj", "attr", "oprd"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}

#: What is attacked in words, not with force.
ABSTRACT_OBJECTS = frozenset(
    {"investigation", "inquiry", "probe", "plan", "idea", "policy", "decision", "report", "bill", "law", "claim",
     "proposal", "comment", "remark", "media", "ruling", "move", "process", "impeachment", "record", "speech",
     "view", "stance", "position", "statement", "article", "book", "campaign", "press", "approach", "handling",
     "response", "deal", "agreement", "budget", "reform", "legislation", "verdict", "judge", "critic", "opponent"}
)
#: Causes of death that are no attack.
NATURAL_CAUSES = frozenset(
    {"fire", "blaze", "wildfire", "storm", "typhoon", "hurricane", "cyclone", "tornado", "earthquake", "quake",
     "flood", "flooding", "crash", "collision", "accident", "disease", "virus", "illness", "cancer", "avalanche",
     "landslide", "mudslide", "heat", "heatwave", "cold", "lightning", "flu", "influenza", "covid-19", "coronavirus",
     "outbreak", "pandemic", "epidemic", "tsunami", "eruption", "derailment", "bus", "car", "truck", "train", "plane",
     "aircraft", "helicopter", "vehicle", "boat", "ship", "ferry", "collapse", "poisoning", "overdose", "infection",
     "pneumonia", "stroke", "complication", "complications", "drowning", "explosion", "smoke", "carbon"}
)
WEAPONS = frozenset(
    {"bomb", "bombing", "shooting", "gunman", "gunmen", "attacker", "assailant", "militant", "insurgent", "rebel",
     "soldier", "troop", "police", "airstrike", "strike", "missile", "rocket", "shell", "grenade", "gun", "rifle",
     "knife", "attack", "raid", "operation", "drone", "sniper", "suicide", "device", "ied", "mortar", "explosive",
     "shelling", "gunfire", "force", "forces", "army", "military", "stabbing", "terrorist", "fighter", "jet"}
)
ANIMALS = frozenset({"pig", "cow", "chicken", "bird", "animal", "cattle", "sheep", "fish", "dog", "cat", "buffalo",
                     "bison", "whale", "shark", "poultry", "hen", "duck", "goat", "horse", "deer", "wolf", "bear"})
VEHICLES = frozenset({"bus", "car", "truck", "train", "plane", "aircraft", "airliner", "jet", "helicopter", "vehicle",
                      "boat", "ship", "ferry", "van", "motorcycle", "tram", "coach", "flight", "lorry", "taxi"})
STORMS = frozenset({"storm", "typhoon", "hurricane", "cyclone", "tornado", "earthquake", "quake", "flood", "tsunami"})
LEGAL_OBJECTS = frozenset({"lawsuit", "suit", "case", "charge", "claim", "complaint", "appeal", "petition",
                           "indictment", "motion", "conviction", "sentence", "verdict", "ruling", "challenge"})
POSTS = frozenset({"minister", "secretary", "coach", "manager", "director", "official", "chief", "head", "employee",
                   "staff", "general", "commander", "adviser", "advisor", "ambassador", "governor", "ceo", "president",
                   "chairman", "officer", "judge", "prosecutor", "aide", "spokesman", "spokeswoman", "editor"})
PEOPLE = frozenset({"suspect", "man", "woman", "gunman", "defendant", "driver", "teenager", "boy", "girl", "student",
                    "person", "people", "child", "children", "resident", "protester", "activist", "journalist",
                    "worker", "member", "leader", "politician", "doctor", "nurse", "soldier", "civilian", "victim",
                    "attacker", "assailant", "militant", "rebel", "citizen", "national", "migrant", "refugee"})
INSTITUTIONS = frozenset({"parliament", "government", "cabinet", "senate", "congress", "board", "party", "council",
                          "assembly", "court", "house", "administration", "legislature", "commission", "committee"})
LAWS = frozenset({"bill", "law", "legislation", "act", "resolution", "measure", "amendment", "budget", "order", "article",
                  "decree", "motion", "ordinance", "treaty", "referendum"})
ILLNESSES = frozenset({"virus", "covid-19", "covid", "coronavirus", "disease", "infection", "illness", "flu", "measles",
                       "malaria", "cancer", "ebola", "tuberculosis", "pneumonia", "hiv", "aids", "cholera", "sars"})
ELECTION_WORDS = frozenset({"election", "vote", "votes", "race", "primary", "caucus", "caucuses", "seat", "ballot",
                            "poll", "polls", "runoff", "referendum", "candidate", "nomination", "delegate", "delegates",
                            "electoral", "presidency", "reelection", "re-election", "campaign", "incumbent"})


def _lemma(token: Token | None) -> str:
    return token.lemma_.lower() if token is not None else ""


def objects(token: Token) -> list[Token]:
    return [c for c in children_of(token) if c.dep_ in _OBJECTS]


def subject(token: Token) -> Token | None:
    """The subject, shared with a conjunct, and a relative pronoun read as the noun it stands for."""
    node = token
    while True:
        found = next((c for c in children_of(node) if c.dep_ in _SUBJECTS), None)
        if found is not None and found.tag_ in {"WDT", "WP"}:
            clause = found.head
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head
            return clause.head if clause.dep_ == "relcl" else found  # "the outbreak that had killed 62"
        if found is not None or node.dep_ != "conj" or node.head.i == node.i:
            return found
        node = node.head


def agent(token: Token) -> Token | None:
    return next((o for p in children_of(token) if p.dep_ == "agent" for o in children_of(p) if o.dep_ == "pobj"), None)


def prep_object(token: Token, *preps: str) -> Token | None:
    return next((o for p in children_of(token) if p.dep_ == "prep" and p.lower_ in preps
                 for o in children_of(p) if o.dep_ == "pobj"), None)


def _passive(token: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in children_of(token))


def _is_person(ctx: DocContext, token: Token | None) -> bool:
    if token is None:
        return False
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    return (hit is not None and hit.label in {"PERSON", "NORP"}) or _lemma(token) in POSTS | PEOPLE or token.tag_ == "PRP"


def _words_near(token: Token) -> set[str]:
    return {t.lemma_.lower() for t in sentence_of(token)}


def _is_storm(ctx: DocContext, token: Token | None) -> bool:
    if token is None:
        return False
    words = {t.lemma_.lower() for t in token.subtree} | {w.lower() for w in token.text.split()}
    hit = ctx.mention_at(token.idx, token.idx + len(token.text))
    if hit is not None:
        words |= {w.lower() for w in hit.text.split()}
    return bool(words & STORMS)


# -- the rules, one per ambiguous word -------------------------------------------------------------
def _attack(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    if obj is not None and (_lemma(obj) in ABSTRACT_OBJECTS or prep_object(verb, "as") is not None):
        return "statement"  # "attacked the impeachment investigation as 'Witch Hunt garbage'"
    if obj is not None and obj.lemma_.lower() in {"record", "problem", "issue"}:
        return None
    return "attack"


def _strike(ctx: DocContext, verb: Token) -> str | None:
    who = subject(verb)
    if _is_storm(ctx, who):
        return "disaster"
    if _lemma(who) in {"worker", "union", "teacher", "employee", "staff", "doctor", "nurse", "driver", "miner"}:
        return "protest"
    return _attack(ctx, verb)


def _kill(ctx: DocContext, verb: Token) -> str | None:
    """Killed by a fire, crash or illness: a death; by someone or with a weapon: an attack; animals culled: none."""
    victim = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if _lemma(victim) in ANIMALS:
        return None
    cause = agent(verb) or (None if _passive(verb) else subject(verb))
    if cause is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        cause = subject(verb.head) or verb.head  # "The bus crashed ..., killing seven riders"
    if cause is None:
        cause = prep_object(verb, "in", "by", "during", "after")
    if cause is None:
        # "an engineer was killed while working": no one did it, nothing in the sentence was a weapon.
        return "attack" if _words_near(verb) & WEAPONS else "death"
    if _is_storm(ctx, cause) or _lemma(cause) in NATURAL_CAUSES or _lemma(cause) in {"crash", "make", "catch"}:
        return "death"
    named = ctx.mention_at(cause.idx, cause.idx + len(cause.text))
    written = (named.text if named is not None else cause.text).lower()
    if any(word in written for word in ("virus", "covid", "cov-", "flu", "disease", "fever")):
        return "death"  # "SARS-CoV-2 has killed more than 1,000 people"
    return "attack"


def _fire(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    if prep_object(verb, "at", "on", "into", "upon") is not None:
        return "attack"
    if obj is not None and _is_person(ctx, obj):
        return "dismiss"
    return None


def _dismiss(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if target is not None and _lemma(target) in LEGAL_OBJECTS:
        return "ruling"  # "Judge Marrero dismissed the president's lawsuit"
    if target is not None and _is_person(ctx, target):
        return "dismiss"
    if target is not None:
        return "statement" if prep_object(verb, "as") is not None else None
    return None


def _remove(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return "dismiss" if _is_person(ctx, target) and prep_object(verb, "from") is not None else None


def _join(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    word = _lemma(obj)
    if word in INSTITUTIONS:
        return "take_office"  # "He first joined parliament in 1987"
    if word in {"race", "campaign", "contest"}:
        return "elect"
    if word in {"protest", "rally", "march", "demonstration", "strike"}:
        return "protest"
    if word in {"coalition", "alliance", "force", "fight", "effort", "talks"}:
        return "cooperate"
    return None


def _sign(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    hit = ctx.mention_at(obj.idx, obj.idx + len(obj.text)) if obj is not None else None
    if _lemma(obj) in LAWS or (hit is not None and hit.label == "LAW") or prep_object(verb, "into") is not None:
        return "legislate"
    if _lemma(obj) in {"letter", "petition", "statement", "declaration", "open"}:
        return "statement"  # "signed an open letter"
    return "agreement" if obj is not None else None


def _pass(ctx: DocContext, verb: Token) -> str | None:
    parties = [*objects(verb), subject(verb)]
    for token in parties:
        hit = ctx.mention_at(token.idx, token.idx + len(token.text)) if token is not None else None
        if _lemma(token) in LAWS or (hit is not None and hit.label == "LAW"):
            return "legislate"
    return None


def _vote(ctx: DocContext, verb: Token) -> str | None:
    topic = prep_object(verb, "on", "for", "against", "in") or next(iter(objects(verb)), None)
    clause = next((c for c in children_of(verb) if c.dep_ == "xcomp"), None)
    if clause is not None:
        return None  # "voted to elect", "voted to pass": the clause's verb is the event
    if _lemma(topic) in LAWS or _lemma(subject(verb)) in INSTITUTIONS:
        return "legislate"
    return "elect"


def _election_only(ctx: DocContext, verb: Token) -> str | None:
    """"defeat", "victory", "win": an election only when the sentence speaks of one (not a rugby match)."""
    return "elect" if _words_near(verb) & ELECTION_WORDS else None


def _name(ctx: DocContext, verb: Token) -> str | None:
    if prep_object(verb, "after") is not None:
        return None  # "named after his grandfather"
    has_role = any(c.dep_ == "oprd" for c in children_of(verb)) or prep_object(verb, "as", "to") is not None
    return "appoint" if has_role else None


def _with_person(kind: str) -> Callable[[DocContext, Token], str | None]:
    def rule(ctx: DocContext, verb: Token) -> str | None:
        target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
        return kind if _is_person(ctx, target) or prep_object(verb, "as") is not None else None
    return rule


def _to_a_place(ctx: DocContext, verb: Token) -> str | None:
    """"flew to Walter Reed", "returned home", "fled to Turkey": a journey only with its end or start."""
    place = prep_object(verb, "to", "from", "into", "out")
    if place is not None and (place.pos_ == "PROPN" or _lemma(place) in {"hospital", "home", "country", "border"}):
        return "transport"
    if any(c.lower_ == "home" for c in children_of(verb)):
        return "transport"
    return None


def _charge(ctx: DocContext, verb: Token) -> str | None:
    if _passive(verb) or prep_object(verb, "with") is not None:
        return "charge"
    return "charge" if _is_person(ctx, next(iter(objects(verb)), None)) else None


def _contract(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    return "diagnosis" if obj is not None and (_lemma(obj) in ILLNESSES or "covid" in obj.lower_) else None


def _rule(ctx: DocContext, verb: Token) -> str | None:
    who = subject(verb)
    if any(c.dep_ == "ccomp" for c in children_of(verb)) or _lemma(who) in {"judge", "court", "justice", "panel", "jury"}:
        return "ruling"
    hit = ctx.mention_at(who.idx, who.idx + len(who.text)) if who is not None else None
    return "ruling" if hit is not None and "court" in hit.text.lower() else None


def _only_legal(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return "ruling" if _lemma(target) in LEGAL_OBJECTS or _rule(ctx, verb) else None


def _try(ctx: DocContext, verb: Token) -> str | None:
    return "trial" if _passive(verb) and prep_object(verb, "for", "on", "in") is not None else None


def _collapse(ctx: DocContext, verb: Token) -> str | None:
    what = _lemma(subject(verb))
    return "disaster" if what in {"building", "bridge", "roof", "mine", "dam", "house", "tower", "wall", "stage",
                                  "block", "structure", "crane", "school", "hotel", "factory"} else None


def _crash(ctx: DocContext, verb: Token) -> str | None:
    return "disaster" if _lemma(subject(verb)) in VEHICLES else None


_EXPLODING_THINGS = {"tank", "pipeline", "plant", "factory", "boiler", "gas", "cylinder", "building", "firework",
                     "fireworks", "warehouse", "depot", "refinery", "reactor", "battery", "transformer", "well", "volcano"}


def _explode(ctx: DocContext, verb: Token) -> str | None:
    what = _lemma(subject(verb))
    if what in {"bomb", "device", "grenade", "mine", "ied", "explosive", "shell", "rocket", "missile"}:
        return "attack"
    return "disaster" if what in _EXPLODING_THINGS or what in VEHICLES else None  # not "the population exploded"


def _erupt(ctx: DocContext, verb: Token) -> str | None:
    what = _lemma(subject(verb))
    if what in {"protest", "riot", "unrest", "demonstration"}:
        return "protest"
    if what in {"violence", "fighting", "clash", "battle", "gunfire"}:
        return "attack"
    return "disaster" if what in {"volcano", "mount", "mountain", "fire"} or _is_storm(ctx, subject(verb)) else None


def _shoot(ctx: DocContext, verb: Token) -> str | None:
    obj = next(iter(objects(verb)), None)
    if _lemma(obj) in {"film", "video", "movie", "scene", "footage", "photo", "picture", "episode", "documentary"}:
        return None
    return "attack"


def _appeal(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or prep_object(verb, "against")
    return "legal" if _lemma(target) in LEGAL_OBJECTS else "appeal"


def _add(ctx: DocContext, verb: Token) -> str | None:
    return None if objects(verb) and not any(c.dep_ == "ccomp" for c in children_of(verb)) else "statement"


def _capture(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if _is_person(ctx, target):
        return "arrest"
    hit = ctx.mention_at(target.idx, target.idx + len(target.text)) if target is not None else None
    return "attack" if hit is not None and hit.label in {"GPE", "LOC", "FAC"} else None


def _storm(ctx: DocContext, verb: Token) -> str | None:
    """"Humberto strengthens to Category 3", "was upgraded to hurricane status": a storm's course."""
    who = subject(verb) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    return "disaster" if _is_storm(ctx, who) else None


def _respond(ctx: DocContext, verb: Token) -> str | None:
    """"responded to her letter" speaks; "police responded to reports of a shooting" acts."""
    to = prep_object(verb, "to")
    if _lemma(to) in {"call", "report", "scene", "incident", "emergency", "fire", "alarm", "shooting", "attack", "crisis"}:
        return None
    return "statement"


def _agree(ctx: DocContext, verb: Token) -> str | None:
    """Two sides agree (an agreement); one person "agreed to add two members" decides and says so."""
    who = subject(verb)
    hit = ctx.mention_at(who.idx, who.idx + len(who.text)) if who is not None else None
    alone = hit is not None and who is not None and hit.label == "PERSON" and not who.conjuncts
    if any(c.dep_ == "xcomp" for c in children_of(verb)) and alone:
        return "statement"
    return "agreement"


def _damage(ctx: DocContext, verb: Token) -> str | None:
    target = next(iter(objects(verb)), None) or next((c for c in children_of(verb) if c.dep_ == "nsubjpass"), None)
    if _lemma(target) in {"trust", "reputation", "confidence", "relation", "relations", "credibility", "image",
                          "chance", "chances", "morale", "sense", "prospect", "prospects", "economy", "health"}:
        return None  # "damaged the people's trust": no thing was damaged
    return "damage"


def _overturn(ctx: DocContext, verb: Token) -> str | None:
    """A court overturns a conviction (a ruling); a bus overturns (an accident)."""
    if _lemma(subject(verb)) in VEHICLES:
        return "disaster"
    return "ruling" if _only_legal(ctx, verb) or _rule(ctx, verb) else None


def _clash(ctx: DocContext, verb: Token) -> str | None:
    """Protesters clash with police; "his politics have clashed with the stances of ..." is no fight."""
    who = subject(verb)
    hit = ctx.mention_at(who.idx, who.idx + len(who.text)) if who is not None else None
    people = hit is not None and hit.label in {"PERSON", "NORP", "ORG", "GPE"} or _lemma(who) in PEOPLE | POSTS | {
        "protester", "police", "force", "troop", "fighter", "supporter", "fan", "group", "army"}
    return "attack" if people else None


def _call(ctx: DocContext, verb: Token) -> str | None:
    """"called the investigation a 'witch hunt'" speaks; "called for calm" appeals; "called him" is a phone call."""
    if any(c.dep_ in {"oprd", "xcomp", "ccomp"} for c in children_of(verb)):
        return "statement"
    if objects(verb):
        return "statement" if prep_object(verb, "for") is not None else None  # "called Nevada for Biden"
    if prep_object(verb, "for", "on") is not None or any(c.dep_ == "advcl" and any(
        m.lower_ == "for" for m in children_of(c)) for c in children_of(verb)):
        return "appeal"  # "called for calm", "called for his death to be investigated"
    return None


VERB_RULES: dict[str, Callable[[DocContext, Token], str | None]] = {
    "attack": _attack, "strike": _strike, "kill": _kill, "fire": _fire, "dismiss": _dismiss, "remove": _remove,
    "join": _join, "sign": _sign, "pass": _pass, "vote": _vote, "defeat": _election_only, "name": _name,
    "succeed": _with_person("take_office"), "install": _with_person("appoint"), "hire": _with_person("appoint"),
    "return": _to_a_place, "arrive": _to_a_place, "travel": _to_a_place, "fly": _to_a_place,
    "transfer": _with_person("transport"), "charge": _charge, "contract": _contract, "rule": _rule,
    "uphold": _only_legal, "reverse": _only_legal, "overrule": _only_legal, "try": _try, "collapse": _collapse,
    "crash": _crash, "explode": _explode, "erupt": _erupt, "shoot": _shoot, "appeal": _appeal, "add": _add,
    "write": _add, "note": _add, "capture": _capture, "call": _call, "replace": _with_person("take_office"),
    "flee": _to_a_place, "respond": _respond, "agree": _agree, "damage": _damage, "destroy": _damage, **dict.fromkeys(("upgrade", "strengthen", "intensify", "weaken", "downgrade"), _storm),
    "hit": lambda c, v: "disaster" if _is_storm(c, subject(v)) else "attack" if _lemma(subject(v)) in WEAPONS else None,
    "collide": _crash, "capsize": _crash, "overturn": _overturn, "clash": _clash,
}


def verb_type(ctx: DocContext, verb: Token, kind: str) -> str | None:
    """The type of a verb trigger in its sentence (the lexicon's type unless a rule reads otherwise)."""
    rule = VERB_RULES.get(verb.lemma_.lower())
    return rule(ctx, verb) if rule is not None else kind


def noun_type(ctx: DocContext, noun: Token, kind: str) -> str | None:
    """The type of an event noun, or None when the noun is no event here ("in charge of", "under fire")."""
    lemma = noun.lemma_.lower()
    head_prep = noun.head.lower_ if noun.dep_ == "pobj" else ""
    modifiers = {c.lemma_.lower() for c in children_of(noun) if c.dep_ in {"amod", "compound", "nmod"}}
    if lemma == "charge" and head_prep in {"in", "of", "free"}:
        return None
    if lemma == "fire" and (head_prep in {"under"} or noun.head.lemma_.lower() in {"open", "set", "catch", "cease"}):
        return None
    if lemma == "fire" and head_prep == "on" and noun.head.head.lemma_.lower() == "set":
        return None  # "set his jacket on fire": the verb's attack
    if lemma == "strike":
        if modifiers & {"hunger", "general", "worker", "teacher", "labour", "labor", "rail", "union"}:
            return "protest"
        if modifiers & {"lightning"}:
            return "disaster"
    if lemma == "trial" and modifiers & {"clinical", "drug", "vaccine", "free", "time"}:
        return None
    if lemma == "suit" and not (noun.head.lemma_.lower() in {"file", "bring", "settle", "dismiss", "face"}
                                or prep_object(noun, "against") is not None):
        return None
    if lemma in {"victory", "win"}:
        return _election_only(ctx, noun)
    if lemma in {"dismissal", "ouster"}:
        whose = prep_object(noun, "of") or next((c for c in children_of(noun) if c.dep_ == "poss"), None)
        if whose is not None and not _is_person(ctx, whose):
            return None  # "complete dismissal of the bill": a demand about a law, no one dismissed
    if lemma in {"killing", "death", "slaughter"} and any(
        _lemma(o) in ANIMALS for p in children_of(noun) if p.lower_ == "of" for o in children_of(p)
    ):
        return None  # "ordered the killing of over 300,000 pigs": a cull
    if lemma == "primary" and noun.pos_ != "NOUN":
        return None
    if lemma == "stroke" and not modifiers & {"massive", "severe", "fatal", "minor"} and head_prep not in {"from", "after", "of"}:
        return None
    return kind
