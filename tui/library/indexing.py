"""Batch analysis of the library: every article not yet cached for a model, stored as it comes.

Each result is committed on arrival, so an interrupted run (Ctrl-C, kill -9)
keeps every finished article and the next run starts where it stopped.
"""

from __future__ import annotations

import os
import signal
import threading
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.extract.pipeline import EXTRACTOR_VERSION, analyse_many
from tui.extract.types import Analysis, ModelInfo

from .store import Store

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True, slots=True)
class IndexSummary:
    analysed: int
    #: Articles that already had an analysis for this model (nothing to do).
    cached: int
    failed: int
    words: int
    seconds: float
    interrupted: bool = False

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


#: True while index_library starts spaCy's worker processes (read by the at-fork hook).
_starting_workers = False
_hook_registered = False


def _worker_ignores_ctrl_c() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the workers,
    # so a worker must not die on its own with a traceback of its own.
    if _starting_workers:
        signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _ctrl_c_stops_workers(n_process: int) -> Iterator[None]:
    """While analysing with worker processes, Ctrl-C ends the workers at once, then interrupts."""
    global _starting_workers, _hook_registered
    if n_process <= 1 or threading.current_thread() is not threading.main_thread():
        yield
        return
    if not _hook_registered and hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=_worker_ignores_ctrl_c)
        _hook_registered = True

    def stop_workers(signum: int, frame: object) -> None:
        import multiprocessing

        for child in multiprocessing.active_children():
            child.terminate()
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGINT, stop_workers)
    _starting_workers = True
    try:
        with warnings.catch_warnings():
            # spaCy warns that its workers did not complete: they were stopped on purpose.
            warnings.filterwarnings("ignore", message=r".*W127")
            yield
    finally:
        _starting_workers = False
        signal.signal(signal.SIGINT, previous)


def model_info(nlp: "Language") -> ModelInfo:
    from tui.extract.model import full_name

    return ModelInfo(full_name(nlp), str(nlp.meta.get("version", "")))


def _pending(store: Store, model: ModelInfo, extractor_version: str) -> list[tuple[int, int]]:
    return store.query(
        "SELECT id, word_count FROM articles WHERE NOT EXISTS (SELECT 1 FROM analyses a"
        " WHERE a.content_hash = articles.content_hash"
        " AND a.model_name = ? AND a.model_version = ? AND a.extractor_version = ?) ORDER BY id",
        (model.name, model.version, extractor_version),
    )


def pending_articles(store: Store, model: ModelInfo, *, extractor_version: str = EXTRACTOR_VERSION) -> list[int]:
    """Ids of articles with no cached analysis for this model and extractor, oldest first."""
    return [int(r[0]) for r in _pending(store, model, extractor_version)]


def index_library(
    store: Store,
    nlp: "Language",
    *,
    n_process: int = 2,
    batch_size: int = 20,
    on_start: Callable[[int, int], None] | None = None,
    on_result: Callable[[int, Analysis | None], None] | None = None,
) -> IndexSummary:
    """Analyse and store every pending article; ``on_result(article_id, analysis or None on failure)``.

    A KeyboardInterrupt stops the run with everything finished so far kept,
    and is reported in the summary rather than raised.
    """
    import time

    model = model_info(nlp)
    total = store.query("SELECT count(*) FROM articles")[0][0]
    rows = _pending(store, model, EXTRACTOR_VERSION)
    pending = [int(r[0]) for r in rows]
    if on_start:
        on_start(len(pending), sum(int(r[1]) for r in rows))
    started = time.perf_counter()
    counts = {"analysed": 0, "failed": 0, "words": 0}
    interrupted = False
    try:
        with _ctrl_c_stops_workers(n_process):
            _analyse_into(store, nlp, list(pending), n_process, batch_size, on_result, counts)
    except KeyboardInterrupt:
        interrupted = True
    return IndexSummary(
        analysed=counts["analysed"],
        cached=total - len(pending),
        failed=counts["failed"],
        words=counts["words"],
        seconds=time.perf_counter() - started,
        interrupted=interrupted,
    )


def _analyse_into(
    store: Store,
    nlp: "Language",
    remaining: list[int],
    n_process: int,
    batch_size: int,
    on_result: Callable[[int, Analysis | None], None] | None,
    counts: dict[str, int],
) -> None:
    """Analyse ``remaining`` in order, storing each result as it comes; counts are updated in place."""
    while remaining:
        # analyse_many is one generator over all inputs: an article that breaks a rule would end it,
        # so on failure the article is counted and the run resumes after it.
        inputs = (store.article_input(i) for i in remaining)
        done = 0
        try:
            for article_id, analysis in zip(
                remaining, analyse_many(inputs, nlp=nlp, n_process=n_process, batch_size=batch_size)
            ):
                store.put_analysis(article_id, analysis)
                counts["analysed"] += 1
                counts["words"] += analysis.word_count
                done += 1
                if on_result:
                    on_result(article_id, analysis)
            return
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception:  # noqa: BLE001 - one bad article must not end the run
            counts["failed"] += 1
            if on_result:
                on_result(remaining[done], None)
            remaining = remaining[done + 1 :]
