"""The one size limit on an article, shared by ``extract``, ``add``, ``index`` and the reader.

Long articles are analysed in pieces (see ``tui.extract.chunking``), so the limit is a
product limit on what a reader can sensibly hold, not spaCy's ``max_length``.
"""

from __future__ import annotations

#: Characters in one article body.
ARTICLE_LIMIT = 1_000_000


def too_long_message(name: str, length: int, limit: int = ARTICLE_LIMIT) -> str:
    return f"{name}: {length:,} characters is more than the model's limit of {limit:,}; split the article"


class ArticleTooLong(ValueError):
    """An article longer than the pipeline's ``max_length`` (spaCy needs ~1 GB per 100,000 characters).

    Defined here, not in the pipeline, so the command line can catch it without importing the engine."""
