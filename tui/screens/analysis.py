"""The analysis loop the reader runs in a thread worker: one message per step, stopping when cancelled.

It takes its analyser, its way to post and its cancel check as arguments, so it runs
the same in the worker and in a test; spaCy is imported by the analyser, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Union

from textual.message import Message

from tui.extract.types import Analysis, ArticleInput
from tui.library.documents import UnreadableArticle, read_article
from tui.messages import AnalysisFailed, AnalysisIdle, AnalysisReady, AnalysisStarted, ModelMissing

#: (article key, the article itself or the path of its file, read in the worker).
Job = tuple[str, Union[ArticleInput, str]]
Analyser = Callable[[ArticleInput], Analysis]


def run_jobs(jobs: list[Job], *, analyser: Analyser, post: Callable[[Message], object],
             cancelled: Callable[[], bool]) -> None:
    """Analyse ``jobs`` in order, posting Started/Ready/Failed, ModelMissing (then stop) and Idle."""
    from tui.extract.model import ModelNotFound
    from tui.extract.pipeline import ArticleTooLong

    for done, (key, item) in enumerate(jobs):
        if cancelled():
            return
        post(AnalysisStarted(key, done, len(jobs)))
        try:
            article = read_article(item).article if isinstance(item, str) else item
            analysis = analyser(article)
        except ModelNotFound as exc:
            post(ModelMissing(str(exc)))
            return
        except (UnreadableArticle, ArticleTooLong) as exc:
            post(AnalysisFailed(key, str(exc)))
            continue
        except Exception as exc:  # noqa: BLE001 - one bad article must not stop the reader
            post(AnalysisFailed(key, f"{type(exc).__name__}: {exc}".splitlines()[0]))
            continue
        if cancelled():
            return
        post(AnalysisReady(key, analysis))
    post(AnalysisIdle())
