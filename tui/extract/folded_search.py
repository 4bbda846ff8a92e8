"""Case-insensitive search over a whole article at the speed of a case-sensitive one.

Python's ``re.IGNORECASE`` folds the case of every character it compares and gives up the
quick first-letter test between alternatives, so a long alternation of lower-case words run
over a whole article costs several times as much as the same search over the lower-cased text.
The two find the same spans when lower-casing keeps every character in place and when no
character of the text matches a letter only through ``re``'s extra case rules: the dotted and
dotless i (U+0130, U+0131) and the long s (U+017F) are the only such characters in Unicode
(checked against every code point), so a text holding one of them is searched the slow way.

``folded(text)`` is that lower-cased text (None when it would not be exact); several rules
scan the same article, so the last one is kept rather than lower-cased again by each rule.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

#: Syntax the twin may not hold: escapes of upper case or of a code point (``\S``, ``\x41``),
#: octal escapes, and groups other than plain, named and look-around ones (inline flags change
#: the case rules; a named group only gives the same span a name, so it stays).
_UNSAFE_SYNTAX = re.compile(r"\\(?:[A-Z]|[xuN0-7])|\(\?(?![:=!]|<[=!]|P<)")
_SPECIAL = ("\u0131", "\u017f")  # dotless i, long s (U+0130 changes length when lower-cased)

#: The last text lower-cased and its result: (text, lower-cased or None when not exact).
_last: tuple[str, str | None] = ("", "")


def folded(text: str) -> str | None:
    """``text.lower()`` when an IGNORECASE search over ``text`` finds exactly what a plain search
    over it finds, else None (a dotted or dotless i, a long s)."""
    global _last
    last = _last  # one read: another thread may replace it meanwhile
    if last[0] is text:
        return last[1]
    lower = text.lower()
    result = None if len(lower) != len(text) or any(c in lower for c in _SPECIAL) else lower
    _last = (text, result)
    return result


@functools.lru_cache(maxsize=64)
def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, when all its letters are lower case; else None."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE:
        return None
    letters = re.sub(r"\\.|\(\?P<", "", source)  # \s, \d, \w, \b stand for classes; \. for itself; (?P< opens a name
    if _UNSAFE_SYNTAX.search(source) or letters != letters.lower():
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def has_twin(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` can be run the quick way (tests hold the rules' patterns to it)."""
    return _lower_case_twin(pattern) is not None


def finditer_ignoring_case(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern compiled with IGNORECASE, with the same spans and
    groups' spans. The matches may be over the lower-cased text: read a word whose case matters
    back from ``text`` by its span, never from the match."""
    twin = _lower_case_twin(pattern)
    lower = folded(text) if twin is not None else None
    if twin is None or lower is None:
        return pattern.finditer(text)
    return twin.finditer(lower)


def spans_ignoring_case(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]`` for a pattern compiled with IGNORECASE."""
    return [m.span() for m in finditer_ignoring_case(pattern, text)]
