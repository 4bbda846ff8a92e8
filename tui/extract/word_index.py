"""Per-document word tables, built once and shared by the rules.

Every ``Token`` attribute read in Python builds a Token object and looks its string up in the
vocabulary; rules that scan the whole article for one kind of word (the nouns of one lemma, the
words spelt one way) pay that for every word and every time they ask. These tables read the
doc's arrays in one pass, the first time a rule asks, and are kept in the Doc's ``user_data``
(a parsed Doc is never changed by the rules).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

_TEXTS = "newsloupe.word_texts"
_NOUNS = "newsloupe.noun_lemmas"
_SENTS = "newsloupe.sentences"


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences (``list(doc.sents)``), built once: spaCy walks every token to find them."""
    cached: list[Span] | None = doc.user_data.get(_SENTS)
    if cached is None:
        cached = doc.user_data[_SENTS] = list(doc.sents) if len(doc) else []
    return cached


def word_texts(doc: Doc) -> list[str]:
    """Each token's text, in order (``[t.text for t in doc]``)."""
    from spacy.attrs import ORTH

    return _strings_of(doc, ORTH, _TEXTS, lower=False)


def nouns_by_lemma(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased lemma -> the indices (ascending) of the tokens tagged NOUN with that lemma."""
    cached: dict[str, list[int]] | None = doc.user_data.get(_NOUNS)
    if cached is None:
        from spacy.attrs import LEMMA, POS
        from spacy.parts_of_speech import NOUN

        cached = {}
        if len(doc):
            strings = doc.vocab.strings
            for i, (pos, lemma) in enumerate(doc.to_array([POS, LEMMA]).tolist()):
                if pos == NOUN:
                    cached.setdefault(strings[lemma].lower(), []).append(i)
        doc.user_data[_NOUNS] = cached
    return cached


def _strings_of(doc: Doc, attr: int, key: str, *, lower: bool) -> list[str]:
    cached: list[str] | None = doc.user_data.get(key)
    if cached is None:
        strings = doc.vocab.strings
        hashes = doc.to_array(attr).tolist() if len(doc) else []
        cached = doc.user_data[key] = [strings[h].lower() for h in hashes] if lower else [strings[h] for h in hashes]
    return cached


def lemma_lowers(doc: Doc) -> list[str]:
    """Each token's lower-cased lemma, in order (``[t.lemma_.lower() for t in doc]``)."""
    from spacy.attrs import LEMMA

    return _strings_of(doc, LEMMA, "newsloupe.lemma_lowers", lower=True)


def word_lowers(doc: Doc) -> list[str]:
    """Each token's lower-cased text, in order (``[t.lower_ for t in doc]``)."""
    from spacy.attrs import LOWER

    return _strings_of(doc, LOWER, "newsloupe.word_lowers", lower=False)


def positions(words: list[str], wanted: frozenset[str] | set[str] | str) -> list[int]:
    """The indices of ``words`` that are ``wanted`` (one word, or any of a set)."""
    if isinstance(wanted, str):
        return [i for i, w in enumerate(words) if w == wanted]
    return [i for i, w in enumerate(words) if w in wanted]


def tagged(doc: Doc, *tags: str) -> list[int]:
    """The indices of the tokens whose coarse part of speech (``pos_``) is one of ``tags``."""
    from spacy.attrs import POS

    if not len(doc):
        return []
    strings = doc.vocab.strings
    ids = {strings[t] for t in tags}  # the universal tags are fixed symbols: their ids are the POS values
    return [i for i, p in enumerate(doc.to_array(POS).tolist()) if p in ids]
