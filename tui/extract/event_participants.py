"""Who a pronoun or a description among an event's participants is: the one swap point for coreference.

``resolve_participant`` takes the head token of a participant and answers the named mention it
stands for ("He first joined parliament" -> Akilisi Pohiva; "the governor announced" -> Ricardo
Rosselló), or None when it is no pronoun/description or nothing fits. It is a small rules-first
stand-in: when the engine has a coreference step, this function is the only place to call it.

* he/him/his/she/her: the nearest person before it: in its own sentence a person who is not
  in the same clause's object, else the subject of the nearest sentence before that names one;
* they/them/their, its: the nearest organisation, group or country within two sentences;
* "the governor", "the judge" ...: the nearest person named with that word beside them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .sentence_index import sentence_of
from .types import Mention, Span
from .word_index import children_of, span_at

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .context import DocContext

_PERSONAL = {"he", "him", "his", "she", "her", "hers", "himself", "herself"}
_GROUP = {"they", "them", "their", "its", "it"}
#: The speaker and the one spoken to, whose words a quote gives ("In all of our trade negotiations"): no one named.
_SPEAKERS = {"i", "we", "you", "me", "us", "my", "our", "your", "mine", "ours", "yours", "myself", "ourselves",
             "yourself", "yourselves"}
_ROLE_WORDS = {"president", "minister", "governor", "mayor", "judge", "senator", "chancellor", "premier", "king",
               "queen", "prince", "spokesman", "spokeswoman", "leader", "chairman", "secretary", "coach", "general",
               "prosecutor", "justice", "ambassador", "commissioner", "director", "representative", "candidate",
               "president-elect", "speaker", "official", "cosmonaut", "journalist", "doctor", "photojournalist"}
#: How many sentences back an antecedent may be.
_WINDOW = 3
#: Descriptions look further back: "the governor" may be named paragraphs before.
_DESCRIPTION_WINDOW = 10
_ORG_WORDS = {"company", "agency", "firm", "organisation", "organization", "utility", "network", "newspaper",
              "broadcaster", "charity", "airline", "carrier", "retailer", "manufacturer"}

def _subject_mention(ctx: DocContext, mentions: list[Mention]) -> Mention | None:
    for mention in mentions:
        span = span_at(ctx.doc, mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in {"nsubj", "nsubjpass"}:
            return mention
    return mentions[0] if mentions else None


def _sentence_starts(ctx: DocContext, token: Token, window: int = _WINDOW) -> list[int]:
    """Start offsets of the token's sentence and of up to ``window`` sentences before it."""
    starts = [sentence_of(token).start_char]
    sent = sentence_of(token)
    for _ in range(window):
        if sent.start == 0:
            break
        sent = sentence_of(ctx.doc[sent.start - 1])
        starts.append(sent.start_char)
    return starts


