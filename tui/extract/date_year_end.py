"""date.year_end: "year-end", "year end", "the end of the year", "year's end" without a year written.

Told in the past ("Debt at year-end was $4 billion", "the index has risen 12% since year-end") it is
the last year-end gone by, the year before publication: no year-end of the publication year has come
yet (a year told in the same sentence is the year meant: "Sales in 2008 slumped, and by year-end the
bank had failed"). Told otherwise ("expects to close by year-end") it is the publication year's.

TimeBank's annotators write the hyphenated noun "year-end" as the year's last day (1989-12-31,
1988-12-31 for "since year-end"; 2 of 2) and the other forms as the year ("by year end", "by the
end of the year": 1989); the rule follows them.
"""

from __future__ import annotations

import re

from .date_readings import DATE, Anchor, Reading, told_at

#: The words of the rule over the cleaned phrase (lower case, leading preposition gone).
YEAR_END = r"^(?:around\s+)?(?:the\s+)?(?:year[\s-]end|year's end|end of the year)$"


def year_end(m: re.Match[str], a: Anchor) -> Reading | None:
    if a.today is None:
        return None
    year = a.today.year
    if a.direction < 0:
        told = told_at(a.story_value, "year") if a.story_near else None
        year = int(told) if told is not None and int(told) < year else year - 1
    if "year-end" in m.group(0):
        return Reading(DATE, f"{year:04d}-12-31")
    return Reading(DATE, f"{year:04d}")
