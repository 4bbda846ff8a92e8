"""The batch index: pending articles, storing as results come, resuming after an interruption."""

from __future__ import annotations

import pytest

from tui.extract.model import model_info
from tui.extract.types import ArticleInput
from tui.library import indexing
from tui.library.indexing import index_library, pending_articles

TEXTS = [
    "Angela Merkel visited Paris on Monday.",
    "The United Nations met in Geneva.",
    "Emmanuel Macron spoke to reporters in Berlin.",
    "Toyota opened a factory in Texas.",
    "Pope Francis travelled to Iraq in March 2021.",
]


@pytest.fixture()
def five_articles(store):
    return [store.add_article(ArticleInput(t, title=f"t{n}")) for n, t in enumerate(TEXTS)]


def test_index_analyses_every_pending_article_once(store, nlp, five_articles):
    seen = []
    summary = index_library(store, nlp, n_process=1, on_result=lambda i, a: seen.append(i))
    assert (summary.analysed, summary.cached, summary.failed, summary.interrupted) == (5, 0, 0, False)
    assert seen == five_articles and summary.words == sum(len(t.split()) for t in TEXTS)
    assert pending_articles(store, model_info(nlp)) == []
    assert all(r.entity_count is not None for r in store.articles())
    again = index_library(store, nlp, n_process=1)
    assert (again.analysed, again.cached) == (0, 5)


def test_interrupted_index_keeps_finished_work_and_resumes(store, nlp, five_articles):
    def stop_after_two(article_id, analysis):
        if article_id == five_articles[1]:
            raise KeyboardInterrupt

    first = index_library(store, nlp, n_process=1, batch_size=1, on_result=stop_after_two)
    assert first.interrupted and first.analysed == 2
    assert pending_articles(store, model_info(nlp)) == five_articles[2:]
    rest = index_library(store, nlp, n_process=1)
    assert (rest.analysed, rest.cached, rest.interrupted) == (3, 2, False)
    assert store.articles(entity="person:angela-merkel")[0].id == five_articles[0]


def test_an_article_that_fails_is_counted_and_the_run_goes_on(store, nlp, five_articles, monkeypatch):
    real = indexing.analyse_many

    def breaks_on_toyota(items, **kwargs):
        for analysis in real(items, **kwargs):
            if "Toyota" in analysis.text:
                raise ValueError("a rule broke")
            yield analysis

    monkeypatch.setattr(indexing, "analyse_many", breaks_on_toyota)
    results = []
    summary = index_library(store, nlp, n_process=1, on_result=lambda i, a: results.append((i, a is None)))
    assert (summary.analysed, summary.failed) == (4, 1)
    assert (five_articles[3], True) in results
    assert pending_articles(store, model_info(nlp)) == [five_articles[3]]
