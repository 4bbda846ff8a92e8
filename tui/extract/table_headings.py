"""A span repair for tables as pages are read: a column heading is no name.

A page's table reaches the engine as rows of cells ("| Constituency | Member of Parliament | Email address |")
with a rule row ("|---|---|---|") under its heading row. The model tags column names as names:
"Constituency" a place, "Email" a person. ``drop_table_headings`` drops a mention in a heading row unless the
article names it outside tables too (a poll's "| Biden | Trump |" heads columns with names it also writes).
A name that is only part of a heading cell written in title case ("Parliament" in "| Member of Parliament |")
is a word of the column's name, dropped even when the article names it elsewhere: only a cell that is the
name alone ("| Biden |", "| Biden (D) |") heads a column by a name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: A rule row under a table's heading row: "|---|:---:|".
_RULE_ROW = re.compile(r"\|(?:\s*:?-{3,}:?\s*\|)+")


def drop_table_headings(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Constituency" (GPE) and "Email" (PERSON) in "| Constituency | Member of Parliament | Email address |":
    a mention in a table's heading row is dropped unless the article writes it as a mention outside tables."""
    text = doc_text(doc)
    if not has_tables(text):
        return mentions
    headings = [m for m in mentions if _in_heading_row(text, m)]
    if not headings:
        return mentions
    outside = {text[m.start : m.end].casefold() for m in mentions if not _line_at(text, m.start).startswith("|")}
    gone = {m for m in headings if text[m.start : m.end].casefold() not in outside or not _whole_cell(text, m)}
    return [m for m in mentions if m not in gone]


def _line_at(text: str, position: int) -> str:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return text[start : end if end >= 0 else len(text)]


def _in_heading_row(text: str, mention: RawMention) -> bool:
    """The mention's line is a table row and the next line with text is the rule under a heading."""
    if not _line_at(text, mention.start).lstrip().startswith("|"):
        return False
    end = text.find("\n", mention.end)
    if end < 0:
        return False
    following = text[end:].lstrip("\n")
    line = following.split("\n", 1)[0].strip()
    return _RULE_ROW.fullmatch(line) is not None


#: What may stand beside a name in a heading cell that names a column by it: "Biden (D)", "Trump*", "Harris %".
_BESIDE_A_NAME = re.compile(r"[\s\W\d]*(?:\([^)]{0,12}\))?[\s\W\d]*")


def has_tables(text: str) -> bool:
    """The text holds a table's rule row (a cheap test before any other)."""
    return "|-" in text or "| -" in text


def in_heading_words(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a word of a heading cell's longer name ("Parliament" in "| Member of Parliament |"
    above a rule row): no name, wherever else the article writes it (``propagate_names`` asks before tagging
    a name again where it recurs)."""
    mention = RawMention(start, end, "")
    return _in_heading_row(text, mention) and not _whole_cell(text, mention)


def _whole_cell(text: str, mention: RawMention) -> bool:
    """The mention is its table cell's name, words of the cell beside it only a bracket or signs."""
    start = text.rfind("|", 0, mention.start) + 1
    end = text.find("|", mention.end)
    if end < 0:
        end = len(text)
    before, after = text[start : mention.start], text[mention.end : end]
    return not before.strip() and _BESIDE_A_NAME.fullmatch(after) is not None
