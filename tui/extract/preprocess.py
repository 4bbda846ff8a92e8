"""Article structure before NLP: paragraphs, verbatim repeats, a sensible title."""

from __future__ import annotations

import re

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


def guess_title(text: str) -> str | None:
    """The headline: the first short line that reads like one, else the first line."""
    lines = [text[s:e] for s, e in line_ranges(text)[:8]]
    for line in lines:
        words = line.split()
        if 4 <= len(words) <= 25 and line[0].isupper() and not line.endswith((".", ":", ";")):
            return line
    return lines[0][:200] if lines else None
