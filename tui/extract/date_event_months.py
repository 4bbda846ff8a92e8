"""anchor.event_month_ahead: "Monday's bid for October elections failed" (in September) is this October's.

A month naming a scheduled event ("October elections", "the November vote", "a December summit")
takes the tense of its clause, and a clause in the past (the bid failed, the plan was announced)
puts it a year back. When the event is what the clause aims at ("a bid for October elections",
"ahead of the November vote", "preparations for the December summit") and the month comes within
the next three months, it is that coming month. An event told as an outcome ("voters rejected the
plan in the June referendum"), or a month further ahead, keeps the tense's reading. A contract month
("light crude for November delivery rose 50 cents") is never gone: it is the next month of its name.
"""

from __future__ import annotations

import re
from datetime import date

from .date_words import MONTH_RE, MONTHS

_MONTH_ONLY = re.compile(rf"^({MONTH_RE})\.?$", re.IGNORECASE)
_MONTH_VALUE = re.compile(r"^(\d{4})-(\d{2})$")
_EVENT_AFTER = re.compile(
    r"\s+(?:(?:general|presidential|parliamentary|snap|local|national|legislative|regional|municipal|early)\s+)?"
    r"(?:elections?|votes?|referendum|summit|deadline|polls?|ballot|primar(?:y|ies)|runoff|run-off)\b",
    re.IGNORECASE,
)


#: A contract's month ("crude for November delivery", "gold for December settlement"): always the next one of its
#: name, or the publication month itself (markets trade months ahead, never gone ones).
_DELIVERY_AFTER = re.compile(r"\s+(?:delivery|settlement|contracts?|futures|options|transactions|expiry|expiration)\b", re.IGNORECASE)
#: The event is a target of what the clause tells ("a bid for", "ahead of", "preparations for"), not its outcome
#: ("voters rejected the plan in the June referendum" is a referendum gone by).
_TARGET_BEFORE = re.compile(
    r"\b(?:for|ahead\s+of|before|towards?|until|run-up\s+to)\s+(?:the\s+|an?\s+|its\s+|their\s+|next\s+)?(?:early\s+|snap\s+)?$",
    re.IGNORECASE,
)


def event_months_ahead(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """New values (by index into ``values``: (start, end, value) in text order) for event months to move ahead."""
    moved: dict[int, str] = {}
    if published is None:
        return moved
    for i, (start, end, value) in enumerate(values):
        if not value or not (name := _MONTH_ONLY.match(text[start:end])) or not (m := _MONTH_VALUE.match(value)):
            continue
        delivery = _DELIVERY_AFTER.match(text, end) is not None
        if not (delivery or _EVENT_AFTER.match(text, end)) or not _TARGET_BEFORE.search(text, max(0, start - 40), start):
            continue
        month = MONTHS[name.group(1).lower().rstrip(".")]
        told = int(m.group(1)) * 12 + int(m.group(2)) - 1
        now = published.year * 12 + published.month - 1
        if told >= now:
            continue
        ahead = now + (month - 1 - now % 12) % 12
        if 0 < ahead - now <= 3 or delivery:
            moved[i] = f"{ahead // 12:04d}-{ahead % 12 + 1:02d}"
    return moved
