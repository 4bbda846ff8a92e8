"""Sets (TimeML SET): times that recur, beyond the rules ``date_values`` keeps for them.

``SET_RULES`` are value rules in the form of ``date_durations.DURATION_RULES``: (name, pattern over
the cleaned phrase, value of the match); ``date_values`` runs them with its other ``set.*`` rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .date_words import PARTS_OF_DAY


def _every_part_of_day(m: re.Match[str]) -> str:
    """set.every_part_of_day: "every morning" is the morning of any day (XXXX-XX-XXTMO), as
    "Tuesday nights" is XXXX-WXX-2TNI."""
    return f"XXXX-XX-XXT{PARTS_OF_DAY[m.group(1)]}"


SET_RULES: tuple[tuple[str, str, Callable[[re.Match[str]], str | None]], ...] = (
    ("set.every_part_of_day", r"^(?:every|each)\s+(morning|afternoon|evening|night)$", _every_part_of_day),
)
