"""The reader's side of the analysis worker: what to ask for, and what to do with its messages.

A base class of the reader screen (typed as a Screen, not a mixin reaching for attributes it
hopes are there): what it needs of the screen below it is declared here, and what it needs
of the app goes through ``host`` (``ReaderHost``). At run time it and the reader's other bases
are plain classes: only ``ReaderScreen`` is a Textual class (see ``ScreenPart``).

The worker (``tui.workers``) analyses the open article first, then a small look-ahead (the
next few articles of the list); the rest of the library waits for ``I`` (a library-wide
run in the worker, with progress, cancellable) or ``newsloupe index``. Failures are
counted, never toasted one by one: one notification says how many, ``E`` says why.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, cast

from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer

from tui.extract.types import Analysis, ArticleInput
from tui.library.documents import UnreadableArticle
from tui.library.entries import ArticleEntry, count_scope, load_input
from tui.library.reader_library import NullLibrary
from tui.render.sanitize import safe_text, sanitize
from tui.render.status_words import analysis_words, failures_notice, library_run_notice
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.workers.host import ReaderHost

if TYPE_CHECKING:
    # The worker's messages are handled by name: the classes load with the worker, after the first paint.
    from tui.messages import (
        AnalysisFailed,
        AnalysisIdle,
        AnalysisReady,
        AnalysisSkipped,
        AnalysisStarted,
        LibraryAnalysisDone,
        LibraryAnalysisProgress,
        ModelMissing,
        PendingAnalyses,
    )
    from tui.workers.analysis_jobs import Job

#: Articles after the open one that the worker analyses ahead of the reader.
LOOKAHEAD = 3
#: Analyses kept in memory besides the library's cache (look-ahead results, files outside a library).
KEEP_ANALYSES = 64
#: Seconds a burst of failures is gathered before the one notification that counts them.
FAILURE_NOTICE_DELAY = 0.5
FAILURE_NOTICE_SECONDS = 6.0


if TYPE_CHECKING:
    ScreenPart = Screen[None]
else:
    # Textual sets up every Screen subclass when it is defined (its reactives, bindings and
    # computes, gathered from its whole MRO): five stacked bases were five set-ups, a few
    # milliseconds before the first paint. Plain classes here; the reader screen is the Screen.
    ScreenPart = object


class AnalysisClient(ScreenPart):
    """The reader screen's base: the worker's requests, its messages, the status line's analysis part."""

    #: The worker is analysing (the status line says which).
    analysing: reactive[bool] = reactive(False)

    def __init__(self, entries: list[ArticleEntry]) -> None:
        super().__init__()
        self.entries = entries
        self.current: int | None = None
        self.current_input: ArticleInput | None = None
        #: The status line's passing message (search matches, the fact under the cursor...).
        self.status = ""
        self.analyses: OrderedDict[str, Analysis] = OrderedDict()
        #: Articles read from web pages in the reader while no library holds them: not extracted twice.
        self.read_inputs: dict[str, ArticleInput] = {}
        self.model_problem: str | None = None
        self.pending_count: int | None = None
        self.library_run: tuple[int, int, int] | None = None
        self.foreground_busy = False
        #: key -> (title, one-line reason) of every article that could not be analysed.
        self.failures: dict[str, tuple[str, str]] = {}
        self._failures_noticed = 0
        self._failure_timer: Timer | None = None
        self._worker_started = False
        #: Key -> why, of articles the worker does not analyse (a language without a pipeline): shown again
        #: each time the article is (it is not asked for again).
        self.skipped: dict[str, str] = {}
        #: What the "not analysed" count and ``I`` cover: what the list shows (``count_scope``).
        self.scope = count_scope(entries)

    # -- what the reader screen provides ---------------------------------------------------------

    @property
    def host(self) -> ReaderHost:
        """The app, typed as what the reader needs of it (cast once, here)."""
        return cast(ReaderHost, self.app)

    @property
    def library(self) -> NullLibrary:
        return self.host.library

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def set_status(self, text: str) -> None:
        raise NotImplementedError

    def show_current(self, analysis: Analysis | None) -> None:
        raise NotImplementedError

    def join_library(self) -> None:
        """Articles listed before the library held them join it (the page reading base does it)."""

    @property
    def current_analysis(self) -> Analysis | None:
        entry = None if self.current is None else self.entries[self.current]
        return None if entry is None else self.analyses.get(entry.key)

    def index_of_key(self, key: str) -> int | None:
        if key.startswith("db:") and key[3:].isdigit():
            wanted = int(key[3:])
            return next((i for i, e in enumerate(self.entries) if e.article_id == wanted), None)
        return next((i for i, e in enumerate(self.entries) if e.key == key), None)

    def input_of(self, entry: ArticleEntry) -> ArticleInput:
        """The article's text and metadata (UnreadableArticle with a one-line reason)."""
        article = self.read_inputs.get(entry.key)
        return article if article is not None else load_input(entry, self.library.store)

    def update_entry(self, index: int, entry: ArticleEntry) -> None:
        self.entries[index] = entry
        self.query_one(ArticleList).update_entry(index, entry)

    # -- asking ---------------------------------------------------------------------------------

    def keep_analysis(self, key: str, analysis: Analysis) -> None:
        self.analyses[key] = analysis
        self.analyses.move_to_end(key)
        while len(self.analyses) > KEEP_ANALYSES:
            self.analyses.popitem(last=False)

    def _job(self, entry: ArticleEntry, index: int) -> Job | None:
        from tui.workers.analysis_jobs import Job  # asked for after the first paint

        store = self.library.store
        if entry.article_id is not None and store is not None:
            return Job(entry.key, entry.article_id)
        if index == self.current and self.current_input is not None:
            return Job(entry.key, None, self.current_input)
        try:
            return Job(entry.key, None, self.input_of(entry))
        except UnreadableArticle:
            return None

    def _wanted(self) -> list[Job]:
        """The open article (when not analysed), then the next few articles of the list that are not."""
        jobs: list[Job] = []
        current = self.current
        if current is None or self.model_problem is not None:
            return jobs
        entry = self.entries[current]
        if entry.key not in self.analyses and entry.key not in self.skipped \
                and self.current_input is not None:
            job = self._job(entry, current)
            if job is not None:
                jobs.append(job)
        if self.host.background_analysis:
            shown = self.query_one(ArticleList).shown_indexes
            try:
                after = shown[shown.index(current) + 1:]
            except ValueError:
                after = shown
            for index in after:
                if len(jobs) >= LOOKAHEAD + 1:
                    break
                other = self.entries[index]
                if other.entity_count is None and not other.error and not other.reading and other.key not in self.analyses \
                        and other.key not in self.failures and other.key not in self.skipped:
                    job = self._job(other, index)
                    if job is not None:
                        jobs.append(job)
        return jobs

    def request_analysis(self) -> None:
        """Tell the worker what matters now; started after the first paint (spawning takes a moment)."""
        if not self._worker_started:
            self.call_after_refresh(self._start_worker)
            return
        jobs = self._wanted()
        if jobs:
            self.host.analysis_worker().foreground(jobs)

    def widen_scope(self, article_ids: list[int]) -> None:
        """Articles joined the list (a feed refresh, a page read): counted with the listed ones."""
        if self.scope is None or not article_ids:
            return
        self.scope.update(article_ids)
        if self.host.analysis_host is not None:
            self.host.analysis_host.widen_scope(article_ids)

    def _start_worker(self) -> None:
        if self._worker_started:
            return
        self._worker_started = True
        self.join_library()  # the jobs name library articles by id
        self.request_analysis()
        if not self._wanted():
            # Nothing to analyse now: start the worker anyway, it counts what the library lacks.
            self.host.analysis_worker()

    def action_analyse_library(self) -> None:
        """``I``: analyse every article not analysed yet (of the list when the reader was opened on files,
        else of the library), in the worker; ``I`` again stops."""
        if not self.library.present:
            self.set_status("no library is open: newsloupe index analyses a library")
            return
        if self.model_problem is not None:
            self.set_status(self.model_problem)
            return
        starting = self.library_run is None
        self._worker_started = True
        self.host.analysis_worker().library(starting)
        if starting:
            self.library_run = (0, self.pending_count or 0, 0)
        self.set_status("")

    # -- the status line's analysis part ----------------------------------------------------------

    @property
    def list_settled(self) -> bool:
        """Every listed article is known (pages opened by path are read): the count can be told."""
        return True

    def analysis_status(self) -> str:
        # The count of listed articles waits until the list is settled (pages opened by path are read).
        pending = self.pending_count if self.scope is None or self.list_settled else None
        return analysis_words(library_run=self.library_run, busy=self.foreground_busy, pending=pending,
                              listed=None if self.scope is None else len(self.scope), failures=len(self.failures))

    # -- the worker's messages ------------------------------------------------------------------------

    def on_analysis_started(self, message: AnalysisStarted) -> None:
        self.foreground_busy = True
        self.analysing = True
        self.set_status(self.status)

    def on_analysis_ready(self, message: AnalysisReady) -> None:
        index = self.index_of_key(message.key)
        if index is not None:
            entry = self.entries[index]
            if message.entity_count is not None and entry.entity_count != message.entity_count:
                self.update_entry(index, entry.but(entity_count=message.entity_count))
        if message.analysis is not None:
            self.keep_analysis(message.key, message.analysis)
            if index is not None and index == self.current:
                scroll = self.view.scroll_y
                self.show_current(message.analysis)
                self.view.scroll_to(y=scroll, animate=False)

    def on_analysis_failed(self, message: AnalysisFailed) -> None:
        index = self.index_of_key(message.key)
        title = self.entries[index].title if index is not None else message.key
        self.failures[message.key] = (title, message.message)
        if index is not None and index == self.current:
            self.view.set_notice(safe_text(f"Analysis failed: {message.message}", "bold red"))
            from tui.widgets.facts_tree import FactsTree

            for tree in self.query(FactsTree):  # the sidebar's tree comes with the first frame
                tree.show_analysis(None, note="Analysis failed")
        if self._failure_timer is None:
            self._failure_timer = self.set_timer(FAILURE_NOTICE_DELAY, self._notice_failures)
        self.set_status(self.status)

    def on_analysis_skipped(self, message: AnalysisSkipped) -> None:
        """Not analysed (its language has no pipeline): the text without layers, and how to add one."""
        self.skipped[message.key] = message.message
        index = self.index_of_key(message.key)
        if index is not None and index == self.current:
            scroll = self.view.scroll_y
            self.show_current(None)
            self.view.scroll_to(y=scroll, animate=False)

    def _notice_failures(self) -> None:
        """One notification for a burst of failures, with their count; at most one shown at a time."""
        self._failure_timer = None
        count = len(self.failures)
        if count <= self._failures_noticed:
            return
        self._failures_noticed = count
        self.app.notify(sanitize(failures_notice(list(self.failures.values()))), title="Analysis failed",
                        severity="warning", markup=False, timeout=FAILURE_NOTICE_SECONDS)
        # Failures that come while it shows are counted in the next one, not in a toast each.
        self._failure_timer = self.set_timer(FAILURE_NOTICE_SECONDS, self._notice_failures)

    def on_model_missing(self, message: ModelMissing) -> None:
        self.analysing = False
        self.foreground_busy = False
        self.library_run = None
        self.model_problem = message.message
        self.set_status("")
        self.show_current(self.current_analysis)

    def on_pending_analyses(self, message: PendingAnalyses) -> None:
        self.pending_count = message.count
        self.set_status(self.status)

    def on_library_analysis_progress(self, message: LibraryAnalysisProgress) -> None:
        self.library_run = (message.done, message.total, message.failed)
        self.set_status(self.status)

    def on_library_analysis_done(self, message: LibraryAnalysisDone) -> None:
        self.library_run = None
        self.app.notify(library_run_notice(done=message.done, failed=message.failed, already=message.already,
                                           skipped=message.skipped, cancelled=message.cancelled,
                                           listed=self.scope is not None), markup=False)
        self.set_status(self.status)

    def on_analysis_idle(self, _message: AnalysisIdle) -> None:
        self.analysing = False
        self.foreground_busy = False
        self.set_status(self.status)
