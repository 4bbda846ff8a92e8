"""Engine throughput: ``analyse_many`` and ``newsloupe index`` words/s beside raw ``nlp.pipe``.

Raw ``nlp.pipe`` runs the same pipeline (same components) over the same Wikinews texts in the
same run; the batch index also writes every analysis to a fresh SQLite library. In one process
both sides are timed in CPU time (``process_time``: a loaded machine slows both alike, and the
ratio is the engine's own cost); with two processes, in wall time (the workers' CPU is elsewhere).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import Row, articles, words


def _clock(n_process: int):
    return time.process_time if n_process == 1 else time.perf_counter


def _raw_pipe(nlp, texts: list[str], n_process: int) -> float:
    clock = _clock(n_process)
    start = clock()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=20):
        pass
    return clock() - start


def _engine(nlp, texts: list[str], n_process: int) -> float:
    from tui.extract import analyse_many

    clock = _clock(n_process)
    start = clock()
    for _ in analyse_many(texts, nlp=nlp, n_process=n_process, batch_size=20):
        pass
    return clock() - start


def _index(nlp, items: list[dict[str, str]], n_process: int) -> float:
    from tui.extract.pipeline import ArticleInput
    from tui.library.indexing import index_library
    from tui.library.store import Store

    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "library.db") as store:
        for row in items:
            store.add_article(ArticleInput(row["text"], row["title"], row.get("date") or None, "wikinews"))
        start = time.perf_counter()
        summary = index_library(store, nlp, n_process=n_process, batch_size=20)
        elapsed = time.perf_counter() - start
        assert summary.analysed == len(items), summary
    return elapsed


def run(*, quick: bool = False) -> list[Row]:
    from tui.extract import model

    items = articles()[: 30 if quick else 120]
    texts = [a["text"] for a in items]
    n_words = words(texts)
    nlp = model.load()
    # Warm up both paths (model weights, dateparser's tables) outside the timing.
    list(nlp.pipe(texts[:3]))
    _engine(nlp, texts[:3], 1)
    rows = []
    for n_process in (1, 2):
        # Alternate the two and keep each one's best, so neither gains from going second.
        raw = ours = float("inf")
        for _ in range(2):
            raw = min(raw, _raw_pipe(nlp, texts, n_process))
            ours = min(ours, _engine(nlp, texts, n_process))
        rows.append(
            Row(
                name=f"engine words/s, {n_process} process{'es' if n_process > 1 else ''}",
                value=n_words / ours,
                unit="words/s",
                anchor=f"raw nlp.pipe, {n_process} proc",
                anchor_value=n_words / raw,
                direction="ge",
                # One process: the engine's rules may cost at most a tenth of spaCy's own time.
                target=0.9 if n_process == 1 else 0.8,
                note=f"{len(texts)} Wikinews articles, {n_words} words; best of 2, alternating; "
                     + ("CPU time" if n_process == 1 else "wall time"),
            )
        )
    raw = _raw_pipe(nlp, texts, 2)
    indexed = _index(nlp, items, 2)
    rows.append(
        Row(
            name="newsloupe index words/s, 2 processes",
            value=n_words / indexed,
            unit="words/s",
            anchor="raw nlp.pipe, 2 proc",
            anchor_value=n_words / raw,
            direction="ge",
            target=0.8,
            note="adds the articles to a new library first (not timed), then analyses and stores each",
        )
    )
    return rows
