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
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tui.extract.model import model_info
from tui.extract.pipeline import ArticleTooLong, analyse_many
from tui.extract.types import Analysis, ModelInfo
from tui.extract.version import EXTRACTOR_VERSION

from .safety import StoreError
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
    #: Why the run stopped early (disk full, read-only, out of memory), never an article's fault.
    error: str | None = None
    #: One line per article that failed, naming it and why.
    failures: tuple[str, ...] = ()

    @property
    def words_per_second(self) -> float:
        return self.words / self.seconds if self.seconds > 0 else 0.0


#: True while index_library starts spaCy's worker processes (read by the at-fork hook).
_starting_workers = False
_hook_registered = False
_parent_pid = 0
PR_SET_PDEATHSIG = 1


def _worker_ignores_ctrl_c() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops the workers,
    # so a worker must not die on its own with a traceback of its own.
    if _starting_workers:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        die_with_parent(_parent_pid)


def die_with_parent(parent_pid: int) -> None:
    """Ask the kernel to kill this process when its parent dies, however it dies (kill -9 too)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        return  # not Linux: the workers end when their input queue closes
    if parent_pid and os.getppid() != parent_pid:
        os._exit(1)  # the parent died before the request was made


@contextmanager
def _ctrl_c_stops_workers(n_process: int) -> Iterator[None]:
    """While analysing with worker processes, Ctrl-C ends the workers at once, then interrupts."""
    global _starting_workers, _hook_registered, _parent_pid
    _parent_pid = os.getpid()
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


def _pending(store: Store, model: ModelInfo, extractor_version: str,
             languages: tuple[str | None, ...] | None = None) -> list[tuple[int, int]]:
    where, params = "", []
    if languages is not None:
        # An article in a language this pipeline does not read is never analysed with it.
        named = [lang for lang in languages if lang is not None]
        parts = [f"language IN ({', '.join('?' * len(named))})"] if named else []
        if None in languages:
            parts.append("language IS NULL OR language = ''")
        where = " AND (" + (" OR ".join(parts) or "0") + ")"
        params = named
    return store.query(
        "SELECT id, word_count FROM articles WHERE NOT EXISTS (SELECT 1 FROM analyses a"
        " WHERE a.content_hash = articles.content_hash"
        " AND a.model_name = ? AND a.model_version = ? AND a.extractor_version = ?)" + where + " ORDER BY id",
        (model.name, model.version, extractor_version, *params),
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
    on_wait: Callable[[str], None] | None = None,
    languages: tuple[str | None, ...] | None = None,
) -> IndexSummary:
    """Analyse and store every pending article; ``on_result(article_id, analysis or None on failure)``.

    One index runs at a time per library: a second one waits (``on_wait`` says so once),
    then finds only what the first left, so no work is done twice. A KeyboardInterrupt
    stops the run with everything finished so far kept, and is reported in the summary
    rather than raised; so is a library failure (disk full, read-only) or running out of memory.
    """
    import time

    shared = store.dialect == "postgresql"
    with index_lock(store, on_wait):
        model = model_info(nlp)
        total, pending = pending_work(store, model, languages, on_start)
        started = time.perf_counter()
        counts = {"analysed": 0, "failed": 0, "words": 0}
        failures: list[str] = []
        interrupted = False
        error = None
        try:
            with _ctrl_c_stops_workers(n_process):
                if shared:
                    _analyse_claimed(store, nlp, model, languages, n_process, batch_size, on_result, counts, failures)
                else:
                    _analyse_into(store, nlp, list(pending), n_process, batch_size, on_result, counts, failures)
        except KeyboardInterrupt:
            interrupted = True
        except StoreError as exc:
            error = str(exc)
        except MemoryError:
            error = "out of memory: the articles analysed so far are stored; try --processes 1"
        finally:
            if error is not None and n_process > 1:
                import multiprocessing

                for child in multiprocessing.active_children():
                    child.terminate()
        if interrupted and not shared:
            recount_stored(store, model, languages, pending, counts)
    return IndexSummary(
        analysed=counts["analysed"],
        cached=total - len(pending),
        failed=counts["failed"],
        words=counts["words"],
        seconds=time.perf_counter() - started,
        interrupted=interrupted,
        error=error,
        failures=tuple(failures),
    )


def index_lock(store: Store, on_wait: Callable[[str], None] | None = None) -> AbstractContextManager[object]:
    """One index at a time on a SQLite library (the lock file beside it; a second run waits and
    ``on_wait`` says so once). A PostgreSQL library has no file beside it: runs there share the
    work by claims, or skip what is already stored."""
    from .safety import library_lock

    if store.dialect == "postgresql":
        return nullcontext()
    message = "another newsloupe index is working on this library; waiting for it to finish"
    return library_lock(store.path, purpose="index", wait_message=message, on_wait=on_wait)


def pending_work(store: Store, model: ModelInfo, languages: tuple[str | None, ...] | None,
                 on_start: Callable[[int, int], None] | None = None) -> tuple[int, list[int]]:
    """How many articles this pipeline reads, and the ids still to analyse; ``on_start(articles, words)``."""
    total = len(_pending(store, ModelInfo("", ""), "", languages))  # every article this pipeline reads
    rows = _pending(store, model, EXTRACTOR_VERSION, languages)
    if on_start:
        on_start(len(rows), sum(int(r[1]) for r in rows))
    return total, [int(r[0]) for r in rows]


def recount_stored(store: Store, model: ModelInfo, languages: tuple[str | None, ...] | None,
                   pending: list[int], counts: dict[str, int]) -> None:
    """After a Ctrl-C: an analysis can commit before it is counted, so the library is the truth."""
    try:
        still = {int(r[0]) for r in _pending(store, model, EXTRACTOR_VERSION, languages)}
    except StoreError:
        return
    counts["analysed"] = max(counts["analysed"], sum(1 for i in pending if i not in still))


def claim_owner() -> str:
    """A name for this run's claims: host, process and a random part (pids repeat across hosts)."""
    import socket
    import uuid

    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def _analyse_claimed(
    store: Store,
    nlp: "Language",
    model: ModelInfo,
    languages: tuple[str | None, ...] | None,
    n_process: int,
    batch_size: int,
    on_result: Callable[[int, Analysis | None], None] | None,
    counts: dict[str, int],
    failures: list[str],
) -> None:
    """Claim a batch of pending articles at a time and analyse it, until nothing is left unclaimed.

    Each stored analysis drops its claim; an article that fails keeps this run's claim until
    the run ends (so it is not tried again in a loop), then every claim left is released.
    """
    owner = claim_owner()
    try:
        while True:
            ids = store.claim_pending(model, owner, limit=batch_size * n_process, languages=languages)
            if not ids:
                return
            _analyse_into(store, nlp, ids, n_process, batch_size, on_result, counts, failures)
    finally:
        try:
            store.release_claims(owner)
        except StoreError:
            pass  # the server went away: the claims lapse on their own


