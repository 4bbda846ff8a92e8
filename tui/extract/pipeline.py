"""The engine's entry points: ``analyse`` one text, ``analyse_many`` over ``nlp.pipe``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from . import chunking, coref, dates, entities, events, model, preprocess, quotes, repairs, roles, word_index
from .context import DocContext
from .doc_text import doc_text, seed as seed_text
from .limits import (
    ARTICLE_LIMIT,
    ArticleTooLong as ArticleTooLong,  # re-exported: defined beside the limit
    too_long_message,
)
from .nested_names import nested_mentions
from .types import Analysis, ArticleInput, Fact, Sentence  # ArticleInput re-exported
from .version import EXTRACTOR_VERSION  # re-exported: bump it in version.py

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc



def _check_length(item: "ArticleInput", nlp: "Language") -> None:
    if len(item.text) > ARTICLE_LIMIT:
        name = item.source or item.title or "article"
        raise ArticleTooLong(too_long_message(name, len(item.text)))


def parse_published(value: str | date | None) -> date | None:
    """An ISO date (or datetime) string, a feed's RFC 2822 date ("Tue, 04 Feb 2025 10:00:00 GMT"),
    a written date ("February 4, 2025") or a date; None when absent or unparsable."""
    if value is None or isinstance(value, date):
        return value
    text = value.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1].strip()  # a converter's quotes ("date: '2013-03-22T10:15'") are no part of the date
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    from .date_calendar import day_of_value
    from .date_values import Anchor, normalise

    reading = normalise(text, Anchor(today=None))
    return day_of_value(reading[0].value) if reading else None


def analyse(
    text: str,
    *,
    title: str | None = None,
    published: str | date | None = None,
    source: str | None = None,
    nlp: "Language | None" = None,
    model_name: str | None = None,
    meta: tuple[tuple[str, str], ...] = (),
) -> Analysis:
    """Analyse one article body. Offsets in the result index ``text`` unchanged."""
    nlp = nlp or model.load(model_name)
    pub = published.isoformat() if isinstance(published, date) else published
    item = ArticleInput(text=text, title=title, published=pub, source=source, meta=meta)
    _check_length(item, nlp)
    return analyse_doc(chunking.parse(nlp, text), item, nlp)


def analyse_many(
    items: Iterable[ArticleInput | str],
    *,
    n_process: int = 1,
    batch_size: int = 20,
    nlp: "Language | None" = None,
    model_name: str | None = None,
) -> Iterator[Analysis]:
    """Analyse many articles in order; ``n_process=2`` uses both cores (small batches help)."""
    nlp = nlp or model.load(model_name)
    inputs = (i if isinstance(i, ArticleInput) else ArticleInput(text=i) for i in items)
    # A too-long text goes through the pipe empty and raises at its own turn, so the
    # articles before it in the batch are still yielded (callers may resume after it).
    # A long one goes through empty too, and is parsed in pieces at its turn (bounded memory).
    texts = ((i.text if len(i.text) <= chunking.LONG_TEXT else "", i) for i in inputs)
    pairs = nlp.pipe(texts, as_tuples=True, n_process=n_process, batch_size=batch_size)
    for doc, item in pairs:
        _check_length(item, nlp)
        if len(item.text) > chunking.LONG_TEXT:
            doc = chunking.parse(nlp, item.text)
        yield analyse_doc(doc, item, nlp)


def analyse_doc(doc: "Doc", item: ArticleInput, nlp: "Language") -> Analysis:
    """Run every rule over a parsed doc (parsed from ``item.text``)."""
    seed_text(doc, item.text)
    text = doc_text(doc)
    published = parse_published(item.published)
    paragraphs = preprocess.paragraph_ranges(text)
    duplicates = preprocess.duplicate_ranges(text)
    title = item.title or preprocess.guess_title(text)
    raw = repairs.repair_mentions(doc)
    ents, mentions = entities.link_mentions(doc, raw, duplicates=duplicates, title=title)
    ctx = DocContext(doc, mentions, ents, published=published, duplicates=duplicates)
    date_facts = dates.extract_dates(ctx)  # once: the events read their times from them
    facts: list[Fact] = [
        *roles.extract_roles(ctx),
        *events.extract_events(ctx, date_values=dates.date_values(date_facts, ctx)),
        *quotes.extract_quotes(ctx),
        *date_facts,
    ]
    links = coref.resolve_document(ctx)
    facts = coref.link_facts(facts, links, names={e.id: e.name for e in ents})
    # Names inside names come last: every rule above reads the flat mentions only.
    ents, nested = nested_mentions(text, mentions, ents)
    facts.sort(key=lambda f: (f.evidence[0] if f.evidence else (0, 0), f.kind))
    return Analysis(
        text=text,
        title=title,
        published=item.published,
        source=item.source,
        model=model.model_info(nlp),
        extractor_version=EXTRACTOR_VERSION,
        sentences=tuple(Sentence(s.start_char, s.end_char) for s in word_index.sentences(doc)),
        paragraphs=tuple(Sentence(a, b) for a, b in paragraphs),
        # A flat mention before the nested ones that start with it (what a click at its start opens).
        mentions=tuple(sorted((*mentions, *nested), key=lambda m: (m.start, m.nested, -m.end))) if nested else mentions,
        entities=ents,
        facts=tuple(facts),
        duplicates=duplicates,
        meta=item.meta,
        links=links,
    )
