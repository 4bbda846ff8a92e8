"""span.bare_quarter: "Revenue in Q1 fell", "its Q4 results" name a quarter the model does not mark.

Business news writes quarters as "Q1" ... "Q4" (with a year after them or not: "Q3 2019" the model
marks). The value rule ``date.quarter_q`` reads them like "the first quarter" (the year from the
tense). A "Q" after a capitalised word is a model's name ("the Audi Q3"), one before a colon a
question's number ("Q1: How ..."), and neither is taken.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_BARE_QUARTER = re.compile(r"(?<![\w-])Q[1-4](?:\s+(?:of\s+)?(?:19|20)\d\d)?(?![\w-]|\s*:)")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.-]*\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?\"“”(]\s*)$")


def add_bare_quarters(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    from .date_spans import TimeSpan  # at call time: date_spans imports this module

    text = doc_text(doc)
    if "Q" not in text:  # a cheap prefilter
        return spans
    out = list(spans)
    for m in _BARE_QUARTER.finditer(text):
        if (name := _NAME_BEFORE.search(text, max(0, m.start() - 30), m.start())) and not _SENTENCE_START.search(text[:name.start()]):
            continue  # "the Audi Q3" (a sentence's first word before it is no name: "Its Q4 results")
        if any(s.start < m.end() and m.start() < s.end for s in out):
            continue
        out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)
