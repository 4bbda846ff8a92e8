"""A participle set off by dashes, which the parser reads as the sentence's main verb.

"Rep. Mark Meadows' shock retirement — revealed just 30 hours before the filing deadline — has roiled
some Republicans": the small model makes "revealed" the root with "retirement" its subject, and the real
verb ("has roiled") a clause under it, so the quote rules gave the retirement as a speaker and the event
rules as the one who revealed something. A past-tense or participle verb right after an opening dash,
with its subject before the dash and a closing dash after it in the same sentence, is an aside about its
"subject": what was revealed, never who revealed it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

_DASHES = frozenset({"—", "–", "--"})


def dash_aside(verb: "Token") -> bool:
    """True for "revealed" in "X — revealed just 30 hours before the deadline — has roiled ..."."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or doc[verb.i - 1].text not in _DASHES:
        return False
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i - 1 for c in verb.children):
        return False
    sent = verb.sent
    return any(doc[i].text in _DASHES for i in range(verb.i + 1, sent.end))
