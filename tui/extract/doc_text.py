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
