"""Finding article files under folders. Reading them is ``tui.library.sources.read_source`` (the one reader)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# TEXT_SUFFIXES: files ``extract``, ``export`` and the reader take from folders: every kind the one reader knows.
from tui.library.sources import SUFFIXES as TEXT_SUFFIXES, SourceError

#: Kept for callers that catch it: an unreadable article is a SourceError.
UnreadableArticle = SourceError


def iter_article_paths(paths: list[str], *, suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[Path]:
    """Files named directly, and article files under folders (sorted, symlink loops skipped)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError:
                    dirs[:] = []
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []  # a symlink loop: do not walk it again
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                gz = tuple(s + ".gz" for s in suffixes)
                for name in sorted(files):
                    if name.lower().endswith(suffixes + gz) and not name.startswith(".") and name.lower() != "readme.md":
                        yield Path(root) / name
        else:
            yield p
