"""anchor.month_range: the second month of a range runs forward from the first.

"slated for between late November and early December", "from December to February": each month
alone is read against publication (and the tense), which can put the second end a year before
the first ("late November" 2005, "early December" 2004 in a paper of 10 November 2005 told in the
past). A range runs forward, so its second month is the first one of its name after the first
end's month. Only range words move a month ("between ... and", "to", "through", "until", a dash):
a list ("in March and February") says nothing of the order.
"""

from __future__ import annotations

import re

from .date_words import MONTH_RE, MONTHS

_MONTH_ONLY = re.compile(rf"^(?:(?:early|late|mid-?)\s*)?({MONTH_RE})\.?$", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_RANGE_WORD = re.compile(r"^\s*(?:to|through|thru|until|till|-|–)\s*$", re.IGNORECASE)
_AND = re.compile(r"^\s*and\s*$", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)


def second_month_after_the_first(text: str, values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """New values (by index into ``values``: (start, end, value) in text order) for second months to move."""
    moved: dict[int, str] = {}
    for i in range(1, len(values)):
        start, end, value = values[i]
        first_start, first_end, first = values[i - 1]
        first = moved.get(i - 1, first)
        if not value or not first or not (name := _MONTH_ONLY.match(text[start:end])):
            continue
        if not _MONTH_ONLY.match(text[first_start:first_end]):
            continue
        between = text[first_end:start]
        if not (_RANGE_WORD.match(between) or _AND.match(between) and _BETWEEN.search(text, max(0, first_start - 10), first_start)):
            continue
        if not (m := _MONTH_VALUE.match(first)) or not _MONTH_VALUE.match(value):
            continue
        year, month = int(m.group(1)), int(m.group(2))
        target = MONTHS[name.group(1).lower().rstrip(".")]
        new = f"{year + (1 if target < month else 0):04d}-{target:02d}"
        if new != value:
            moved[i] = new
    return moved
