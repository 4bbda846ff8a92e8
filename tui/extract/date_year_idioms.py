"""Words of a year or a day that name none: "year-round", "from year to year", "in his day",
"back in the day", "trends by year", "on Day 1", "Person of the Year"
(``date_spans.SPAN_RULES`` runs ``drop_year_idioms``).

The model marks "year" in "open year-round" and "vary from year to year", and "day" in "a star in
his day", as dates, which read as the day or year of publication and put it on the timeline; none
of these phrases places anything in time.
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
    r"|\b(?:in|of)\s+(?:his|her|their|its|my|our|your)\s+day\b(?!\s+(?:off|job|of)\b)"
    r"|\b[Bb]ack\s+in\s+the\s+day\b"  # "back in the day": long ago, no day
    r"|(?<=\w\s)by\s+(?:year|month|week|day)\b(?!\s*(?:'s|end|-end)\b)"  # "trends by year", not "by year end"
    r"|\bDay\s+\d+\b"  # "on Day 1 and Day 2" of an experiment or a trial: a count of days, no date
    r"|\b(?:of|for)\s+the\s+(?:Year|Day|Week|Month)\b"  # a title: "Person of the Year", "Goal of the Month"
)


#: A span that could be the word of an idiom: "year", "the day", "Day 1", "year-round" (not "Monday", "today").
_CANDIDATE = re.compile(r"(?:the\s+|from\s+)?(?:day|year|week|month)\b", re.IGNORECASE)


def drop_year_idioms(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.year_idiom: a span wholly inside "year-round", "from year to year", "in his day", "back in
    the day", "by year", "Day 1" or "Person of the Year" is no date.

    Only the words around each short span of a day or a year are read: the spans are few, the text long."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        words = text[span.start:span.end]
        if len(words) < 20 and _CANDIDATE.match(words) and any(
            m.start() <= span.start and span.end <= m.end()
            for m in _YEAR_IDIOM.finditer(text, max(0, span.start - 24), span.end + 24)
        ):
            continue
        kept.append(span)
    return kept
