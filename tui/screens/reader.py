"""The reader: article list, the article pane (legend, highlighted article, search), and the facts sidebar.

Attributes go down: the screen owns the layer state (``layers_on``, ``tags``, ``layer_styles``,
declared with the preference that saves them in ``layer_prefs``) and binds it into the article pane
with ``data_bind``. Messages come up from the widgets and the analysis worker. The panes' places by
width, the layer state, page reading, article actions, library search, list filters and analysis
client are the screen's base classes (each in its own module).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Resize, ScreenResume
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme
from textual.widget import MountError
from textual.widgets import Static

from tui.extract.types import Analysis
from tui.library.documents import UnreadableArticle
from tui.library.entries import ArticleEntry, Joining, entry_from_row
from tui.render.layers import LAYERS, clean_layer_ids
from tui.render.sanitize import safe_text
from tui.screens.pane_places import PanePlaces
from tui.widgets.article_list import ArticleList
from tui.widgets.article_pane import ArticlePane
from tui.widgets.pane_slot import PaneSlot

if TYPE_CHECKING:
    # The facts tree is mounted after the first frame: its module (and Tree's) load then.
    from tui.widgets.facts_tree import FactsTree

MIN_WIDTH, MIN_HEIGHT = 80, 24


class ReaderScreen(PanePlaces, Screen[None]):
    BINDINGS = [
        *(Binding(layer.key, f"toggle_layer('{layer.id}')", f"Layer {layer.name}", show=False, id=f"layer.{layer.id}")
          for layer in LAYERS),
        Binding("a", "all_layers(True)", "All layers on", show=False, id="layers.all"),
        Binding("0", "all_layers(False)", "All layers off", show=False, id="layers.none"),
        Binding("t", "toggle_tags", "Layer tags", show=False, id="layers.tags"),
        Binding("left_square_bracket", "mention(-1)", "Previous mention", show=False, id="mention.previous"),
        Binding("right_square_bracket", "mention(1)", "Next mention", key_display="[ ]", id="mention.next"),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("n", "search_step(1)", "Next match", show=False, id="search.next"),
        Binding("N", "search_step(-1)", "Previous match", show=False, id="search.previous"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="pane.previous"),
        Binding("escape", "clear_marks", "Clear marks", show=False, id="marks.clear"),
        Binding("l", "toggle_list", "Articles", tooltip="Show or hide the article list", id="pane.list"),
        Binding("s", "star", "Star", id="article.star"),
        Binding("S", "filter_starred", "Show starred articles", show=False, id="list.filter_starred"),
        Binding("x", "export('markdown')", "Export", id="article.export"),
        Binding("f", "filter_entity", "List articles naming this entity", show=False, id="list.filter_entity"),
        Binding("ctrl+f", "filter_titles", "Filter the list by title", show=False, id="list.filter_text"),
        Binding("F", "clear_filter", "Clear the list filter", show=False, id="list.filter_clear"),
        Binding("I", "analyse_library", "Analyse what is not analysed yet (again: stop)", show=False, id="library.analyse"),
        Binding("E", "show_failures", "Why articles could not be analysed", show=False, id="library.failures"),
    ]

    #: The terminal is below 80x24: a message replaces the panes.
    too_small: reactive[bool] = reactive(False)

    def __init__(self, entries: list[ArticleEntry], *, joining: Sequence[Joining] = ()) -> None:
        super().__init__(entries, joining)
        #: The facts sidebar is filled once the first frame (list and article) is on screen.
        self._facts_shown = False
        #: Whether the screen was shown once (see ``_on_screen_resume``).
        self._resumed = False

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        # The state starts as the library left it; set before the pane binds to it.
        self.set_reactive(ReaderScreen.layers_on, clean_layer_ids(self.library.pref("layers", None)))
        self.set_reactive(ReaderScreen.tags, bool(self.library.pref("tags", self.host.mono)))
        self.set_reactive(ReaderScreen.layer_styles, self.host.layer_styles())
        self.set_width_classes()
        # The panes are the screen's own row (its layout is horizontal): no container of theirs to style.
        yield ArticleList(id="articles")
        with Vertical(id="article-column"):
            yield ArticlePane(id="article-pane").data_bind(
                ReaderScreen.layers_on, ReaderScreen.tags, ReaderScreen.layer_styles)
            # The list's input lines (title filter, library search) are mounted when first opened.
            yield Static(id="status")
        # A light stand-in holds the sidebar's place in the first frame (the tree comes a frame later).
        slot = PaneSlot(id="facts-slot")
        slot.border_title = "Facts"
        yield slot
        # The footer shows no keys before the bindings settle, a frame after the first: until the
        # first frame is painted a blank line in its colours holds its place.
        footer_slot = Static(id="footer-slot")
        footer_slot.display = self.host.show_footer
        yield footer_slot

    def on_mount(self) -> None:
        self.query_one("#articles", ArticleList).border_title = "Articles"
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)
        self.query_one(ArticleList).set_entries(self.entries)
        if self.host.paged:
            self.start_paging()
        if self.entries:
            self.open_article(0)
        else:
            self.pane.show("", title="No articles", analysis=None)
            self.pane.set_notice(Text("Open files or folders: newsloupe PATH...", style="italic"))
        self.settle_focus()

    def _on_screen_resume(self, event: ScreenResume) -> None:
        # Textual restyles every node of a screen as it is first shown (its handler runs after this
        # one). Every node was styled as it was mounted, moments before, by the same stylesheet:
        # styling them all again came to over 1% of the first paint (the first frame is the same,
        # segment for segment). Later resumes are left as Textual has them.
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def first_frame_painted(self) -> None:
        """The list and the article are on screen (the app's Ready): the facts sidebar is filled now.

        The tree of a cached analysis is a third of the first frame's rendering: the list and the
        text come first, the facts a frame later, from whatever is current by then."""
        if self._facts_shown:
            return
        self._facts_shown = True
        self.join_library()
        # The tree and the footer replace their stand-ins: their stylesheets, styles and empty first
        # renders stay out of the first frame.
        from tui.widgets.facts_tree import FactsTree
        from tui.widgets.fitting_footer import FittingFooter

        slot, footer_slot = self.query_one("#facts-slot"), self.query_one("#footer-slot")
        tree = FactsTree(id="facts")
        tree.border_title = "Facts"
        footer = FittingFooter(id="footer", show_command_palette=False, compact=True)
        footer.display = self.host.show_footer
        try:
            self.mount(tree, after=slot)
            self.mount(footer, after=footer_slot)
        except MountError:
            return  # the app closed as its first frame was painted
        slot.remove()
        footer_slot.remove()
        self.refresh_bindings()  # the footer's keys
        if self.current_input is not None:
            self._show_facts(self.current_analysis)
        elif self.entries:
            reading = self.current_entry is not None and self.current_entry.reading
            tree.show_analysis(None, note="Reading the page\u2026" if reading else "Nothing to analyse")
        self.start_reading_pages()

    def _show_facts(self, analysis: Analysis | None) -> None:
        if self._facts_shown:
            for tree in self._facts_trees():  # none when the app closed as its first frame was painted
                tree.show_analysis(analysis, note=self.model_problem or "Analysing\u2026")

    def _facts_trees(self) -> list[FactsTree]:
        """The sidebar's tree (none before the first frame is painted, when its module is not loaded yet)."""
        if not self._facts_shown:
            return []
        from tui.widgets.facts_tree import FactsTree

        return list(self.query(FactsTree))

    def _theme_changed(self, _theme: Theme) -> None:
        self.layer_styles = self.host.layer_styles()

    def on_resize(self, event: Resize) -> None:
        self.too_small = event.size.width < MIN_WIDTH or event.size.height < MIN_HEIGHT

    def watch_too_small(self, too_small: bool) -> None:
        if too_small and not self.query("#too-small"):
            # Mounted the first time it is needed: most readers never see it, and it is one node less to style at start.
            message = Text(f"The terminal is too small: Newsloupe needs at least {MIN_WIDTH}\u00d7{MIN_HEIGHT}.")
            self.mount(Static(message, id="too-small"), before=0 if self.children else None)
        self.set_class(too_small, "-too-small")
        if not too_small:
            # Hiding the panes took the focus away: give it back to the list (or the article, the list hidden).
            self.settle_focus()

    def watch_analysing(self, analysing: bool) -> None:
        self.set_class(analysing, "-analysing")

    # -- the status line --------------------------------------------------------------------------

    def set_status(self, text: str) -> None:
        """Show ``text``; with no passing message the line tells how the analysis stands."""
        status = self.query_one("#status", Static)
        if text != self.status:  # a new message: the stylesheet's rows again (a fact may have taken more)
            status.styles.max_height = None
        self.status = text
        status.update(Text(text or self.analysis_status()))

    @property
    def status_line(self) -> str:
        return str(self.query_one("#status", Static).render())

    def on_unmount(self) -> None:
        self.host.stop_analysis()

    # -- articles ------------------------------------------------------------------------------

    @on(ArticleList.Selected)
    def _article_chosen(self, message: ArticleList.Selected) -> None:
        self.open_article(message.index)
        self.close_list_drawer()
        self.view.focus()

    def open_article(self, index: int, *, offset: int | None = None) -> None:
        if not 0 <= index < len(self.entries):
            return
        self.remember_position()
        entry = self.entries[index]
        self.current = index
        article_list = self.query_one(ArticleList)
        if article_list.highlighted != index:
            article_list.highlighted = index
        if entry.reading:
            self.current_input = None
            self.read_next(entry)
            self.pane.show("", title=entry.title, analysis=None)
            self.pane.set_notice(Text("reading the page\u2026", style="italic"))
            for tree in self._facts_trees():  # none before the first frame: it shows this note then
                tree.show_analysis(None, note="Reading the page\u2026")
            return
        try:
            self.current_input = self.input_of(entry)
        except UnreadableArticle as exc:
            self.current_input = None
            self.pane.show("", title=entry.title, analysis=None)
            self.pane.set_notice(safe_text(f"Cannot open this article: {exc}", "bold red"))
            for tree in self._facts_trees():  # none before the first frame: it shows this note then
                tree.show_analysis(None, note="Nothing to analyse")
            return
        analysis = self.analyses.get(entry.key) or self.library.cached_analysis(entry.article_id, self.host.model_name)
        if analysis is not None:
            self.keep_analysis(entry.key, analysis)
        self.show_current(analysis)
        if self.model_problem is None:
            self.request_analysis()
        if offset is not None:
            self.view.scroll_to_offset(offset)
        elif entry.position:
            self.view.scroll_to_offset(entry.position, top=True)
        if not entry.read:
            self.update_entry(index, entry.but(read=True))
            self.library.mark_read(entry.article_id)

    def open_library_article(self, article_id: int, offset: int) -> None:
        """Open a library article (listed or not) with the view at ``offset``."""
        index = next((i for i, e in enumerate(self.entries) if e.article_id == article_id), None)
        if index is None and self.library.present:
            row = self.library.article(article_id)
            if row is None:
                self.app.notify(f"article {article_id} is no longer in the library", severity="warning",
                                markup=False)
                return
            index = self.index_of_row(row)
        if index is not None:
            self.open_article(index, offset=offset)
            self.view.focus()

    def add_library_article(self, article_id: int) -> None:
        """A new article of the library (a feed refresh found it): listed at the end (``keep_order`` moves it)."""
        row = self.library.article(article_id)
        if row is not None and all(e.article_id != article_id for e in self.entries):
            self.entries.append(entry_from_row(row))
            self.query_one(ArticleList).add_entry(self.entries[-1])
            self.widen_scope([article_id])

    def remember_position(self) -> None:
        """Keep where the open article was left (in the library too, for the next run)."""
        entry, index = self.current_entry, self.current
        if entry is None or index is None or self.current_input is None:
            return
        position = self.view.offset_at_top()
        if position != entry.position:
            self.entries[index] = entry.but(position=position)
            self.library.save_position(entry.article_id, position)

    def show_current(self, analysis: Analysis | None) -> None:
        entry, item = self.current_entry, self.current_input
        if entry is None or item is None:
            return
        byline = " \u00b7 ".join(x for x in (entry.source, item.published) if x)
        self.pane.show(item.text, title=entry.title, byline=byline, analysis=analysis)
        if self.search_result is not None:
            self.mark_search_terms(scroll=False)  # a new look of the article keeps the searched words marked
        skipped = self.skipped.get(entry.key)
        if analysis is None:
            self.pane.set_notice(safe_text(skipped, "italic") if skipped else self._pending_notice())
        if skipped and analysis is None:
            for tree in self._facts_trees():
                tree.show_analysis(None, note="Not analysed")
        else:
            self._show_facts(analysis)

    def _pending_notice(self) -> Text:
        if self.model_problem:
            return safe_text(f"{self.model_problem} (the text is shown without layers)", "bold red")
        return Text("analysing\u2026", style="italic")
