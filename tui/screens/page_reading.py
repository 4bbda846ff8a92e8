"""Web pages opened by path are read after the reader appears: a thread worker, a message per page.

Extracting a page's main text takes a good part of a second, so ``newsloupe page.html`` lists
the page by its file name at once (``ArticleEntry.reading``) and this base of the reader screen
reads it in a thread worker (cancelled with the screen), the open page first. Each page's
message fills its row, and the article pane when it is the open one; a page that cannot be read
becomes an unreadable row with its one-line reason. When all are read, the list takes its one
order again (newest first, undated last), keeping the open article and the cursor (``keep_order``,
which a feed refresh's new articles go through too).

Articles named on the command line that the library does not hold yet are listed at once too, and
join it once the reader is on screen (``join_library``, one transaction, before the analysis
worker starts): a new library's first start wrote them all before its first paint.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual import work
from textual.worker import get_current_worker

from tui.library.entries import ArticleEntry, Joining, join_library, read_page, with_row_state
from tui.library.list_order import newest_first_order
from tui.render.status_words import plural
from tui.screens.article_actions import ArticleActions
from tui.widgets.article_list import ArticleList

if TYPE_CHECKING:
    from tui.messages import PageRead, PagesRead


class PageReading(ArticleActions):
    """The reader screen's page reading (a base of it; handlers by name)."""

    def __init__(self, entries: list[ArticleEntry], joining: Sequence[Joining] = ()) -> None:
        super().__init__(entries)
        #: Articles listed before the library held them (see ``join_library``).
        self._joining = list(joining)
        #: Pages still to read, in the order they will be read (the open one is moved first); a page
        #: named twice (a file and its folder) is read once and fills both rows.
        self._pages: deque[ArticleEntry] = deque({e.key: e for e in entries if e.reading}.values())
        self._pages_lock = threading.Lock()
        self.pages_left = len(self._pages)

    def join_library(self) -> None:
        """The listed articles the library did not hold join it (after the first frame, before any
        analysis is asked of the worker): their rows get their ids and state, and the count covers them."""
        joining, self._joining = self._joining, []
        store = self.library.store
        if not joining or store is None:
            return
        ids = join_library(joining, store)
        joined: list[int] = []
        for index, entry in enumerate(self.entries):
            article_id = ids.get(entry.key)
            if article_id is None or entry.article_id is not None:
                continue
            now = with_row_state(entry, article_id, store)
            if entry.read and not now.read:
                self.library.mark_read(article_id)  # opened before it joined
                now = now.but(read=True)
            self.update_entry(index, now)
            joined.append(article_id)
        self.widen_scope(joined)

    def start_reading_pages(self) -> None:
        """After the first frame: the reading thread must not compete with it."""
        if self._pages:
            self._read_pages()

    def read_next(self, entry: ArticleEntry) -> None:
        """The page ``entry`` is opened: it is read next."""
        with self._pages_lock:
            waiting = next((e for e in self._pages if e.key == entry.key), None)
            if waiting is not None:
                self._pages.remove(waiting)
                self._pages.appendleft(waiting)

    @work(thread=True, exclusive=True, group="pages")
    def _read_pages(self) -> None:
        from tui.messages import PageRead, PagesRead

        worker = get_current_worker()
        store = self.library.store
        while not worker.is_cancelled:
            with self._pages_lock:
                if not self._pages:
                    break
                entry = self._pages.popleft()
            read, article = read_page(entry, store)
            if worker.is_cancelled:
                return
            self.post_message(PageRead(entry.key, read, article))
        if not worker.is_cancelled:
            self.post_message(PagesRead())

    def on_page_read(self, message: PageRead) -> None:
        self.pages_left = max(0, self.pages_left - 1)
        entry = message.entry
        if message.article is not None and entry.article_id is None:
            self.read_inputs[entry.key] = message.article  # no library holds it: never extracted twice
        rows = [i for i, e in enumerate(self.entries) if e.key == message.key and e.reading]
        for index in rows:
            self.update_entry(index, entry)
        self.forget_entry_indexes()
        if entry.article_id is not None:
            self.widen_scope([entry.article_id])
        if self.current in rows:
            article_list = self.query_one(ArticleList)
            cursor = article_list.highlighted
            self.open_article(self.current)
            article_list.highlighted = cursor  # the list's cursor stays where the user took it meanwhile
        else:
            self.request_analysis()  # it may be one the look-ahead wants
        self.set_status(self.status)

    def on_pages_read(self, _message: PagesRead) -> None:
        self.pages_left = 0
        self.set_status(self.status)
        self.keep_order()

    def keep_order(self) -> None:
        """Entries read or added since (pages, a feed refresh's articles) go where the list's one order
        puts them; every index held (the open article, the cursor, a filter) follows its entry."""
        order = newest_first_order(self.entries)
        if order == sorted(order):
            return
        moved = {old: new for new, old in enumerate(order)}
        article_list = self.query_one(ArticleList)
        shown = article_list.shown_indexes if article_list.filtered else None
        cursor = article_list.highlighted
        self.entries[:] = [self.entries[i] for i in order]
        self.current = None if self.current is None else moved[self.current]
        self.forget_entry_indexes()
        article_list.set_entries(self.entries)
        if shown is not None:
            article_list.set_filter(sorted(moved[i] for i in shown))
            if self.search_result is not None:
                article_list.set_search(True)  # snippets were kept by index
        article_list.highlighted = None if cursor is None else moved[cursor]

    @property
    def list_settled(self) -> bool:
        return not self.pages_left

    def analysis_status(self) -> str:
        status = super().analysis_status()
        if not self.pages_left:
            return status
        reading = f"reading {plural(self.pages_left, 'page')}\u2026"
        return f"{reading} \u00b7 {status}" if status else reading
