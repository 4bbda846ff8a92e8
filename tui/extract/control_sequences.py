"""A span repair for what a terminal's control sequences leave in a text: no names.

``drop_control_sequence_names`` (a rule of ``repairs.RULES``). Hostile or careless files carry escape
sequences ("\\x1b[2J", a raw C1 "\\x9b2J") and text that speaks of them ("C1 CSI", "the ESC byte"). The model
reads "C1 CSI" as a PRODUCT (a code and a capitalised acronym, like "F-16 Falcon") and the parameters of a
sequence whose introducer was a control byte or a replacement character ("\\ufffd2J") as a number. Neither
names anything:

- a mention made only of the names ECMA-48 gives control functions and code sets ("C0", "C1", "ESC", "CSI",
  "OSC", "DCS", "SGR" ...) is dropped when it holds a code set's name or a control character follows it
  within a few characters ("CSI \\x9b2J"): "CSI" or "PM" alone in ordinary news (the TV series, a prime
  minister) stays;
- a number written right after a control character, an escape's "[" or "]", or a replacement character
  ("\\ufffd2J", "\\x1b]0;PWNED") is the sequence's parameters (a name after a replacement character, a
  quotation mark lost to a bad decoding as in "\\ufffdObama said", stays).

The bytes themselves are shown as symbols by the views (``tui/render``), never sent to the terminal.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .context import RawMention
from .doc_text import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

#: ECMA-48's names of control functions and code sets, in lower case.
_CONTROL_NAMES = frozenset(
    "c0 c1 esc csi osc dcs sos pm apc st sgr bel nul del ris ind nel ri ss2 ss3 pu1 pu2 sts cch mw spa epa"
    " decset decrst".split()
)
#: Names that only a text about control sequences writes.
_CODE_SETS = frozenset({"c0", "c1", "esc", "sgr", "decset", "decrst"})
#: A C0 or C1 control character, or DEL.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
#: How far after the mention the control character it names may stand ("CSI \x9b2J").
_NEAR = 4
#: What may stand just before a sequence's parameters: a control, an escape's bracket after one, U+FFFD.
_INTRODUCER = re.compile(r"(?:[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffd]|\x1b[\[\]])$")


def drop_control_sequence_names(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"C1 CSI" (PRODUCT) in "C1 CSI \\x9b2J", "2J" (CARDINAL) in "\\ufffd2J": the names of control functions and
    the parameters of an escape sequence are dropped."""
    text = doc_text(doc)
    if not _CONTROL.search(text) and "\ufffd" not in text and not _names_a_code_set(text):
        return mentions
    return [m for m in mentions if not _control_name(text, m) and not _parameters(text, m)]


def _parameters(text: str, mention: RawMention) -> bool:
    return text[mention.start : mention.start + 1].isdigit() and \
        _INTRODUCER.search(text, max(0, mention.start - 2), mention.start) is not None


def _names_a_code_set(text: str) -> bool:
    return re.search(r"\b(?:C0|C1|ESC|SGR)\b", text) is not None


def _control_name(text: str, mention: RawMention) -> bool:
    words = [w.strip(".,:;()").lower() for w in text[mention.start : mention.end].split()]
    if not words or not all(w in _CONTROL_NAMES for w in words):
        return False
    return bool(_CODE_SETS.intersection(words)) or _CONTROL.search(text, mention.end, mention.end + _NEAR) is not None
