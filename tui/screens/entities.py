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
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.library import catalog
from tui.library.catalog import Dossier, LibraryEntity, LinkedFact
from tui.library.role_spans import RoleSpan, role_spans
from tui.library.store import Store
from tui.render.layers import tag_of_label
from tui.render.sanitize import safe_text, sanitize
from tui.widgets.filter_input import FilterInput
from tui.widgets.fitting_footer import FittingFooter
from tui.widgets.row_list import RowList
from tui.widgets.target_options import ArticleOption, EntityOption

from .library_list import LibraryListScreen

#: Entities listed at once; the filter narrows the rest in.
LIST_LIMIT = 500
#: Prefix of the ids of dossier lines that lead to another entity's dossier ("see-person:merkel").
SEE_ALSO = "see-"


def entity_prompt(entity: LibraryEntity) -> Text:
    prompt = safe_text(entity.name, "bold")
    prompt.append(f"  {tag_of_label(entity.label)}", style="dim")
    prompt.append(f"  {entity.articles} art. / {entity.mentions} ment.", style="dim")
    return prompt


def _fact_prompt(fact: LinkedFact) -> Text:
    prompt = Text(f"{fact.date or fact.published or '':<10}  ", style="dim")
    prompt.append_text(safe_text(fact.summary))
    return prompt


def _role_prompt(span: RoleSpan) -> Text:
    when = span.since if span.until in ("", span.since) else f"{span.since} – {span.until}"
    prompt = Text(f"{when:<23}  ", style="dim")
    prompt.append_text(safe_text(span.role))
    if span.articles > 1:
        prompt.append(f"  ({span.articles} art.)", style="dim")
    return prompt


def dossier_options(dossier: Dossier) -> list[Option]:
    """Headings (disabled) and openable lines: each role once (at its first report), facts at their
    evidence, articles at the first mention."""
    options: list[Option] = []
    if dossier.roles:
        options.append(Option(Text("Roles", style="bold underline"), disabled=True))
        options += [ArticleOption(_role_prompt(span), article_id=span.first.article_id, offset=span.first.start)
                    for span in role_spans(dossier.roles)]
    for heading, facts in (("Quotes", dossier.quotes), ("Events", dossier.events)):
        if not facts:
            continue
        options.append(Option(Text(heading, style="bold underline"), disabled=True))
        options += [ArticleOption(_fact_prompt(f), article_id=f.article_id, offset=f.start) for f in facts]
    if dossier.related:
        options.append(Option(Text("See also", style="bold underline"), disabled=True))
        options += [EntityOption(entity_prompt(other), entity=other.entity, id=f"{SEE_ALSO}{other.entity}")
                    for other in dossier.related]
    options.append(Option(Text("Articles", style="bold underline"), disabled=True))
    for article in dossier.articles:
        prompt = Text(f"{article.published or '':<10}  ", style="dim")
        prompt.append_text(safe_text(article.title or f"article {article.article_id}"))
        prompt.append(f"  ({article.mentions}×)", style="dim")
        options.append(ArticleOption(prompt, article_id=article.article_id, offset=article.first_offset))
    return options


def dossier_heading(dossier: Dossier) -> Text:
    heading = safe_text(dossier.name, "bold")
    heading.append(f"  {tag_of_label(dossier.label)}", style="dim")
    if dossier.aliases:
        heading.append("\nalso: ", style="dim")
        heading.append_text(safe_text(", ".join(dossier.aliases)))
    return heading


class EntitiesScreen(LibraryListScreen):
    """Entities across the library, with a dossier beside the list."""

    DEFAULT_CSS = """
    EntitiesScreen #entity-panes { height: 1fr; }
    EntitiesScreen #entity-list { width: 2fr; height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    EntitiesScreen #dossier-pane { width: 3fr; }
    /* Below 100 columns the list's rows were cut before their counts ("Recep Tayyip Erdoğan  PER…"): half each. */
    EntitiesScreen.-narrow #entity-list, EntitiesScreen.-narrow #dossier-pane { width: 1fr; }
    EntitiesScreen #dossier-heading { height: auto; padding: 0 1; }
    EntitiesScreen #dossier { height: 1fr; }
    """
    BINDINGS = [
        Binding("m", "merge", "Merge here", id="entities.merge"),
        Binding("s", "split", "Split article off", id="entities.split"),
        Binding("r", "rename", "Rename", id="entities.rename"),
    ]

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]

    FILTER_ID = "entity-filter"
    LIST_ID = "entity-list"

    def __init__(self, store: Store, *, name: str | None = None) -> None:
        super().__init__(store, name=name)
        self.dossier: Dossier | None = None

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder="filter entities…", id=self.FILTER_ID)
        with Horizontal(id="entity-panes"):
            yield RowList(id=self.LIST_ID, markup=False)
            with Vertical(id="dossier-pane"):
                yield Static(Text("Choose an entity to see its dossier.", style="dim"), id="dossier-heading")
                yield RowList(id="dossier", markup=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.show_entries("")
        self.filter_input.focus()

    def show_entries(self, query: str) -> None:
        rows = catalog.entities(self.store, query=query, top=LIST_LIMIT)
        listing = self.listing
        listing.set_options(EntityOption(entity_prompt(row), entity=row.entity) for row in rows)
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

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if isinstance(event.option, EntityOption):
            self.show_dossier(event.option.entity)  # from the list, or a dossier's "See also"
        else:
            self.open_option(event.option)

    # -- corrections ------------------------------------------------------------------
    def _dossier_cursor(self) -> Option | None:
        pane = self.query_one("#dossier", OptionList)
        if self.dossier is None or not pane.has_focus or pane.highlighted is None:
            return None
        return pane.get_option_at_index(pane.highlighted)

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
                self.notify(sanitize(str(exc)), severity="error", markup=False)
                return
            self.show_entries(self.filter_input.value)
            self.show_dossier(shown)

        self.app.push_screen(ConfirmCorrection(question, ask_name=ask_name), done)

    def action_merge(self) -> None:
        option = self._dossier_cursor()
        if self.dossier is None or not isinstance(option, EntityOption):
            self.notify("Put the cursor on a “See also” entity to merge it here.")
            return
        keep, other = self.dossier.entity, option.entity
        question = Text("Merge ") + safe_text(other, "bold") + Text(" into ") + safe_text(self.dossier.name, "bold") + Text("?")

        def merge(_: str) -> str:
            self.store.correct_identity("merge", keep, other=other)
            return keep

        self._correct(question, merge)

    def action_split(self) -> None:
        option = self._dossier_cursor()
        if self.dossier is None or not isinstance(option, ArticleOption) \
                or not any(a.article_id == option.article_id for a in self.dossier.articles):
            self.notify("Put the cursor on an article of the dossier to split it off.")
            return
        entity, article_id = self.dossier.entity, option.article_id
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

    def action_back(self) -> None:
        if self.query_one("#dossier", OptionList).has_focus:
            self.listing.focus()
        else:
            super().action_back()
