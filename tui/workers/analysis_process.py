"""The reader's analysis worker: a separate process (one pipeline, loaded once), events back as messages.

Analysis in a thread of the UI process would compete with the event loop for the
interpreter; in its own process it cannot hold a key press back. A listener thread
in the UI process turns the worker's events into Textual messages posted to the
reader (``post_message`` is safe from another thread). A thread host runs the same
loop in-process, for tests whose stand-in analyser cannot be pickled.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from textual.message import Message

from tui import messages
from tui.workers.analysis_jobs import Analyser, Event, Job, serve

#: Seconds the worker waits for a command before checking that the reader is still there.
POLL = 0.5


def to_message(event: Event) -> Message | None:
    kind = event[0]
    if kind == "started":
        return messages.AnalysisStarted(event[1], 0, 1)
    if kind == "ready":
        return messages.AnalysisReady(event[1], event[3], article_id=event[2], entity_count=event[4])
    if kind == "failed":
        return messages.AnalysisFailed(event[1], event[3], article_id=event[2])
    if kind == "skipped":
        return messages.AnalysisSkipped(event[1], event[3])
    if kind == "model_missing":
        return messages.ModelMissing(event[1])
    if kind == "pending":
        return messages.PendingAnalyses(event[1])
    if kind == "progress":
        return messages.LibraryAnalysisProgress(event[1], event[2], event[3])
    if kind == "library_done":
        return messages.LibraryAnalysisDone(event[1], event[2], event[3], already=event[4], skipped=event[5])
    if kind == "idle":
        return messages.AnalysisIdle()
    return None


def _process_main(analyser: Analyser, commands: Any, events: Any, db_path: str | None,
                  scope: frozenset[int] | None) -> None:
    """The worker process: quiet (the reader owns the terminal), stops when the reader goes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    devnull = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(devnull, fd)
    parent = multiprocessing.parent_process()

    def next_command(block: bool) -> tuple[Any, ...] | None:
        while True:
            try:
                command: tuple[Any, ...] | None = commands.get(timeout=POLL) if block else commands.get_nowait()
                return command
            except queue.Empty:
                if parent is not None and not parent.is_alive():
                    return ("stop",)
                if not block:
                    return None

    serve(analyser, next_command, events.put, db_path, scope)
    events.put(("exited",))


@contextmanager
def _real_stderr() -> Iterator[None]:
    """The process's own stderr while multiprocessing starts its helpers.

    Textual replaces ``sys.stderr`` with a capture whose ``fileno()`` is -1, and
    multiprocessing's resource tracker passes that descriptor to its child (and fails).
    """
    saved = sys.stderr
    try:
        saved.fileno()
        usable = saved.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if not usable and sys.__stderr__ is not None:
        sys.stderr = sys.__stderr__
    try:
        yield
    finally:
        sys.stderr = saved


class AnalysisHost:
    """Starts the worker, sends it commands, posts its events with ``post`` until stopped.

    ``scope``: the library articles its count and library-wide run cover (None: the whole library)."""

    def __init__(self, analyser: Analyser, *, db_path: str | None, post: Callable[[Message], object],
                 in_process: bool = True, scope: frozenset[int] | None = None) -> None:
        self.in_process = in_process
        self._post = post
        self.process: multiprocessing.process.BaseProcess | None = None
        if in_process:
            ctx = multiprocessing.get_context("spawn")
            with _real_stderr():
                self._commands: Any = ctx.Queue()
                self._events: Any = ctx.Queue()
                self.process = ctx.Process(target=_process_main, name="newsloupe-analysis", daemon=True,
                                           args=(analyser, self._commands, self._events, db_path, scope))
                self.process.start()
            self._thread = None
        else:
            self._commands = queue.Queue()
            self._events = queue.Queue()

            def next_command(block: bool) -> tuple[Any, ...] | None:
                try:
                    command: tuple[Any, ...] | None = (
                        self._commands.get(timeout=POLL) if block else self._commands.get_nowait()
                    )
                    return command
                except queue.Empty:
                    return None

            def run() -> None:
                serve(analyser, next_command, self._events.put, db_path, scope)
                self._events.put(("exited",))

            self._thread = threading.Thread(target=run, name="newsloupe-analysis", daemon=True)
            self._thread.start()
        self._listener = threading.Thread(target=self._listen, name="newsloupe-analysis-events", daemon=True)
        self._listener.start()

    @property
    def pid(self) -> int | None:
        return None if self.process is None else self.process.pid

    def _listen(self) -> None:
        while True:
            try:
                event = self._events.get(timeout=POLL)
            except queue.Empty:
                if self.process is not None and not self.process.is_alive():
                    return
                continue
            except (EOFError, OSError):
                return
            if event[0] == "exited":
                return
            message = to_message(event)
            if message is not None:
                self._post(message)

    def foreground(self, jobs: list[Job]) -> None:
        """Analyse these next (replacing the previous foreground request)."""
        self._commands.put(("foreground", list(jobs)))

    def library(self, start: bool) -> None:
        """Start (or cancel) the analysis of every library article not analysed yet."""
        self._commands.put(("library", start))

    def widen_scope(self, article_ids: list[int]) -> None:
        """More articles are listed: counted (and analysed by ``I``) with the others, when scoped."""
        self._commands.put(("scope", list(article_ids)))

    def stop(self, timeout: float = 0.3) -> None:
        """Ask the worker to stop; a process still busy after ``timeout`` is terminated.

        Quitting must not wait for an article half analysed: each finished one is already
        committed, and a terminated worker leaves no half-written row (one transaction each)."""
        try:
            self._commands.put(("stop",))
        except (OSError, ValueError):
            pass
        if self.process is not None:
            self.process.join(timeout)
            if self.process.is_alive():
                self.process.terminate()
                self.process.join(1.0)
            for q in (self._commands, self._events):
                q.cancel_join_thread()  # never wait at exit on a pipe the worker no longer reads
        elif self._thread is not None:
            self._thread.join(2.0)  # a thread cannot be stopped mid-article: let it finish that one
