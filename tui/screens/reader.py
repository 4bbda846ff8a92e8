"""The reader: article list, highlighted article with its legend and search, and the facts sidebar.

Attributes go down (the screen tells each widget what to show), messages come up (widgets
and the analysis worker post them). spaCy is imported only inside the worker thread.
"""

from __future__ import annotations

import os
from pathlib import Path

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from tui.extract.types import Analysis, ArticleInput, Fact
from tui.library.documents import UnreadableArticle
from tui.library.entries import ArticleEntry, entry_from_row, load_input
from tui.render.layers import LAYER_IDS, LAYERS, counts_by_layer
from tui.render.sanitize import safe_text, sanitize
from tui.screens.analysis import AnalysisMixin, plural
from tui.screens.library_search import LibrarySearchMixin
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import CURRENT_STYLE, EVIDENCE_STYLE, SEARCH_STYLE, ArticleView
from tui.widgets.facts_tree import FactsTree
from tui.widgets.legend import Legend
from tui.widgets.library_search import LibrarySearchBar
from tui.widgets.list_filter import ListFilterBar
from tui.widgets.search_bar import SearchBar, find_all

MIN_WIDTH, MIN_HEIGHT = 80, 24


def export_folder() -> Path:
    """Where exports and screenshots are written: ``$NEWSLOUPE_EXPORT_DIR``, else the current folder."""
    return Path(os.environ.get("NEWSLOUPE_EXPORT_DIR") or ".")


