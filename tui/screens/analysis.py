"""The analysis loop the reader runs in a thread worker: one message per step, stopping when cancelled.

It takes its analyser, its way to post and its cancel check as arguments, so it runs
the same in the worker and in a test; spaCy is imported by the analyser, never here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Union

from textual.message import Message

from tui.extract.types import Analysis, ArticleInput
from tui.library.documents import UnreadableArticle
from tui.library.languages import no_pipeline_notice, unsupported_language
from tui.library.sources import read_one, tag_language
from tui.messages import (
    AnalysisFailed,
    AnalysisIdle,
    AnalysisReady,
    AnalysisSkipped,
    AnalysisStarted,
    ModelMissing,
)

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
            article = read_one(item) if isinstance(item, str) else item
            article = tag_language(article)  # found here, in the worker, not before the first paint
            language = unsupported_language(article)
            if language is not None:
                # Not analysed with another language's pipeline: the text without layers, and how to add one.
                post(AnalysisSkipped(key, no_pipeline_notice(language)))
                continue
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
