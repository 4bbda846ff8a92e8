"""The gold data every evaluation reads: annotated spans, documents, and the one error a gold file raises."""

from __future__ import annotations

from dataclasses import dataclass


class GoldError(ValueError):
    """A gold file that cannot be read (reported in one line)."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    label: str
    #: The gold identity (GUM's Wikipedia name) when the format gives one; "" otherwise.
    identity: str = ""


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its text and the spans annotated in it."""

    name: str
    text: str
    mentions: tuple[GoldSpan, ...]
    #: Reported-speech spans (brat ``Quote`` annotations), when the file has any.
    quotes: tuple[GoldSpan, ...] = ()
