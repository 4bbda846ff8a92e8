"""HTML pages: main text, title, author and date through trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from tui.extract.types import ArticleInput
from tui.library.documents import UnreadableArticle, decode_bytes

from . import SourceError, SourceItem


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment, one blank line between blocks."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
    if not text:
        # Too short for trafilatura's main-content heuristics (a feed summary): take all text.
        import lxml.html

        try:
            text = lxml.html.fromstring(html).text_content()
        except Exception:  # noqa: BLE001 - lxml raises several kinds on empty or odd input
            text = html
    return _paragraphs(text)


def _paragraphs(text: str) -> str:
    # The engine reads a blank line as a paragraph break; trafilatura gives one block per line.
    lines = [line.strip() for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def article_from_html(html: str, *, url: str | None = None, source: str | None = None) -> ArticleInput:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        raise SourceError(f"{url or source}: no article text found in the HTML")
    title = (doc.title or "").strip() or None
    lines = [line for line in doc.text.splitlines() if line.strip()]
    if title and lines and lines[0].strip() == title:
        lines = lines[1:]  # the headline is kept as the title, not repeated in the body
    meta = {k: v for k, v in (("author", doc.author), ("url", url or doc.url)) if v}
    return ArticleInput(
        text=_paragraphs("\n".join(lines)),
        title=title,
        published=doc.date or None,
        source=source or doc.sitename or url,
        meta=tuple(sorted(meta.items())),
    )


def read(path: str) -> Iterator[SourceItem]:
    p = Path(path)
    try:
        html, warnings = decode_bytes(p.read_bytes(), name=path)
    except (OSError, UnreadableArticle) as exc:
        raise SourceError(f"{path}: cannot read ({getattr(exc, 'strerror', None) or exc})") from None
    yield SourceItem(article_from_html(html, source=str(p)), str(p.resolve()), tuple(warnings))
