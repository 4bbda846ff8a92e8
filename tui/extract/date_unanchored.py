"""Values with unknown parts, for articles with no publication date: "Friday" is XXXX-WXX-5.

TimeML writes what the words tell and X for the rest rather than guessing: "Dec. 4" is
XXXX-12-04, "December" XXXX-12, "Friday night" XXXX-WXX-5TNI, "3 p.m." XXXX-XX-XXT15:00,
"Christmas" XXXX-12-25. Only what a phrase says on its own is read here; relative phrases
("last week", "two days ago") need a day to count from and stay unresolved.
"""

from __future__ import annotations

import re

from .date_holidays import FIXED
from .date_words import MONTH_RE, MONTHS, PARTS_OF_DAY, WEEKDAYS, clean

_WEEKDAY = re.compile(rf"^(?:on\s+|early\s+|late\s+)?({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$")
_MONTH_DAY = re.compile(rf"^(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?$")
_DAY_MONTH = re.compile(rf"^(?:the\s+)?(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})$")
_MONTH = re.compile(rf"^(?:early\s+|late\s+|mid-?\s*)?({MONTH_RE})$")
_CLOCK = re.compile(r"^(?:about\s+|around\s+)?(\d{1,2})(?::(\d{2}))?\s*([ap])\.?m\.?$|^(?:about\s+|around\s+)?(\d{1,2}):(\d{2})$")
_FIXED_HOLIDAY = re.compile(r"^(" + "|".join(re.escape(n) for n in sorted(FIXED, key=len, reverse=True)) + r")$")


def unanchored_value(text: str) -> tuple[str, str] | None:
    """(type, value with X for the unknown parts) of a phrase read without any anchor day, or None."""
    phrase = clean(text)
    if m := _WEEKDAY.match(phrase):
        part = PARTS_OF_DAY.get(m.group(2) or "")
        value = f"XXXX-WXX-{WEEKDAYS.index(m.group(1)) + 1}"
        return ("TIME", f"{value}T{part}") if part else ("DATE", value)
    if m := _MONTH_DAY.match(phrase):
        return _month_day(MONTHS[m.group(1).rstrip(".")], int(m.group(2)))
    if m := _DAY_MONTH.match(phrase):
        return _month_day(MONTHS[m.group(2).rstrip(".")], int(m.group(1)))
    if (m := _MONTH.match(phrase)) and m.group(1) != "may":
        return "DATE", f"XXXX-{MONTHS[m.group(1).rstrip('.')]:02d}"
    if m := _CLOCK.match(phrase):
        if m.group(4):
            hour, minute = int(m.group(4)), int(m.group(5))
        else:
            hour, minute = int(m.group(1)), int(m.group(2) or 0)
            hour = hour % 12 + (12 if m.group(3) == "p" else 0)
        if hour <= 24 and minute < 60:
            return "TIME", f"XXXX-XX-XXT{hour:02d}:{minute:02d}"
    if m := _FIXED_HOLIDAY.match(phrase):
        month, day = FIXED[m.group(1)]
        return "DATE", f"XXXX-{month:02d}-{day:02d}"
    return None


def _month_day(month: int, day: int) -> tuple[str, str] | None:
    return ("DATE", f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
