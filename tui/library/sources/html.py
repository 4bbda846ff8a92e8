"""HTML pages: main text, title, author, date, site and canonical URL through trafilatura.

The page's main text is trafilatura's own, with its default settings (those that score
best on the article-extraction benchmark): nothing is added to it, and only a first line
that repeats the title is kept as the title rather than in the body. Feed summaries
(short HTML fragments) are turned to text directly, without the main-content heuristics.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape
from typing import TYPE_CHECKING

from tui.extract.types import ArticleInput

from . import SourceError, SourceItem, is_url
from .site import fallback_source
from .text import decode_text

if TYPE_CHECKING:
    from trafilatura.settings import Document

_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "pre", "section",
           "article", "ul", "ol", "table", "figure", "figcaption", "dd", "dt", "hr")


def html_to_text(html: str) -> str:
    """The readable text of an HTML fragment (a feed entry), one blank line between blocks."""
    import lxml.etree
    import lxml.html

    if "<" not in html:
        # No tags but still HTML: "&#8220;Mambo&#8221;", "don&#146;t" (a browser's "don’t") are characters.
        return _paragraphs(_demoronized(unescape(html)))
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return _paragraphs(_demoronized(html))
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for node in root.iter(*_BLOCKS):
        node.tail = "\n" + (node.tail or "")
        if node.tag != "br":
            node.text = "\n" + (node.text or "")
    return _paragraphs(_demoronized(root.text_content()))


#: C1 control characters that are Windows-1252 punctuation written into a feed as code points
#: ("don\x92t"): what browsers and feedparser show ("don’t"). The five code points cp1252 leaves
#: undefined stay (and are shown as symbols, as every control character is).
_CP1252_C1 = {c: bytes([c]).decode("cp1252") for c in range(0x80, 0xA0) if c not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


#: A character's UTF-8 bytes read as Latin-1 code points: "â\x80\x99" is "’" encoded twice.
_DOUBLE_UTF8 = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _demoronized(text: str) -> str:
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        return text
    return _undoubled(text).translate(_CP1252_C1)


def _undoubled(text: str) -> str:
    """UTF-8 encoded twice put back ("â\x80¦" → "…", as browsers and feedparser show it). A C1 control
    inside such a sequence is the evidence: it is never text, and Windows-1252 would make "â€¦" of it."""
    def one(match: re.Match[str]) -> str:
        try:
            return match.group().encode("latin-1").decode("utf-8")
        except UnicodeDecodeError:
            return match.group()

    if not any(one(m) != m.group() for m in _DOUBLE_UTF8.finditer(text) if re.search("[\x80-\x9f]", m.group())):
        return text
    return _DOUBLE_UTF8.sub(one, text)


def _paragraphs(text: str) -> str:
    # The engine reads a blank line as a paragraph break; trafilatura gives one block per line.
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _extract(html: str, url: str | None, *, favor_recall: bool) -> Document | None:
    """trafilatura's main text and metadata (a ``Document``: ``as_dict`` stays off)."""
    import trafilatura
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                      favor_recall=favor_recall)
    return doc if isinstance(doc, Document) else None


def article_from_html(html: str, *, url: str | None = None, source: str | None = None,
                      encoding: str | None = None, origin: str = "page", file_name: str = "") -> ArticleInput:
    """The page's main text and metadata. Its source: ``source``, else the site's own name, else
    the site of its address (found in the page, else ``url``), else ``file_name``'s last part."""
    doc = _extract(html, url, favor_recall=False)
    if doc is None or not (doc.text or "").strip():
        # Nothing passed the default filters (a short page): recall first, then all the page's text.
        doc = _extract(html, url, favor_recall=True)
    if doc is None or not (doc.text or "").strip():
        from trafilatura import html2txt

        fallback = html2txt(html) or ""
        if not fallback.strip():
            raise SourceError(f"{url or file_name or source}: no article text found in the HTML")
        return ArticleInput(text=_paragraphs(fallback), source=source or fallback_source(url, name=file_name or url or ""),
                            meta=tuple(sorted((k, v) for k, v in (("url", url), ("encoding", encoding),
                                                                  ("origin", origin),
                                                                  ("language", declared_language(html))) if v)))
    title = _headline(" ".join((doc.title or "").split()), html) or None
    lines = [line for line in (doc.text or "").splitlines() if line.strip()]
    if title and lines and " ".join(lines[0].split()) == title:
        lines = lines[1:]  # the headline is kept as the title, not repeated in the body
    meta = {"author": doc.author, "url": doc.url or url, "site": doc.sitename, "encoding": encoding,
            "origin": origin, "language": declared_language(html)}
    return ArticleInput(
        text=_paragraphs("\n".join(lines)),
        title=title,
        published=doc.date or None,
        source=source or " ".join((doc.sitename or "").split()) or fallback_source(doc.url, url, name=file_name or url or ""),
        meta=tuple(sorted((k, " ".join(str(v).split())) for k, v in meta.items() if v)),
    )


#: The language the page declares on its root element (``<html lang="ja">``, ``xml:lang``).
_HTML_LANG = re.compile(r"""<html\b[^>]*?\s(?:xml:)?lang\s*=\s*["']?([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*)""",
                        re.IGNORECASE)


def declared_language(html: str) -> str | None:
    """The language tag of the page's ``<html>`` element, if it has one."""
    match = _HTML_LANG.search(html, 0, 100_000)
    return match.group(1) if match else None


#: The page's Open Graph or Twitter title, either attribute order.
_SOCIAL_TITLE = re.compile(
    r"""<meta\s[^>]*?(?:property|name)\s*=\s*["'](?:og|twitter):title["'][^>]*?content\s*=\s*(["'])(.*?)\1"""
    r"""|<meta\s[^>]*?content\s*=\s*(["'])(.*?)\3[^>]*?(?:property|name)\s*=\s*["'](?:og|twitter):title["']""",
    re.IGNORECASE | re.DOTALL)


def _headline(title: str, html: str) -> str:
    """trafilatura's title, unless it is one word the page's social title does not hold: a CMS's placeholder
    in the JSON-LD headline ("escenic" on a Telegraph page titled "Plumber jailed after boiler killed ...")."""
    if not title or " " in title:
        return title
    for match in _SOCIAL_TITLE.finditer(html, 0, 200_000):
        social = " ".join(unescape(match.group(2) or match.group(4) or "").split())
        if " " in social and title.casefold() not in social.casefold():
            return social
    return title


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    html, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    url = name if is_url(name) else None
    article = article_from_html(html, url=url, encoding=encoding, file_name=name)
    yield SourceItem(article, location, warnings)
