"""An entity's roles across the library, one line per role: its words, when first and last reported, how often.

A person followed for months is "President" in forty articles. The dossier lists
each role once, with the dates it was first and last reported and the number of
articles, so a change of role ("Vice President", then "President-elect") stands
out; the line still opens the words of its first report. Roles written alike
("U.S. President", "US president") are one role; different words are not merged.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .catalog import LinkedFact


@dataclass(frozen=True, slots=True)
class RoleSpan:
    """One role as the library reports it, first to last."""

    #: The role's words as most of its reports write them (the latest of equals): "United States President".
    role: str
    first: LinkedFact
    last: LinkedFact
    #: The reports (role facts) and the articles they are in.
    reports: int
    articles: int

    @property
    def since(self) -> str:
        return self.first.date or self.first.published or ""

    @property
    def until(self) -> str:
        return self.last.date or self.last.published or ""


def role_words(summary: str) -> str:
    """The role part of a role fact's summary ("Trump: US President" -> "US President")."""
    _person, sep, role = summary.partition(": ")
    return role.strip() if sep else summary.strip()


def role_key(role: str) -> str:
    """Spellings of one role fold together: case, dots of abbreviations, hyphens, a leading "the", spaces."""
    folded = role.casefold().replace(".", "").replace("-", " ")
    folded = re.sub(r"^the\s+", "", folded)
    return " ".join(folded.split())


def role_spans(roles: Sequence[LinkedFact]) -> tuple[RoleSpan, ...]:
    """Group role facts (in the dossier's order: by date, undated last) into roles, by first report."""
    groups: dict[str, list[LinkedFact]] = {}
    for fact in roles:
        words = role_words(fact.summary)
        if words:
            groups.setdefault(role_key(words), []).append(fact)
    spans = []
    for facts in groups.values():  # in the order of each role's first report
        dated = [f for f in facts if f.date or f.published]
        last = dated[-1] if dated else facts[-1]
        spellings = Counter(role_words(f.summary) for f in facts)
        # Counter keeps first-seen order among equals: reversed, the latest spelling wins a tie.
        written = max(reversed(list(spellings)), key=lambda w: spellings[w])
        spans.append(RoleSpan(role=written, first=facts[0], last=last, reports=len(facts),
                              articles=len({f.article_id for f in facts})))
    return tuple(spans)
