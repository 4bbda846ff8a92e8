"""What the reader does to the open article: star, export, walk mentions, follow facts, search it.

A base of the reader screen. The marks and the walk live in the article pane; these actions
ask it, and put what it answers in the status line.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import Resize

from tui.extract.types import Fact
from tui.library.entries import ArticleEntry
from tui.library.reader_library import LibraryProblem
from tui.render.sanitize import sanitize
from tui.screens.library_search import LibrarySearch
from tui.widgets.article_list import ArticleList
from tui.widgets.article_pane import ArticlePane

if TYPE_CHECKING:
    # Its messages are handled by name: the tree's module loads with the tree, after the first paint.
    from tui.widgets.facts_tree import FactsTree
    from tui.widgets.search_bar import SearchBar

#: The status line's rows for a passing message (reader.tcss's max-height); a fact may take more.
STATUS_ROWS = 6
#: Its rows when the facts are under the article (below 140 columns, reader.tcss): they are whole there.
NARROW_STATUS_ROWS = 3


class ArticleActions(LibrarySearch):
    """The reader screen's actions on the open article (Handlers by name: see library_search)."""

    #: The highlighted fact's whole row, and the status line fitted from it (refitted on resize).
    _status_fact = ""
    _status_fitted = ""

    @property
    def pane(self) -> ArticlePane:
        return self.query_one(ArticlePane)

    @property
    def current_entry(self) -> ArticleEntry | None:
        return None if self.current is None else self.entries[self.current]

    # -- starring, failures ------------------------------------------------------------------

    def action_star(self) -> None:
        """``s``: star (or unstar) the article under the list's cursor."""
        article_list = self.query_one(ArticleList)
        index = article_list.highlighted
        if index is None or index not in article_list.shown_indexes:
            index = self.current
        if index is None:
            return
        entry = self.entries[index]
        try:
            self.library.star(entry.article_id, not entry.starred)
        except LibraryProblem as exc:
            self.set_status(sanitize(str(exc)))
            return
        self.update_entry(index, entry.but(starred=not entry.starred))
        self.set_status("unstarred" if entry.starred else "starred (S shows the starred articles)")

    def action_show_failures(self) -> None:
        from tui.screens.failures import FailuresScreen

        if not self.failures:
            self.set_status("every article analysed so far could be analysed")
            return
        self.app.push_screen(FailuresScreen(list(self.failures.values())))

    # -- mentions, facts and marks -------------------------------------------------------------------

    def action_mention(self, step: int) -> None:
        self.set_status(self.pane.step_mention(step))

    def action_clear_marks(self) -> None:
        if self.list_filter:
            self.action_clear_filter()
        self.pane.clear_marks()
        self.set_status("")

    def on_facts_tree_fact_highlighted(self, message: FactsTree.FactHighlighted) -> None:
        self.pane.mark_evidence(message.evidence)
        self._status_fact = sanitize(message.summary).replace("\n", " ")
        self._fit_fact_status()

    def _fit_fact_status(self) -> None:
        """The sidebar cuts long facts: the status line shows the whole one, growing to a third of
        the column; a longer one is cut there with a hint, and ``v`` shows it whole."""
        summary = self._status_fact
        if not summary:
            self.set_status("")
            return
        from tui.render.status_fit import fit_rows  # loads with the first fact highlighted, after the first paint

        status = self.query_one("#status")
        # A third of the screen's height (the covered containers are not laid out as widgets of their own).
        rows = NARROW_STATUS_ROWS if not self.has_class("-wide") else max(STATUS_ROWS, (self.size.height - 2) // 3)
        self._status_fitted = fit_rows(summary, width=status.content_size.width or 40, rows=rows,
                                       hint=f"{self._whole_fact_key()} shows it whole")
        self.set_status(self._status_fitted)
        status.styles.max_height = rows

    def _whole_fact_key(self) -> str:
        """The key that opens the whole fact, as the footer shows it (the user may have remapped it)."""
        for active in self.active_bindings.values():
            if active.binding.action == "whole_fact":
                return self.app.get_key_display(active.binding)
        return "v"

    def on_resize(self, event: Resize) -> None:
        if self._status_fact and self.status == self._status_fitted:
            # Fitted to the old size: fitted again once the panes have their new one.
            self.call_after_refresh(self._fit_fact_status)

    def on_facts_tree_whole_fact_wanted(self, message: FactsTree.WholeFactWanted) -> None:
        from tui.screens.fact_text import FactTextScreen

        self.app.push_screen(FactTextScreen(sanitize(message.summary)))

    def on_facts_tree_fact_chosen(self, message: FactsTree.FactChosen) -> None:
        if message.fact.evidence:
            self.view.scroll_to_offset(message.fact.evidence[0][0])

    def on_facts_tree_entity_chosen(self, message: FactsTree.EntityChosen) -> None:
        from tui.screens.entity import EntityScreen

        analysis = self.current_analysis
        if analysis is not None:
            self.app.push_screen(EntityScreen(analysis, message.entity_id), self._jump_to)

    def _jump_to(self, offset: int | None) -> None:
        analysis = self.current_analysis
        if offset is None or analysis is None:
            return
        mention = next((m for m in analysis.mentions if m.start == offset), None)
        self.pane.mark_current(offset, mention.end if mention else offset + 1)
        self.view.focus()

    def chosen_entity(self) -> tuple[str, str] | None:
        analysis = self.current_analysis
        if analysis is None:
            return None
        under_cursor = self.entity_under_cursor()
        if under_cursor is not None:
            return under_cursor
        mention = self.pane.current_mention()
        entity = None if mention is None else analysis.entity(mention.entity)
        return None if entity is None else (entity.id, entity.name)

    def action_export(self, fmt: str = "markdown") -> None:
        """Write the open article's analysis in ``fmt`` to the export folder; a notice names the files."""
        from tui.exports.folder import export_article

        analysis, entry = self.current_analysis, self.current_entry
        if analysis is None or entry is None:
            # An article skipped for its language is never analysed: "yet" would promise an export to come.
            said = ("Nothing to export: no pipeline reads this article's language, so it is not analysed"
                    if entry is not None and entry.key in self.skipped
                    else "Nothing to export yet: the article is not analysed")
            self.app.notify(said, severity="warning", markup=False)
            return
        try:
            paths = export_article(analysis, fmt, library=self.library.path,
                                   inputs=tuple(p for p in (entry.path,) if p))
        except (OSError, ValueError) as exc:
            self.app.notify(sanitize(f"cannot export: {exc}"), severity="error", markup=False)
            return
        self.app.notify(sanitize(", ".join(str(path) for path in paths)), title=f"Exported ({fmt})", markup=False)

    def copy_fact(self, fact: Fact) -> None:
        self.app.copy_to_clipboard(fact.text)
        self.app.notify(sanitize(fact.text), title="Copied", markup=False)

    # -- search in the article ----------------------------------------------------------------------

    async def action_search(self) -> None:
        (await self.pane.search_bar()).open()

    def on_search_bar_search(self, message: SearchBar.Search) -> None:
        item = self.current_input
        count = self.pane.search(item.text if item is not None else "", message.query)
        self.set_status(f"{count} matches" if message.query else "")
        if message.closed:
            self.view.focus()
        if message.done and count:
            self.action_search_step(1)

    def action_search_step(self, step: int) -> None:
        self.set_status(self.pane.search_step(step))
