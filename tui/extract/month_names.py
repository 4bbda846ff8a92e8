"""The month and weekday names, alone: what the reader's title guess needs before its first paint.

``date_words`` re-exports them with the rest of the date vocabulary; importing it compiles its
number-word patterns (a millisecond and more of the reader's start), which a title does not need.
"""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)
