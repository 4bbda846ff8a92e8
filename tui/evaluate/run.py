"""Run the engine and the raw model over gold documents and score both side by side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .scoring import Counts, LabelMap, Scores, score_overlap, score_spans
from .types import GoldDoc, GoldSpan

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Evaluation:
    """Scores of the engine (``ours``) and of the model's own ``doc.ents`` (``raw``) on the same documents."""

    documents: int
    ours: Scores
    raw: Scores
    #: Quote P/R/F1 when the gold has quote annotations.
    quotes: Counts | None = None
    quote_threshold: float = 0.5

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"documents": self.documents, "ours": self.ours.as_dict(), "raw": self.raw.as_dict()}
        if self.quotes is not None:
            out["quotes"] = {"threshold": self.quote_threshold, **self.quotes.as_dict()}
        return out


def predictions(docs: Sequence[GoldDoc], nlp: "Language") -> tuple[dict[str, list[GoldSpan]], dict[str, list[GoldSpan]], dict[str, list[tuple[int, int]]]]:
    """(engine mentions, raw doc.ents, engine quote contents) per document name."""
    from tui.extract import entities, nested_names, preprocess, repairs
    from tui.extract.doc_text import doc_text
    from tui.extract.pipeline import analyse_doc
    from tui.extract.types import ArticleInput, QuoteFact

    ours: dict[str, list[GoldSpan]] = {}
    raw: dict[str, list[GoldSpan]] = {}
    quotes: dict[str, list[tuple[int, int]]] = {}
    for doc, gold in nlp.pipe(((d.text, d) for d in docs), as_tuples=True):
        raw[gold.name] = [GoldSpan(e.start_char, e.end_char, e.label_) for e in doc.ents]
        if gold.quotes:
            analysis = analyse_doc(doc, ArticleInput(text=gold.text), nlp)
            mentions = analysis.mentions
            quotes[gold.name] = [(q.content.start, q.content.end) for q in analysis.facts if isinstance(q, QuoteFact)]
        else:
            # The same mentions ``analyse_doc`` returns, without the fact rules.
            dups = preprocess.duplicate_ranges(doc.text)
            ents, flat = entities.link_mentions(doc, repairs.repair_mentions(doc), duplicates=dups)
            mentions = (*flat, *nested_names.nested_mentions(doc_text(doc), flat, ents)[1])
        ours[gold.name] = [GoldSpan(m.start, m.end, m.label) for m in mentions]
    return ours, raw, quotes


def evaluate(docs: Sequence[GoldDoc], nlp: "Language", mapping: LabelMap, *, quote_threshold: float = 0.5) -> Evaluation:
    ours, raw, quotes = predictions(docs, nlp)
    gold = [(d.name, d.mentions) for d in docs]
    quote_counts = None
    if any(d.quotes for d in docs):
        quote_counts = Counts()
        for d in docs:
            c = score_overlap([(q.start, q.end) for q in d.quotes], quotes.get(d.name, []), threshold=quote_threshold)
            quote_counts.tp += c.tp
            quote_counts.fp += c.fp
            quote_counts.fn += c.fn
    return Evaluation(len(docs), score_spans(gold, ours, mapping), score_spans(gold, raw, mapping), quote_counts, quote_threshold)
