"""The article list's filters: by entity (``f``), by title (``ctrl+f``), starred (``S``); ``F`` clears.

A base of the reader screen: each filter asks the library (through the facade) which articles
match, and shows them as a subset of the list, in the list's order, with the filter in the
list's border.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from rich.text import Text

from tui.library.entries import LIBRARY_PAGE, ArticleEntry, entry_from_row
from tui.library.reader_library import LibraryProblem
from tui.library.store import ArticleRow
from tui.render.sanitize import sanitize
from tui.render.status_words import plural
from tui.screens.analysis_client import AnalysisClient
from tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    # The search and the filter line load when first used: neither is part of the first paint.
    from tui.library.search import SearchResult
    from tui.widgets.list_filter import ListFilterBar
    from tui.widgets.list_line import ListLine

LineT = TypeVar("LineT", bound="ListLine")


def title_matches(entries_titles: list[tuple[int | None, str, str | None]], query: str,
                  library_ids: set[int] | None) -> list[int]:
    """Indexes of the entries whose title or source holds ``query``; the library's answer when it has one."""
    if library_ids is not None:
        return [i for i, (article_id, _, _) in enumerate(entries_titles) if article_id in library_ids]
    needle = query.casefold()
    return [i for i, (_, title, source) in enumerate(entries_titles)
            if needle in title.casefold() or needle in (source or "").casefold()]


#: Rows a title filter reads from the library per keystroke (the label says "N+" when there are more).
FILTER_PAGE = 200


