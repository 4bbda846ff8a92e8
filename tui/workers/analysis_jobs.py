"""The analysis worker's loop, free of Textual: commands in, plain events out.

It runs in the worker process (``analysis_process``), or in a thread for tests that
inject an analyser which cannot be pickled. One analyser (one spaCy pipeline,
loaded on first use) serves every job. Foreground jobs (the open article, then a
small look-ahead) always go before the library-wide run that ``I`` starts, and a
new foreground request replaces the old one, so walking through the list never
piles up work. With a library, results are written to it here, not in the UI.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from tui.extract.types import Analysis, ArticleInput, ModelInfo

#: Seconds between two progress events of a library-wide run.
PROGRESS_EVERY = 0.1


class Analyser(Protocol):
    def __call__(self, article: ArticleInput) -> Analysis: ...


@dataclass(frozen=True, slots=True)
class Job:
    """One article to analyse: its list key, its library id, and its text when it is not in a library."""

    key: str
    article_id: int | None = None
    article: ArticleInput | None = None


# Commands (UI -> worker): tuples, so they pickle cheaply.
#   ("foreground", [Job, ...])   replace the foreground queue
#   ("library", True|False)      start / cancel the library-wide run
#   ("scope", [id, ...])         more articles listed: counted and analysed by ``I`` too (when scoped)
#   ("stop",)
# Events (worker -> UI):
#   ("started", key)                          a foreground job began
#   ("ready", key, article_id, Analysis|None, entity_count)   None: analysed by the library-wide run
#   ("failed", key, article_id, message)
#   ("skipped", key, article_id, message)     its language has no pipeline (message: how to add one)
#   ("model_missing", message)
#   ("pending", count)                        articles of the scope (else the library) not analysed yet
#   ("progress", done, total, failed)         the library-wide run
#   ("library_done", done, failed, cancelled, already, skipped)   already: analysed before it came up;
#                                             skipped: no pipeline for its language
#   ("idle",)
Event = tuple[Any, ...]
#: What came of one article's job: analysed now, found analysed, left for want of a pipeline, or failed.
Outcome = Literal["analysed", "cached", "skipped", "failed"]


class SpacyAnalyser:
    """The spaCy pipeline ``model_name``, loaded once on first use (picklable: only the name travels)."""

    def __init__(self, model_name: str | None) -> None:
        self.model_name = model_name

    def __call__(self, article: ArticleInput) -> Analysis:
        from tui.extract import pipeline

        return pipeline.analyse(article.text, title=article.title, published=article.published,
                                source=article.source, meta=article.meta, model_name=self.model_name)

    def model_info(self) -> ModelInfo | None:
        from tui.library.models import installed_model_info

        return installed_model_info(self.model_name)


def _no_pipeline_for(article: ArticleInput) -> str | None:
    """The article's language when no pipeline reads it (detected when the library does not know it yet);
    None when it can be analysed."""
    from tui.library.languages import unsupported_language
    from tui.library.sources import tag_language

    return unsupported_language(tag_language(article))


def one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return (text.splitlines()[0] if text else type(exc).__name__)


class Worker:
    """The state of one worker: its analyser, its library connection and its queues."""

    def __init__(self, analyser: Analyser, emit: Callable[[Event], object], db_path: str | None,
                 scope: frozenset[int] | None = None) -> None:
        self.analyser = analyser
        self.emit = emit
        #: The library articles the count and the library-wide run cover: those the reader lists when it
        #: was opened on files; None for the whole library (the list is the library).
        self.scope: set[int] | None = None if scope is None else set(scope)
        self.store = None
        if db_path is not None:
            from tui.library.store import Store

            self.store = Store.open(db_path)  # a file path or a postgresql:// URL
        self.foreground: deque[Job] = deque()
        self.library: deque[int] | None = None
        self.library_total = self.library_done = self.library_failed = 0
        #: Of ``library_done``: found analysed already (the reader opened it meanwhile), and left unanalysed
        #: for want of a pipeline for its language: the done notice tells them apart from those analysed.
        self.library_already = self.library_skipped = 0
        self.pending: set[int] | None = None
        self.model_missing = False
        self.idle = True
        self._last_progress = 0.0

    # -- commands ----------------------------------------------------------------------------

    def apply(self, command: tuple[Any, ...]) -> bool:
        """Apply one command; False for ``stop``."""
        kind = command[0]
        if kind == "stop":
            return False
        if kind == "foreground":
            self.foreground = deque(command[1])
        elif kind == "library":
            if command[1]:
                self._start_library()
            elif self.library is not None:
                self._end_library(cancelled=True)
        elif kind == "scope":
            if self.scope is not None:
                self.scope.update(command[1])
                self.count_pending()
        return True

    def _model(self) -> ModelInfo | None:
        info = getattr(self.analyser, "model_info", None)
        return info() if callable(info) else None

    def pending_ids(self) -> list[int]:
        """Articles of the scope with no cached analysis for this analyser's model (else: never analysed)."""
        if self.store is None or self.scope == set():
            return []
        model = self._model()
        if model is not None:
            from tui.library.indexing import pending_articles

            ids = pending_articles(self.store, model)
        else:
            ids = [int(r[0]) for r in self.store.query("SELECT id FROM articles WHERE entity_count IS NULL ORDER BY id")]
        # Articles in a language without a pipeline are not offered to I: they would only be skipped again.
        from tui.library.languages import unanalysable_articles

        unanalysable = unanalysable_articles(self.store)
        return [i for i in ids if i not in unanalysable and (self.scope is None or i in self.scope)]

    def count_pending(self) -> None:
        self.pending = set(self.pending_ids())
        self.emit(("pending", len(self.pending)))

    def _start_library(self) -> None:
        if self.store is None or self.library is not None:
            return
        ids = sorted(self.pending if self.pending is not None else self.pending_ids())
        self.library = deque(ids)
        self.library_total, self.library_done, self.library_failed = len(ids), 0, 0
        self.library_already = self.library_skipped = 0
        self.emit(("progress", 0, self.library_total, 0))
        if not ids:  # nothing left to analyse: the run is over at once, not waiting for work that never comes
            self._end_library(cancelled=False)

    def _end_library(self, *, cancelled: bool) -> None:
        self.emit(("progress", self.library_done, self.library_total, self.library_failed))
        self.emit(("library_done", self.library_done, self.library_failed, cancelled, self.library_already,
                   self.library_skipped))
        self.library = None
        if self.pending is not None:
            self.emit(("pending", len(self.pending)))

    # -- work ----------------------------------------------------------------------------------

    def has_work(self) -> bool:
        return not self.model_missing and bool(self.foreground or self.library)

    def step(self) -> None:
        """Do one job: the next foreground article, else the next article of the library-wide run."""
        self.idle = False
        if self.foreground:
            job = self.foreground.popleft()
            self.emit(("started", job.key))
            self._run(job, foreground=True)
        elif self.library:
            article_id = self.library.popleft()
            outcome = self._run(Job(f"db:{article_id}", article_id), foreground=False)
            self.library_done += 1
            self.library_failed += outcome == "failed"
            self.library_already += outcome == "cached"
            self.library_skipped += outcome == "skipped"
            now = time.monotonic()
            if now - self._last_progress >= PROGRESS_EVERY or not self.library:
                self._last_progress = now
                self.emit(("progress", self.library_done, self.library_total, self.library_failed))
                if self.pending is not None:
                    self.emit(("pending", len(self.pending)))
            if not self.library:
                self._end_library(cancelled=False)

    def _cached(self, article_id: int) -> Analysis | None:
        model = self._model()
        if self.store is None or model is None:
            return None
        try:
            return self.store.cached_analysis(article_id, model)
        except Exception:  # noqa: BLE001 - a broken cache entry is analysed again
            return None

    def _run(self, job: Job, *, foreground: bool) -> Outcome:
        """Analyse one article (or find its cached analysis) and tell the reader: what came of it."""
        from tui.extract.model import ModelNotFound

        try:
            analysis = self._cached(job.article_id) if job.article_id is not None else None
            outcome: Outcome = "cached" if analysis is not None else "analysed"
            if analysis is None:
                article = job.article
                if article is None:
                    if self.store is None or job.article_id is None:
                        raise LookupError("no text to analyse")
                    article = self.store.article_input(job.article_id)
                language = _no_pipeline_for(article)
                if language is not None:
                    # Not analysed with another language's pipeline: the text without layers, and why.
                    from tui.library.languages import no_pipeline_notice, remember_language

                    if self.store is not None and job.article_id is not None:
                        remember_language(self.store, job.article_id, language)  # not counted as pending again
                    self.emit(("skipped", job.key, job.article_id, no_pipeline_notice(language)))
                    if self.pending is not None and job.article_id in self.pending:
                        self.pending.discard(job.article_id)
                        if foreground:  # as for a ready one: the count shown must not offer it to I
                            self.emit(("pending", len(self.pending)))
                    return "skipped"
                analysis = self.analyser(article)
                if self.store is not None and job.article_id is not None:
                    self.store.put_analysis(job.article_id, analysis)
        except ModelNotFound as exc:
            self.model_missing = True
            self.emit(("model_missing", one_line(exc)))
            return "failed"
        except KeyError:
            self.emit(("failed", job.key, job.article_id, f"article {job.article_id} is no longer in the library"))
            return "failed"
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the worker
            self.emit(("failed", job.key, job.article_id, one_line(exc)))
            return "failed"
        count = len(analysis.entities)
        self.emit(("ready", job.key, job.article_id, analysis if foreground else None, count))
        if self.pending is not None and job.article_id in self.pending:
            self.pending.discard(job.article_id)
            if foreground:  # the library-wide run reports it with its progress
                self.emit(("pending", len(self.pending)))
        return outcome

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def serve(analyser: Analyser, next_command: Callable[[bool], tuple[Any, ...] | None],
          emit: Callable[[Event], object], db_path: str | None, scope: frozenset[int] | None = None) -> None:
    """The worker's loop until ``stop``. ``next_command(block)`` returns a command or None."""
    worker = Worker(analyser, emit, db_path, scope)
    try:
        worker.count_pending()
        while True:
            if not worker.has_work() and not worker.idle:
                worker.idle = True
                emit(("idle",))
            command = next_command(not worker.has_work())
            if command is not None:
                if not worker.apply(command):
                    return
                continue  # take every waiting command before the next article
            if worker.has_work():
                worker.step()
    finally:
        worker.close()
