"""A Rich report of one analysis for ``newsloupe extract --format table``.

The header names the article; then one table per fact kind (people and their roles, events
as one-line summaries with their dates, quotes and attributions, dates with their resolved
values) and the key named entities. Every cell built from the article is sanitised Text,
never a markup string: article text may hold ``[/]`` or escape sequences.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from tui.extract.key_entities import key_entities
from tui.extract.types import Analysis, DateFact, EventFact, Fact, QuoteFact, RoleFact

from .sanitize import safe_text

#: How many key entities are listed (named ones only: dates have their own table).
_KEY_ENTITIES = 12


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=False, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def _of(analysis: Analysis, kind: type) -> list[Fact]:
    return [f for f in analysis.facts if isinstance(f, kind)]


def _after_colon(summary: str) -> str:
    """The part of a "subject: detail" summary after its subject."""
    return summary.split(": ", 1)[1] if ": " in summary else summary


def _header(analysis: Analysis) -> list[RenderableType]:
    lines: list[RenderableType] = [safe_text(analysis.title or analysis.source or "(untitled)", "bold")]
    facts = ", ".join(f"{len(analysis.facts_of(k))} {k}s" for k in ("role", "event", "quote", "date"))
    detail = [x for x in (analysis.source, analysis.published) if x]
    detail.append(f"{analysis.word_count} words, {len(analysis.mentions)} mentions, {facts}")
    lines.append(safe_text(" · ".join(detail), "dim"))
    return lines


def _roles(analysis: Analysis) -> Table | None:
    facts = _of(analysis, RoleFact)
    if not facts:
        return None
    table = _table("People and roles", "person", "title as written", "affiliation")
    for f in facts:
        assert isinstance(f, RoleFact)
        table.add_row(
            safe_text(f.person.text, "bold"), safe_text(_after_colon(f.text)),
            safe_text(f.affiliation.text if f.affiliation else ""),
        )
    return table


def _events(analysis: Analysis) -> Table | None:
    facts = _of(analysis, EventFact)
    if not facts:
        return None
    table = _table("Events", "type", "who, whom, where, when", "date")
    for f in facts:
        assert isinstance(f, EventFact)
        table.add_row(safe_text(f.type, "bold"), safe_text(_after_colon(f.text)), safe_text(f.date or ""))
    return table


def _quotes(analysis: Analysis) -> Table | None:
    facts = _of(analysis, QuoteFact)
    if not facts:
        return None
    table = _table("Quotes and attributions", "speaker", "cue", "content")
    names = {e.id: e.name for e in analysis.entities}
    for f in facts:
        assert isinstance(f, QuoteFact)
        content = " ".join(f.content.text.split())
        who = (names.get(f.speaker.entity or "") or f.speaker.text) if f.speaker else "?"
        speaker = who + (" (guessed)" if f.heuristic else "")
        table.add_row(
            safe_text(speaker, "bold"), safe_text(f.cue.text if f.cue else ""),
            safe_text(f"“{content}”" if f.direct else content),
        )
    return table


def _dates(analysis: Analysis) -> Table | None:
    facts = _of(analysis, DateFact)
    if not facts:
        return None
    table = _table("Dates", "text", "value", "type", "granularity")
    for f in facts:
        assert isinstance(f, DateFact)
        value = safe_text(f.value) if f.value else Text("unresolved", "dim")
        table.add_row(safe_text(" ".join(f.span.text.split())), value, safe_text(f.type), safe_text(f.granularity or ""))
    return table


def _entities(analysis: Analysis) -> Table | None:
    ranked = key_entities(analysis, limit=_KEY_ENTITIES)
    if not ranked:
        return None
    table = _table("Key entities", "name", "label", "mentions", "aliases")
    for e in ranked:
        table.add_row(safe_text(e.name), Text(e.label), Text(str(e.mention_count)), safe_text(", ".join(e.aliases)))
    return table


def build_report(analysis: Analysis) -> Group:
    """Header, each fact kind and the key entities; an empty article says so instead of empty tables."""
    parts = _header(analysis)
    sections = [s(analysis) for s in (_roles, _events, _quotes, _dates, _entities)]
    found = [s for s in sections if s is not None]
    parts += found or [Text("No entities or facts found.", "dim italic")]
    return Group(*parts)


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(build_report(analysis))


def print_reports(analyses: Iterable[Analysis], console: Console | None = None) -> None:
    """Several reports, a rule between articles."""
    console = console or Console()
    for index, analysis in enumerate(analyses):
        if index:
            console.print(Rule(style="dim"))
        print_report(analysis, console)
