"""A span repair for a first name the model left out of a person's name after a role noun.

``first_names_after_roles`` (a rule of ``repairs.RULES``). In "Council spokesperson Barend Leyts" the model
tags only "Leyts": the unfamiliar first name sits between a role noun and the surname, and reads to it as
part of the title. The role fact then says "Leyts: Council spokesperson Barend". A capitalised word that is
no role word, written between a role noun in small letters ("spokesperson", "minister", "director") and a
one-word PERSON, is the person's first name: the mention takes it in. A title in capitals ("President
Trump", "Minister Anna Smith" after "Prime") is never taken: only a word the role dictionary does not know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .context import RawMention
from .role_words import is_role_head, is_role_word
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc


def first_names_after_roles(doc: "Doc", mentions: list[RawMention]) -> list[RawMention]:
    """"Leyts" (PERSON) in "Council spokesperson Barend Leyts" -> "Barend Leyts"."""
    ends = {m.end for m in mentions}
    out = []
    for m in mentions:
        span = span_at(doc, m.start, m.end) if m.label == "PERSON" else None
        if span is None or len(span) != 1 or span.start < 2:
            out.append(m)
            continue
        first, role = doc[span.start - 1], doc[span.start - 2]
        if (first.pos_ == "PROPN" and first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()
                and not is_role_word(first.text) and first.idx + len(first.text) not in ends
                and not first.is_sent_start and not first.whitespace_.count("\n")
                and role.text.islower() and is_role_head(role.text)):
            out.append(RawMention(first.idx, m.end, m.label))
        else:
            out.append(m)
    return out
