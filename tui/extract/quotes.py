"""Quote facts: who said what, in quote marks or in reported speech.

The passes are pure functions in ``PASSES``, run in that order: each takes the article's
``QuoteScene`` and the ``QuoteState`` the passes before it left (drafts, and the cue tokens
they used, so that a cue used once is never used again) and returns the next state. The rules,
each a rule name in the facts it yields:

* ``quote.direct.speaker_verb``: words in quotation marks with a speech verb beside them in the
  same sentence ("“…,” the minister said." / "Smith said: “…”" / "“…,” said Smith, “…”").
* ``quote.direct.according_to``: "“…,” according to the ministry."
* ``quote.floating``: a quotation with no verb of its own: the next sentence in marks after a
  quote, a paragraph re-opened with a mark, or a paragraph opening on a quote, which belongs
  to the latest speaker before it (news quotes run on over paragraphs). Always heuristic.
* ``quote.indirect.ccomp``: "X said (that) …", "X told aides that …": the content is the clause
  the verb governs. ``quote.indirect.tag``: "The plan, he said, will fail." / "…, the official
  added." ``quote.indirect.quoted_as``: "X was quoted as saying …".
* ``quote.according_to``: "According to X, …" and "…, according to X": the content is the clause
  the phrase attaches to; "a statement from the Office" gives the Office as the source.

Short phrases in marks inside a sentence ("would cross a “red line”") are scare quotes, not speech.
When "according to X" qualifies a speech verb whose speaker is not a person ("Jerusalem warned
…, according to Channel 12 News"), the source on record is X and the verb yields no second fact.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import replace

from .context import DocContext
from .quote_clauses import (
    according_words,
    clause_beside,
    cue_words,
    is_according,
    is_cue,
    pobj,
    reported_clause,
    tag_clause,
    trimmed,
)
from .quote_drafts import CONFIDENCE, Draft, QuoteState, to_facts
from .quote_marks import is_embedded, word_count
from .quote_scene import FLOAT_REACH, QuoteScene
from .quote_words import DIRECT_ONLY_CUES, EXPLETIVES, FIRST_PERSON, SOURCE_LINKERS, SOURCE_NOUNS
from .types import QuoteFact

#: A quote pass: the scene and the state so far in, the next state out.
QuotePass = Callable[[QuoteScene, QuoteState], QuoteState]


def direct_quotes(scene: QuoteScene, state: QuoteState) -> QuoteState:
    """Words in quote marks: with a speech verb or "according to" beside them, or floating after a speaker."""
    text = scene.text
    drafts = list(state.drafts)
    used = set(state.used)
    last: Draft | None = None  # always drafts[-1]: the quote before, which this one may continue
    open_run = False  # the previous paragraph's quote never closed: this one continues it
    for quote in scene.marked:
        words = word_count(text, quote)
        para = scene.paragraph_index(quote.start)
        if words == 0:
            continue
        if is_embedded(text, quote):
            # 'Trump said on Friday "I can do it."': marks straight after the verb's words
            # are speech when what they hold is the verb's own clause; else a scare quote.
            cue = scene.introducing_cue(quote, used=used) if words >= 3 else None
            if cue is None:
                continue
        else:
            reusable = last.cue_token if last and last.paragraph == para else None
            cue = scene.nearest_cue(quote, used=used, reusable=reusable)
        starts_para = quote.start == quote.paragraph[0]
        content = trimmed(text, quote.inner_start, quote.inner_end)
        if content[1] <= content[0]:
            continue
        if cue is not None:
            inner = text[quote.inner_start : quote.inner_end].rstrip()
            if words < 3 and not inner.endswith((",", ".", "!", "?")) or _title_like(inner):
                continue  # a title, a slogan or a nickname beside a verb, not speech
            speaker, rule = scene.speaker_for(cue)
            if last is not None and last.cue_token == cue.i:
                last = drafts[-1] = replace(last, content=(last.content[0], content[1]))
                continue
            cue_end = cue.idx + len(cue.text) if not is_according(cue) else cue.idx + len("according to")
            used.add(cue.i)
            sure = speaker is not None and not speaker.heuristic
            last = Draft(rule=rule, content=content, speaker=speaker, paragraph=para, direct=True,
                         confidence=CONFIDENCE["direct" if sure else "direct.guessed"],
                         cue=(cue.idx, cue_end), cue_token=cue.i,
                         heuristic=bool(speaker and speaker.heuristic), via_according=is_according(cue))
            drafts.append(last)
        elif last is not None and last.speaker is not None and words >= 4 and (
                para == last.paragraph and last.direct
                or open_run and para - last.paragraph <= FLOAT_REACH):
            # '"…," said Brown. "You have a vessel …"': the next sentence in marks goes on.
            last = Draft(rule="quote.floating", content=content, speaker=last.speaker, paragraph=para, direct=True,
                         confidence=CONFIDENCE["floating.open_run" if open_run else "floating"], heuristic=True)
            drafts.append(last)
        elif starts_para and words >= 4:
            # A paragraph opening on a quote with no verb: the latest speaker before it,
            # whether quoted in marks or reported ("Smith said the plan would fail.").
            recent = scene.recent_speaker(quote, since=last.content[1] if last else 0)
            if recent is not None and recent[1].i not in used and text[: quote.start].rstrip().endswith(":"):
                # 'Smith said:' closing one paragraph, the quote opening the next.
                speaker, verb = recent
                used.add(verb.i)
                last = Draft(rule="quote.direct.speaker_verb", content=content, speaker=speaker, paragraph=para,
                             direct=True, confidence=CONFIDENCE["direct.after_colon"],
                             cue=(verb.idx, verb.idx + len(verb.text)), cue_token=verb.i, heuristic=speaker.heuristic)
                drafts.append(last)
                open_run = not quote.closed
                continue
            found = recent[0] if recent is not None else None
            if found is None and last is not None and para - last.paragraph <= FLOAT_REACH:
                found = last.speaker
            if text[content[0] : content[1]].rstrip(" ”\"’").endswith("?"):
                found = None  # an interviewer's question, not the last speaker's answer
            if found is not None:
                last = Draft(rule="quote.floating", content=content, speaker=found, paragraph=para, direct=True,
                             confidence=CONFIDENCE["floating"], heuristic=True)
                drafts.append(last)
        open_run = not quote.closed
    return QuoteState(tuple(drafts), frozenset(used))


def reported_speech(scene: QuoteScene, state: QuoteState) -> QuoteState:
    """"X said (that) …", "…, he said", "X was quoted as saying …", where no direct quote already says it."""
    text = scene.text
    drafts = list(state.drafts)
    used = set(state.used)
    direct = _Covered(sorted(d.content for d in drafts if d.direct))
    for tok in cue_words(scene.doc):  # the speech verbs only: is_cue refuses every other word
        if tok.i in used or not is_cue(tok) or scene.in_marks(tok.idx):
            continue
        if tok.lemma_.lower() in DIRECT_ONLY_CUES or any(c.dep_ == "neg" for c in tok.children):
            continue
        subj, via_quoted = scene.subject(tok)
        if subj is None or subj.lower_ in FIRST_PERSON:
            continue
        if subj.lower_ in EXPLETIVES and subj.pos_ != "PROPN" and subj.dep_ == "nsubjpass":
            continue
        if subj.dep_ == "nsubjpass" and not via_quoted:
            continue  # "deaths were reported": the subject is what was said, not who said it
        if via_quoted and subj.dep_ != "nsubjpass":
            via_quoted = False
        content, rule = tag_clause(text, tok, subj)
        if content is None:
            content, rule = reported_clause(text, tok)
        if content is None or direct.mostly(*content):
            continue
        speaker = scene.resolver.resolve(subj)
        if via_quoted:
            rule = "quote.indirect.quoted_as"
        used.add(tok.i)
        drafts.append(Draft(rule=rule, content=content, speaker=speaker, paragraph=scene.paragraph_index(tok.idx),
                            direct=False, confidence=CONFIDENCE["indirect.guessed" if speaker.heuristic else "indirect"],
                            cue=(tok.idx, tok.idx + len(tok.text)), cue_token=tok.i, heuristic=speaker.heuristic))
    return QuoteState(tuple(drafts), frozenset(used))


def according_to(scene: QuoteScene, state: QuoteState) -> QuoteState:
    """"According to X, …" and "…, according to X": the clause the phrase attaches to, X its source."""
    drafts = list(state.drafts)
    used = set(state.used)
    for tok in according_words(scene.doc):  # is_according refuses every other word
        if tok.i in used or not is_according(tok) or scene.in_marks(tok.idx):
            continue
        obj = pobj(scene.doc[tok.i + 1])
        if obj is None or obj.lower_ in FIRST_PERSON:
            continue  # "According to you, what is ...?": the interviewer's question names no source
        speaker = scene.resolver.source_of(obj, SOURCE_NOUNS, SOURCE_LINKERS)
        phrase_end = max(obj.right_edge.idx + len(obj.right_edge.text), speaker.written[1])
        speaker, phrase_end = scene.whole_opening_source(tok, speaker, phrase_end)
        content = clause_beside(scene.text, tok, tok.idx, phrase_end)
        if content is None:
            continue
        # "Jerusalem warned …, according to Channel 12": the channel is the one on record, unless
        # the verb's speaker is a named person, whose words stand as their own quote.
        head = tok.head.i
        drafts = [d for d in drafts if not (d.cue_token == head and not d.direct and d.speaker is not None
                                            and d.speaker.label != "PERSON")]
        used.add(tok.i)
        drafts.append(Draft(rule="quote.according_to", content=content, speaker=speaker,
                            paragraph=scene.paragraph_index(tok.idx), direct=False,
                            confidence=CONFIDENCE["according_to"], cue=(tok.idx, tok.idx + 12), cue_token=tok.i,
                            via_according=True))
    return QuoteState(tuple(drafts), frozenset(used))


#: The passes, in the order they run: direct quotes take their cues first.
PASSES: tuple[QuotePass, ...] = (direct_quotes, reported_speech, according_to)


def extract_quotes(ctx: DocContext) -> list[QuoteFact]:
    """Direct quotes, then reported speech, then "according to" attributions, never one cue twice."""
    if not ctx.text.strip() or len(ctx.doc) == 0:
        return []
    scene = QuoteScene(ctx)
    state = QuoteState()
    for quote_pass in PASSES:
        state = quote_pass(scene, state)
    return to_facts(ctx, state.drafts)


class _Covered:
    """Sorted, non-overlapping ranges (the direct quotes) and how much of a stretch they cover."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges
        self.starts = [a for a, _ in ranges]

    def mostly(self, start: int, end: int) -> bool:
        """True when the ranges cover most of [start, end)."""
        # Direct quotes do not overlap one another: only those starting before ``end`` and
        # ending after ``start`` matter, found by bisection rather than a scan of all of them.
        i = bisect.bisect_left(self.starts, end) - 1
        covered = 0
        while i >= 0 and self.ranges[i][1] > start:
            a, b = self.ranges[i]
            covered += max(0, min(end, b) - max(start, a))
            i -= 1
        return covered > 0.5 * (end - start)


def _title_like(inner: str) -> bool:
    """"International Women's Day Celebration": every word capitalised, no sentence end."""
    words = [w for w in inner.split() if w[:1].isalpha()]
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words) and not inner.rstrip().endswith((".", "!", "?", ","))
