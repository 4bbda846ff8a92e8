"""One entity's details: name, kind, aliases, every mention in context (choose one to jump to it) and its facts."""

from __future__ import annotations

import re

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.extract.types import Analysis, Fact, fact_entities
from tui.messages import FilterByEntity
from tui.render.layers import layer_of_label
from tui.render.sanitize import safe_text, sanitize
from tui.render.status_words import plural
from tui.widgets.facts_tree import fact_label
from tui.widgets.target_options import OffsetOption

CONTEXT = 30
#: A blank line: the mention's context stops at its paragraph's ends.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")


def mention_context(text: str, start: int, end: int) -> Text:
    """``…words before [mention] words after…`` on one line, sanitised: within the mention's paragraph,
    "…" only where words were left out."""
    lo, hi = max(0, start - CONTEXT), min(len(text), end + CONTEXT)
    breaks = list(_PARAGRAPH_BREAK.finditer(text, lo, start))
    if breaks:
        lo = breaks[-1].end()
    after_break = _PARAGRAPH_BREAK.search(text, end, hi)
    if after_break:
        hi = after_break.start()
    before = sanitize(text[lo:start]).replace("\n", " ")
    after = sanitize(text[end:hi]).replace("\n", " ")
    line = Text(("\u2026" if lo > 0 and not breaks else "") + before.lstrip(), style="dim")
    line.append(sanitize(text[start:end]), style="bold reverse")
    line.append(after.rstrip() + ("\u2026" if hi < len(text) and not after_break else ""), style="dim")
    return line


def facts_of_entity(analysis: Analysis, entity_id: str) -> list[Fact]:
    """Facts about the entity (``fact_entities``, as the library's index has them), or whose
    evidence covers one of its mentions (a date fact is found so, at its own words)."""
    mentions = analysis.mentions_of(entity_id)
    return [
        fact for fact in analysis.facts
        if any(entity == entity_id for entity, _ in fact_entities(fact))
        or any(s <= m.start and m.end <= e for s, e in fact.evidence for m in mentions)
    ]


class EntityScreen(ModalScreen[int | None]):
    """Dismissed with the offset of the chosen mention or fact (None: closed)."""

    BINDINGS = [
        Binding("escape,q", "dismiss(None)", "Close", id="entity.close"),
        Binding("j", "move(1)", "Down", show=False, id="entity.down"),
        Binding("k", "move(-1)", "Up", show=False, id="entity.up"),
        Binding("f", "filter_list", "List articles naming it", id="entity.filter"),
    ]

    DEFAULT_CSS = """
    EntityScreen { align: center middle; }
    EntityScreen > Vertical { width: 90%; height: 90%; border: round $primary; background: $surface; }
    EntityScreen #entity-head { padding: 0 1; height: auto; }
    EntityScreen OptionList { height: 1fr; border: none; }
    """

    def __init__(self, analysis: Analysis, entity_id: str) -> None:
        super().__init__()
        self.analysis = analysis
        self.entity_id = entity_id

    def compose(self) -> ComposeResult:
        analysis, entity = self.analysis, self.analysis.entity(self.entity_id)
        head = safe_text(entity.name if entity else self.entity_id, "bold")
        if entity is not None:
            layer = layer_of_label(entity.label)
            # The kind as the sidebar and the legend name it (LOC, not spaCy's GPE).
            head.append(f"  {layer.tag} ({layer.name})" if layer else f"  {entity.label}", style="dim")
            head.append(f"  {plural(entity.mention_count, 'mention')}, salience {entity.salience:.2f}", style="dim")
            aliases = [a for a in entity.aliases if a != entity.name]
            head.append("\nAliases: ", style="bold")
            head.append_text(safe_text(", ".join(aliases) or "none"))
        options: list[Option | None] = [Option(Text("Mentions (enter jumps to one)", style="bold underline"), disabled=True)]
        for m in analysis.mentions_of(self.entity_id):
            line = mention_context(analysis.text, m.start, m.end)
            if m.duplicate:
                line.append("  (repeated text)", style="dim italic")
            options.append(OffsetOption(line, offset=m.start))
        facts = facts_of_entity(analysis, self.entity_id)
        names = {e.id: e.name for e in analysis.entities}
        options.append(Option(Text(f"Facts ({len(facts)})", style="bold underline"), disabled=True))
        for fact in facts:
            options.append(OffsetOption(fact_label(fact, names), offset=fact.evidence[0][0] if fact.evidence else 0))
        with Vertical():
            yield Static(head, id="entity-head")
            yield OptionList(*options, id="mentions")

    def on_mount(self) -> None:
        mentions = self.query_one("#mentions", OptionList)
        mentions.focus()
        mentions.highlighted = 1 if mentions.option_count > 1 else None

    def action_filter_list(self) -> None:
        """Close, and filter the reader's article list by this entity."""
        entity = self.analysis.entity(self.entity_id)
        name = entity.name if entity else self.entity_id
        self.dismiss(None)
        self.app.post_message(FilterByEntity(self.entity_id, name))

    def action_move(self, step: int) -> None:
        mentions = self.query_one("#mentions", OptionList)
        mentions.action_cursor_down() if step > 0 else mentions.action_cursor_up()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.offset if isinstance(event.option, OffsetOption) else None)
