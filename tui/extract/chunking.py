"""Long articles in pieces: paragraph batches through ``nlp.pipe``, joined back into one Doc.

spaCy's cost on one huge Doc grows faster than its length (a 100,000-character text
takes three times as long per word as a short one, and memory grows with it). A text
longer than ``LONG_TEXT`` is cut at paragraph breaks (blank lines; a paragraph that is
itself too long at a sentence end or a space) into contiguous pieces that together are
the whole text, parsed as a stream, and joined with ``Doc.from_docs``: the joined Doc's
text is the original text, so every token's offset is its offset in the article.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

#: Texts longer than this are parsed in pieces (shorter ones are parsed whole, as before).
LONG_TEXT = 20_000
#: The size a piece aims at: several paragraphs.
PIECE = 5_000
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+")


def piece_ranges(text: str, *, piece: int = PIECE) -> list[tuple[int, int]]:
    """Contiguous (start, end) ranges covering ``text``, each ending after a paragraph break where possible."""
    cuts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text)]
    ranges: list[tuple[int, int]] = []
    start = 0
    for cut in [*cuts, len(text)]:
        if cut - start < piece and cut != len(text):
            continue
        # The piece closes at the first paragraph break past the size (a huge paragraph is cut further).
        ranges.extend(_split_long(text, start, cut, piece))
        start = cut
    return [(a, b) for a, b in ranges if b > a]


def _split_long(text: str, start: int, end: int, piece: int) -> list[tuple[int, int]]:
    """One range, or several cut at sentence ends (else spaces) when it is far over the size."""
    out: list[tuple[int, int]] = []
    limit = 2 * piece
    while end - start > limit:
        window = text[start : start + limit]
        cut = 0
        for m in _SENTENCE_END.finditer(window, piece // 2):
            cut = m.end()
            if cut >= piece:
                break
        if not cut:
            space = window.rfind(" ", piece // 2)
            cut = space + 1 if space > 0 else limit
        out.append((start, start + cut))
        start += cut
    out.append((start, end))
    return out


def parse(nlp: "Language", text: str) -> "Doc":
    """``nlp(text)``, in pieces for a long text; the Doc's text is always ``text`` exactly."""
    if len(text) <= LONG_TEXT:
        return nlp(text)
    from spacy.tokens import Doc

    ranges = piece_ranges(text)
    docs = list(nlp.pipe((text[a:b] for a, b in ranges), batch_size=8))
    joined = Doc.from_docs(docs, ensure_whitespace=False)
    if joined.text != text:  # never expected: fall back to offsets that are right by construction
        raise ValueError("pieces did not join back into the article text")
    return joined
