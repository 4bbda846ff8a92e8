"""The facts sidebar: people and roles, events, quotes, dates and key entities, each linked to its evidence.

Highlighting a fact posts ``FactHighlighted`` with its evidence (the reader marks those words);
choosing an entity posts ``EntityChosen``. Every label is sanitised Text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.message import Message
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from tui.extract.key_entities import key_entities
from tui.extract.types import Analysis, DateFact, Entity, EventFact, Evidence, Fact, QuoteFact, RoleFact
from tui.render.date_values_in_words import set_words, value_words
from tui.render.layers import tag_of_label
from tui.render.sanitize import safe_text

KEY_ENTITIES = 15
#: Speech events repeat the Quotes section: from this many on they fold under one closed node, so
#: the meetings, deaths and arrests of a quote-heavy page are not buried under them.
FOLDED_EVENT_TYPE = "statement"
FOLD_AT = 6
SECTIONS: tuple[tuple[str, type], ...] = (
    ("People and roles", RoleFact),
    ("Events", EventFact),
    ("Quotes", QuoteFact),
    ("Dates", DateFact),
)


@dataclass(frozen=True, slots=True)
class FactNode:
    """What a tree node stands for: a fact or an entity (exactly one)."""

    fact: Fact | None = None
    entity: Entity | None = None

    @property
    def evidence(self) -> Evidence:
        return self.fact.evidence if self.fact is not None else ()


#: Speaker rules whose words at the cue are part of the name shown (no need to repeat them).
_NAMING_RULES = frozenset({None, "name", "surname", "first_word"})


def speaker_label(fact: QuoteFact, names: Mapping[str, str] | None = None) -> Text:
    """Who spoke, by name ("Doug McCallum"), with the words at the cue beside it, dimmed, when
    they do not name the speaker themselves ("the mayor", "he", "a statement")."""
    if fact.speaker is None:
        return Text("(unattributed)", "bold")
    name = (names or {}).get(fact.speaker.entity or "") or fact.speaker.text
    label = safe_text(" ".join(name.split()), "bold")
    local = fact.speaker_local
    if local is not None and fact.speaker_rule not in _NAMING_RULES and local.text.strip() != name.strip():
        label.append_text(safe_text(f" ({' '.join(local.text.split())})", "dim"))
    return label


def fact_label(fact: Fact, names: Mapping[str, str] | None = None) -> Text:
    """One line per fact: its summary, and the resolved value beside a date; a quote under the
    name of who spoke (``names``: entity id -> name)."""
    if isinstance(fact, DateFact):
        label = safe_text(fact.span.text, "bold")
        if fact.range is not None and fact.range.text != fact.span.text:
            label.append_text(safe_text(f" in {fact.range.text}", "dim"))  # "33" alone read as a number made a year
        label.append("  \u2192 ", style="dim")
        # One wording for a date without a value, here, in the report and in the exports.
        # The value in words ("2 years", "a Wednesday"): TimeML's "P2Y", "XXXX-WXX-3" are for programs.
        # A set recurs: "P1W" is "every week" there ("twice a week" with its freq), not "1 week".
        words = (set_words(fact.value, freq=fact.freq) if fact.type == "SET" else value_words(fact.value)) if fact.value else None
        label.append_text(safe_text(words, "italic") if words else Text("unresolved", "dim italic"))
        return label
    if isinstance(fact, QuoteFact):
        label = speaker_label(fact, names)
        label.append(": ")
        content = fact.content.text
        label.append_text(safe_text(f"\u201c{content}\u201d" if fact.direct else content))
        return label
    if isinstance(fact, EventFact):
        label = Text(f"[{fact.type}] ", style="dim")
        label.append_text(safe_text(event_summary(fact)))
        if fact.date:
            label.append_text(safe_text(f"  ({fact.date})", "dim"))
        return label
    return safe_text(fact.text)


def event_summary(fact: EventFact) -> str:
    """The summary without the type it starts with, which the bracket already says:
    "meet: A, B in C" -> "A, B in C"; "meet (negated): A" -> "(negated) A"."""
    text = fact.text
    if not text.startswith(fact.type):
        return text
    rest = text[len(fact.type) :]
    if rest.startswith(":"):
        return rest[1:].lstrip()
    if rest.startswith(" (") and "):" in rest:
        qualifier, _, after = rest.partition("):")
        return f"{qualifier.strip()}) {after.lstrip()}"
    return text


def entity_label(entity: Entity) -> Text:
    label = safe_text(entity.name, "bold")
    label.append(f"  {tag_of_label(entity.label)} \u00d7{entity.mention_count}", style="dim")
    return label


class FactsTree(Tree[FactNode]):
    """The sidebar tree. Set ``show_analysis(analysis)``; listen for its messages."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="facts.down"),
        Binding("k", "cursor_up", "Up", show=False, id="facts.up"),
        Binding("g,home", "scroll_home", "First row", show=False, id="facts.first"),
        Binding("G,end", "scroll_end", "Last row", show=False, id="facts.last"),
        Binding("v", "whole_fact", "Whole fact", id="facts.whole"),
    ]

    @dataclass
    class FactHighlighted(Message):
        """The cursor is on a fact (evidence non-empty) or moved off every fact (evidence empty)."""

        evidence: Evidence
        #: The fact's row as the sidebar words it, whole ("" off a fact).
        summary: str = ""

    @dataclass
    class WholeFactWanted(Message):
        """``v`` on a fact: its whole row, to be read in full."""

        summary: str

    @dataclass
    class EntityChosen(Message):
        """An entity was chosen in the sidebar."""

        entity_id: str

    @dataclass
    class FactChosen(Message):
        """A fact was chosen in the sidebar."""

        fact: Fact

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text("Facts", style="bold"), id=id)
        #: The width rows were last cut to (``render_line``).
        self._label_room = -1
        self.show_root = False
        self.guide_depth = 2

    def show_analysis(self, analysis: Analysis | None, *, note: str = "") -> None:
        self.clear()
        if analysis is None:
            self.root.add_leaf(Text(note or "Not analysed yet", style="dim italic"))
            return
        names = {e.id: e.name for e in analysis.entities}
        for title, kind in SECTIONS:
            facts = [f for f in analysis.facts if isinstance(f, kind)]
            section = self.root.add(Text(f"{title} ({len(facts)})", style="bold"), expand=bool(facts))
            folded = [f for f in facts if isinstance(f, EventFact) and f.type == FOLDED_EVENT_TYPE]
            folded_ids = {id(f) for f in folded} if len(folded) >= FOLD_AT else set()
            for fact in facts:
                if id(fact) not in folded_ids:
                    section.add_leaf(fact_label(fact, names), FactNode(fact=fact))
            if folded_ids:
                group = section.add(Text(f"{FOLDED_EVENT_TYPE} ({len(folded)})", style="dim"), expand=False)
                for fact in folded:
                    group.add_leaf(fact_label(fact, names), FactNode(fact=fact))
        ranked = key_entities(analysis, limit=KEY_ENTITIES)
        section = self.root.add(Text(f"Key entities ({len(ranked)})", style="bold"), expand=True)
        for entity in ranked:
            section.add_leaf(entity_label(entity), FactNode(entity=entity))
        self.cursor_line = 0

    def render_line(self, y: int) -> Strip:
        # Rows are cut to the room beside the scrollbar: when it comes or goes the width stays, so the
        # rows cut for the other room are dropped from Textual's line cache (it keys on the width alone).
        room = self.scrollable_content_region.width
        if room != self._label_room:
            self._label_room = room
            self._line_cache.clear()
        return super().render_line(y)

    def render_label(self, node: TreeNode[FactNode], base_style: Style, style: Style) -> Text:
        """The row cut with "…" where the sidebar is narrower than it (the status line and ``v`` show it
        whole): a row cut without a sign reads as if it were the whole fact."""
        label = super().render_label(node, base_style, style)
        lines = self._tree_lines_cached
        if lines is None or not 0 <= node.line < len(lines):
            return label
        room = self.scrollable_content_region.width - lines[node.line]._get_guide_width(self.guide_depth, self.show_root)
        if 0 < room < label.cell_len:
            label.truncate(room, overflow="ellipsis")
        return label

    def facts(self) -> list[TreeNode[FactNode]]:
        """Every node standing for a fact or an entity, in order (for tests and the palette)."""
        out: list[TreeNode[FactNode]] = []

        def walk(node: TreeNode[FactNode]) -> None:
            for child in node.children:
                if child.data is not None:
                    out.append(child)
                walk(child)

        walk(self.root)
        return out

    @staticmethod
    def whole_row(node: TreeNode[FactNode] | None) -> str:
        """The row's own words, whole, on a fact ("" elsewhere): the sidebar cuts them at its width
        (and a quote's summary is cut)."""
        if node is None or node.data is None or node.data.fact is None:
            return ""
        label = node.label
        return label.plain if isinstance(label, Text) else str(label)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # ``v`` is offered (and shown in the footer) only on a fact: on a heading or an entity it does nothing.
        if action == "whole_fact":
            return bool(self.whole_row(self.cursor_node))
        return True

    def on_tree_node_highlighted(self, event: Tree.NodeHighlighted[FactNode]) -> None:
        event.stop()
        self.refresh_bindings()
        fact = event.node.data.fact if event.node.data else None
        self.post_message(self.FactHighlighted(fact.evidence if fact else (), self.whole_row(event.node)))

    def action_whole_fact(self) -> None:
        whole = self.whole_row(self.cursor_node)
        if whole:
            self.post_message(self.WholeFactWanted(whole))

    def on_tree_node_selected(self, event: Tree.NodeSelected[FactNode]) -> None:
        event.stop()
        data = event.node.data
        if data is None:
            return
        if data.entity is not None:
            self.post_message(self.EntityChosen(data.entity.id))
        elif data.fact is not None:
            self.post_message(self.FactChosen(data.fact))
