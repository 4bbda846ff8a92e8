"""``newsloupe index --workers N`` / ``--scheduler ADDRESS``: the pending articles, analysed on Dask.

The client lists the pending article ids and sends them out in batches; workers read the
text from the library, analyse it and write the analysis and its index rows back, one
transaction per article. Results arrive as batches finish, for the same progress bar as
the one-process run. Ctrl-C cancels what has not started and keeps everything finished.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from tui.extract.types import ModelInfo
from tui.library.indexing import IndexSummary, index_lock, pending_work, recount_stored
from tui.library.safety import StoreError

from . import ClusterError
from .tasks import BatchResult, ModelMismatch, index_batch

if TYPE_CHECKING:
    from distributed import Client

    from tui.library.store import Store

#: Times a batch is run again after it raised (a library busy for too long, say); a worker
#: that dies is not counted here: the scheduler gives its batch to another worker by itself.
RETRIES = 2


def index_on_dask(
    client: "Client",
    store: "Store",
    target: str,
    model_name: str,
    model: ModelInfo,
    *,
    batch_size: int = 20,
    on_start: Callable[[int, int], None] | None = None,
    on_result: Callable[[int, int | None], None] | None = None,
    on_wait: Callable[[str], None] | None = None,
    languages: tuple[str | None, ...] | None = None,
) -> IndexSummary:
    """Index every pending article on the cluster; ``on_result(article_id, words or None on failure)``.

    Like ``index_library``: one index at a time per library, Ctrl-C and library failures are
    reported in the summary, not raised.
    """
    # On PostgreSQL two runs may overlap: each batch skips what is already stored.
    with index_lock(store, on_wait):
        total, pending = pending_work(store, model, languages, on_start)
        started = time.perf_counter()
        counts = {"analysed": 0, "failed": 0, "words": 0}
        failures: list[str] = []
        interrupted = False
        error = None
        try:
            _run_batches(client, target, model_name, model, pending, batch_size, on_result, counts, failures)
        except KeyboardInterrupt:
            interrupted = True
        except (StoreError, ModelMismatch) as exc:
            error = str(exc)
        except MemoryError:
            error = "out of memory: the articles analysed so far are stored; try fewer --workers"
        except ClusterError as exc:
            raise ClusterError(f"{exc}: the {counts['analysed']} article(s) analysed in this run are stored;"
                               " run newsloupe index again to finish") from None
        if interrupted:  # a batch can commit after its future was cancelled
            recount_stored(store, model, languages, pending, counts)
    return IndexSummary(analysed=counts["analysed"], cached=total - len(pending), failed=counts["failed"],
                        words=counts["words"], seconds=time.perf_counter() - started, interrupted=interrupted,
                        error=error, failures=tuple(failures))


def batches(ids: list[int], size: int, workers: int = 1) -> list[list[int]]:
    """``ids`` in order, cut in batches of at most ``size`` that shrink towards the end.

    Each batch is at most a ``2 * workers``-th of what is left (guided scheduling), so the
    last batches are small and no worker sits idle while another finishes a long one.
    """
    out: list[list[int]] = []
    start = 0
    while start < len(ids):
        left = len(ids) - start
        step = max(1, min(size, -(-left // (2 * max(1, workers)))))
        out.append(ids[start : start + step])
        start += step
    return out


def _run_batches(client: "Client", target: str, model_name: str, model: ModelInfo, pending: list[int],
                 batch_size: int, on_result: Callable[[int, int | None], None] | None, counts: dict[str, int],
                 failures: list[str]) -> None:
    from distributed import CancelledError, as_completed

    run = uuid.uuid4().hex[:12]
    workers = max(1, sum(client.nthreads().values()))
    progress = _Progress(on_result)
    topic = f"newsloupe-progress-{run}"
    if on_result is not None:
        client.subscribe_topic(topic, progress.event)
    # The keys name the run and the batch, so a retried batch is the same task, never a second one.
    futures = [client.submit(index_batch, target, model_name, model, part, topic if on_result else None,
                             key=f"newsloupe-index-{run}-{n}", retries=RETRIES, pure=False)
               for n, part in enumerate(batches(pending, batch_size, workers))]
    try:
        for future in as_completed(futures, loop=client.loop):
            try:
                result: BatchResult = future.result()
            except (StoreError, ModelMismatch, MemoryError, KeyboardInterrupt):
                raise
            except (CancelledError, OSError) as exc:  # the scheduler is gone (its connection closed)
                raise ClusterError(f"lost the Dask cluster ({type(exc).__name__})") from None
            except Exception as exc:  # noqa: BLE001 - a batch that failed after its retries
                why = " ".join(str(exc).split())
                raise StoreError(f"a batch of articles could not be indexed: {type(exc).__name__}: {why}") from None
            failures.extend(result.failures)
            for article_id, words in result.done:
                if words is None:
                    counts["failed"] += 1
                else:
                    counts["analysed"] += 1
                    counts["words"] += words
                progress.report(article_id, words)  # unless its event came first
    finally:
        # Batches not started are dropped; one running on a worker finishes and commits (nothing is lost).
        client.cancel([f for f in futures if not f.done()], force=True)
        if on_result is not None:
            client.unsubscribe_topic(topic)


class _Progress:
    """Each article reported once: by its worker's event as it is stored, else with its batch's result."""

    def __init__(self, on_result: Callable[[int, int | None], None] | None) -> None:
        self.on_result = on_result
        self.seen: set[int] = set()
        self.lock = threading.Lock()

    def report(self, article_id: int, words: int | None) -> None:
        with self.lock:
            if article_id in self.seen or self.on_result is None:
                return
            self.seen.add(article_id)
            self.on_result(article_id, words)

    def event(self, event: tuple[float, Any]) -> None:
        # Runs on the client's event loop thread: a bad message must not stop the loop.
        try:
            article_id, words = event[1]
            self.report(int(article_id), None if words is None else int(words))
        except Exception:  # noqa: BLE001, S110 - the batch's result reports the article anyway
            pass
