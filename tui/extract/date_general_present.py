"""date.today_in_general: "Today," opening a sentence told in the simple present is the present age.

"Today, about 100,000 Greeks worship the ancient gods", "And today, the right to work is equal to
the right to survival": a sentence that opens on "Today," and goes on in the simple present states
how things are nowadays, against a past the story has told; TimeML writes PRESENT_REF (TimeBank's
VOA19980305.1800.2603). The same opening told in the past ("Today, hundreds of people began to
arrive"), the progressive ("Today, helicopters are flying over ..."), the perfect, the passive, the
future or a verb of saying ("Today, the president says ...") tells the news of the day, and stays
the publication day.

``dates.extract_dates`` calls it after the values are read, with the parse.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: What may stand between the sentence's start and "Today,": nothing, or a linking word.
_OPENING = re.compile(r"^[\s\"“‘'(]*(?:(?:and|but|yet|even|still|so)\s+)?$", re.IGNORECASE)
_COMMA_AFTER = re.compile(r"^\s*,")
#: Verbs whose present tells what someone did today ("Today, the president says ...").
_SAYING = frozenset({
    "say", "tell", "announce", "report", "confirm", "deny", "claim", "state", "add", "warn", "urge",
    "call", "ask", "insist", "argue", "declare", "write", "meet", "visit", "arrive", "leave", "open",
    "close", "begin", "start", "end", "launch", "release", "unveil", "mark", "celebrate",
})


def _simple_present(verb: "Token") -> bool:
    """A verb in the simple present with no auxiliary ("worship", "is equal", "employs")."""
    if verb.lemma_ in _SAYING:
        return False
    if verb.lemma_ == "be" and not any(c.dep_ in {"attr", "acomp"} for c in verb.children):
        return False  # "Today, the president is in Ohio": where someone is today
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if verb.tag_ == "VB":
        return bool(auxes) and auxes <= {"do", "does"}  # "does not employ"
    return verb.tag_ in {"VBZ", "VBP"} and not auxes


def today_in_general(doc: "Doc", values: list[tuple[int, int, str | None]]) -> dict[int, str]:
    """The indexes (into ``values``: (start, end, value) in text order) of each "Today," to read as PRESENT_REF."""
    from .doc_text import doc_text

    text = doc_text(doc)
    moved: dict[int, str] = {}
    for i, (start, end, value) in enumerate(values):
        if not value or value.endswith("_REF") or text[start:end].lower() != "today" or not _COMMA_AFTER.match(text[end:]):
            continue
        words = span_at(doc, start, end, alignment_mode="expand")
        if words is None:
            continue
        sentence = words.sent
        if not _OPENING.match(text[sentence.start_char:start]):
            continue
        if _simple_present(sentence.root):
            moved[i] = "PRESENT_REF"
    return moved
