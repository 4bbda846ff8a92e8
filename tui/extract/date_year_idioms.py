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


def drop_year_idioms(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.year_idiom: a span wholly inside "year-round", "from year to year", "in his day", "back in
    the day", "by year" or "Day 1" is no date."""
    text = doc_text(doc)
    if "ear" not in text and "day" not in text and "Day" not in text:
        return spans
    idioms = [m.span() for m in _YEAR_IDIOM.finditer(text)]
    if not idioms:
        return spans
    return [s for s in spans if not any(start <= s.start and s.end <= end for start, end in idioms)]