class ReaderScreen(AnalysisMixin, LibrarySearchMixin, Screen[None]):
    BINDINGS = [
        *(Binding(layer.key, f"toggle_layer('{layer.id}')", f"Layer {layer.name}", show=False, id=f"layer.{layer.id}")
          for layer in LAYERS),
        Binding("a", "all_layers(True)", "All layers on", id="layers.all"),
        Binding("0", "all_layers(False)", "All layers off", id="layers.none"),
        Binding("t", "toggle_tags", "Layer tags", id="layers.tags"),
        Binding("left_square_bracket", "mention(-1)", "Previous mention", id="mention.previous"),
        Binding("right_square_bracket", "mention(1)", "Next mention", id="mention.next"),
        Binding("slash", "search", "Search", id="search.open"),
        Binding("n", "search_step(1)", "Next match", show=False, id="search.next"),
        Binding("N", "search_step(-1)", "Previous match", show=False, id="search.previous"),
        Binding("tab", "app.focus_next", "Next pane", show=False, id="pane.next"),
        Binding("shift+tab", "app.focus_previous", "Previous pane", show=False, id="pane.previous"),
        Binding("escape", "clear_marks", "Clear marks", show=False, id="marks.clear"),
        Binding("x", "export('markdown')", "Export article (Markdown)", id="article.export"),
        Binding("f", "filter_entity", "List articles naming this entity", id="list.filter_entity"),
        Binding("ctrl+f", "filter_titles", "Filter the list by title", id="list.filter_text"),
        Binding("F", "clear_filter", "Clear the list filter", id="list.filter_clear"),
        Binding("I", "analyse_library", "Analyse the whole library (again: stop)", id="library.analyse"),
        Binding("E", "show_failures", "Why articles could not be analysed", id="library.failures"),
    ]

    #: The terminal is below 80x24: a message replaces the panes.
    too_small: reactive[bool] = reactive(False)
    #: The worker is analysing (the status line says which).
    analysing: reactive[bool] = reactive(False)

    def __init__(self, entries: list[ArticleEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.current: int | None = None
        self.current_input: ArticleInput | None = None
        self.init_analysis()
        self.init_library_search()
        #: The status line's passing message (search matches, the fact under the cursor...).
        self.status = ""
        self._hits: list[tuple[int, int]] = []
        self._hit = -1
        self._mention = -1
        #: What the article list is filtered by ("" when it shows every article).
        self.list_filter = ""

    # -- layout ----------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(Text(f"The terminal is too small: Newsloupe needs at least {MIN_WIDTH}\u00d7{MIN_HEIGHT}."),
                     id="too-small")
        with Horizontal(id="panes"):
            yield ArticleList(id="articles")
            with Vertical(id="article-pane"):
                yield Legend(id="legend")
                yield ArticleView(id="article")
                yield SearchBar(id="search")
                yield ListFilterBar(id="list-filter")
                yield LibrarySearchBar(id="library-search")
                yield Static(id="status")
            yield FactsTree(id="facts")

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def current_entry(self) -> ArticleEntry | None:
        return None if self.current is None else self.entries[self.current]

    @property
    def current_analysis(self) -> Analysis | None:
        entry = self.current_entry
        return None if entry is None else self.analyses.get(entry.key)

    def on_mount(self) -> None:
        self.query_one("#articles", ArticleList).border_title = "Articles"
        self.query_one("#facts", FactsTree).border_title = "Facts"
        self.apply_look()
        self.query_one(ArticleList).set_entries(self.entries)
        if self.entries:
            self.open_article(0)
        else:
            self.view.show_article("", title="No articles", analysis=None)
            self.view.set_notice(Text("Open files or folders: newsloupe PATH...", style="italic"))
        self.query_one(ArticleList).focus()

    def on_resize(self, event: Resize) -> None:
        self.too_small = event.size.width < MIN_WIDTH or event.size.height < MIN_HEIGHT

    def watch_too_small(self, too_small: bool) -> None:
        self.set_class(too_small, "-too-small")
        if not too_small and self.is_mounted and self.focused is None:
            # Hiding the panes took the focus away: give it back to the list.
            self.query_one(ArticleList).focus()

    def watch_analysing(self, analysing: bool) -> None:
        self.set_class(analysing, "-analysing")

    # -- look --------------------------------------------------------------------------------

    def apply_look(self) -> None:
        """Styles from the app (theme, mono), layers and tags from the app's state; legend follows."""
        app = self.app
        self.view.set_look(app.layer_styles(), tags=app.tags)  # type: ignore[attr-defined]
        self.view.set_layers(app.layers_on)  # type: ignore[attr-defined]
        self.refresh_legend()

    def refresh_legend(self) -> None:
        app = self.app
        self.query_one(Legend).show(app.layers_on, counts_by_layer(self.current_analysis),  # type: ignore[attr-defined]
                                    app.layer_styles(), tags=app.tags)  # type: ignore[attr-defined]

    def set_status(self, text: str) -> None:
        """Show ``text``; with no passing message the line tells how the analysis stands."""
        self.status = text
        self.query_one("#status", Static).update(Text(text or self.analysis_status()))

    @property
    def status_line(self) -> str:
        return str(self.query_one("#status", Static).render())

    def index_of_key(self, key: str) -> int | None:
        if key.startswith("db:") and key[3:].isdigit():
            wanted = int(key[3:])
            return next((i for i, e in enumerate(self.entries) if e.article_id == wanted), None)
        return next((i for i, e in enumerate(self.entries) if e.key == key), None)

    def on_unmount(self) -> None:
        self.app.stop_analysis()  # type: ignore[attr-defined]

    # -- articles ------------------------------------------------------------------------------

    @on(ArticleList.Selected)
    def _article_chosen(self, message: ArticleList.Selected) -> None:
        self.open_article(message.index)
        self.view.focus()

    def open_article(self, index: int, *, offset: int | None = None) -> None:
        if not 0 <= index < len(self.entries):
            return
        self.remember_position()
        entry = self.entries[index]
        self.current, self._hits, self._hit, self._mention = index, [], -1, -1
        article_list = self.query_one(ArticleList)
        if article_list.highlighted != index:
            article_list.highlighted = index
        try:
            self.current_input = load_input(entry, self.app.store)  # type: ignore[attr-defined]
        except UnreadableArticle as exc:
            self.current_input = None
            self.view.show_article("", title=entry.title, analysis=None)
            self.view.set_notice(safe_text(f"Cannot open this article: {exc}", "bold red"))
            self.query_one(FactsTree).show_analysis(None, note="Nothing to analyse")
            self.refresh_legend()
            return
        analysis = self.analyses.get(entry.key) or self.app.cached_analysis(entry)  # type: ignore[attr-defined]
        if analysis is not None:
            self.keep_analysis(entry.key, analysis)
        self._show_current(analysis)
        if self.model_problem is None:
            self.request_analysis()
        if offset is not None:
            self.view.scroll_to_offset(offset)
        elif entry.position:
            self.view.scroll_to_offset(entry.position, top=True)
        if not entry.read:
            self._update_entry(index, entry.but(read=True))
            self.app.mark_read(entry)  # type: ignore[attr-defined]

    def open_library_article(self, article_id: int, offset: int) -> None:
        """Open a library article (listed or not) with the view at ``offset``."""
        index = next((i for i, e in enumerate(self.entries) if e.article_id == article_id), None)
        store = self.app.store  # type: ignore[attr-defined]
        if index is None and store is not None:
            row = store.article(article_id)
            if row is None:
                self.app.notify(f"article {article_id} is no longer in the library", severity="warning")
                return
            self.entries.append(entry_from_row(row))
            self.query_one(ArticleList).add_entry(self.entries[-1])
            index = len(self.entries) - 1
        if index is not None:
            self.open_article(index, offset=offset)
            self.view.focus()

    def remember_position(self) -> None:
        """Keep where the open article was left (in the library too, for the next run)."""
        entry = self.current_entry
        if entry is None or self.current_input is None:
            return
        position = self.view.offset_at_top()
        if position != entry.position:
            self.entries[self.current] = entry.but(position=position)  # type: ignore[index]
            self.app.save_position(entry, position)  # type: ignore[attr-defined]

    def _show_current(self, analysis: Analysis | None) -> None:
        entry, item = self.current_entry, self.current_input
        if entry is None or item is None:
            return
        byline = " \u00b7 ".join(x for x in (entry.source, item.published) if x)
        self.view.show_article(item.text, title=entry.title, byline=byline, analysis=analysis)
        if self.search_result is not None:
            self.mark_search_terms(scroll=False)  # a new look of the article keeps the searched words marked
        if analysis is None:
            self.view.set_notice(self._pending_notice())
        self.query_one(FactsTree).show_analysis(analysis, note=self.model_problem or "Analysing\u2026")
        self.refresh_legend()

    def _pending_notice(self) -> Text:
        if self.model_problem:
            return safe_text(f"{self.model_problem} (the text is shown without layers)", "bold red")
        return Text("analysing\u2026", style="italic")

    def _update_entry(self, index: int, entry: ArticleEntry) -> None:
        self.entries[index] = entry
        self.query_one(ArticleList).update_entry(index, entry)

    # -- layers ----------------------------------------------------------------------------------------

    def action_toggle_layer(self, layer_id: str) -> None:
        self.app.set_layers(self.app.layers_on ^ {layer_id})  # type: ignore[attr-defined]

    def action_all_layers(self, on: bool) -> None:
        self.app.set_layers(frozenset(LAYER_IDS) if on else frozenset())  # type: ignore[attr-defined]

    def action_toggle_tags(self) -> None:
        self.app.set_tags(not self.app.tags)  # type: ignore[attr-defined]

    def action_mention(self, step: int) -> None:
        mentions = self.view.visible_mentions()
        if not mentions:
            self.set_status("no mentions in the layers that are on")
            return
        self._mention = (self._mention + step) % len(mentions) if self._mention >= 0 or step > 0 else len(mentions) - 1
        m = mentions[self._mention]
        self.view.set_marks("current", [(m.start, m.end)], CURRENT_STYLE)
        self.view.scroll_to_offset(m.start)
        label = sanitize(m.text).replace("\n", " ")
        self.set_status(f"{label} ({m.label}) {self._mention + 1}/{len(mentions)}")

    def action_clear_marks(self) -> None:
        if self.list_filter:
            self.action_clear_filter()
        for kind in ("evidence", "current", "search"):
            self.view.set_marks(kind, [], CURRENT_STYLE)
        self._hits, self._hit, self._mention = [], -1, -1
        self.set_status("")

    # -- facts -----------------------------------------------------------------------------------------

    @on(FactsTree.FactHighlighted)
    def _fact_highlighted(self, message: FactsTree.FactHighlighted) -> None:
        self.view.set_marks("evidence", list(message.evidence), EVIDENCE_STYLE)
        if message.evidence:
            self.view.scroll_to_offset(message.evidence[0][0])
        # The sidebar cuts long facts: the status line shows the whole one.
        self.set_status(sanitize(message.summary).replace("\n", " "))

    @on(FactsTree.FactChosen)
    def _fact_chosen(self, message: FactsTree.FactChosen) -> None:
        if message.fact.evidence:
            self.view.scroll_to_offset(message.fact.evidence[0][0])

    @on(FactsTree.EntityChosen)
    def _entity_chosen(self, message: FactsTree.EntityChosen) -> None:
        from tui.screens.entity import EntityScreen

        analysis = self.current_analysis
        if analysis is not None:
            self.app.push_screen(EntityScreen(analysis, message.entity_id), self._jump_to)

    def _jump_to(self, offset: int | None) -> None:
        analysis = self.current_analysis
        if offset is None or analysis is None:
            return
        mention = next((m for m in analysis.mentions if m.start == offset), None)
        end = mention.end if mention else offset + 1
        self.view.set_marks("current", [(offset, end)], CURRENT_STYLE)
        self.view.scroll_to_offset(offset)
        self.view.focus()

    def action_export(self, fmt: str = "markdown") -> None:
        """Write the open article's analysis in ``fmt`` to the export folder; a notice names the files."""
        from tui.exports.save import save_export

        analysis = self.current_analysis
        if analysis is None:
            self.app.notify("Nothing to export yet: the article is not analysed", severity="warning")
            return
        folder = export_folder()
        try:
            folder.mkdir(parents=True, exist_ok=True)
            entry = self.current_entry
            paths = save_export(analysis, fmt, folder, library=getattr(self.app.store, "path", None),  # type: ignore[attr-defined]
                                inputs=tuple(p for p in (getattr(entry, "path", None),) if p))
        except (OSError, ValueError) as exc:
            self.app.notify(sanitize(f"cannot export: {exc}"), severity="error", markup=False)
            return
        self.app.notify(sanitize(", ".join(str(path) for path in paths)), title=f"Exported ({fmt})", markup=False)

    def copy_fact(self, fact: Fact) -> None:
        self.app.copy_to_clipboard(fact.text)
        self.app.notify(sanitize(fact.text), title="Copied", markup=False)

    # -- the list's filters ----------------------------------------------------------------------

    def _chosen_entity(self) -> tuple[str, str] | None:
        """(id, name) of the entity under the facts cursor, else of the mention walked to with [ ]."""
        analysis = self.current_analysis
        if analysis is None:
            return None
        node = self.query_one(FactsTree).cursor_node
        if node is not None and node.data is not None and node.data.entity is not None:
            return node.data.entity.id, node.data.entity.name
        mentions = self.view.visible_mentions()
        if 0 <= self._mention < len(mentions):
            entity = analysis.entity(mentions[self._mention].entity)
            if entity is not None:
                return entity.id, entity.name
        return None

    def action_filter_entity(self) -> None:
        chosen = self._chosen_entity()
        if chosen is None:
            self.set_status("choose an entity first: in the facts sidebar, or a mention with [ ]")
            return
        self.filter_by_entity(*chosen)

    def filter_by_entity(self, entity_id: str, name: str) -> None:
        """List only the library's articles that mention ``entity_id``."""
        store = self.app.store  # type: ignore[attr-defined]
        if store is None:
            self.set_status("no library is open: filtering by entity needs one")
            return
        try:
            rows = store.articles(entity=entity_id)
        except Exception as exc:  # noqa: BLE001 - a broken library must not stop reading
            self.app.notify(sanitize(f"cannot filter: {exc}"), severity="warning", markup=False)
            return
        self._apply_filter(f"entity {sanitize(name)}", [self._index_of_row(row) for row in rows])

    def _index_of_row(self, row) -> int:  # type: ignore[no-untyped-def]
        """The entry of a library row, listed at the end when it was not yet."""
        for index, entry in enumerate(self.entries):
            if entry.article_id == row.id:
                return index
        self.entries.append(entry_from_row(row))
        self.query_one(ArticleList).add_entry(self.entries[-1])
        return len(self.entries) - 1

    def action_filter_titles(self) -> None:
        self.query_one(ListFilterBar).open()

    @on(ListFilterBar.Filter)
    def _title_filter(self, message: ListFilterBar.Filter) -> None:
        query = message.query.strip()
        if not query:
            self.action_clear_filter()
        else:
            self._apply_filter(f"title {sanitize(query)!r}", self._title_matches(query))
        if message.closed:
            self.query_one(ArticleList).focus()

    def _title_matches(self, query: str) -> list[int]:
        store = self.app.store  # type: ignore[attr-defined]
        if store is not None:
            try:
                ids = {row.id for row in store.articles(query=query)}
            except Exception:  # noqa: BLE001 - fall back to the titles in memory
                ids = None
            if ids is not None:
                return [i for i, e in enumerate(self.entries) if e.article_id in ids]
        needle = query.casefold()
        return [i for i, e in enumerate(self.entries) if needle in e.title.casefold() or needle in (e.source or "").casefold()]

    def _apply_filter(self, label: str, indexes: list[int], *, searching: bool = False) -> None:
        self.list_filter = label
        article_list = self.query_one(ArticleList)
        if not searching:
            self.search_result = None
        article_list.set_search(searching)
        article_list.set_filter(indexes)
        # A Text, not a string: a string title is parsed as markup, and the label holds article words.
        article_list.border_title = Text(f"Articles \u00b7 {label} ({len(indexes)})")
        article_list.border_subtitle = "F: all"
        if searching:
            self.set_status(f"{plural(len(indexes), 'article')} match{'es' if len(indexes) == 1 else ''} {label[7:]}"
                            " (n/N: next/previous result)")
        else:
            self.set_status(f"{plural(len(indexes), 'article')} with {label}")

    def action_clear_filter(self) -> None:
        if not self.list_filter:
            return
        self.list_filter = ""
        self.search_result = None
        article_list = self.query_one(ArticleList)
        article_list.set_search(False)
        article_list.set_filter(None)
        article_list.border_title, article_list.border_subtitle = "Articles", ""
        self.set_status("")

    # -- search ------------------------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open()

    @on(SearchBar.Search)
    def _search(self, message: SearchBar.Search) -> None:
        item = self.current_input
        self._hits = find_all(sanitize(item.text), message.query) if item is not None else []
        self._hit = -1
        self.view.set_marks("search", self._hits, SEARCH_STYLE)
        self.set_status(f"{len(self._hits)} matches" if message.query else "")
        if message.closed:
            self.view.focus()
        if message.done and self._hits:
            self.action_search_step(1)

    def action_search_step(self, step: int) -> None:
        if not self._hits:
            self.set_status("no matches" if self.query_one(SearchBar).value else "search with /")
            return
        self._hit = (self._hit + step) % len(self._hits)
        start, end = self._hits[self._hit]
        self.view.set_marks("current", [(start, end)], CURRENT_STYLE)
        self.view.scroll_to_offset(start)
        self.set_status(f"match {self._hit + 1}/{len(self._hits)}")
