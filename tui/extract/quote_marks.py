"""Finding stretches of text inside quotation marks, paragraph by paragraph.

Pure string work, one left-to-right pass per paragraph, so a 20 MB line full of marks stays
linear. It never gives up on unbalanced marks: an opening mark with no closing one runs to the
end of its paragraph, which is also how news writes a quote that goes on into the next
paragraph (the next paragraph re-opens with a mark and never closes the first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_MARKS = re.compile(r"[\"“”„«»]")
_SINGLE_OPEN = re.compile(r"‘")
_SINGLE_CLOSE = re.compile(r"’")
_OPEN_ONLY = frozenset("„«")
_CLOSE_ONLY = frozenset("»")
#: Characters after which a mark opens a quote rather than closing one.
_BEFORE_OPENER = frozenset(" \t([{—–-:/\u00a0")
_AFTER_CLOSER = frozenset(" \t.,;:!?)]}—–-\u00a0")
#: A single-quoted stretch counts only when it is long enough to be speech, not a nickname.
_MIN_SINGLE_WORDS = 5


@dataclass(frozen=True, slots=True)
class MarkedQuote:
    """One stretch inside quotation marks."""

    #: The opening mark.
    start: int
    #: Just past the closing mark, or the paragraph end when the mark was never closed.
    end: int
    inner_start: int
    inner_end: int
    closed: bool
    #: The paragraph it lies in.
    paragraph: tuple[int, int]


def word_count(text: str, quote: MarkedQuote) -> int:
    return len(text[quote.inner_start : quote.inner_end].split())


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Non-blank lines: every line break starts a paragraph (as the model's sentencer assumes)."""
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        end = n if nl < 0 else nl
        s, e = pos, end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
        pos = end + 1
    return out


def _opens(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before in _BEFORE_OPENER or before in "“\"'‘") and not after.isspace()


def _closes(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and (after in _AFTER_CLOSER or after in "”\"'’")


def _double_quotes(text: str, para: tuple[int, int]) -> list[MarkedQuote]:
    start, end = para
    out: list[MarkedQuote] = []
    open_at = -1
    for m in _DOUBLE_MARKS.finditer(text, start, end):
        i, mark = m.start(), m.group()
        if open_at < 0:
            if mark in _CLOSE_ONLY:
                continue
            if mark in _OPEN_ONLY or mark == "“" or _opens(text, i, start, end):
                open_at = i
            # else: a stray closing mark (the close of a quote begun in an earlier paragraph)
            continue
        if mark in _OPEN_ONLY:
            continue
        if mark in "”»" or _closes(text, i, start, end) or not _opens(text, i, start, end):
            out.append(MarkedQuote(open_at, i + 1, open_at + 1, i, True, para))
            open_at = -1
    if open_at >= 0 and end - open_at > 1:
        out.append(MarkedQuote(open_at, end, open_at + 1, end, False, para))
    return out


def _single_quotes(text: str, para: tuple[int, int], taken: list[MarkedQuote]) -> list[MarkedQuote]:
    """‘…’ only when clearly balanced and long: apostrophes share the closing character.

    Openers and closers are listed once and walked with two cursors, so the pass stays linear
    however many stray apostrophes a paragraph holds.
    """
    start, end = para
    openers = [m.start() for m in _SINGLE_OPEN.finditer(text, start, end) if _opens(text, m.start(), start, end)]
    if not openers:
        return []
    closers = [m.start() for m in _SINGLE_CLOSE.finditer(text, start, end) if _closes(text, m.start(), start, end)]
    out = []
    c = t = 0
    resume = start
    for i in openers:
        if i < resume:
            continue
        while t < len(taken) and taken[t].end <= i:
            t += 1
        if t < len(taken) and taken[t].start <= i:
            continue  # inside a double-quoted stretch
        while c < len(closers) and closers[c] <= i:
            c += 1
        if c == len(closers):
            break
        j = closers[c]
        if len(text[i + 1 : j].split()) >= _MIN_SINGLE_WORDS:
            out.append(MarkedQuote(i, j + 1, i + 1, j, True, para))
        # Either way no later opener before j can do better with the same closer: it would hold
        # fewer words. Moving past j keeps the whole pass linear.
        resume = j + 1
    return out


def find_marked_quotes(text: str) -> list[MarkedQuote]:
    """Every quoted stretch in reading order."""
    out: list[MarkedQuote] = []
    for para in paragraphs(text):
        doubles = _double_quotes(text, para)
        out += doubles
        if "‘" in text[para[0] : para[1]]:
            out += _single_quotes(text, para, doubles)
    out.sort(key=lambda q: q.start)
    return out


def is_embedded(text: str, quote: MarkedQuote) -> bool:
    """True when a word runs straight into the opening mark ("cross a “red line”"):
    the marks then quote a phrase inside the reporter's own sentence."""
    i = quote.start - 1
    while i >= quote.paragraph[0] and text[i] in " \t\u00a0":
        i -= 1
    if i < quote.paragraph[0]:
        return False
    return text[i] not in ":,.;!?—–-([\"“”'‘’"
