"""Article structure before NLP: paragraphs, verbatim repeats, a sensible title."""

from __future__ import annotations

import re

from .month_names import MONTH_NAMES

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")


def paragraph_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each paragraph; paragraphs are separated by blank lines."""
    out = []
    pos = 0
    for m in _BLANK_LINE.finditer(text):
        if text[pos : m.start()].strip():
            out.append(_strip(text, pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        out.append(_strip(text, pos, len(text)))
    return tuple(out)


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def line_ranges(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        s, e = _strip(text, pos, pos + len(line))
        if e > s:
            out.append((s, e))
        pos += len(line)
    return out


def duplicate_ranges(text: str, *, min_chars: int = 40) -> tuple[tuple[int, int], ...]:
    """Lines that repeat an earlier line verbatim (a caption printed twice)."""
    seen: set[str] = set()
    out = []
    for s, e in line_ranges(text):
        line = text[s:e]
        if len(line) >= min_chars and line in seen:
            out.append((s, e))
        seen.add(line)
    return tuple(out)


#: Lines of site chrome that are never a headline.
_CHROME_WORDS = frozenset(
    "topics advertisement share menu home subscribe newsletter sign login log skip search related tags comments".split()
)
#: "deskIsrael": words glued by a scraper that dropped the space between two page elements.
_GLUED = re.compile(r"[a-z][A-Z]")
_MONTHS = frozenset(m[:3] for m in MONTH_NAMES)
_DATELINE = re.compile(r"^[\w,. :/-]*\d[\w,. :/-]*$")


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 4 <= len(words) <= 25 or not line[0].isupper():
        return False
    if line.endswith((".", ":", ";", ",")) or _GLUED.search(line):
        return False
    if "http" in line or "www." in line or line.count("|") > 1:
        return False
    return not _is_dateline(words)


def _is_dateline(words: list[str]) -> bool:
    """"Friday, July 21, 2017" or "Updated 12:04 GMT": a date, not a headline."""
    line = " ".join(words)
    if not _DATELINE.match(line):
        return False
    dated = sum(w.strip(",.").isdigit() or w[:3].lower() in _MONTHS or w.lower().endswith("day,") for w in words)
    return dated * 2 >= len(words)


def guess_title(text: str) -> str | None:
    """The headline: the first early line that reads like one, skipping site chrome and datelines.

    Only names a title; the text itself is left whole (offsets index it unchanged).
    """
    lines = [text[s:e] for s, e in line_ranges(text)[:10]]
    for line in lines:
        if line.lower().strip(" :") in _CHROME_WORDS:
            continue
        if _looks_like_headline(line):
            return line[:300]
    first = next((line for line in lines if not _GLUED.search(line) and len(line.split()) > 1), lines[0] if lines else None)
    return first[:200] if first else None
