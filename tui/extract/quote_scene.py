"""What every quote pass reads and none changes: the article's quote marks, paragraphs and
speakers, and where speech verbs stand beside a quote.

Finding a cue takes the cue tokens already used (``used``) as an argument: that state belongs
to the passes (``tui.extract.quotes``), not to the scene.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .context import DocContext
from .quote_clauses import is_according, is_cue, pobj
from .quote_marks import MarkedQuote, find_marked_quotes, paragraphs, word_count
from .quote_speakers import Speaker, SpeakerResolver, subject_of
from .quote_words import CLAUSE_ONLY_CUES, FIRST_PERSON, SOURCE_LINKERS, SOURCE_NOUNS
from .types import Span
from .word_index import span_at

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Token

#: How many tokens either side of a quote may hold its speech verb.
CUE_REACH = 40
#: How many tokens back a quote paragraph with no verb looks for the last speaker.
RECENT_REACH = 150
#: A quote paragraph may inherit the previous speaker this many paragraphs later.
FLOAT_REACH = 2


class QuoteScene:
    """One article as the quote passes see it."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.doc = ctx.doc
        self.marked = find_marked_quotes(self.text)
        self._marked_starts = [q.start for q in self.marked]
        self.resolver = SpeakerResolver(ctx, [(q.start, q.end) for q in self.marked])
        self.paras = paragraphs(self.text)
        self._para_starts = [a for a, _ in self.paras]

    def subject(self, verb: Token) -> tuple[Token | None, bool]:
        """The cue verb's subject (a subject inside quote marks never speaks for a verb outside them)."""
        return subject_of(verb, in_quote=self.in_marks)

    # -- positions ------------------------------------------------------
    def in_marks(self, pos: int) -> bool:
        i = bisect.bisect_right(self._marked_starts, pos) - 1
        return i >= 0 and self.marked[i].start <= pos < self.marked[i].end

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def tokens_in(self, start: int, end: int) -> list[Token]:
        span = span_at(self.doc, start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    # -- cues beside a quote ----------------------------------------------
    def beside(self, quote: MarkedQuote) -> list[Token]:
        """Tokens of the quote's sentences just before and after it (a bounded window, so a
        sentence holding thousands of quotes costs no more per quote than a short one)."""
        span = span_at(self.doc, quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        doc = self.doc
        first, last = doc[span.start].sent, doc[span.end - 1].sent
        left = range(max(first.start, span.start - CUE_REACH), span.start)
        end = last.end
        if end == span.end and end < len(doc) and doc[end].text[:1].islower():
            # '"Why would I resign?" he said.': a question or exclamation mark ends the parser's
            # sentence, but a lower-case word after the marks carries it on to its speech verb.
            end = doc[end].sent.end
        right = range(span.end, min(end, span.end + CUE_REACH))
        return [doc[i] for i in (*left, *right)]

    def nearest_cue(self, quote: MarkedQuote, *, used: Set[int], reusable: int | None) -> Token | None:
        """The closest speech verb beside a quote; ``reusable`` is the verb of the quote just
        before, which may go on: '"Overall," he continued, "the presence of water ..."'."""
        para_start, para_end = quote.paragraph
        best, best_gap = None, None
        for tok in self.beside(quote):
            if tok.idx < para_start or tok.idx >= para_end or self.in_marks(tok.idx):
                continue
            if tok.i in used and tok.i != reusable:
                continue
            if is_according(tok):
                pass
            elif not is_cue(tok) or tok.lemma_.lower() in CLAUSE_ONLY_CUES:
                continue
            elif (subj := self.subject(tok)[0]) is None or subj.lower_ in FIRST_PERSON:
                continue  # no speaker, or the interviewer's own "we say"
            gap = tok.idx - quote.end if tok.idx >= quote.end else quote.start - tok.idx - len(tok.text)
            # A verb after the quote wins a tie: "“…,” he said" is the commonest shape.
            key = (gap, 0 if tok.idx >= quote.end else 1)
            if best_gap is None or key < best_gap:
                best, best_gap = tok, key
        return best

    def introducing_cue(self, quote: MarkedQuote, *, used: Set[int]) -> Token | None:
        inner = span_at(self.doc, quote.inner_start, quote.inner_end, alignment_mode="expand")
        if inner is None:
            return None
        for tok in inner:
            head = tok.head
            if head.i < inner.start and is_cue(head) and head.i not in used \
                    and tok.dep_ in ("ccomp", "parataxis") and self.subject(head)[0] is not None:
                return head
        # 'told the BBC after the verdict "My client is ..."': a whole sentence in marks after
        # the verb and its listener, with no other verb in between, is what the verb reports.
        first = self.text[quote.inner_start : quote.inner_end].lstrip()[:1]
        if not first.isupper() or word_count(self.text, quote) < 4:
            return None
        doc = self.doc
        i = inner.start - 1
        sent_start = max(doc[inner.start].sent.start, inner.start - CUE_REACH)
        while i >= sent_start and doc[i].pos_ not in ("VERB", "AUX"):
            i -= 1
        if i >= sent_start and is_cue(doc[i]) and i not in used and self.subject(doc[i])[0] is not None:
            return doc[i]
        return None

    def recent_speaker(self, quote: MarkedQuote, *, since: int) -> tuple[Speaker, Token] | None:
        """The last speech verb in the paragraph or two before a quote, and its speaker."""
        para = self.paragraph_index(quote.start)
        floor = max(since, self.paras[max(0, para - FLOAT_REACH)][0])
        span = span_at(self.doc, quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return None
        i = span.start - 1
        while i >= 0 and self.doc[i].idx >= floor and span.start - i <= RECENT_REACH:
            tok = self.doc[i]
            i -= 1
            if not is_cue(tok) or self.in_marks(tok.idx) or any(c.dep_ == "neg" for c in tok.children):
                continue
            subj, _ = self.subject(tok)
            if subj is not None and subj.lower_ not in FIRST_PERSON and subj.dep_ != "nsubjpass":
                return self.resolver.resolve(subj), tok
        return None

    def speaker_for(self, cue: Token) -> tuple[Speaker | None, str]:
        """The speaker of a direct quote's cue, and the rule that found it."""
        if is_according(cue):
            obj = pobj(self.doc[cue.i + 1])
            if obj is None:
                return None, "quote.direct.according_to"
            return self.resolver.source_of(obj, SOURCE_NOUNS, SOURCE_LINKERS), "quote.direct.according_to"
        subj, _ = self.subject(cue)
        return (self.resolver.resolve(subj) if subj is not None else None), "quote.direct.speaker_verb"

    def whole_opening_source(self, according: Token, speaker: Speaker, end: int) -> tuple[Speaker, int]:
        """'According to Windsor Locks' first selectman Chris Kervick, ...': an opening phrase runs
        to its comma even where the parser cut the source short; a name in the rest is the source."""
        sent = according.sent
        if self.text[sent.start_char : according.idx].strip():
            return speaker, end
        comma = self.text.find(",", end, min(sent.end_char, end + 80))
        if comma < 0 or any(t.pos_ in ("VERB", "AUX") for t in self.tokens_in(end, comma)):
            return speaker, end
        named = [m for m in self.ctx.mentions_in(speaker.span.end, comma) if m.label == "PERSON"]
        if named and speaker.span.entity is None:
            person = self.resolver.from_mention(named[-1], written=(speaker.written[0], comma), heuristic=False)
            span = Span(speaker.span.start, comma, self.text[speaker.span.start : comma], person.span.entity)
            return Speaker(span, (speaker.written[0], comma), False, "PERSON"), comma
        return speaker, comma
