"""What a Dask worker runs: analyse a batch of articles, or resolve a range of name blocks.

Each task opens the library from its target string (through the worker plugin) and writes
its results back in short transactions of its own, so a task that dies (kill -9 of its
worker) loses only what it had not committed, and its retry writes nothing twice.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.extract.types import ModelInfo

#: Articles spaCy parses together inside a batch.
PIPE_BATCH = 4


@dataclass(frozen=True, slots=True)
class BatchResult:
    """What a batch did: per article its words (None when it failed), and a line per failure."""

    done: tuple[tuple[int, int | None], ...]
    failures: tuple[str, ...]
    #: Articles a previous attempt of this batch had already stored (a retry).
    already: int = 0


class ModelMismatch(RuntimeError):
    """A worker's pipeline is not the one the client indexes for (another installed version)."""


def _already_stored(store, ids: list[int], model: ModelInfo, extractor_version: str) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """Articles of ``ids`` whose current text has this analysis already: id -> word count."""
    marks = ",".join("?" * len(ids))
    rows = store.query(
        f"SELECT id, word_count FROM articles WHERE id IN ({marks}) AND EXISTS (SELECT 1 FROM analyses a"
        " WHERE a.content_hash = articles.content_hash AND a.model_name = ? AND a.model_version = ?"
        " AND a.extractor_version = ?)",
        (*ids, model.name, model.version, extractor_version),
    )
    return {int(r[0]): int(r[1]) for r in rows}


def index_batch(target: str, model_name: str, expected: ModelInfo, ids: list[int],
                progress_topic: str | None = None) -> BatchResult:
    """Analyse and store the articles ``ids`` (in order, one transaction each) on this worker.

    Each stored article is also announced on ``progress_topic`` (a Dask event), so the
    client's progress bar moves article by article, as in the one-process run.
    """
    from distributed import get_worker

    from tui.extract import model
    from tui.extract.model import model_info
    from tui.extract.version import EXTRACTOR_VERSION
    from tui.library.indexing import _analyse_into

    from .cluster import worker_plugin

    plugin = worker_plugin()
    with plugin.lock:
        nlp = model.load(model_name)
        found = model_info(nlp)
        if found != expected:
            raise ModelMismatch(f"a worker has the pipeline {found.name} {found.version}, "
                                f"the index is for {expected.name} {expected.version}")
        store = plugin.store(target)
        stored = _already_stored(store, ids, expected, EXTRACTOR_VERSION)
        done: list[tuple[int, int | None]] = [(i, stored[i]) for i in ids if i in stored]
        failures: list[str] = []

        def on_result(article_id: int, analysis) -> None:  # type: ignore[no-untyped-def]
            done.append((article_id, analysis.word_count if analysis is not None else None))
            if progress_topic:
                get_worker().log_event(progress_topic, list(done[-1]))

        counts = {"analysed": 0, "failed": 0, "words": 0}
        # The very loop ``newsloupe index`` runs in one process, so the analyses are the same bytes;
        # spaCy's batches are small, so the articles come out (and the progress bar moves) steadily.
        _analyse_into(store, nlp, [i for i in ids if i not in stored], 1, PIPE_BATCH, on_result, counts, failures)
    return BatchResult(tuple(done), tuple(failures), already=len(stored))
