"""span.season_of_year: "in the autumn of 2022": the model marks only "2022"; the season is part of
the expression (2022-FA, as "the summer of 2021" it marks whole)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .date_extents import widen_leading

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_SEASON_OF = re.compile(r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+of\s+$", re.IGNORECASE)


def widen_year_to_its_season(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """A year span right after "the autumn of" takes the season in."""
    return widen_leading(doc, spans, first=_YEAR.fullmatch, before=_SEASON_OF, reach=30)
