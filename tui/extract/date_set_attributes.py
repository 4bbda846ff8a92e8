"""A set's TimeML ``quant`` and ``freq`` read from its words.

TimeML writes the period of a set as its value and how often or how many of it apart:
"every Sunday" is XXXX-WXX-7 with quant EVERY, "each month" P1M with quant EACH, "twice a week"
P1W with freq 2X, "three times a day" P1D with freq 3X. ``set_attributes`` reads them from the
words of a SET expression; words that tell neither ("daily", "On Sundays") give (None, None).
"""

from __future__ import annotations

import re

from .date_words import clean

_QUANT = re.compile(r"^(every|each)\b")
#: "twice every month": the quantifier of a frequency comes after its count.
_QUANT_AFTER_COUNT = re.compile(r"\b(every|each)\s+\S+$")
_TIMES = re.compile(r"^(?:(once)|(twice)|(thrice)|(\d+)\s+times)\s+(?:a|an|per|each|every)\b")
_SPELLED = {"once": 1, "twice": 2, "thrice": 3}


def set_attributes(words: str) -> tuple[str | None, str | None]:
    """(quant, freq) of a set told in ``words``: ("EVERY", None) for "every week", (None, "2X")
    for "twice a week", ("EVERY", "2X") for "twice every month"."""
    phrase = clean(words)
    quant = m.group(1).upper() if (m := _QUANT.match(phrase)) else None
    freq = None
    if m := _TIMES.match(phrase):
        once, twice, thrice, digits = m.groups()
        freq = f"{1 if once else 2 if twice else 3 if thrice else int(digits)}X"
        if after := _QUANT_AFTER_COUNT.search(phrase):
            quant = after.group(1).upper()
    return quant, freq
