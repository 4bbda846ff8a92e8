"""anchor.day_range_year: "from July 13 to 17 of last year" is two days of last year's July.

The model marks "July 13" and "17 of last year"; read alone, the second end is only a year
(2012) and the first takes its year from the tense ("will run from July 13" ahead, "ran" back).
The relative year at the end names the year of both ends, and the bare day number the second
end's day in the first end's month. Only range and list words join them ("to", "through",
"until", "and", a dash), so "on July 13, 17 of last year's cases" is left alone.
"""

from __future__ import annotations

import re
from datetime import date

from .date_readings import RELATIVE_OFFSETS

_DAY_OF_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?,?\s+(?:of\s+)?(last|this|next)\s+year$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-(\d{2})-(\d{2})$")
_JOINING = re.compile(r"^\s*(?:to|through|thru|until|till|and|-|–)\s*$", re.IGNORECASE)


def days_of_a_relative_year(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """New values (by index into ``values``: (start, end, value) in text order) for both ends of such ranges."""
    moved: dict[int, str] = {}
    if published is None:
        return moved
    for i in range(1, len(values)):
        start, end, value = values[i]
        _, first_end, first = values[i - 1]
        if not value or not first or not (m := _DAY_OF_YEAR.match(text[start:end])):
            continue
        if not (day := _DAY_VALUE.match(first)) or not _JOINING.match(text[first_end:start]):
            continue
        year = published.year + RELATIVE_OFFSETS[m.group(2).lower()]
        month, last = int(day.group(1)), int(m.group(1))
        try:
            date(year, month, last)
        except ValueError:
            continue
        moved[i - 1] = f"{year:04d}-{month:02d}-{day.group(2)}"
        moved[i] = f"{year:04d}-{month:02d}-{last:02d}"
    return {i: v for i, v in moved.items() if values[i][2] != v}
