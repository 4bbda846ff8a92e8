"""Words of a year that name no year: "year-round", "from year to year" (``date_spans.SPAN_RULES`` runs
``drop_year_idioms``).

The model marks "year" in "open year-round" and "vary from year to year" as a date, which reads as
the year of publication and puts it on the timeline; neither phrase places anything in a year.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: "year-round", "year round", "(from) year to year", "year-to-year", "year on year", "year-over-year".
_YEAR_IDIOM = re.compile(
    r"\b(?:from\s+)?[Yy]ear(?:[\s-]+round|[\s-]+(?:to|on|over)[\s-]+year)\b"
)


def drop_year_idioms(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.year_idiom: a span wholly inside "year-round" or "from year to year" is no date."""
    text = doc_text(doc)
    if "ear" not in text:
        return spans
    idioms = [m.span() for m in _YEAR_IDIOM.finditer(text)]
    if not idioms:
        return spans
    return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in idioms)]
