"""Full text for feed entries that carry only a summary: the linked page, read by the one reader.

Many feeds carry a teaser only; a reader wants the article. The page is fetched once (an entry
already taken is never fetched again), read like any page (trafilatura's main text),
and the article says where its text came from: ``origin`` is ``page``. When the page
cannot be had or holds no article, the summary is kept with a ``note`` saying why.
"""

from __future__ import annotations

from dataclasses import replace

from tui.extract.types import ArticleInput

from .fetch import FetchError, fetch
from .sources import SourceError, is_url, read_source, with_meta

#: A page this much shorter than the summary is not the article (a paywall, a cookie wall).
MIN_GAIN = 1.0


def needs_page(article: ArticleInput) -> bool:
    meta = dict(article.meta)
    return meta.get("origin") == "summary" and is_url(meta.get("url", ""))


def with_page_text(article: ArticleInput, *, timeout: float = 20.0, max_bytes: int = 20 * 1024 * 1024) -> ArticleInput:
    """The entry with its linked page's main text, or its summary with a note when the page fails."""
    url = dict(article.meta)["url"]
    try:
        page = fetch(url, timeout=timeout, max_bytes=max_bytes)
        items = [i for i in read_source(url, data=page.body, content_type=page.content_type, languages=False)
                 if i.article is not None]
    except (FetchError, SourceError) as exc:
        return with_meta(article, note=f"full text not fetched: {exc}")
    if len(items) != 1 or items[0].article is None:
        return with_meta(article, note=f"full text not fetched: {url} is not a single article page")
    found = items[0].article
    if len(found.text) < len(article.text) * MIN_GAIN:
        return with_meta(article, note=f"full text not used: the page at {url} holds less than the summary")
    meta = dict(article.meta)
    meta.pop("summary_only", None)
    page_meta = dict(found.meta)
    meta.update(origin="page", encoding=page_meta.get("encoding", ""), site=page_meta.get("site", ""))
    if page_meta.get("author") and not meta.get("author"):
        meta["author"] = page_meta["author"]
    return replace(
        article,
        text=found.text,
        title=article.title or found.title,
        published=article.published or found.published,
        meta=tuple(sorted((k, v) for k, v in meta.items() if v)),
    )
