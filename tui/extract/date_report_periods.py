"""The period a company report is about, which the model leaves out: "the latest period".

TimeBank's annotators tag "the latest period" and "the latest quarter" every time (16 of 16);
the model marks some of them. ``date_values`` reads the phrase as the quarter the story is
about (rule ``date.the_quarter``); this rule only finds the words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .folded_search import folded

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_LATEST_PERIOD = re.compile(r"(?<![\w-])the\s+(?:latest|most\s+recent)\s+(?:period|quarter)(?![\w-])", re.IGNORECASE)


def add_latest_periods(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.latest_period: "Sales in the latest period rose 13%" names the reported quarter;
    a mention of "period" alone inside it grows to the whole phrase."""
    from .date_spans import TimeSpan  # at call time: date_spans imports this module

    text = doc_text(doc)
    out = list(spans)
    if (lower := folded(text)) is not None and not (("latest" in lower or "recent" in lower) and ("period" in lower or "quarter" in lower)):
        return sorted(out, key=lambda s: s.start)  # every match holds both words: most articles are not scanned
    for m in _LATEST_PERIOD.finditer(text):
        inside = [i for i, s in enumerate(out) if s.start < m.end() and m.start() < s.end]
        if not inside:
            out.append(TimeSpan(m.start(), m.end()))
        elif len(inside) == 1 and m.start() <= out[inside[0]].start and out[inside[0]].end <= m.end():
            out[inside[0]] = replace(out[inside[0]], start=m.start(), end=m.end(), reads_as=None)
    return sorted(out, key=lambda s: s.start)
