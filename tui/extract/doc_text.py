"""A parsed Doc's text, read once.

spaCy rebuilds ``Doc.text`` by joining every token at each access; the rules read it many times
per article, so it is kept in the Doc's ``user_data`` the first time (the text never changes
after parsing: merging tokens keeps it as it is).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

_KEY = "newsloupe.text"


def doc_text(doc: "Doc") -> str:
    """``doc.text``, built once per Doc."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = doc.user_data[_KEY] = doc.text
    return cached


def seed(doc: "Doc", text: str) -> None:
    """Record ``text`` as the Doc's text when the Doc was parsed from it (spaCy's tokens keep every
    character, so the text that went in is the text that comes out); joining the tokens again
    would cost as much as a rule. A Doc of another length is left to ``doc_text``."""
    if _KEY not in doc.user_data and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(text):
        doc.user_data[_KEY] = text
