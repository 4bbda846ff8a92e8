"""The sentence a token is in, and that sentence's entities, found once per document.

spaCy's ``Token.sent`` walks the sentence on every call and ``Span.ents`` scans every entity of
the document; the event rules ask both for nearly every word.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .word_index import sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_local = threading.local()


def prime(doc: Doc, text: str) -> None:
    """Index ``doc`` now, with its text already at hand (``Doc.text`` joins every token)."""
    _index(doc, text)


def _index(doc: Doc, text: str | None = None) -> tuple[list[Span], list[int], list[list[Span]]]:
    cached = getattr(_local, "entry", None)
    if cached is not None and cached[0] is doc:
        return cached[1], cached[2], cached[3]
    _local.text = text if text is not None else doc_text(doc)
    spans = sentences(doc)
    where = [0] * len(doc)
    for k, sent in enumerate(spans):
        where[sent.start : sent.end] = [k] * (sent.end - sent.start)
    ents: list[list[Span]] = [[] for _ in spans]
    for ent in doc.ents:
        ents[where[ent.start]].append(ent)
    # One document at a time per thread: the rules read one article, then the next.
    _local.entry = (doc, spans, where, ents)
    return spans, where, ents


def sentence_of(token: Token) -> Span:
    spans, where, _ = _index(token.doc)
    return spans[where[token.i]]


def sentence_text(token: Token) -> str:
    """The text of the token's sentence (``Doc.text`` joins every token on each call: sliced from a copy)."""
    sent = sentence_of(token)
    text: str = _local.text
    return text[sent.start_char : sent.end_char]


def entities_of_sentence(token: Token) -> list[Span]:
    """The model's entity spans that start in the token's sentence."""
    _, where, ents = _index(token.doc)
    return ents[where[token.i]]
