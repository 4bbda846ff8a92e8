"""Quote facts: who said what, in quote marks or in reported speech.

Rules, each a rule name in the facts it yields, run in this order so that a cue used once is
never used again:

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
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .context import DocContext
from .quote_clauses import clause_beside, is_according, is_cue, pobj, reported_clause, tag_clause, trimmed
from .quote_marks import MarkedQuote, find_marked_quotes, is_embedded, paragraphs, word_count
from .quote_speakers import Speaker, SpeakerResolver, subject_of
from .quote_words import CLAUSE_ONLY_CUES, DIRECT_ONLY_CUES, EXPLETIVES, FIRST_PERSON, SOURCE_LINKERS, SOURCE_NOUNS
from .types import QuoteFact, Span

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan, Token

_SUMMARY_CHARS = 110
#: How many tokens either side of a quote may hold its speech verb.
_CUE_REACH = 40
#: How many tokens back a quote paragraph with no verb looks for the last speaker.
_RECENT_REACH = 150
#: A quote paragraph may inherit the previous speaker this many paragraphs later.
_FLOAT_REACH = 2


@dataclass(slots=True)
class _Draft:
    """A quote under construction; becomes a frozen QuoteFact at the end."""

    rule: str
    content: tuple[int, int]
    speaker: Speaker | None
    cue: tuple[int, int] | None
    cue_token: int | None
    direct: bool
    confidence: float
    paragraph: int
    heuristic: bool = False
    via_according: bool = False


class _Extractor:
    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.text = ctx.text
        self.doc = ctx.doc
        self.marked = find_marked_quotes(self.text)
        self._marked_starts = [q.start for q in self.marked]
        self.resolver = SpeakerResolver(ctx, [(q.start, q.end) for q in self.marked])
        self.paras = paragraphs(self.text)
        self._para_starts = [a for a, _ in self.paras]
        self.sents = list(self.doc.sents) if len(self.doc) else []
        self._sent_starts = [s.start_char for s in self.sents]
        self.used_tokens: set[int] = set()
        self._direct: list[tuple[int, int]] | None = None
        self._direct_starts: list[int] = []
        self.drafts: list[_Draft] = []

    def subject(self, verb: "Token") -> tuple["Token | None", bool]:
        """The cue verb's subject (a subject inside quote marks never speaks for a verb outside them)."""
        return subject_of(verb, in_quote=self.in_marks)

    # -- positions ------------------------------------------------------
    def in_marks(self, pos: int) -> bool:
        i = bisect.bisect_right(self._marked_starts, pos) - 1
        return i >= 0 and self.marked[i].start <= pos < self.marked[i].end

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def sentences_over(self, start: int, end: int) -> list["SpacySpan"]:
        i = max(0, bisect.bisect_right(self._sent_starts, start) - 1)
        out = []
        while i < len(self.sents) and self.sents[i].start_char < end:
            if self.sents[i].end_char > start:
                out.append(self.sents[i])
            i += 1
        return out

    # -- direct quotes --------------------------------------------------
    def _beside(self, quote: MarkedQuote) -> list["Token"]:
        """Tokens of the quote's sentences just before and after it (a bounded window, so a
        sentence holding thousands of quotes costs no more per quote than a short one)."""
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or not len(span):
            return []
        doc = self.doc
        first, last = doc[span.start].sent, doc[span.end - 1].sent
        left = range(max(first.start, span.start - _CUE_REACH), span.start)
        right = range(span.end, min(last.end, span.end + _CUE_REACH))
        return [doc[i] for i in (*left, *right)]

    def _nearest_cue(self, quote: MarkedQuote, *, reusable: int | None) -> "Token | None":
        """The closest speech verb beside a quote; ``reusable`` is the verb of the quote just
        before, which may go on: '"Overall," he continued, "the presence of water ..."'."""
        para_start, para_end = quote.paragraph
        best, best_gap = None, None
        for tok in self._beside(quote):
            if tok.idx < para_start or tok.idx >= para_end or self.in_marks(tok.idx):
                continue
            if tok.i in self.used_tokens and tok.i != reusable:
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

    def _introducing_cue(self, quote: MarkedQuote) -> "Token | None":
        inner = self.doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if inner is None:
            return None
        for tok in inner:
            head = tok.head
            if head.i < inner.start and is_cue(head) and head.i not in self.used_tokens \
                    and tok.dep_ in ("ccomp", "parataxis") and self.subject(head)[0] is not None:
                return head
        # 'told the BBC after the verdict "My client is ..."': a whole sentence in marks after
        # the verb and its listener, with no other verb in between, is what the verb reports.
        first = self.text[quote.inner_start : quote.inner_end].lstrip()[:1]
        if not first.isupper() or word_count(self.text, quote) < 4:
            return None
        doc = self.doc
        i = inner.start - 1
        sent_start = max(doc[inner.start].sent.start, inner.start - _CUE_REACH)
        while i >= sent_start and doc[i].pos_ not in ("VERB", "AUX"):
            i -= 1
        if i >= sent_start and is_cue(doc[i]) and i not in self.used_tokens and self.subject(doc[i])[0] is not None:
            return doc[i]
        return None

    def _recent_speaker(self, quote: MarkedQuote, *, since: int) -> tuple[Speaker, "Token"] | None:
        """The last speech verb in the paragraph or two before a quote, and its speaker."""
        para = self.paragraph_index(quote.start)
        floor = max(since, self.paras[max(0, para - _FLOAT_REACH)][0])
        span = self.doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None:
            return None
        i = span.start - 1
        while i >= 0 and self.doc[i].idx >= floor and span.start - i <= _RECENT_REACH:
            tok = self.doc[i]
            i -= 1
            if not is_cue(tok) or self.in_marks(tok.idx) or any(c.dep_ == "neg" for c in tok.children):
                continue
            subj, _ = self.subject(tok)
            if subj is not None and subj.lower_ not in FIRST_PERSON and subj.dep_ != "nsubjpass":
                return self.resolver.resolve(subj), tok
        return None

    def _speaker_for(self, cue: "Token") -> tuple[Speaker | None, str]:
        if is_according(cue):
            obj = pobj(self.doc[cue.i + 1])
            if obj is None:
                return None, "quote.direct.according_to"
            return self.resolver.source_of(obj, SOURCE_NOUNS, SOURCE_LINKERS), "quote.direct.according_to"
        subj, _ = self.subject(cue)
        return (self.resolver.resolve(subj) if subj is not None else None), "quote.direct.speaker_verb"

    def direct_quotes(self) -> None:
        last: _Draft | None = None
        open_run = False  # the previous paragraph's quote never closed: this one continues it
        for quote in self.marked:
            words = word_count(self.text, quote)
            para = self.paragraph_index(quote.start)
            if words == 0:
                continue
            if is_embedded(self.text, quote):
                # 'Trump said on Friday "I can do it."': marks straight after the verb's words
                # are speech when what they hold is the verb's own clause; else a scare quote.
                cue = self._introducing_cue(quote) if words >= 3 else None
                if cue is None:
                    continue
            else:
                cue = self._nearest_cue(quote, reusable=last.cue_token if last and last.paragraph == para else None)
            starts_para = quote.start == quote.paragraph[0]
            content = trimmed(self.text, quote.inner_start, quote.inner_end)
            if content[1] <= content[0]:
                continue
            if cue is not None:
                inner = self.text[quote.inner_start : quote.inner_end].rstrip()
                if words < 3 and not inner.endswith((",", ".", "!", "?")) or _title_like(inner):
                    continue  # a title, a slogan or a nickname beside a verb, not speech
                speaker, rule = self._speaker_for(cue)
                if last is not None and last.cue_token == cue.i:
                    last.content = (last.content[0], content[1])
                    continue
                cue_end = cue.idx + len(cue.text) if not is_according(cue) else cue.idx + len("according to")
                self.used_tokens.add(cue.i)
                last = _Draft(rule, content, speaker, (cue.idx, cue_end), cue.i, True,
                              0.9 if speaker and not speaker.heuristic else 0.75, para,
                              heuristic=bool(speaker and speaker.heuristic),
                              via_according=is_according(cue))
                self.drafts.append(last)
            elif last is not None and last.speaker is not None and words >= 4 and (
                    para == last.paragraph and last.direct
                    or open_run and para - last.paragraph <= _FLOAT_REACH):
                # '"…," said Brown. "You have a vessel …"': the next sentence in marks goes on.
                last = _Draft("quote.floating", content, last.speaker, None, None, True,
                              0.85 if open_run else 0.6, para, heuristic=True)
                self.drafts.append(last)
            elif starts_para and words >= 4:
                # A paragraph opening on a quote with no verb: the latest speaker before it,
                # whether quoted in marks or reported ("Smith said the plan would fail.").
                recent = self._recent_speaker(quote, since=last.content[1] if last else 0)
                if recent is not None and recent[1].i not in self.used_tokens \
                        and self.text[: quote.start].rstrip().endswith(":"):
                    # 'Smith said:' closing one paragraph, the quote opening the next.
                    speaker, verb = recent
                    self.used_tokens.add(verb.i)
                    last = _Draft("quote.direct.speaker_verb", content, speaker, (verb.idx, verb.idx + len(verb.text)),
                                  verb.i, True, 0.8, para, heuristic=speaker.heuristic)
                    self.drafts.append(last)
                    open_run = not quote.closed
                    continue
                speaker = recent[0] if recent is not None else None
                if speaker is None and last is not None and para - last.paragraph <= _FLOAT_REACH:
                    speaker = last.speaker
                if self.text[content[0] : content[1]].rstrip(" ”\"’").endswith("?"):
                    speaker = None  # an interviewer's question, not the last speaker's answer
                if speaker is not None:
                    last = _Draft("quote.floating", content, speaker, None, None, True, 0.6, para, heuristic=True)
                    self.drafts.append(last)
            open_run = not quote.closed

    # -- reported speech ------------------------------------------------
    def _overlaps_direct(self, start: int, end: int) -> bool:
        """True when direct quotes already cover most of [start, end)."""
        if self._direct is None:
            self._direct = sorted(d.content for d in self.drafts if d.direct)
            self._direct_starts = [a for a, _ in self._direct]
        # Direct quotes do not overlap one another: only those starting before ``end`` and
        # ending after ``start`` matter, found by bisection rather than a scan of all of them.
        i = bisect.bisect_left(self._direct_starts, end) - 1
        covered = 0
        while i >= 0 and self._direct[i][1] > start:
            a, b = self._direct[i]
            covered += max(0, min(end, b) - max(start, a))
            i -= 1
        return covered > 0.5 * (end - start)

    def indirect_quotes(self) -> None:
        for tok in self.doc:
            if tok.i in self.used_tokens or not is_cue(tok) or self.in_marks(tok.idx):
                continue
            if tok.lemma_.lower() in DIRECT_ONLY_CUES or any(c.dep_ == "neg" for c in tok.children):
                continue
            subj, via_quoted = self.subject(tok)
            if subj is None or subj.lower_ in FIRST_PERSON:
                continue
            if subj.lower_ in EXPLETIVES and subj.pos_ != "PROPN" and subj.dep_ == "nsubjpass":
                continue
            if subj.dep_ == "nsubjpass" and not via_quoted:
                continue  # "deaths were reported": the subject is what was said, not who said it
            if via_quoted and subj.dep_ != "nsubjpass":
                via_quoted = False
            content, rule = tag_clause(self.text, tok, subj)
            if content is None:
                content, rule = reported_clause(self.text, tok)
            if content is None or self._overlaps_direct(*content):
                continue
            speaker = self.resolver.resolve(subj)
            if via_quoted:
                rule = "quote.indirect.quoted_as"
            self.used_tokens.add(tok.i)
            self.drafts.append(_Draft(rule, content, speaker, (tok.idx, tok.idx + len(tok.text)), tok.i,
                                      False, 0.6 if speaker.heuristic else 0.75,
                                      self.paragraph_index(tok.idx), heuristic=speaker.heuristic))

    # -- according to ---------------------------------------------------
    def according_to(self) -> None:
        for tok in self.doc:
            if tok.i in self.used_tokens or not is_according(tok) or self.in_marks(tok.idx):
                continue
            obj = pobj(self.doc[tok.i + 1])
            if obj is None:
                continue
            speaker = self.resolver.source_of(obj, SOURCE_NOUNS, SOURCE_LINKERS)
            phrase_end = max(obj.right_edge.idx + len(obj.right_edge.text), speaker.written[1])
            speaker, phrase_end = self._whole_opening_source(tok, speaker, phrase_end)
            content = clause_beside(self.text, tok, tok.idx, phrase_end)
            if content is None:
                continue
            self._yield_to_source(tok)
            self.used_tokens.add(tok.i)
            self.drafts.append(_Draft("quote.according_to", content, speaker, (tok.idx, tok.idx + 12), tok.i,
                                      False, 0.7, self.paragraph_index(tok.idx), via_according=True))

    def _whole_opening_source(self, according: "Token", speaker: Speaker, end: int) -> tuple[Speaker, int]:
        """'According to Windsor Locks' first selectman Chris Kervick, ...': an opening phrase runs
        to its comma even where the parser cut the source short; a name in the rest is the source."""
        sent = according.sent
        if self.text[sent.start_char : according.idx].strip():
            return speaker, end
        comma = self.text.find(",", end, min(sent.end_char, end + 80))
        if comma < 0 or any(t.pos_ in ("VERB", "AUX") for t in self._tokens_in(end, comma)):
            return speaker, end
        named = [m for m in self.ctx.mentions_in(speaker.span.end, comma) if m.label == "PERSON"]
        if named and speaker.span.entity is None:
            person = self.resolver.from_mention(named[-1], written=(speaker.written[0], comma), heuristic=False)
            span = Span(speaker.span.start, comma, self.text[speaker.span.start : comma], person.span.entity)
            return Speaker(span, (speaker.written[0], comma), False, "PERSON"), comma
        return speaker, comma

    def _tokens_in(self, start: int, end: int) -> list["Token"]:
        span = self.doc.char_span(start, end, alignment_mode="contract")
        return list(span) if span is not None else []

    def _yield_to_source(self, according: "Token") -> None:
        """"Jerusalem warned …, according to Channel 12": the channel is the one on record, unless
        the verb's speaker is a named person, whose words stand as their own quote."""
        head = according.head
        for d in list(self.drafts):
            if d.cue_token == head.i and not d.direct and d.speaker is not None and d.speaker.label != "PERSON":
                self.drafts.remove(d)

    # -- results --------------------------------------------------------
    def facts(self) -> list[QuoteFact]:
        out = []
        for d in sorted(self.drafts, key=lambda d: d.content):
            content = Span(d.content[0], d.content[1], self.text[d.content[0] : d.content[1]])
            cue = Span(d.cue[0], d.cue[1], self.text[d.cue[0] : d.cue[1]]) if d.cue else None
            speaker = d.speaker.span if d.speaker else None
            ranges = [d.content] + ([d.cue] if d.cue else [])
            if d.speaker is not None:
                ranges.append(d.speaker.written)
            out.append(QuoteFact(
                text=_summary(speaker, cue, content, self.ctx, direct=d.direct, according=d.via_according),
                evidence=_merge(ranges), rule=d.rule, confidence=d.confidence, speaker=speaker,
                cue=cue, content=content, direct=d.direct,
                heuristic=d.heuristic,
                resolved=d.speaker.resolved if d.speaker else None,
                resolved_rule=d.speaker.rule if d.speaker else None,
            ))
        return out


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


def _title_like(inner: str) -> bool:
    """"International Women's Day Celebration": every word capitalised, no sentence end."""
    words = [w for w in inner.split() if w[:1].isalpha()]
    return 0 < len(words) <= 6 and all(w[:1].isupper() for w in words) and not inner.rstrip().endswith((".", "!", "?", ","))


def extract_quotes(ctx: DocContext) -> list[QuoteFact]:
    """Direct quotes, then reported speech, then "according to" attributions, never one cue twice."""
    if not ctx.text.strip() or len(ctx.doc) == 0:
        return []
    extractor = _Extractor(ctx)
    extractor.direct_quotes()
    extractor.indirect_quotes()
    extractor.according_to()
    return extractor.facts()
