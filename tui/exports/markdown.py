"""Markdown dossier of one article: who holds which role, events, quotes, dates and key entities.

Every fact is followed by its evidence, quoted from the article with its
character offsets. Article text is untrusted: control characters are made
visible (``sanitize``) and Markdown/HTML syntax in it is escaped, so a
renderer shows the words and never a link, an image, a heading or a tag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.extract.key_entities import key_entities
from tui.extract.types import Analysis, DateFact, EventFact, Evidence, Fact, QuoteFact, RoleFact, Span
from tui.render.sanitize import sanitize

KEY_ENTITY_LIMIT = 15
#: Inline syntax anywhere in a line: emphasis, code, links/images, HTML and entities, tables, strikeout.
_INLINE = re.compile(r"([\\`*_\[\]<>|~&!])")
#: Block syntax that only matters at the start of a line: headings, lists, setext rules, ordered lists.
_LINE_START = re.compile(r"^([#+\-=]|\d+(?=[.)]))")


def escape_inline(text: str) -> str:
    """Untrusted text as literal Markdown on one line: sanitised, whitespace collapsed, syntax escaped."""
    flat = " ".join(sanitize(text).split())
    return _INLINE.sub(r"\\\1", flat)


def escape_line(text: str) -> str:
    """``escape_inline`` plus the block markers a line may start with."""
    escaped = escape_inline(text)
    match = _LINE_START.match(escaped)
    if not match:
        return escaped
    if match.group(1).isdigit():
        # "2025. " would start an ordered list: escape the delimiter after the number.
        end = match.end()
        return escaped[:end] + "\\" + escaped[end:]
    return "\\" + escaped


def quote_block(text: str, *, indent: str = "") -> list[str]:
    """Lines of a Markdown blockquote holding ``text`` literally (one quoted line per text line)."""
    lines = [escape_line(line) for line in sanitize(text).splitlines()]
    lines = [line for line in lines if line] or ["…"]
    return [f"{indent}> {line}" for line in lines]


def _evidence(analysis: Analysis, fact: Fact, fallback: Span) -> list[str]:
    ranges: Evidence = fact.evidence or ((fallback.start, fallback.end),)
    out: list[str] = []
    for start, end in ranges:
        out += ["", f"  Evidence, characters {start}–{end}:", "", *quote_block(analysis.text[start:end], indent="  ")]
    return out


def _how(fact: Fact) -> str:
    return f"*{escape_inline(fact.rule)}, confidence {fact.confidence:.2f}*"


def _span(span: Span | None, *, empty: str = "") -> str:
    return escape_inline(span.text) if span is not None else empty


def _role_item(analysis: Analysis, fact: RoleFact) -> list[str]:
    parts = [f"**{_span(fact.person)}**", "—", _span(fact.role)]
    if fact.affiliation is not None:
        parts += ["·", _span(fact.affiliation)]
    return [f"- {' '.join(parts)} ({_how(fact)})", *_evidence(analysis, fact, fact.role)]


def _event_item(analysis: Analysis, fact: EventFact) -> list[str]:
    who = ", ".join(_span(s) for s in fact.actors) or "?"
    parts = [f"**{escape_inline(fact.type)}**", "—", who, f"“{_span(fact.trigger)}”"]
    if fact.targets:
        parts.append(", ".join(_span(s) for s in fact.targets))
    if fact.place is not None:
        parts += ["· in", _span(fact.place)]
    if fact.time is not None:
        parts += ["·", _span(fact.time)]
    if fact.date:
        parts.append(f"({escape_inline(fact.date)})")
    return [f"- {' '.join(parts)} ({_how(fact)})", *_evidence(analysis, fact, fact.trigger)]


def _quote_item(analysis: Analysis, fact: QuoteFact) -> list[str]:
    speaker = _span(fact.speaker, empty="unattributed")
    notes = ["direct" if fact.direct else "indirect"]
    if fact.cue is not None:
        notes.insert(0, f"“{_span(fact.cue)}”")
    if fact.heuristic:
        notes.append("speaker guessed")
    return [f"- **{speaker}** ({'; '.join(notes)}; {_how(fact)})", *_evidence(analysis, fact, fact.content)]


def _date_item(analysis: Analysis, fact: DateFact) -> list[str]:
    value = escape_inline(fact.value) if fact.value else "unresolved"
    grain = f", {escape_inline(fact.granularity)}" if fact.granularity else ""
    return [f"- **{_span(fact.span)}** → {value}{grain} ({_how(fact)})", *_evidence(analysis, fact, fact.span)]


_SECTIONS: tuple[tuple[str, type[Fact]], ...] = (
    ("People and roles", RoleFact),
    ("Events", EventFact),
    ("Quotes", QuoteFact),
    ("Dates", DateFact),
)


def _item(analysis: Analysis, fact: Fact) -> list[str]:
    if isinstance(fact, RoleFact):
        return _role_item(analysis, fact)
    if isinstance(fact, EventFact):
        return _event_item(analysis, fact)
    if isinstance(fact, QuoteFact):
        return _quote_item(analysis, fact)
    return _date_item(analysis, fact)


def _key_entities(analysis: Analysis) -> list[str]:
    ranked = key_entities(analysis, limit=KEY_ENTITY_LIMIT)
    if not ranked:
        return ["None found."]
    rows = ["| Entity | Label | Mentions | Also called |", "| --- | --- | ---: | --- |"]
    for e in ranked:
        aliases = ", ".join(escape_inline(a) for a in e.aliases if a != e.name)
        rows.append(f"| {escape_inline(e.name)} | {escape_inline(e.label)} | {e.mention_count} | {aliases} |")
    return rows


def to_markdown(analysis: Analysis) -> str:
    """The dossier of one analysis as Markdown text."""
    title = escape_inline(analysis.title or analysis.source or "Untitled article")
    # A '#' at either end of a heading line is heading syntax: escape every one.
    lines = [f"# {title.replace('#', chr(92) + '#')}", ""]
    byline = " · ".join(escape_inline(x) for x in (analysis.source, analysis.published) if x)
    if byline:
        lines += [byline, ""]
    lines += [f"*{analysis.word_count} words · {escape_inline(analysis.model.name)} "
              f"{escape_inline(analysis.model.version)} · extractor {escape_inline(analysis.extractor_version)}*", ""]
    for heading, kind in _SECTIONS:
        facts = [f for f in analysis.facts if isinstance(f, kind)]
        lines += [f"## {heading}", ""]
        if not facts:
            lines += ["None found.", ""]
        for fact in facts:
            lines += [*_item(analysis, fact), ""]
    lines += ["## Key entities", "", *_key_entities(analysis), ""]
    return "\n".join(lines)


def to_markdown_many(analyses: Sequence[Analysis]) -> str:
    """Several dossiers in one document, separated by rules."""
    return "\n---\n\n".join(to_markdown(a) for a in analyses)
