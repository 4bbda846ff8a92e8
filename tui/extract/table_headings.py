"""A span repair for tables as pages are read: a column heading is no name.

A page's table reaches the engine as rows of cells ("| Constituency | Member of Parliament | Email address |")
with a rule row ("|---|---|---|") under its heading row. The model tags column names as names:
"Constituency" a place, "Email" a person. ``drop_table_headings`` drops a mention in a heading row unless the
article names it outside tables too (a poll's "| Biden | Trump |" heads columns with names it also writes).
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
    if "|-" not in text and "| -" not in text:
        return mentions
    headings = [m for m in mentions if _in_heading_row(text, m)]
    if not headings:
        return mentions
    outside = {text[m.start : m.end].casefold() for m in mentions if not _line_at(text, m.start).startswith("|")}
    gone = {m for m in headings if text[m.start : m.end].casefold() not in outside}
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