class ListFilters(AnalysisClient):
    """The reader screen's list filters, and the paging of a library's list (a page at a time)."""

    def __init__(self, entries: list[ArticleEntry]) -> None:
        super().__init__(entries)
        #: What the article list is filtered by ("" when it shows every article).
        self.list_filter = ""
        self.search_result: SearchResult | None = None
        #: Entry index by article id, for the first ``_indexed_count`` entries.
        self._index_by_id: dict[int, int] = {}
        self._indexed_count = 0
        #: (published, id) of the last library row read into the list, while it is paged.
        self._page_after: tuple[str | None, int] | None = None

    def chosen_entity(self) -> tuple[str, str] | None:
        """(id, name) of the entity under the facts cursor, else of the mention walked to with [ ]."""
        raise NotImplementedError

    def action_filter_entity(self) -> None:
        chosen = self.chosen_entity()
        if chosen is None:
            self.set_status("choose an entity first: in the facts sidebar, or a mention with [ ]")
            return
        self.filter_by_entity(*chosen)

    def filter_by_entity(self, entity_id: str, name: str) -> None:
        """List only the library's articles that mention ``entity_id``."""
        if not self.library.present:
            self.set_status("no library is open: filtering by entity needs one")
            return
        try:
            rows = self.library.articles(entity=entity_id)
        except LibraryProblem as exc:
            self.app.notify(sanitize(f"cannot filter: {exc}"), severity="warning", markup=False)
            return
        self.apply_filter(f"entity {sanitize(name)}", [self.index_of_row(row) for row in rows])

    def action_filter_starred(self) -> None:
        """``S``: only the starred articles (``S`` again, or ``F``, shows all)."""
        if self.list_filter == "starred":
            self.action_clear_filter()
            return
        if self.library.present:
            try:
                rows = self.library.articles(starred=True)
            except LibraryProblem as exc:
                self.app.notify(sanitize(f"cannot filter: {exc}"), severity="warning", markup=False)
                return
            indexes = [self.index_of_row(row) for row in rows]
        else:
            indexes = [i for i, e in enumerate(self.entries) if e.starred]
        self.apply_filter("starred", indexes)

    def index_of_row(self, row: ArticleRow) -> int:
        """The entry of a library row, listed at the end when it was not yet."""
        index = self._entry_index().get(row.id)
        if index is not None:
            return index
        self.entries.append(entry_from_row(row))
        self._entry_index()
        self.query_one(ArticleList).add_entry(self.entries[-1])
        return len(self.entries) - 1

    def forget_entry_indexes(self) -> None:
        """Entries were given ids (a page read) or moved (the list's order kept): index them again."""
        self._index_by_id.clear()
        self._indexed_count = 0

    def _entry_index(self) -> dict[int, int]:
        """Entry index by article id (entries are only ever added at the end, never moved)."""
        for index in range(self._indexed_count, len(self.entries)):
            article_id = self.entries[index].article_id
            if article_id is not None:
                self._index_by_id.setdefault(article_id, index)
        self._indexed_count = len(self.entries)
        return self._index_by_id

    # -- paging ----------------------------------------------------------------------------------

    def start_paging(self) -> None:
        """The entries are the library's first page: the list asks for the next as its cursor nears the end."""
        last = self.entries[-1] if self.entries else None
        if last is not None and last.article_id is not None:
            self._page_after = (last.published, last.article_id)
            self.query_one(ArticleList).pages = True

    def on_article_list_more_wanted(self, _message: ArticleList.MoreWanted) -> None:
        """Read the library's next page (in list order, after the last row read) and list it at the end."""
        article_list = self.query_one(ArticleList)
        after = self._page_after
        if after is None:
            article_list.pages = False
            return
        try:
            rows = self.library.articles(limit=LIBRARY_PAGE, after=after)
        except LibraryProblem as exc:
            article_list.pages = False
            self.app.notify(sanitize(f"cannot list more articles: {exc}"), severity="warning", markup=False)
            return
        if rows:
            self._page_after = (rows[-1].published, rows[-1].id)
        # A row listed already (a filter's hit, a refreshed feed's article) stays where it is.
        known = self._entry_index()
        fresh = [entry_from_row(row) for row in rows if row.id not in known]
        self.entries.extend(fresh)
        article_list.add_entries(fresh)
        if len(rows) < LIBRARY_PAGE:
            article_list.pages = False

    async def list_line(self, line_type: type[LineT], line_id: str) -> LineT:
        """The list's input line of ``line_type``, mounted under the article the first time it opens.

        Hidden until then, it is no part of the first paint (an Input's styles, compose and layout)."""
        found = self.query(line_type)
        if found:
            return found.first()
        line = line_type(id=line_id)
        await self.query_one("#article-column").mount(line, before="#status")
        return line

    async def action_filter_titles(self) -> None:
        from tui.widgets.list_filter import ListFilterBar

        (await self.list_line(ListFilterBar, "list-filter")).open()

    def on_list_filter_bar_filter(self, message: ListFilterBar.Filter) -> None:
        query = message.query.strip()
        if not query:
            self.action_clear_filter()
        else:
            indexes, more = self.title_matches(query)
            self.apply_filter(f"title {sanitize(query)!r}", indexes, more=more)
        if message.closed:
            self.focus_list()

    def focus_list(self) -> None:
        """The list takes the focus, on its first shown row when the cursor is not on one.

        After the next refresh: the line that closed still holds the focus until it is hidden."""
        self.call_after_refresh(self._focus_list)

    def _focus_list(self) -> None:
        article_list = self.query_one(ArticleList)
        shown = article_list.shown_indexes
        if shown and article_list.highlighted not in shown:
            article_list.highlighted = shown[0]
        article_list.focus()

    def title_matches(self, query: str) -> tuple[list[int], bool]:
        """Indexes of the entries whose title or source holds ``query``, and whether there are more.

        From a library, the first ``FILTER_PAGE`` matches in list order (a keystroke reads one page):
        hits not listed yet are listed at the end."""
        if self.library.present:
            try:
                rows = self.library.articles(query=query, limit=FILTER_PAGE + 1 if self.host.paged else None)
            except LibraryProblem:
                rows = None  # fall back to the titles in memory
            if rows is not None and self.host.paged:
                return [self.index_of_row(row) for row in rows[:FILTER_PAGE]], len(rows) > FILTER_PAGE
            if rows is not None:
                # Files opened with the library: only those listed.
                listed = self._entry_index()
                return sorted(listed[row.id] for row in rows if row.id in listed), False
        return title_matches([(e.article_id, e.title, e.source) for e in self.entries], query, None), False

    def apply_filter(self, label: str, indexes: list[int], *, searching: bool = False, more: bool = False) -> None:
        self.list_filter = label
        article_list = self.query_one(ArticleList)
        if not searching:
            self.search_result = None
        article_list.set_search(searching)
        article_list.set_filter(indexes)
        # A Text, not a string: a string title is parsed as markup, and the label holds article words.
        count = f"{len(indexes)}+" if more else str(len(indexes))
        # The count first: at 80-100 columns the list is narrow and the label is what gets cut.
        article_list.border_title = Text(f"Articles ({count}) \u00b7 {label}")
        article_list.border_subtitle = "F: all"
        self.show_list()
        if searching:
            self.set_status(f"{plural(len(indexes), 'article')} match{'es' if len(indexes) == 1 else ''} {label[7:]}"
                            " (n/N: next/previous result)")
        else:
            first = "the first " if more else ""
            self.set_status(f"{plural(len(indexes), 'article')} {label}" if label == "starred"
                            else f"{first}{plural(len(indexes), 'article')} with {label}")

    @property
    def list_shown(self) -> bool:
        """Whether the article list is on screen: below 100 columns when opened with ``l``, else unless
        put away with it."""
        if self.has_class("-narrow"):
            return self.has_class("-list-open")
        return not self.has_class("-list-hidden")

    def show_list(self) -> None:
        """A filter's articles are seen: the list waiting behind ``l`` (below 100 columns, or put away
        wider) is shown, focused unless a line is being typed in (reader.tcss has the classes)."""
        from textual.widgets import Input

        if self.list_shown:
            return
        self.add_class("-list-open")
        self.remove_class("-list-hidden")
        if not isinstance(self.focused, Input):
            self.set_focus(self.query_one(ArticleList))

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

    def entity_under_cursor(self) -> tuple[str, str] | None:
        from tui.widgets.facts_tree import FactsTree

        tree = next(iter(self.query(FactsTree)), None)  # none before the first frame is painted
        node = tree.cursor_node if tree is not None else None
        if node is not None and node.data is not None and node.data.entity is not None:
            return node.data.entity.id, node.data.entity.name
        return None
