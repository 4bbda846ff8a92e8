"""Whole-text scans begun only where a match can begin.

A pattern that opens with a look-behind (``(?<![\\w-])...``) or with IGNORECASE letters gives
``re`` no first character to skip ahead by, so ``finditer`` tries a whole match at every
character of the article: about 5 ms per pattern over a hundred articles, most of them finding
nothing. When something cheap names every place a match could begin -- a digit that opens a
clock, the few characters before a word every match holds -- ``matches_from`` tries the pattern
there only, and finds the same matches in the same order: ``finditer``'s next match is the
leftmost place at or after the last match's end where the pattern matches, which is the first
such candidate, as long as the candidates hold every place a match begins and the pattern never
matches the empty string. ``match(text, pos)`` sees the text before ``pos``, so look-behinds
read as they do in ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from heapq import merge


def matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when ``starts`` (ascending) holds every place a match begins."""
    end = 0
    for pos in starts:
        if pos < end:
            continue
        if (m := pattern.match(text, pos)) is not None:
            yield m
            end = m.end()


def starts_of(lead: re.Pattern[str], text: str) -> Iterator[int]:
    """Where ``lead`` matches: a pattern of one character and a look-ahead (``\\d(?=\\d:)``)
    finds every place, overlapping or not, and ``re`` skips ahead by its first character."""
    return (m.start() for m in lead.finditer(text))


def starts_before(word: str, text: str, *, within: int) -> Iterator[int]:
    """Every place from ``within`` characters before an occurrence of ``word`` in ``text`` up to
    it, ascending and each once: where a match holding ``word`` at most that far in can begin."""
    next_free = 0
    at = text.find(word)
    while at != -1:
        first = max(at - within, next_free)
        yield from range(first, at + 1)
        next_free = at + 1
        at = text.find(word, at + 1)


def starts_at(words: Iterable[str], text: str) -> Iterator[int]:
    """Every place one of ``words`` occurs in ``text``, ascending and each once: where a match
    that begins with one of them can begin."""
    last = -1
    for at in merge(*(starts_before(word, text, within=0) for word in words)):
        if at != last:
            yield at
            last = at
