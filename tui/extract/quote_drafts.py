"""Quotes under construction: the drafts the quote passes hand one another, their confidences,
and the frozen QuoteFacts they become."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .context import DocContext
from .quote_names import named_speaker
from .quote_speakers import Speaker
from .types import QuoteFact, Span

_SUMMARY_CHARS = 110

#: How sure each attribution is, by rule (and by how its speaker was found).
CONFIDENCE: Mapping[str, float] = MappingProxyType({
    # quote.direct.speaker_verb / quote.direct.according_to: words in marks with their cue beside them,
    "direct": 0.9,  # and a speaker the parse gives;
    "direct.guessed": 0.75,  # a speaker guessed (a pronoun, a nearby name), or none.
    "direct.after_colon": 0.8,  # 'Smith said:' ending one paragraph, the quote opening the next.
    # quote.floating: a quote with no verb of its own, given the speaker before it,
    "floating.open_run": 0.85,  # when the paragraph before ended inside marks (the speech goes on);
    "floating": 0.6,  # otherwise.
    # quote.indirect.*: reported speech, with a speaker the parse gives, or guessed.
    "indirect": 0.75,
    "indirect.guessed": 0.6,
    # quote.according_to: "According to X, ..." and "..., according to X".
    "according_to": 0.7,
})


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """A quote found by a pass; becomes a QuoteFact once every pass has run."""

    rule: str
    content: tuple[int, int]
    speaker: Speaker | None
    paragraph: int
    direct: bool
    confidence: float
    #: The speech verb or "according to" (its characters and token index), when there is one.
    cue: tuple[int, int] | None = None
    cue_token: int | None = None
    heuristic: bool = False
    via_according: bool = False


@dataclass(frozen=True, slots=True)
class QuoteState:
    """What flows from one pass to the next: the drafts so far and the cue tokens they used
    (a cue used once is never used again)."""

    drafts: tuple[Draft, ...] = ()
    used: frozenset[int] = frozenset()


def to_facts(ctx: DocContext, drafts: Iterable[Draft]) -> list[QuoteFact]:
    """The drafts as QuoteFacts, in text order."""
    text = ctx.text
    out = []
    for d in sorted(drafts, key=lambda d: d.content):
        if _misread(text, d):
            continue
        content = Span(d.content[0], d.content[1], text[d.content[0] : d.content[1]])
        cue = Span(d.cue[0], d.cue[1], text[d.cue[0] : d.cue[1]]) if d.cue else None
        speaker = local = rule = None
        if d.speaker is not None:
            speaker, local, rule = named_speaker(ctx, d.speaker)
        ranges = [d.content] + ([d.cue] if d.cue else [])
        if d.speaker is not None:
            ranges.append(d.speaker.written)
        out.append(QuoteFact(
            text=_summary(speaker, cue, content, ctx, direct=d.direct, according=d.via_according),
            evidence=_merge(ranges), rule=d.rule, confidence=d.confidence, speaker=speaker,
            cue=cue, content=content, direct=d.direct,
            heuristic=d.heuristic,
            speaker_local=local, speaker_rule=rule,
        ))
    return out


#: A C0 or C1 control character (a terminal escape sequence's bytes, shown as symbols).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _misread(text: str, draft: Draft) -> bool:
    """No speaker is written with control characters: the hostile file's "clipboard \x1b]52;c;SGVsbG8=\x07
    written" was read as a speaker "clipboard ..." who "wrote" the words around it. (A quote may hold its cue:
    '"A," he said, "B."' is one quote.)"""
    return draft.speaker is not None and _CONTROL.search(text, *draft.speaker.written) is not None


def _merge(ranges: list[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(ranges):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def _summary(speaker: Span | None, cue: Span | None, content: Span, ctx: DocContext, *, direct: bool,
             according: bool) -> str:
    who = "Unattributed"
    if speaker is not None:
        ent = ctx.entity(speaker.entity)
        who = ent.name if ent is not None else speaker.text
    words = " ".join(content.text.split())
    if len(words) > _SUMMARY_CHARS:
        words = words[: _SUMMARY_CHARS - 1].rstrip() + "…"
    who = " ".join(who.split())
    if direct:
        return f"{who}: “{words}”"
    if according:
        return f"{who} (according to): {words}"
    return f"{who} ({cue.text.lower() if cue else 'said'}): {words}"
