"""brat standoff export: the article body as ``.txt`` and its annotations as ``.ann``.

Mentions become T lines; events and quotes become E lines over trigger T
lines; roles and affiliations become R lines; resolved dates and event dates
become AnnotatorNotes. Format: https://brat.nlplab.org/standoff.html
A span that crosses a line break is written as brat writes it: discontinuous
fragments ``start end;start end`` whose texts are joined by one space.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from tui.extract.types import Analysis, DateFact, EventFact, QuoteFact, RoleFact, Span

from .palette import colour_for

#: The labels of spaCy's English pipelines, always declared so a corpus of exports shares one conf.
SPACY_LABELS = (
    "PERSON", "NORP", "FAC", "ORG", "GPE", "LOC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL",
)
#: Entity types for fact arguments that are not a mention: by argument role, else PARTICIPANT.
FALLBACK_TYPES = {"Place": "LOC", "Time": "DATE"}
PARTICIPANT = "Participant"
TITLE = "Title"
CUE = "Cue"
QUOTE = "Quote"
EXTRA_ENTITY_TYPES = (PARTICIPANT, TITLE, CUE)

# brat fragments never contain a line break; a tab would break the tab-separated line.
_BREAKS = re.compile("[\t\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_NOT_TYPE_CHAR = re.compile(r"[^A-Za-z0-9_-]+")


def brat_type(name: str, *, default: str) -> str:
    """A brat type name (letters, digits, ``_``, ``-``) for a label or event type."""
    cleaned = _NOT_TYPE_CHAR.sub("_", name).strip("_")
    return cleaned or default


def fragments(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """The pieces of ``text[start:end]`` between line breaks, each trimmed of outer whitespace."""
    start, end = max(0, start), min(len(text), end)
    pieces: list[tuple[int, int]] = []
    pos = start
    for brk in [*_BREAKS.finditer(text, start, end), None]:
        stop = brk.start() if brk else end
        chunk = text[pos:stop]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk) - len(chunk.rstrip())
        if pos + lead < stop - trail:
            pieces.append((pos + lead, stop - trail))
        if brk:
            pos = brk.end()
    return tuple(pieces)


@dataclass
class _AnnBuilder:
    """Numbers and collects the lines of one .ann file, reusing a T line for the same span."""

    text: str
    lines: list[str] = field(default_factory=list)
    event_types: set[str] = field(default_factory=set)
    entity_types: set[str] = field(default_factory=set)
    _spans: dict[tuple[str | None, int, int], str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def next_id(self, prefix: str) -> str:
        self._counts[prefix] = self._counts.get(prefix, 0) + 1
        return f"{prefix}{self._counts[prefix]}"

    def textbound(self, type_: str, start: int, end: int, *, key_type: str | None = None) -> str | None:
        """The T id of a span (new or already written); None when the span holds no text.

        ``key_type`` None shares the T line with any entity at exactly these offsets.
        """
        key = (key_type, start, end)
        if key in self._spans:
            return self._spans[key]
        frags = fragments(self.text, start, end)
        if not frags:
            return None
        tid = self.next_id("T")
        where = ";".join(f"{a} {b}" for a, b in frags)
        covered = " ".join(self.text[a:b] for a, b in frags)
        self.lines.append(f"{tid}\t{type_} {where}\t{covered}")
        self._spans[key] = tid
        return tid

    def entity(self, span: Span | None, analysis: Analysis, *, role: str) -> str | None:
        if span is None:
            return None
        if (None, span.start, span.end) not in self._spans:
            linked = analysis.entity(span.entity) if span.entity else None
            fallback = FALLBACK_TYPES.get(role, PARTICIPANT)
            type_ = brat_type(linked.label, default=fallback) if linked else fallback
            self.entity_types.add(type_)
            return self.textbound(type_, span.start, span.end)
        return self._spans[(None, span.start, span.end)]

    def note(self, target: str, value: str) -> None:
        self.lines.append(f"{self.next_id('#')}\tAnnotatorNotes {target}\t{_one_line(value)}")


def _one_line(value: str) -> str:
    return _BREAKS.sub(" ", value).strip()


def _numbered(role: str, ids: Iterable[str | None]) -> list[str]:
    """brat numbers repeated argument roles: Actor, Actor2, Actor3..."""
    present = [i for i in ids if i]
    return [f"{role if n == 0 else f'{role}{n + 1}'}:{tid}" for n, tid in enumerate(present)]


def _add_event(ann: _AnnBuilder, fact: EventFact, analysis: Analysis) -> None:
    type_ = brat_type(fact.type, default="Event")
    trigger = ann.textbound(type_, fact.trigger.start, fact.trigger.end, key_type=type_)
    if trigger is None:
        return
    ann.event_types.add(type_)
    args = [f"{type_}:{trigger}"]
    args += _numbered("Actor", (ann.entity(s, analysis, role="Actor") for s in fact.actors))
    args += _numbered("Target", (ann.entity(s, analysis, role="Target") for s in fact.targets))
    args += _numbered("Place", [ann.entity(fact.place, analysis, role="Place")])
    args += _numbered("Time", [ann.entity(fact.time, analysis, role="Time")])
    eid = ann.next_id("E")
    ann.lines.append(f"{eid}\t{' '.join(args)}")
    if fact.date:
        ann.note(eid, fact.date)


def _add_quote(ann: _AnnBuilder, fact: QuoteFact, analysis: Analysis) -> None:
    content = ann.textbound(QUOTE, fact.content.start, fact.content.end, key_type=QUOTE)
    if content is None:
        return
    args = [f"{QUOTE}:{content}"]
    args += _numbered("Speaker", [ann.entity(fact.speaker, analysis, role="Speaker")])
    if fact.cue is not None:
        args += _numbered("Cue", [ann.textbound(CUE, fact.cue.start, fact.cue.end, key_type=CUE)])
    eid = ann.next_id("E")
    ann.lines.append(f"{eid}\t{' '.join(args)}")
    for flag, name in ((fact.direct, "Direct"), (fact.heuristic, "Heuristic")):
        if flag:
            ann.lines.append(f"{ann.next_id('A')}\t{name} {eid}")


def _add_role(ann: _AnnBuilder, fact: RoleFact, analysis: Analysis) -> None:
    person = ann.entity(fact.person, analysis, role="Person")
    title = ann.textbound(TITLE, fact.role.start, fact.role.end, key_type=TITLE)
    if person and title:
        ann.lines.append(f"{ann.next_id('R')}\tRole Arg1:{person} Arg2:{title}")
    affiliation = ann.entity(fact.affiliation, analysis, role="Affiliation")
    if person and affiliation:
        ann.lines.append(f"{ann.next_id('R')}\tAffiliation Arg1:{person} Arg2:{affiliation}")


def _add_date(ann: _AnnBuilder, fact: DateFact, analysis: Analysis) -> None:
    tid = ann.entity(fact.span, analysis, role="Time")
    if tid and fact.value:
        ann.note(tid, f"{fact.value} ({fact.granularity})" if fact.granularity else fact.value)


def to_ann(analysis: Analysis) -> str:
    """The .ann standoff of one analysis (offsets into ``analysis.text``, the .txt file)."""
    return _build(analysis)[0]


def _build(analysis: Analysis) -> tuple[str, _AnnBuilder]:
    ann = _AnnBuilder(analysis.text)
    for m in sorted(analysis.mentions, key=lambda m: (m.start, m.end)):
        type_ = brat_type(m.label, default=PARTICIPANT)
        if ann.textbound(type_, m.start, m.end):
            ann.entity_types.add(type_)
    for fact in analysis.facts:
        if isinstance(fact, EventFact):
            _add_event(ann, fact, analysis)
        elif isinstance(fact, QuoteFact):
            _add_quote(ann, fact, analysis)
        elif isinstance(fact, RoleFact):
            _add_role(ann, fact, analysis)
        elif isinstance(fact, DateFact):
            _add_date(ann, fact, analysis)
    return "".join(f"{line}\n" for line in ann.lines), ann


def annotation_conf(analyses: Sequence[Analysis]) -> str:
    """``annotation.conf`` declaring every type the exports of ``analyses`` use."""
    entity_types: set[str] = set()
    event_types: set[str] = set()
    for analysis in analyses:
        ann = _build(analysis)[1]
        entity_types |= ann.entity_types
        event_types |= ann.event_types
    entities = [*SPACY_LABELS, *sorted(entity_types - set(SPACY_LABELS) - set(EXTRA_ENTITY_TYPES)), *EXTRA_ENTITY_TYPES]
    event_args = "Actor*:<ENTITY>, Target*:<ENTITY>, Place?:<ENTITY>, Time?:<ENTITY>"
    lines = ["[entities]", *entities, "", "[relations]",
             f"Role\tArg1:<ENTITY>, Arg2:{TITLE}",
             "Affiliation\tArg1:<ENTITY>, Arg2:<ENTITY>",
             "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
             "", "[events]",
             f"{QUOTE}\tSpeaker?:<ENTITY>, {CUE}?:{CUE}",
             *(f"{t}\t{event_args}" for t in sorted(event_types - {QUOTE})),
             "", "[attributes]", f"Direct\tArg:{QUOTE}", f"Heuristic\tArg:{QUOTE}"]
    return "\n".join(lines) + "\n"


def visual_conf() -> str:
    """``visual.conf``: the layer colours of the reader for brat's display."""
    lines = ["[labels]", "", "[drawing]", "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken"]
    lines += [f"{label}\tbgColor:{colour_for(label)}" for label in SPACY_LABELS]
    lines.append("ARC_DEFAULT\tcolor:black, arrowHead:triangle-5")
    return "\n".join(lines) + "\n"


def to_brat(analysis: Analysis, *, name: str) -> dict[str, str]:
    """File name -> content for one article: ``name.txt``, ``name.ann`` and the two confs."""
    return {
        f"{name}.txt": analysis.text,
        f"{name}.ann": to_ann(analysis),
        "annotation.conf": annotation_conf([analysis]),
        "visual.conf": visual_conf(),
    }
