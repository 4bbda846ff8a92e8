"""Date normalisation's share of engine time: the date rules beside the whole engine, same texts.

Engine time is parsing (``nlp.pipe``) plus every rule (``analyse_doc``); date time is
``dates.extract_dates`` (spans, anchors and values) over the same parsed documents.
"""

from __future__ import annotations

import time

from common import Row, articles, words


def _contexts(nlp, docs, items):
    from tui.extract import entities, preprocess, repairs
    from tui.extract.context import DocContext
    from tui.extract.pipeline import parse_published

    out = []
    for doc, item in zip(docs, items, strict=True):
        duplicates = preprocess.duplicate_ranges(doc.text)
        ents, mentions = entities.link_mentions(doc, repairs.repair_mentions(doc), duplicates=duplicates)
        out.append(DocContext(doc, mentions, ents, published=parse_published(item.get("date")), duplicates=duplicates))
    return out


def run(*, quick: bool = False) -> list[Row]:
    from tui.extract import dates, model
    from tui.extract.pipeline import ArticleInput, analyse_doc

    items = articles()[: 30 if quick else 120]
    texts = [a["text"] for a in items]
    nlp = model.load()
    list(nlp.pipe(texts[:3]))
    engine = dated = float("inf")
    for _ in range(2):
        start = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=20))
        for doc, item in zip(docs, items, strict=True):
            analyse_doc(doc, ArticleInput(doc.text, item.get("title"), item.get("date") or None), nlp)
        engine = min(engine, time.perf_counter() - start)
        contexts = _contexts(nlp, docs, items)
        start = time.perf_counter()
        for ctx in contexts:
            dates.extract_dates(ctx)
        dated = min(dated, time.perf_counter() - start)
    return [
        Row(
            name="date normalisation time",
            value=dated,
            unit="s",
            anchor="engine time (parse + all rules)",
            anchor_value=engine,
            direction="le",
            target=0.05,
            note=f"{len(texts)} Wikinews articles, {words(texts)} words, with their publication dates; best of 2",
        )
    ]
