"""Who a quote's speaker is, by name: the words at the cue ("the mayor", "he", "Trump") resolved
to a mention that names the speaker ("Doug McCallum"), and the rule that linked them.

The words at the cue stay the fact's evidence (``QuoteFact.speaker_local``); the named mention
is what the fact, its summary, the sidebar and the JSON ``speaker`` give (``QuoteFact.speaker``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from .context import DocContext
from .entities import fold
from .quote_speakers import Speaker
from .quote_words import GROUP_PRONOUNS, PERSON_PRONOUNS
from .role_words import HONORIFICS, ROLE_MODIFIERS, is_role_head
from .types import Mention, Span
from .word_index import span_at


def named_speaker(ctx: DocContext, speaker: Speaker) -> tuple[Span, Span, str | None]:
    """(who spoke, the words at the cue, the rule between them).

    Who spoke is a mention of the speaker's entity that carries its full name (the nearest one
    before the words, else after), or what an unnamed description stands for ("the official" ->
    "a senior Israeli official"), or the words themselves when nothing says more.
    """
    a, b = speaker.written
    local = Span(a, b, ctx.text[a:b], speaker.span.entity)
    entity = ctx.entity(speaker.span.entity)
    if entity is None:
        if speaker.resolved is not None and (speaker.resolved.start, speaker.resolved.end) != (a, b):
            return speaker.resolved, local, speaker.rule
        return speaker.span, local, name_rule(local.text, "") if (a, b) != (speaker.span.start, speaker.span.end) else None
    mention = naming_mention(ctx, entity.id, entity.name, near=a)
    named = Span(mention.start, mention.end, mention.text, entity.id) if mention is not None else speaker.span
    if a <= named.start and named.end <= b and " " not in named.text:
        named = _with_given_name(ctx, named, a)
    return named, local, speaker.rule or name_rule(local.text, entity.name)


def _with_given_name(ctx: DocContext, named: Span, floor: int) -> Span:
    """"Tomasz Kubiak" where the recogniser found only "Kubiak": the capitalised proper noun
    right before a one-word name in the speaker's own words joins it (never a title: "Governor")."""
    span = span_at(ctx.doc, named.start, named.end, alignment_mode="expand")
    if span is None or not len(span):
        return named
    i = span.start
    while i > 0 and span.start - i < 1:
        tok = ctx.doc[i - 1]
        word = tok.lower_.rstrip(".")
        if tok.idx < floor or tok.tag_ != "NNP" or not tok.text[:1].isupper() or is_role_head(word) \
                or word in ROLE_MODIFIERS or word in HONORIFICS or tok.ent_type_ not in ("", "PERSON") \
                or ctx.mention_at(tok.idx, tok.idx + len(tok.text)) is not None:
            break
        i -= 1
    start = ctx.doc[i].idx
    return named if start == named.start else Span(start, named.end, ctx.text[start : named.end], named.entity)


def naming_mention(ctx: DocContext, entity_id: str, name: str, *, near: int) -> Mention | None:
    """The mention of an entity that writes its full name, nearest before ``near`` (else the first
    after it); failing that, its longest mention."""
    key = ("naming_mentions", entity_id)
    cached = ctx.memo.get(key)
    if not isinstance(cached, _Naming):  # once per entity and article: quotes ask for the same speakers again
        full = fold(name)
        mentions = [m for m in ctx.mentions if m.entity == entity_id and not m.duplicate]
        cached = _Naming(tuple(m for m in mentions if fold(m.text) == full),
                         max(mentions, key=lambda m: len(m.text), default=None))
        ctx.memo[key] = cached
    if not cached.named:
        return cached.longest
    i = bisect.bisect_right([m.start for m in cached.named], near)
    return cached.named[i - 1] if i > 0 else cached.named[0]


@dataclass(frozen=True, slots=True)
class _Naming:
    """An entity's mentions that write its full name (in text order), and its longest mention."""

    named: tuple[Mention, ...]
    longest: Mention | None


def name_rule(words: str, name: str) -> str:
    """How the words at the cue name the entity: name, pronoun, surname, first_word or alias."""
    low = words.strip().lower()
    if low in PERSON_PRONOUNS or low in GROUP_PRONOUNS:
        return "pronoun"
    said, full = fold(words).split(), fold(name).split()
    if not said or not full:
        return "alias"
    if " ".join(full) in " ".join(said):
        return "name"
    if said[-1] == full[-1]:
        return "surname"
    if said[0] == full[0] or full[0] in said:
        return "first_word"
    return "alias"
