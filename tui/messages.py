"""Messages the reader's screens and its analysis worker post ("attributes down, messages up")."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from tui.extract.types import Analysis, ArticleInput
from tui.library.entries import ArticleEntry


@dataclass
class OpenArticle(Message):
    """Open a library article with the view at ``offset`` (a character offset into its body)."""

    article_id: int
    offset: int


@dataclass
class FilterByEntity(Message):
    """List only the library's articles that mention ``entity_id`` (named ``name``)."""

    entity_id: str
    name: str


@dataclass
class AnalysisStarted(Message):
    """The worker began analysing the article ``key`` (``done`` of ``total`` in this run)."""

    key: str
    done: int
    total: int


@dataclass
class AnalysisReady(Message):
    """An article was analysed. ``analysis`` is None when only its count matters (the library-wide run)."""

    key: str
    analysis: Analysis | None
    article_id: int | None = None
    entity_count: int | None = None


@dataclass
class AnalysisFailed(Message):
    """One article could not be analysed; ``message`` is one line."""

    key: str
    message: str
    article_id: int | None = None


@dataclass
class ModelMissing(Message):
    """The spaCy pipeline is not installed: the reader shows text without layers."""

    message: str


@dataclass
class AnalysisIdle(Message):
    """The worker has nothing left to do."""


@dataclass
class FeedsRefreshed(Message):
    """The feed refresh worker finished: the new articles' ids, a summary line, one line per failed feed."""

    new_ids: tuple[int, ...]
    summary: str
    failures: tuple[str, ...]


@dataclass
class AnalysisSkipped(Message):
    """The article ``key`` is not analysed (its language has no pipeline); ``message`` says how to add one."""

    key: str
    message: str


@dataclass
class PendingAnalyses(Message):
    """How many library articles have no analysis yet (for the status line)."""

    count: int


@dataclass
class LibraryAnalysisProgress(Message):
    """The library-wide run (``I``): ``done`` of ``total`` articles, ``failed`` of them could not be analysed."""

    done: int
    total: int
    failed: int


@dataclass
class LibraryAnalysisDone(Message):
    """The library-wide run ended: ``done`` articles went through it; of them ``failed`` could not be analysed,
    ``already`` were analysed before their turn came, ``skipped`` have no pipeline for their language."""

    done: int
    failed: int
    cancelled: bool
    already: int = 0
    skipped: int = 0


@dataclass
class PageRead(Message):
    """A page opened by path was read (in a thread): its row as read, with the library's state, and its
    article when no library holds it (else the library's copy is read when it is opened)."""

    key: str
    entry: ArticleEntry
    article: ArticleInput | None


@dataclass
class PagesRead(Message):
    """Every page opened by path was read (not posted when the reading was cancelled)."""