def _analyse_into(
    store: Store,
    nlp: "Language",
    remaining: list[int],
    n_process: int,
    batch_size: int,
    on_result: Callable[[int, Analysis | None], None] | None,
    counts: dict[str, int],
    failures: list[str],
) -> None:
    """Analyse ``remaining`` in order, storing each result as it comes; counts are updated in place."""
    while remaining:
        # analyse_many is one generator over all inputs: an article that breaks a rule would end it,
        # so on failure the article is counted and the run resumes after it.
        inputs = (store.article_input(i) for i in remaining)
        done = 0
        try:
            for article_id, analysis in zip(
                remaining, analyse_many(inputs, nlp=nlp, n_process=n_process, batch_size=batch_size), strict=True
            ):
                store.put_analysis(article_id, analysis)
                counts["analysed"] += 1
                counts["words"] += analysis.word_count
                done += 1
                if on_result:
                    on_result(article_id, analysis)
            return
        except (KeyboardInterrupt, MemoryError, StoreError):
            # Not the article's fault: the run stops and says why.
            raise
        except ArticleTooLong as exc:
            failures.append(f"article {remaining[done]}: {exc}")
        except Exception as exc:  # noqa: BLE001 - one bad article must not end the run
            failures.append(f"article {remaining[done]}: cannot be analysed ({type(exc).__name__}: {exc})")
        counts["failed"] += 1
        if on_result:
            on_result(remaining[done], None)
        remaining = remaining[done + 1 :]
