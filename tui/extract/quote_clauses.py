"""What a cue reports: the clause a speech verb governs, the clause around a speech tag set off
by commas, and the clause beside an "according to" phrase. Token-level helpers shared by the
quote rules live here too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .doc_text import doc_text
from .quote_speakers import noun_phrase
from .quote_words import CLAUSE_ONLY_CUES, CUE_VERBS, RECIPIENT_CUES
from .word_index import words_spelt, words_with_lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_TRIM = set(" \t\n,;:.—–-“”\"‘’«»")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_WH_WORDS = frozenset({"what", "whether", "how", "why", "who", "whom", "which", "where", "when", "if"})
_ASKING = frozenset({"ask", "wonder", "question", "inquire", "enquire"})


def is_cue(tok: "Token") -> bool:
    if tok.lemma_.lower() not in CUE_VERBS:
        return False
    if tok.pos_ == "VERB":
        return True
    # The tagger now and then reads "and states it runs ..." as a plural noun.
    return tok.dep_ in ("conj", "ROOT") and any(c.dep_ == "ccomp" for c in tok.children)


def cue_words(doc: "Doc") -> list["Token"]:
    """The words whose lemma is a speech verb, in order: the only ones ``is_cue`` may accept
    (found from the doc's lemma table rather than a Token built for every word)."""
    return [doc[i] for i in words_with_lemma(doc, CUE_VERBS)]


def according_words(doc: "Doc") -> list["Token"]:
    """The words "according", in order: the only ones ``is_according`` may accept."""
    return [doc[i] for i in words_spelt(doc, ("according",))]


def is_according(tok: "Token") -> bool:
    doc = tok.doc
    return tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"


#: Brackets a reported clause may open with ("said [the talks] were useful"): the parser hangs the
#: opening one on the verb, outside the clause, though the words it opens are the clause's.
_BRACKETS = {"[": "]", "(": ")"}


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """``start``-``end`` without the spaces, commas and quote marks at its ends; an opening bracket just
    before it whose closing one is inside it is taken in ("[the talks] were" keeps its "[")."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in " \t\n,;:—–-":
        end -= 1
    if start > 0 and text[start - 1] in _BRACKETS:
        inside = text[start:end]
        opener = text[start - 1]
        if inside.count(_BRACKETS[opener]) > inside.count(opener):
            start -= 1
    return start, end


def pobj(prep: "Token") -> "Token | None":
    for child in prep.children:
        if child.dep_ == "pobj":
            return child
    return None


def has_verb(tok: "Token") -> bool:
    return tok.pos_ in ("VERB", "AUX") or any(t.pos_ in ("VERB", "AUX") for t in tok.subtree)


def word_total(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] : span[1]].split())


def _open_question(text: str, span: tuple[int, int], verb: "Token") -> bool:
    """"hard to say what animal it came from": a wh-clause after a telling verb reports nothing
    said; after "ask" or "wonder" it is the question asked."""
    first = text[span[0] : span[1]].split(maxsplit=1)[:1]
    return bool(first) and first[0].lower() in _WH_WORDS and verb.lemma_.lower() not in _ASKING


def _finite(clause: "Token") -> bool:
    """Not an infinitive: "declared the outbreak to be a pandemic" reports no words."""
    return not any(c.tag_ == "TO" and c.dep_ == "aux" for c in clause.children)


def clause_range(clause: "Token", *, verb: "Token") -> tuple[int, int]:
    """The clause's subtree, without "that" in front and without a reported clause nested at its end."""
    left, right = clause.left_edge, clause.right_edge
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
            and verb.lemma_.lower() not in RECIPIENT_CUES:
        # "indicated a homicide probe is ongoing": the parser took the subject for an object.
        for obj in verb.children:
            if obj.dep_ == "dobj" and verb.i < obj.i < clause.i:
                left = obj.left_edge
    start = left.idx
    if left.lower_ == "that" and (left.dep_ == "mark" or left.tag_ == "IN"):
        start = left.idx + len(left.text)
    end = right.idx + len(right.text)
    if start < verb.idx < end:
        # "which he said would allow ...": the clause wraps round its own verb.
        start = verb.idx + len(verb.text)
    for tok in clause.subtree:
        if tok is not clause and is_cue(tok) and tok.left_edge.idx > start and tok.dep_ in ("relcl", "conj") \
                and any(c.dep_ == "nsubj" for c in tok.children):
            # "... emergency, which he said would ..." / "... minds and several said ...":
            # a clause with its own speaker is a quote of its own.
            end = min(end, tok.left_edge.idx)
    while True:
        head = doc_text(clause.doc)[start:end].rstrip(" ,;")
        for word in (" and", " but", " while"):
            if head.endswith(word):
                head = head[: -len(word)]
                break
        else:
            break
        end = start + len(head)
    return start, end


def tag_clause(text: str, verb: "Token", subj: "Token") -> tuple[tuple[int, int] | None, str]:
    """", officials said," / ", the official added." / ", said Smith.": a speech tag set off
    by commas reports the clause around it, whatever the parser hung on the verb."""
    np_start, np_end = noun_phrase(subj)
    v_start, v_end = verb.idx, verb.idx + len(verb.text)
    start, end = min(np_start, v_start), max(np_end, v_end)
    between = text[min(np_end, v_end) : max(np_start, v_start)]
    if "," in between or len(between.split()) > 2 or subj.pos_ == "PRON" and subj.tag_ == "WP":
        return None, ""
    sent = verb.sent
    before = text[sent.start_char : start].rstrip()
    after = text[end : sent.end_char].lstrip()
    if not before.endswith(",") or after[:1] not in {",", ".", ";", "!", "?", ""}:
        return None, ""
    clause_start = max(text.rfind(";", sent.start_char, start), text.rfind(":", sent.start_char, start))
    clause_start = sent.start_char if clause_start < 0 else clause_start + 1
    right = (end, end)
    if after.startswith(","):
        stop = text.find(";", end, sent.end_char)
        right = (end, sent.end_char if stop < 0 else stop)
    left = trimmed(text, clause_start, start)
    right = trimmed(text, *right)
    if word_total(text, left) + word_total(text, right) < 3:
        return None, ""
    return (left[0], right[1] if right[1] > right[0] else left[1]), "quote.indirect.tag"


def _across_semicolon(text: str, span: tuple[int, int], verb: "Token") -> bool:
    """"That September, the movement launched; Thunberg promised protests": a clause before the verb and
    a semicolon is a sentence of its own, which the parser hung on the next one's verb, not its words."""
    return span[1] <= verb.idx and ";" in text[span[1] : verb.idx]


def reported_clause(text: str, verb: "Token") -> tuple[tuple[int, int] | None, str]:
    # The clause right after the verb first: a misparse may hang a second, earlier clause
    # on it too ("A denied X, but B claimed Y; C claimed Z").
    clauses = sorted((c for c in verb.children if c.dep_ == "ccomp"),
                     key=lambda c: (c.i < verb.i, abs(c.i - verb.i)))
    for child in clauses:
        if child.dep_ == "ccomp":
            span = clause_range(child, verb=verb)
            if _across_semicolon(text, span, verb):
                continue
            if has_verb(child) and _finite(child) and word_total(text, span) >= 3 \
                    and not _open_question(text, span, verb):
                return trimmed(text, *span), "quote.indirect.ccomp"
    if verb.lemma_.lower() in CLAUSE_ONLY_CUES:
        return None, ""
    if verb.lemma_.lower() not in RECIPIENT_CUES:
        # "said a law allowing the termination of a life marked a sad day": the parser made
        # the clause's subject an object; a finite verb under it gives the clause away.
        for obj in verb.children:
            if obj.dep_ == "dobj" and obj.i > verb.i and obj.pos_ != "PRON" and any(
                    t.dep_ == "ccomp" and t.tag_ in _FINITE for t in obj.subtree):
                span = (obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge.text))
                return trimmed(text, *span), "quote.indirect.ccomp"
    if verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX"):
        sent = verb.sent
        own = (verb.left_edge.idx, verb.right_edge.idx + len(verb.right_edge.text))
        left = trimmed(text, sent.start_char, own[0])
        right = trimmed(text, own[1], sent.end_char)
        span = (left[0], right[1]) if right[1] > right[0] else left
        if word_total(text, span) >= 3:
            return span, "quote.indirect.tag"
    return None, ""


def clause_beside(text: str, tok: "Token", start: int, end: int) -> tuple[int, int] | None:
    """The clause an "according to" phrase at [start, end) attaches to, in its sentence."""
    sent = tok.sent
    left = trimmed(text, sent.start_char, start)
    right_start = end
    # "According to X, citing Y, ...": the citation belongs to the source, not the content.
    rest = text[right_start : sent.end_char].lstrip(" ,")
    if rest.lower().startswith(("citing ", "quoting ")):
        comma = text.find(",", sent.end_char - len(rest), sent.end_char)
        right_start = comma + 1 if comma > 0 else sent.end_char
    right = trimmed(text, right_start, sent.end_char)
    lw, rw = word_total(text, left), word_total(text, right)
    if lw >= 3 and rw >= 3:
        span = trimmed(text, sent.start_char, sent.end_char)
    elif rw >= 3:
        span = right
    elif lw >= 3:
        span = left
    else:
        return None
    return span
