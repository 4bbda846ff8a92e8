"""Engine throughput: ``analyse_many`` words/s beside raw ``nlp.pipe`` with the same components."""

from __future__ import annotations

import time

from common import Row, articles, words


def _raw_pipe(nlp, texts: list[str], n_process: int) -> float:
    start = time.perf_counter()
    for _ in nlp.pipe(texts, n_process=n_process, batch_size=20):
        pass
    return time.perf_counter() - start


def _engine(nlp, texts: list[str], n_process: int) -> float:
    from tui.extract import analyse_many

    start = time.perf_counter()
    for _ in analyse_many(texts, nlp=nlp, n_process=n_process, batch_size=20):
        pass
    return time.perf_counter() - start


def run(*, quick: bool = False) -> list[Row]:
    from tui.extract import model

    texts = [a["text"] for a in articles()][: 30 if quick else 120]
    n_words = words(texts)
    nlp = model.load()
    # Warm up both paths (model weights, dateparser's tables) outside the timing.
    list(nlp.pipe(texts[:3]))
    _engine(nlp, texts[:3], 1)
    rows = []
    for n_process in (1, 2):
        raw = _raw_pipe(nlp, texts, n_process)
        ours = _engine(nlp, texts, n_process)
        rows.append(
            Row(
                name=f"engine words/s, {n_process} process{'es' if n_process > 1 else ''}",
                value=n_words / ours,
                unit="words/s",
                anchor=f"raw nlp.pipe, {n_process} proc",
                anchor_value=n_words / raw,
                direction="ge",
                target=0.8,
                note=f"{len(texts)} Wikinews articles, {n_words} words",
            )
        )
    return rows
