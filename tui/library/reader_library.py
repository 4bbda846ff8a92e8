"""What the reader asks of the library, in one typed place: cached analyses, saves, markers, prefs.

No Textual. ``ReaderLibrary`` wraps an open ``Store``; ``NullLibrary`` stands in when the
reader reads files without one, so callers never test for a store themselves. Conveniences
(the read marker, the position) never raise: losing one must not stop reading. Saves the user
asked for (a star, a preference, an analysis) raise ``LibraryProblem`` with a one-line reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tui.extract.types import Analysis
from tui.library.store import ArticleRow, Store


class LibraryProblem(Exception):
    """A save the user will want to hear about failed (one line, shown as it is)."""


class NullLibrary:
    """No library is open: nothing is cached, saved or listed; preferences keep their defaults."""

    present = False
    read_only = False
    path: Path | None = None
    #: What reopens the library in another thread or process: its file or its postgresql:// URL.
    location: str | None = None
    store: Store | None = None

    def cached_analysis(self, article_id: int | None, model_name: str | None) -> Analysis | None:
        return None

    def save_analysis(self, article_id: int | None, analysis: Analysis) -> None:
        return None

    def mark_read(self, article_id: int | None, read: bool = True) -> None:
        return None

    def star(self, article_id: int | None, starred: bool) -> None:
        raise LibraryProblem("no library is open: starring needs one")

    def save_position(self, article_id: int | None, position: int) -> None:
        return None

    def pref(self, key: str, default: Any) -> Any:
        return default

    def save_pref(self, key: str, value: object) -> None:
        return None

    def article(self, article_id: int) -> ArticleRow | None:
        return None

    def articles(self, *, query: str = "", entity: str | None = None, starred: bool | None = None,
                 limit: int | None = None, after: tuple[str | None, int] | None = None) -> list[ArticleRow]:
        raise LibraryProblem("no library is open")

    def starred_ids(self, article_ids: Sequence[int]) -> set[int]:
        return set()


class ReaderLibrary(NullLibrary):
    """The reader's view of an open ``Store``."""

    present = True

    def __init__(self, store: Store) -> None:
        self.store = store
        #: The same store, typed as present.
        self._db = store
        self.path = store.path
        self.location = store.location
        self.read_only = bool(getattr(store, "read_only", False))

    def cached_analysis(self, article_id: int | None, model_name: str | None) -> Analysis | None:
        if article_id is None:
            return None
        from tui.library.models import installed_model_info

        info = installed_model_info(model_name)
        if info is None:
            return None
        try:
            return self._db.cached_analysis(article_id, info)
        except Exception:  # noqa: BLE001 - a stale or broken cache entry: analyse again
            return None

    def save_analysis(self, article_id: int | None, analysis: Analysis) -> None:
        if article_id is not None:
            self._save("cannot cache the analysis", self._db.put_analysis, article_id, analysis)

    def mark_read(self, article_id: int | None, read: bool = True) -> None:
        if article_id is not None:
            try:
                self._db.set_read(article_id, read)
            except Exception:  # noqa: BLE001 - the marker is a convenience
                pass

    def star(self, article_id: int | None, starred: bool) -> None:
        if article_id is None:
            raise LibraryProblem("this article is not in the library: it cannot be starred")
        self._save("cannot save the star", self._db.set_starred, article_id, starred)

    def save_position(self, article_id: int | None, position: int) -> None:
        if article_id is not None:
            try:
                self._db.set_position(article_id, position)
            except Exception:  # noqa: BLE001 - the position is a convenience
                pass

    def pref(self, key: str, default: Any) -> Any:
        try:
            return self._db.get_pref(key, default)
        except Exception:  # noqa: BLE001 - a broken library must not stop reading
            return default

    def save_pref(self, key: str, value: object) -> None:
        self._save(f"cannot save the {key} preference", self._db.set_pref, key, value)

    def article(self, article_id: int) -> ArticleRow | None:
        try:
            return self._db.article(article_id)
        except Exception:  # noqa: BLE001 - shown as missing
            return None

    def articles(self, *, query: str = "", entity: str | None = None, starred: bool | None = None,
                 limit: int | None = None, after: tuple[str | None, int] | None = None) -> list[ArticleRow]:
        """The library's articles in list order; ``limit`` and ``after`` read one page."""
        try:
            return self._db.articles(query=query, entity=entity, starred=starred, limit=limit, after=after)
        except Exception as exc:  # noqa: BLE001 - a broken library must not stop reading
            raise LibraryProblem(str(exc)) from None

    def starred_ids(self, article_ids: Sequence[int]) -> set[int]:
        return {row.id for row in self.articles(starred=True)} & set(article_ids)

    @staticmethod
    def _save(what: str, write: Any, *args: object) -> None:
        try:
            write(*args)
        except Exception as exc:  # noqa: BLE001 - any failure is one line for the user
            raise LibraryProblem(f"{what}: {exc}") from None


def reader_library(store: Store | None) -> NullLibrary:
    """The facade for ``store``: the null one when no library is open."""
    return NullLibrary() if store is None else ReaderLibrary(store)
