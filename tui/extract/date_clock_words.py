"""Clock times written in words, and the sets of weekends, as TimeML marks them.

Span rules (``date_spans.SPAN_RULES`` runs them):

- ``read_oclock``: "at 1 o'clock", "at twelve o'clock" are times of day (TimeML's own example of
  a TIME is "twelve o'clock January 3, 1984" = T12:00); with no day written they take the day the
  story is at, as "10 p.m." does. The model marks them seldom and no value rule reads "o'clock":
  the expression reads as the clock "1:00" (with its "a.m."/"p.m." when one follows).
- ``add_plural_weekends``: "avoid the weekends", "works weekends": any weekend, a set
  (XXXX-WXX-WE, as "on weekends"); the model marks the plural seldom.
- ``drop_habitual_nights``: "sick at night", "take a car at night and attack", "we used to go in
  the morning": "at night" or "in the morning" of a verb in the present or the imperative says
  what happens on any night, no one night; TimeBank never tags it and our hand sets leave it
  untagged. "The attack happened at night" (past) stays the story's night.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from .date_spans import TimeSpan

_HOURS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
_OCLOCK = re.compile(
    rf"(?<![\w.:-])(\d{{1,2}}|{'|'.join(_HOURS)})\s+o['’]\s?clock\b(?:(\s*[ap]\.?m\b\.?))?",
    re.IGNORECASE,
)


def read_oclock(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.oclock: "at 1 o'clock" is the time 01:00 of the story's day (the span is the clock
    words; spans the model made of part of them give way)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "clock" not in text:
        return spans
    found = []
    for m in _OCLOCK.finditer(text):
        word = m.group(1).lower()
        hour = int(word) if word.isdigit() else _HOURS.index(word) + 1
        if not 0 <= hour <= 24:
            continue
        meridiem = (m.group(2) or "").strip()
        found.append(TimeSpan(m.start(), m.end(), reads_as=f"{hour}:00" + (f" {meridiem}" if meridiem else "")))
    if not found:
        return spans
    kept = [s for s in spans if not any(f.start < s.end and s.start < f.end for f in found)]
    return sorted([*kept, *found], key=lambda s: s.start)


#: "at night", "in the morning", "in the evenings": a part of the day with no day named.
_AT_NIGHT = re.compile(r"\b(?:at|in)\s+$", re.IGNORECASE)
_BARE_NIGHT = re.compile(r"nights?|the\s+(?:morning|afternoon|evening)s?", re.IGNORECASE)
#: Verb tags of a habit or a command: base form, present (and a modal before a base form).
_HABITUAL_TAGS = frozenset({"VB", "VBP", "VBZ"})


def drop_habitual_nights(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """time.habitual_night: "at night", "in the morning" governed by a present or imperative verb
    (or "would", "used to go") is no one night or morning."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _BARE_NIGHT.fullmatch(text, span.start, span.end) and _AT_NIGHT.search(text, max(0, span.start - 4), span.start) \
                and (words := span_at(doc, span.start, span.end, alignment_mode="expand")) and _habitual(words[-1]):
            continue
        kept.append(span)
    return kept


def _is_verb(word: "Token") -> bool:
    """A verb, or a word the model mistook for a name that a modal governs ("she would Google")."""
    return word.pos_ in {"VERB", "AUX"} or any(c.dep_ == "aux" and c.tag_ == "MD" for c in word.children)


def _habitual(word: "Token") -> bool:
    """The verb above ``word`` is in the present or the imperative, or says a habit ("would", "used to")."""
    head = word.head
    for _ in range(4):
        if _is_verb(head) or head.head is head:
            break
        head = head.head
    if not _is_verb(head):
        return False
    for _ in range(2):  # "told me to be ready in the morning": the infinitive's time is its governor's
        if not (head.tag_ == "VB" and any(c.tag_ == "TO" for c in head.children) and _is_verb(head.head) and head.head is not head):
            break
        if head.head.lower_ == "used":
            return True  # "we used to go in the morning": a habit of the past
        head = head.head
    if any(c.dep_ == "aux" and c.tag_ in {"VBD", "VBZ", "VBP"} and c.lemma_ in {"have", "be"} for c in head.children):
        return False  # "has happened at night", "was attacked at night": one night told
    coordinated = [c for c in head.children if c.dep_ == "conj"] + ([head.head] if head.dep_ == "conj" else [])
    if any(v.tag_ == "VBD" for v in coordinated):
        return False  # "overshot the runway in the evening and slid off": a past the tagger read as present
    modals = [c.lower_ for c in head.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals:
        return not any(m in {"will", "shall", "'ll", "’ll"} for m in modals)  # "will arrive at night": one night ahead
    return head.tag_ in _HABITUAL_TAGS


_WEEKENDS = re.compile(r"(?<![\w-])(?:the\s+)?weekends\b", re.IGNORECASE)


def add_plural_weekends(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.plural_weekends: "(the) weekends" the model left out is the set of weekends."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "eekends" not in text:
        return spans
    found = [TimeSpan(m.start(), m.end()) for m in _WEEKENDS.finditer(text)
             if not any(s.start < m.end() and m.start() < s.end for s in spans)]
    return sorted([*spans, *found], key=lambda s: s.start) if found else spans
