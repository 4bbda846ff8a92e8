"""span.season_of_year: "in the autumn of 2022": the model marks only "2022"; the season is part of
the expression (2022-FA, as "the summer of 2021" it marks whole)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_YEAR = re.compile(r"(?:1[6-9]|20)\d\d")
_SEASON_OF = re.compile(r"\b(?:the\s+)?(?:(?:early|late|mid-?)\s*)?(?:spring|summer|autumn|fall|winter)\s+of\s+$", re.IGNORECASE)


def widen_year_to_its_season(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """A year span right after "the autumn of" takes the season in."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _YEAR.fullmatch(text, span.start, span.end) and (m := _SEASON_OF.search(text, max(0, span.start - 30), span.start)):
            span = replace(span, start=m.start())
        out.append(span)
    return out
