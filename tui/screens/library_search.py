"""The reader's search across the library: FTS5 in a thread worker per keystroke, results in the list.

Results are shown as a filter of the article list (in its order, newest first) with a hit
count in its border and a snippet line per row; ``n``/``N`` in the list open the next or
previous result with the words marked in the article. ``u`` toggles read/unread.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.message import Message
from textual.worker import get_current_worker

from tui.render.sanitize import sanitize
from tui.screens.list_filters import ListFilters
from tui.widgets.article_list import ArticleList, snippet_text
from tui.widgets.article_pane import ArticlePane

if TYPE_CHECKING:
    # The search (FTS5 queries) and its line load when first used: neither is part of the first paint.
    from tui.library.search import SearchResult
    from tui.widgets.library_search import LibrarySearchBar


class SearchDone(Message):
    """A library search finished in its worker: the result and its hits in the list."""

    def __init__(self, result: SearchResult, indexes: list[int], closed: bool) -> None:
        super().__init__()
        self.result = result
        #: Entry indexes of the hits, in the list's order.
        self.indexes = indexes
        self.closed = closed


class LibrarySearch(ListFilters):
    """The reader screen's library search (a base of it)."""

    async def action_search(self) -> None:
        raise NotImplementedError

    def action_search_step(self, step: int) -> None:
        raise NotImplementedError

    def open_article(self, index: int, *, offset: int | None = None) -> None:
        raise NotImplementedError

    async def action_library_search(self) -> None:
        if self.library.store is None:
            # Reading files without a library: there is only the open article to search.
            await self.action_search()
            return
        from tui.widgets.library_search import LibrarySearchBar

        (await self.list_line(LibrarySearchBar, "library-search")).open()

    # Handlers by name, not @on: Textual collects @on handlers only from the Screen subclass itself.
    def on_library_search_bar_search(self, message: LibrarySearchBar.Search) -> None:
        if not message.query.strip():
            self.search_result = None
            self.action_clear_filter()
            if message.closed:
                self.focus_list()
            return
        self.run_library_search(message.query, message.done, message.closed)

    @work(thread=True, exclusive=True, group="library-search")
    def run_library_search(self, text: str, done: bool, closed: bool) -> None:
        worker = get_current_worker()
        store = self.library.store
        if store is None:
            return
        try:
            from tui.library.search import search

            result = search(store, text, typing=not done)
        except Exception as exc:  # noqa: BLE001 - a broken index must not stop reading
            self.app.call_from_thread(self.set_status, sanitize(f"cannot search: {exc}"))
            return
        if worker.is_cancelled:
            return
        wanted = set(result.ids)
        indexes = [i for i, e in enumerate(self.entries) if e.article_id in wanted]
        if not worker.is_cancelled:
            self.post_message(SearchDone(result, indexes, closed))

    def on_search_done(self, message: SearchDone) -> None:
        self.search_result = message.result
        self.apply_filter(f"search {sanitize(message.result.text)!r}", message.indexes,
                           searching=True)
        if message.closed:
            self.focus_list()

    def on_article_list_snippets_wanted(self, message: ArticleList.SnippetsWanted) -> None:
        result = self.search_result
        if result is None:
            return
        ids = {self.entries[i].article_id: i for i in message.indexes
               if 0 <= i < len(self.entries) and self.entries[i].article_id is not None}
        store = self.library.store
        try:
            from tui.library.search import snippets

            found = {} if store is None else snippets(store, result.query, [a for a in ids if a is not None])
        except Exception:  # noqa: BLE001 - a row without its snippet still shows its details
            found = {}
        self.query_one(ArticleList).set_snippets(
            {ids[article_id]: snippet_text(text) for article_id, text in found.items()}
            | {i: Text("(title match)", style="dim italic") for a, i in ids.items() if a not in found})

    def action_library_hit(self, step: int) -> None:
        """Open the next (or previous) search result; without a search, the in-article search's n/N."""
        article_list = self.query_one(ArticleList)
        if self.search_result is None or not article_list.filtered:
            self.action_search_step(step)
            return
        rows = article_list.shown_indexes
        if not rows:
            self.set_status("no articles match")
            return
        current = self.current if self.current in rows else None
        at = rows.index(current) + step if current is not None else (0 if step > 0 else len(rows) - 1)
        index = rows[at % len(rows)]
        self.open_article(index)
        self.mark_search_terms()
        self.set_status(f"result {rows.index(index) + 1}/{len(rows)} for {sanitize(self.search_result.text)!r}")

    def mark_search_terms(self, *, scroll: bool = True) -> None:
        """Mark the searched words in the open article (prefix words mark their beginnings)."""
        result, item = self.search_result, self.current_input
        if result is None or item is None:
            return
        text = sanitize(item.text)
        from tui.library.search import hit_terms
        from tui.widgets.search_bar import find_all

        hits = sorted({span for term in hit_terms(result.query) for span in find_all(text, term)})
        self.query_one(ArticlePane).mark_terms(hits, scroll=scroll)

    def action_toggle_read(self) -> None:
        article_list = self.query_one(ArticleList)
        index = article_list.highlighted
        if index is None:
            return
        entry = self.entries[index]
        self.update_entry(index, entry.but(read=not entry.read))
        self.library.mark_read(entry.article_id, not entry.read)
        self.set_status("marked unread" if entry.read else "marked read")
