"""Fiscal years written short: "FY24", "FY2023", "FY 2012-13", "fiscal '13".

TimeML gives a fiscal year the value of the calendar year it is named by ("fiscal 1989" is 1989
in TimeBank), so the rules only have to find the words and read the year:

- ``add_fiscal_years`` (span): "FY24", "FY2023", "FY 2025" the model leaves out or marks without
  its "FY"; a range "FY 2012-13" is left whole for ``split_ranges`` (two ends, as "fiscal 2012-13").
- ``fiscal_year_value`` (value, date.fiscal_short): "FY24" is 2024, "fiscal '98" is 1998: the
  century that puts the year at most ten years after publication.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

#: "FY24", "FY 2024", "FY2012-13" (capital FY only: "fy" in running text is no fiscal year).
_FY = re.compile(r"(?<![\w-])FY\s?'?((?:19|20)\d\d|\d\d)(?:\s*[-–/]\s*((?:19|20)?\d\d))?(?![\w%]|[.,]\d)")
#: The cleaned phrase (lower case) the value rule reads.
FISCAL_SHORT = r"^(?:fy|fiscal(?:\s+year)?)\s?'?(\d{2})$"


def add_fiscal_years(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"Revenue for FY24 rose": the fiscal year the model left out (or marked without its "FY")."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "FY" not in text:
        return spans
    out = list(spans)
    for m in _FY.finditer(text):
        start, end = m.start(), m.end()
        inside = [s for s in out if s.start < end and start < s.end]
        if any(s.start < start or s.end > end for s in inside):
            continue  # a longer expression holds it ("the FY24 first quarter"): left as it is
        out = [s for s in out if s not in inside]
        out.append(TimeSpan(start, end, mention_start=inside[0].mention_start if inside else None))
    return sorted(out, key=lambda s: s.start)


def fiscal_year_value(two_digits: str, today: date | None) -> str:
    """The four-digit year of a two-digit fiscal year: at most ten years after publication."""
    ceiling = (today.year if today else 2039) + 10
    return f"{ceiling - (ceiling - int(two_digits)) % 100:04d}"
