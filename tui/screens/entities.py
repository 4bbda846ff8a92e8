"""The library's entities screen: entities ranked and filterable as you type, and each one's dossier.

Choosing an entity shows its dossier (aliases, roles, quotes, events, the
articles naming it); choosing an article or a fact there posts OpenArticle
at the mention or the evidence. In the dossier the user corrects identity,
each after a confirmation and kept across re-indexing: m merges the "See also"
entity under the cursor into this one, s splits the article under the cursor
off it, r renames it.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.library import catalog
from tui.library.catalog import Dossier, LibraryEntity, LinkedFact
from tui.library.store import Store
from tui.messages import OpenArticle
from tui.render.sanitize import safe_text, sanitize

#: Entities listed at once; the filter narrows the rest in.
LIST_LIMIT = 500
#: Prefix of dossier options that lead to another entity's dossier.
SEE_ALSO = "see-"


def entity_prompt(entity: LibraryEntity) -> Text:
    prompt = safe_text(entity.name, "bold")
    prompt.append(f"  {entity.label}", style="dim")
    prompt.append(f"  {entity.articles} art. / {entity.mentions} ment.", style="dim")
    return prompt


def open_target_id(article_id: int, offset: int, n: int) -> str:
    """Option ids carry where to open (unique by the running number ``n``)."""
    return f"open-{article_id}-{offset}-{n}"


def parse_open_target(option_id: str | None) -> tuple[int, int] | None:
    if not option_id or not option_id.startswith("open-"):
        return None
    _, article_id, offset, _n = option_id.split("-")
    return int(article_id), int(offset)


def _fact_prompt(fact: LinkedFact) -> Text:
    prompt = Text(f"{fact.date or fact.published or '':<10}  ", style="dim")
    prompt.append_text(safe_text(fact.summary))
    return prompt


def dossier_options(dossier: Dossier) -> list[Option]:
    """Headings (disabled) and openable lines: facts at their evidence, articles at the first mention."""
    options: list[Option] = []
    n = 0
    for heading, facts in (("Roles", dossier.roles), ("Quotes", dossier.quotes), ("Events", dossier.events)):
        if not facts:
            continue
        options.append(Option(Text(heading, style="bold underline"), disabled=True))
        for fact in facts:
            n += 1
            options.append(Option(_fact_prompt(fact), id=open_target_id(fact.article_id, fact.start, n)))
    if dossier.related:
        options.append(Option(Text("See also", style="bold underline"), disabled=True))
        options += [Option(entity_prompt(other), id=f"{SEE_ALSO}{other.entity}") for other in dossier.related]
    options.append(Option(Text("Articles", style="bold underline"), disabled=True))
    for article in dossier.articles:
        n += 1
        prompt = Text(f"{article.published or '':<10}  ", style="dim")
        prompt.append_text(safe_text(article.title or f"article {article.article_id}"))
        prompt.append(f"  ({article.mentions}×)", style="dim")
        options.append(Option(prompt, id=open_target_id(article.article_id, article.first_offset, n)))
    return options


def dossier_heading(dossier: Dossier) -> Text:
    heading = safe_text(dossier.name, "bold")
    heading.append(f"  {dossier.label}", style="dim")
    if dossier.aliases:
        heading.append("\nalso: ", style="dim")
        heading.append_text(safe_text(", ".join(dossier.aliases)))
    return heading


class EntitiesScreen(Screen[None]):
    """Entities across the library, with a dossier beside the list."""

    DEFAULT_CSS = """
    EntitiesScreen #entity-panes { height: 1fr; }
    EntitiesScreen #entity-list { width: 2fr; height: 1fr; }
    EntitiesScreen #dossier-pane { width: 3fr; }
    EntitiesScreen #dossier-heading { height: auto; padding: 0 1; }
    EntitiesScreen #dossier { height: 1fr; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_filter", "Filter"),
        Binding("m", "merge", "Merge here", id="entities.merge"),
        Binding("s", "split", "Split article off", id="entities.split"),
        Binding("r", "rename", "Rename", id="entities.rename"),
    ]

    def __init__(self, store: Store, *, name: str | None = None) -> None:
        super().__init__(name=name)
        self.store = store
        self.dossier: Dossier | None = None

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter entities…", id="entity-filter")
        with Horizontal(id="entity-panes"):
            yield OptionList(id="entity-list", markup=False)
            with Vertical(id="dossier-pane"):
                yield Static(Text("Choose an entity to see its dossier.", style="dim"), id="dossier-heading")
                yield OptionList(id="dossier", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.show_entities("")
        self.query_one("#entity-filter", Input).focus()

    def show_entities(self, query: str) -> None:
        rows = catalog.entities(self.store, query=query, top=LIST_LIMIT)
        listing = self.query_one("#entity-list", OptionList)
        listing.set_options(Option(entity_prompt(row), id=row.entity) for row in rows)
        if rows:
            listing.highlighted = 0

    def show_dossier(self, entity: str) -> None:
        self.dossier = catalog.dossier(self.store, entity)
        heading = self.query_one("#dossier-heading", Static)
        pane = self.query_one("#dossier", OptionList)
        if self.dossier is None:
            heading.update(Text("No such entity in the library.", style="dim"))
            pane.clear_options()
            return
        heading.update(dossier_heading(self.dossier))
        pane.set_options(dossier_options(self.dossier))
        first = next((i for i, o in enumerate(pane.options) if not o.disabled), None)
        pane.highlighted = first
        pane.focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "entity-filter":
            self.show_entities(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if event.input.id == "entity-filter":
            self.query_one("#entity-list", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option_list.id == "entity-list" and event.option.id:
            self.show_dossier(event.option.id)
        elif event.option_list.id == "dossier":
            if event.option.id and event.option.id.startswith(SEE_ALSO):
                self.show_dossier(event.option.id.removeprefix(SEE_ALSO))
                return
            target = parse_open_target(event.option.id)
            if target is not None:
                self.post_message(OpenArticle(*target))

    # -- corrections ------------------------------------------------------------------
    def _dossier_cursor(self) -> str | None:
        pane = self.query_one("#dossier", OptionList)
        if self.dossier is None or not pane.has_focus or pane.highlighted is None:
            return None
        return pane.get_option_at_index(pane.highlighted).id

    def _correct(self, question: Text, apply: Callable[[str], str], *, ask_name: str | None = None) -> None:
        """Ask ``question``; on yes, ``apply(answer)`` corrects the library and names the entity to show."""
        from tui.library.corrections import CorrectionError
        from tui.library.store import StoreError

        from .correction import ConfirmCorrection

        def done(answer: str | None) -> None:
            if answer is None or self.dossier is None:
                return
            try:
                shown = apply(answer)
            except (CorrectionError, StoreError) as exc:
                self.notify(sanitize(str(exc)), severity="error")
                return
            self.show_entities(self.query_one("#entity-filter", Input).value)
            self.show_dossier(shown)

        self.app.push_screen(ConfirmCorrection(question, ask_name=ask_name), done)

    def action_merge(self) -> None:
        option = self._dossier_cursor()
        if self.dossier is None or not option or not option.startswith(SEE_ALSO):
            self.notify("Put the cursor on a “See also” entity to merge it here.")
            return
        keep, other = self.dossier.entity, option.removeprefix(SEE_ALSO)
        question = Text("Merge ") + safe_text(other, "bold") + Text(" into ") + safe_text(self.dossier.name, "bold") + Text("?")

        def merge(_: str) -> str:
            self.store.correct_identity("merge", keep, other=other)
            return keep

        self._correct(question, merge)

    def action_split(self) -> None:
        target = parse_open_target(self._dossier_cursor())
        if self.dossier is None or target is None or not any(a.article_id == target[0] for a in self.dossier.articles):
            self.notify("Put the cursor on an article of the dossier to split it off.")
            return
        entity, article_id = self.dossier.entity, target[0]
        question = Text(f"Split article {article_id} off ") + safe_text(self.dossier.name, "bold") + Text("?")

        def split(_: str) -> str:
            self.store.correct_identity("split", entity, article_id=article_id)
            return entity

        self._correct(question, split)

    def action_rename(self) -> None:
        if self.dossier is None:
            return
        entity = self.dossier.entity
        question = Text("Rename ") + safe_text(self.dossier.name, "bold") + Text(" to:")

        def rename(name: str) -> str:
            self.store.correct_identity("rename", entity, name=name)
            return entity

        self._correct(question, rename, ask_name=sanitize(self.dossier.name))

    def action_focus_filter(self) -> None:
        self.query_one("#entity-filter", Input).focus()

    def action_back(self) -> None:
        if self.query_one("#dossier", OptionList).has_focus:
            self.query_one("#entity-list", OptionList).focus()
        elif len(self.app.screen_stack) > 1:
            self.app.pop_screen()
