"""The worker's loop: messages in order, failures kept to one article, a missing model stops, cancel stops."""

from __future__ import annotations

from tui.extract.model import ModelNotFound
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.messages import AnalysisFailed, AnalysisIdle, AnalysisReady, AnalysisStarted, ModelMissing
from tui.screens.analysis import run_jobs


def fake(article: ArticleInput) -> Analysis:
    if "boom" in article.text:
        raise ValueError("bad text\nsecond line")
    if "nomodel" in article.text:
        raise ModelNotFound("spaCy model 'x' is not installed")
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("m", "1"), extractor_version="t")


def kinds(messages) -> list[str]:
    return [type(m).__name__ for m in messages]


def test_each_article_is_started_then_ready_or_failed(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("title: Good\n\nRain in Oslo.\n", encoding="utf-8")
    posted: list = []
    jobs = [("a", ArticleInput("Calm.")), ("b", ArticleInput("boom")), ("c", str(tmp_path / "gone.txt")),
            ("d", str(good))]
    run_jobs(jobs, analyser=fake, post=posted.append, cancelled=lambda: False)
    assert kinds(posted) == ["AnalysisStarted", "AnalysisReady", "AnalysisStarted", "AnalysisFailed",
                             "AnalysisStarted", "AnalysisFailed", "AnalysisStarted", "AnalysisReady", "AnalysisIdle"]
    assert posted[3] == AnalysisFailed("b", "ValueError: bad text")
    assert "no such file" in posted[5].message
    assert isinstance(posted[7], AnalysisReady) and posted[7].analysis.text == "Rain in Oslo.\n"
    assert posted[0] == AnalysisStarted("a", 0, 4)


def test_a_missing_model_stops_the_run():
    posted: list = []
    run_jobs([("a", ArticleInput("nomodel")), ("b", ArticleInput("fine"))], analyser=fake, post=posted.append,
             cancelled=lambda: False)
    assert kinds(posted) == ["AnalysisStarted", "ModelMissing"]
    assert isinstance(posted[1], ModelMissing) and "not installed" in posted[1].message


def test_cancelling_stops_before_the_next_article_and_drops_the_current_result():
    posted: list = []
    calls = iter([False, True])
    run_jobs([("a", ArticleInput("one")), ("b", ArticleInput("two"))], analyser=fake, post=posted.append,
             cancelled=lambda: next(calls, True))
    assert kinds(posted) == ["AnalysisStarted"]
    assert not any(isinstance(m, (AnalysisReady, AnalysisIdle)) for m in posted)
