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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXTS = "newsloupe.word_texts"
_NOUNS = "newsloupe.noun_lemmas"
#: The latest doc of this thread and its sentences (the rules read one article at a time).
_latest = threading.local()


def _column(doc: Doc, attr: int) -> list[int]:
    return doc.to_array(attr).tolist() if len(doc) else []


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

        strings = doc.vocab.strings
        cached = doc.user_data[_TEXTS] = [strings[h] for h in _column(doc, ORTH)]
    return cached


def _where(doc: Doc, attr: int, wanted: Collection[str], *, lower: bool) -> list[int]:
    strings = doc.vocab.strings
    verdict: dict[int, bool] = {}  # one look-up per distinct word form
    out = []
    for i, h in enumerate(_column(doc, attr)):
        hit = verdict.get(h)
        if hit is None:
            hit = verdict[h] = (strings[h].lower() if lower else strings[h]) in wanted
        if hit:
            out.append(i)
    return out


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
        if len(doc):
            for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
                if pos == noun:
                    cached.setdefault(strings[lemma].lower(), []).append(i)
        doc.user_data[_NOUNS] = cached
    return cached
