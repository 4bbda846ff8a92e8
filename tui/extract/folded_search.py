"""Case-insensitive search over a whole article at the speed of a case-sensitive one.

Python's ``re.IGNORECASE`` folds the case of every character it compares and gives up the
quick first-letter test between alternatives, so a long alternation of lower-case words run
over a whole article costs several times as much as the same search over the lower-cased text.
The two find the same spans when lower-casing keeps every character in place and when no
character of the text matches a letter only through ``re``'s extra case rules: the dotted and
dotless i (U+0130, U+0131) and the long s (U+017F) are the only such characters in Unicode
(checked against every code point), so a text holding one of them is searched the slow way.
"""

from __future__ import annotations

import functools
import re

#: Syntax the twin may not hold: escapes of upper case or of a code point (``\S``, ``\x41``),
#: octal escapes, and groups other than plain and look-around ones (inline flags, names).
_UNSAFE_SYNTAX = re.compile(r"\\(?:[A-Z]|[xuN0-7])|\(\?(?![:=!]|<[=!])")
_SPECIAL = ("\u0131", "\u017f")  # dotless i, long s (U+0130 changes length when lower-cased)


@functools.lru_cache(maxsize=32)
def _lower_case_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern without IGNORECASE, when all its letters are lower case; else None."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE:
        return None
    letters = re.sub(r"\\.", "", source)  # \s, \d, \w, \b stand for classes; \. for itself
    if _UNSAFE_SYNTAX.search(source) or letters != letters.lower():
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def spans_ignoring_case(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """``[m.span() for m in pattern.finditer(text)]`` for a pattern compiled with IGNORECASE."""
    twin = _lower_case_twin(pattern)
    lower = text.lower()
    if twin is None or len(lower) != len(text) or any(c in lower for c in _SPECIAL):
        return [m.span() for m in pattern.finditer(text)]
    return [m.span() for m in twin.finditer(lower)]
