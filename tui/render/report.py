"""A Rich report of one analysis for ``newsloupe extract --format table``."""

from __future__ import annotations

from rich.console import Console, Group
from rich.table import Table
from rich.text import Text

from tui.extract.types import Analysis, DateFact, EventFact, QuoteFact, RoleFact

from .sanitize import safe_text


def _table(title: str, *columns: str) -> Table:
    table = Table(title=title, title_justify="left", expand=False, show_lines=False)
    for col in columns:
        table.add_column(col, overflow="fold")
    return table


def build_report(analysis: Analysis) -> Group:
    """Title, entities and each fact kind as tables; every cell is sanitised Text."""
    parts: list[object] = [safe_text(analysis.title or analysis.source or "(untitled)", "bold")]
    if analysis.published or analysis.source:
        parts.append(safe_text(" · ".join(x for x in (analysis.source, analysis.published) if x), "dim"))

    roles = _table("People and roles", "person", "role", "affiliation")
    for f in analysis.facts:
        if isinstance(f, RoleFact):
            roles.add_row(safe_text(f.person.text), safe_text(f.role.text), safe_text(f.affiliation.text if f.affiliation else ""))
    events = _table("Events", "type", "who", "whom", "where", "when", "evidence")
    for f in analysis.facts:
        if isinstance(f, EventFact):
            events.add_row(
                safe_text(f.type), safe_text(", ".join(a.text for a in f.actors)),
                safe_text(", ".join(t.text for t in f.targets)), safe_text(f.place.text if f.place else ""),
                safe_text((f.time.text if f.time else "") + (f" ({f.date})" if f.date else "")),
                safe_text(_evidence(analysis, f.evidence)),
            )
    quotes = _table("Quotes and attributions", "speaker", "cue", "content", "direct")
    for f in analysis.facts:
        if isinstance(f, QuoteFact):
            quotes.add_row(
                safe_text(f.speaker.text if f.speaker else "?"), safe_text(f.cue.text if f.cue else ""),
                safe_text(f.content.text), Text("yes" if f.direct else "no"),
            )
    dates = _table("Dates", "text", "value", "granularity")
    for f in analysis.facts:
        if isinstance(f, DateFact):
            dates.add_row(safe_text(f.span.text), safe_text(f.value or "unresolved"), safe_text(f.granularity or ""))
    entities = _table("Key entities", "name", "label", "mentions", "aliases")
    for e in sorted(analysis.entities, key=lambda e: (-e.salience, -e.mention_count))[:15]:
        entities.add_row(safe_text(e.name), Text(e.label), Text(str(e.mention_count)), safe_text(", ".join(e.aliases)))
    parts += [roles, events, quotes, dates, entities]
    return Group(*parts)  # type: ignore[arg-type]


def _evidence(analysis: Analysis, evidence: tuple[tuple[int, int], ...], limit: int = 90) -> str:
    if not evidence:
        return ""
    a, b = evidence[0]
    snippet = " ".join(analysis.text[a:b].split())
    return snippet if len(snippet) <= limit else snippet[: limit - 1] + "…"


def print_report(analysis: Analysis, console: Console | None = None) -> None:
    (console or Console()).print(build_report(analysis))
