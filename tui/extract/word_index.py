"""Per-document word tables, built once and shared by the rules.

Rules that scanned the whole article for one kind of word (the nouns of one lemma, the speech
verbs, the word "according", the pronouns) built a Token and read its strings for every word,
in every rule. These tables read the doc's arrays (``Doc.to_array``) once, look each distinct
string up once, and are kept in the Doc's ``user_data`` (a parsed Doc is never changed by the
rules). Measured: plain Python over the arrays beats numpy's set operations at article sizes.
"""

from __future__ import annotations

import threading
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_TEXTS = "newsloupe.word_texts"
_NOUNS = "newsloupe.noun_lemmas"
#: The latest doc of this thread and its sentences (the rules read one article at a time).
_latest = threading.local()


_COLUMNS = "newsloupe.columns"
#: (attribute, wanted words, lower) -> string id -> whether it is wanted. String ids are hashes
#: of the strings, the same in every doc, so each distinct word form is looked up once per process.
_VERDICTS: dict[tuple[int, frozenset[str], bool], dict[int, bool]] = {}
#: Word id -> the word (the same in every doc): each distinct form is read from the StringStore once.
_TEXTS_OF: dict[int, str] = {}
_DISTINCT = "newsloupe.distinct"
#: Lemma id -> the lemma lower-cased (the same in every doc).
_LOWER_LEMMAS: dict[int, str] = {}


def _column(doc: Doc, attr: int) -> list[int]:
    columns: dict[int, list[int]] | None = doc.user_data.get(_COLUMNS)
    if columns is None:
        columns = doc.user_data[_COLUMNS] = {}
    cached = columns.get(attr)
    if cached is None:
        cached = columns[attr] = doc.to_array(attr).tolist() if len(doc) else []
    return cached


def column(doc: Doc, attr: int) -> list[int]:
    """One attribute of every token, in order (``doc.to_array(attr)`` as a list), read once per doc."""
    return _column(doc, attr)


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences (``list(doc.sents)``), built once: spaCy walks every token to find them.

    Kept for the latest doc of each thread rather than in ``user_data``: a Span refers to its Doc,
    and a Doc holding its own Spans would live on until a full garbage collection."""
    cached = getattr(_latest, "sentences", None)
    if cached is None or cached[0] is not doc:
        cached = _latest.sentences = (doc, list(doc.sents) if len(doc) else [])
    return cached[1]


def word_texts(doc: Doc) -> list[str]:
    """Each token's text, in order (``[t.text for t in doc]``)."""
    cached: list[str] | None = doc.user_data.get(_TEXTS)
    if cached is None:
        from spacy.attrs import ORTH

        column = _column(doc, ORTH)
        texts = _TEXTS_OF
        strings = doc.vocab.strings
        for h in distinct(doc, ORTH).difference(texts):
            texts[h] = strings[h]
        cached = doc.user_data[_TEXTS] = [texts[h] for h in column]
    return cached


def distinct(doc: Doc, attr: int) -> set[int]:
    """The distinct values of one attribute column (``set(column(doc, attr))``), found once per doc."""
    key = f"{_DISTINCT}.{attr}"
    found: set[int] | None = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = set(_column(doc, attr))
    return found


def _where(doc: Doc, attr: int, wanted: Collection[str], *, lower: bool) -> list[int]:
    strings = doc.vocab.strings
    key = (attr, frozenset(wanted), lower)
    verdict = _VERDICTS.get(key)
    if verdict is None:
        verdict = _VERDICTS[key] = {}
    forms = distinct(doc, attr)
    for h in forms.difference(verdict):
        verdict[h] = (strings[h].lower() if lower else strings[h]) in wanted
    hits = {h for h in forms if verdict[h]}
    return [i for i, h in enumerate(_column(doc, attr)) if h in hits] if hits else []


def words_with_lemma(doc: Doc, lemmas: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased lemma is one of ``lemmas``."""
    from spacy.attrs import LEMMA

    return _where(doc, LEMMA, lemmas, lower=True)


def words_spelt(doc: Doc, lowers: Collection[str]) -> list[int]:
    """Indices, in order, of the tokens whose lower-cased text (``lower_``) is one of ``lowers``."""
    from spacy.attrs import LOWER

    return _where(doc, LOWER, lowers, lower=False)


def tagged(doc: Doc, *tags: str) -> list[int]:
    """Indices, in order, of the tokens whose coarse part of speech (``pos_``) is one of ``tags``."""
    from spacy.attrs import POS

    strings = doc.vocab.strings
    ids = {strings[t] for t in tags}  # the universal tags are fixed symbols: their ids are the POS values
    return [i for i, p in enumerate(_column(doc, POS)) if p in ids]


def nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased lemma -> the indices (ascending) of the tokens tagged NOUN with that lemma."""
    cached: dict[str, list[int]] | None = doc.user_data.get(_NOUNS)
    if cached is None:
        from spacy.attrs import LEMMA, POS

        cached = {}
        strings = doc.vocab.strings
        noun = strings["NOUN"]  # a fixed symbol: its id is the POS value
        lowered = _LOWER_LEMMAS
        for i, (pos, lemma) in enumerate(zip(_column(doc, POS), _column(doc, LEMMA), strict=True)):
            if pos == noun:
                word = lowered.get(lemma)
                if word is None:
                    word = lowered[lemma] = strings[lemma].lower()
                cached.setdefault(word, []).append(i)
        doc.user_data[_NOUNS] = cached
    return cached


def span_at(doc: Doc, start: int, end: int, alignment_mode: str = "strict") -> Span | None:
    """``doc.char_span(start, end, alignment_mode=...)``, built once per doc and character range.

    The rules ask for the same mentions' spans again and again; like the sentences, the spans are
    kept for the latest doc of each thread only. Callers must not change the spans they get."""
    cached = getattr(_latest, "spans", None)
    if cached is None or cached[0] is not doc:
        cached = _latest.spans = (doc, {})
    spans: dict[tuple[int, int, str], Span | None] = cached[1]
    key = (start, end, alignment_mode)
    try:
        return spans[key]
    except KeyError:
        span = spans[key] = doc.char_span(start, end, alignment_mode=alignment_mode)
        return span


def token_answers(doc: Doc, name: str) -> dict[int, Any]:
    """The latest doc's answers of one per-token question (token index -> answer), for this thread."""
    memo = getattr(_latest, name, None)
    if memo is None or memo[0] is not doc:
        memo = (doc, {})
        setattr(_latest, name, memo)
    answers: dict[int, Any] = memo[1]
    return answers


def children_of(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``, made once per token of the latest doc.

    ``Token.children`` walks the token's subtree in a generator and makes a new Token per child
    on every call; the event rules ask for the same words' children again and again (five times
    each on news). Kept like the sentences: Tokens refer to their Doc."""
    doc = token.doc
    memo = getattr(_latest, "children", None)  # inlined ``token_answers``: the rules' most frequent ask
    if memo is None or memo[0] is not doc:
        memo = _latest.children = (doc, {})
    table: dict[int, tuple[Token, ...]] = memo[1]
    i = token.i
    found = table.get(i)
    if found is None:
        found = table[i] = tuple(token.children)
    return found