def _person_before(ctx: DocContext, token: Token, labels: set[str], window: int) -> Mention | None:
    starts = _sentence_starts(ctx, token)[: window + 1]
    same = [m for m in ctx.mentions_in(starts[0], token.idx) if m.label in labels and not m.duplicate]
    clause_head = token.head
    # "Trump told him": the subject of the pronoun's own verb is not who the object pronoun is.
    own_clause = {t.idx for c in children_of(clause_head) if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    same = [m for m in same if token.dep_ in {"nsubj", "nsubjpass", "poss"} or m.start not in own_clause]
    if same:
        return _subject_mention(ctx, same) if token.dep_ in {"nsubj", "nsubjpass"} else same[-1]
    for start, end in zip(starts[1:], starts, strict=False):
        found = [m for m in ctx.mentions_in(start, end) if m.label in labels and not m.duplicate]
        if found:
            return _subject_mention(ctx, found)
    return None


def _described(ctx: DocContext, token: Token) -> Mention | None:
    """"the governor" -> the nearest person before it written beside the word "governor"."""
    word = token.lower_
    starts = _sentence_starts(ctx, token, _DESCRIPTION_WINDOW)
    if word in _ORG_WORDS:
        orgs = [m for m in ctx.mentions_in(starts[-1], token.idx) if m.label == "ORG" and not m.duplicate]
        return orgs[-1] if orgs else None
    people = [m for m in ctx.mentions_in(0, token.idx) if m.label == "PERSON" and not m.duplicate]
    for mention in reversed(people):  # the nearest first, as far back as the article goes
        if _titled(ctx, mention, word, limit=sentence_of(token).start_char):
            return mention
    # A lead that names the person just after: "The governor of Louisiana declared ... Governor John Bel Edwards".
    sent = sentence_of(token)
    ahead = ctx.mentions_in(token.idx, min(len(ctx.text), sent.end_char + 400))
    for mention in ahead:
        if mention.label == "PERSON" and not mention.duplicate and _titled(ctx, mention, word, limit=len(ctx.text)):
            return mention
    return None


def _titled(ctx: DocContext, mention: Mention, word: str, *, limit: int, nationality: str = "") -> bool:
    """The name written with the role word just before it ("Governor Kay Ivey") or in apposition after it."""
    before = re.split(r"[,.;:()\"“”]", ctx.text[max(0, mention.start - 45) : mention.start].lower())[-1]
    after = ctx.text[mention.end : min(mention.end + 60, max(limit, mention.end))].lower()
    apposed = re.split(r"[,.;:()]", after[2:])[0] if after.startswith(", ") else ""
    near = before + " " + apposed
    return word in near.split() and (not nationality or nationality[:5] in near)


def described_anywhere(ctx: DocContext, word: str, nationality: str) -> Mention | None:
    """"the Turkish president" in a photo caption: the person the article names with that title anywhere."""
    for mention in ctx.mentions:
        if mention.label == "PERSON" and not mention.duplicate and _titled(
            ctx, mention, word, limit=len(ctx.text), nationality=nationality.lower()
        ):
            return mention
    return None


def resolve_participant(ctx: DocContext, token: Token) -> Span | None:
    """The named mention a pronoun or a definite description stands for, or None.

    The engine's coreference (``coref.resolve_token``: genders, titles, introduced descriptions)
    answers first; the rules below answer what it leaves open.
    """
    if _pronoun_or_description(token):
        linked = _from_coreference(ctx, token)
        if linked is not None:
            return linked
    return _own_rules(ctx, token)


def _pronoun_or_description(token: Token) -> bool:
    if token.tag_ in {"PRP", "PRP$"}:
        return token.lower_ in _PERSONAL or token.lower_ in {"its", "it"}
    return token.pos_ == "NOUN" and any(c.dep_ in {"det", "poss"} for c in children_of(token)) and not any(
        c.dep_ in {"appos", "compound"} and c.pos_ == "PROPN" for c in children_of(token)
    )


def _from_coreference(ctx: DocContext, token: Token) -> Span | None:
    """The coreference link of the words, as the name it stands for (its antecedent, else its latest mention)."""
    from . import coref

    link = coref.resolve_token(ctx, token)
    if link is None or not link.entity or link.rule == "name":
        return None
    if link.antecedent is not None:
        start, end = link.antecedent
        hit = ctx.mention_at(start, end)
        if hit is not None and hit.entity == link.entity:
            return Span(hit.start, hit.end, hit.text, hit.entity)
    named = [m for m in ctx.mentions if m.entity == link.entity and not m.duplicate]
    before = [m for m in named if m.start < token.idx]
    pick = before[-1] if before else named[0] if named else None
    return Span(pick.start, pick.end, pick.text, pick.entity) if pick is not None else None


def _own_rules(ctx: DocContext, token: Token) -> Span | None:
    lower = token.lower_
    if token.tag_ in {"PRP", "PRP$"} and lower in _PERSONAL:
        found = _person_before(ctx, token, {"PERSON"}, _WINDOW)
    elif token.tag_ in {"PRP", "PRP$"} and lower in _GROUP:
        if lower == "it" and token.dep_ not in {"nsubj", "nsubjpass"}:
            return None
        if lower in {"their", "they", "them"}:
            return None  # "they" is most often a plural noun ("the stores"): only titled pairs (``resolve_group``)
        found = _person_before(ctx, token, {"ORG", "NORP", "GPE"}, 0)
    elif token.pos_ == "NOUN" and lower in _ROLE_WORDS | _ORG_WORDS and any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in children_of(token)
    ) and not any(c.dep_ in {"prep", "compound", "amod", "appos"} and c.lower_ not in {"former", "late", "new"}
                  for c in children_of(token)):
        # Only a bare description: "the government of American Samoa" says itself who it is.
        found = _described(ctx, token)
    else:
        return None
    if found is None:
        return None
    return Span(found.start, found.end, found.text, found.entity)


def _plural_descriptions(ctx: DocContext, token: Token) -> list[Token]:
    """"by the Turkish president and Syrian interim president, following their meeting": the pair before "their"."""
    for candidate in reversed(list(token.doc[sentence_of(token).start : token.i])):
        conjuncts = [c for c in candidate.conjuncts if c.i > candidate.i]
        if candidate.pos_ == "NOUN" and candidate.lower_ in _ROLE_WORDS and conjuncts:
            return [candidate, *conjuncts]
    return []


def resolve_group(ctx: DocContext, token: Token) -> list[Span]:
    """The people a plural pronoun stands for when its sentence names them by title ("the Turkish president and ...")."""
    if token.lower_ not in {"their", "they", "them"}:
        return []
    found = []
    for head in _plural_descriptions(ctx, token):
        nationality = next((c.text for c in children_of(head) if c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP"), "")
        mention = described_anywhere(ctx, head.lower_, nationality) if nationality else None
        if mention is not None:
            found.append(Span(mention.start, mention.end, mention.text, mention.entity))
    return found


def is_unresolved_pronoun(token: Token) -> bool:
    return token.tag_ in {"PRP", "PRP$"} and token.lower_ in _PERSONAL | _GROUP | _SPEAKERS
