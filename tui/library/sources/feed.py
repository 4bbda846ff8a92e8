"""RSS 0.9x/1.0/2.0 and Atom through feedparser, JSON Feed 1.0/1.1 read here; files, URLs or bytes.

The bytes are decoded by ``tui.library.encoding`` (HTTP charset, BOM, XML declaration,
then detection) and handed to feedparser as UTF-8, so an undeclared KOI8-R or Shift-JIS
feed reads as text, not mojibake. A feed that yields no entries and is broken (or is no
feed at all) is a SourceError: never a silent "0 added".

An entry with full content becomes the article (``origin: feed``); one with only a
summary keeps the summary (``origin: summary``), which ``tui.library.fulltext`` may
replace with the linked page.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from tui.extract.types import ArticleInput

from . import SourceError, SourceItem, with_warnings
from .html import html_to_text
from .site import fallback_source
from .text import decode_text

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One entry, as the refresher needs it: an id to de-duplicate and the article."""

    guid: str
    article: ArticleInput


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    title: str
    entries: tuple[FeedEntry, ...]
    warnings: tuple[str, ...] = ()
    #: Why a feed parsed with errors (feedparser's "bozo" reason), if it did.
    problem: str | None = None


def parse(data: bytes, *, name: str, content_type: str = "") -> ParsedFeed:
    """Every entry of a feed; SourceError when the bytes hold no feed."""
    text, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    if text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        return _parse_json_feed(text, name=name, encoding=encoding, warnings=warnings)
    # A large feed's text takes up to four times its bytes: UTF-8 bytes read cleanly go to the parser as they
    # are, and the text is not kept while the entries are read.
    payload = data if _clean_utf8(data, encoding, warnings) else _utf8_xml(text)
    del text
    return _parse_xml_feed(payload, name=name, encoding=encoding, warnings=warnings)


_DECLARED = re.compile(rb"^\s*<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)")


def _clean_utf8(data: bytes, encoding: str, warnings: tuple[str, ...]) -> bool:
    """The bytes are UTF-8 read without a problem, with no byte-order mark and no declaration of another encoding."""
    if warnings or encoding.lower().replace("_", "-") not in {"utf-8", "ascii", "us-ascii"} or data.startswith(b"\xef\xbb\xbf"):
        return False
    declared = _DECLARED.match(data[:300])
    return declared is None or declared.group(1).lower().replace(b"_", b"-") in {b"utf-8", b"utf8", b"us-ascii", b"ascii"}


def _utf8_xml(text: str) -> bytes:
    """The decoded feed as UTF-8 bytes, its XML declaration saying so."""
    return _XML_DECL.sub('<?xml version="1.0" encoding="utf-8"?>', text.lstrip("\ufeff"), count=1).encode(
        "utf-8", errors="surrogatepass")


def _parse_xml_feed(data: bytes, *, name: str, encoding: str, warnings: tuple[str, ...]) -> ParsedFeed:
    from . import fastfeed

    try:
        title, raw_entries = fastfeed.parse(data)
    except fastfeed.NotFast:
        return _parse_with_feedparser(data, name=name, encoding=encoding, warnings=warnings)
    feed_title = title or name
    entries = []
    for n, entry in enumerate(raw_entries, 1):
        article = article_from_entry(entry, feed_title=title, feed_name=name, encoding=encoding)
        if article is not None:
            entries.append(FeedEntry(str(entry.get("id") or entry.get("link") or f"{name}#{n}"), article))
    return ParsedFeed(feed_title, tuple(entries), warnings)


def _parse_with_feedparser(data: bytes, *, name: str, encoding: str, warnings: tuple[str, ...]) -> ParsedFeed:
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-type": "application/xml; charset=utf-8"})
    title = " ".join(str(parsed.feed.get("title") or "").split())
    feed_title = title or name
    entries = []
    language = parsed.feed.get("language") or None
    for n, entry in enumerate(parsed.entries, 1):
        article = article_from_entry(entry, feed_title=title, feed_name=name, encoding=encoding, language=language)
        if article is not None:
            guid = str(entry.get("id") or entry.get("link") or f"{name}#{n}")
            entries.append(FeedEntry(guid, article))
    if not parsed.entries:
        root = parsed.get("version") or ""
        if parsed.get("bozo") and not root:
            reason = " ".join(str(parsed.get("bozo_exception") or "unreadable").split())
            raise SourceError(f"{name}: not a feed, or a broken one with no entries ({reason})")
        if not root and not parsed.feed:
            raise SourceError(f"{name}: not an RSS, Atom or JSON feed")
    problem = " ".join(str(parsed.get("bozo_exception") or "").split()) if parsed.get("bozo") else None
    return ParsedFeed(feed_title, tuple(entries), warnings, problem or None)


def _parse_json_feed(text: str, *, name: str, encoding: str, warnings: tuple[str, ...]) -> ParsedFeed:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{name}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        raise SourceError(f"{name}: JSON nested too deeply") from None
    if not isinstance(data, dict) or not str(data.get("version", "")).startswith(("https://jsonfeed.org/version/",
                                                                                      "http://jsonfeed.org/version/")):
        raise SourceError(f"{name}: not a JSON Feed (no jsonfeed.org version)")
    title = " ".join(str(data.get("title") or "").split())
    feed_title = title or name
    feed_author = _json_author(data)
    entries = []
    for n, item in enumerate(data.get("items") or [], 1):
        if not isinstance(item, dict):
            continue
        html = item.get("content_html")
        plain = item.get("content_text")
        summary = item.get("summary")
        if isinstance(html, str) and html.strip():
            body, origin = html_to_text(html), "feed"
        elif isinstance(plain, str) and plain.strip():
            body, origin = _plain(plain), "feed"
        elif isinstance(summary, str) and summary.strip():
            body, origin = _plain(summary), "summary"
        else:
            continue
        url = item.get("url") or item.get("external_url")
        meta = {"url": url, "author": _json_author(item) or feed_author, "encoding": encoding, "origin": origin,
                "language": item.get("language") or data.get("language")}
        article = ArticleInput(
            text=body,
            title=" ".join(str(item.get("title") or "").split()) or None,
            published=_iso(str(item.get("date_published") or item.get("date_modified") or "")),
            source=entry_source(title, url, name),
            meta=tuple(sorted((k, str(v)) for k, v in meta.items() if v)),
        )
        entries.append(FeedEntry(str(item.get("id") or url or f"{name}#{n}"), article))
    return ParsedFeed(feed_title, tuple(entries), warnings)


def _json_author(obj: dict[str, Any]) -> str | None:
    authors = obj.get("authors") or ([obj["author"]] if isinstance(obj.get("author"), dict) else [])
    names = [str(a["name"]) for a in authors if isinstance(a, dict) and a.get("name")]
    return ", ".join(names) or None


def _plain(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n\n".join(line for line in lines if line)


def _iso(value: str) -> str | None:
    from .fastfeed import published_text

    return published_text(value)


def _iso_date(entry: Any) -> str | None:
    """The entry's date in its publisher's time zone (``fastfeed.published_text``); else the UTC time feedparser
    read from a form of its own ("Mo, 23 Nov 2026"); else none: words that are no date ("yesterday-ish") are
    never stored as one (as text they sorted before every real date)."""
    from .fastfeed import published_text

    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        local = published_text(str(raw)) if raw else None
        if local:
            return local
    stamp = entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("created_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", stamp) if stamp else None


def _entry_title(entry: Any) -> str:
    """The entry's title as plain words: feedparser gives an HTML title ("<em>CDATA</em>", "&amp;") as markup."""
    title = str(entry.get("title") or "")
    detail = entry.get("title_detail")
    if isinstance(detail, dict) and detail.get("type") in ("text/html", "application/xhtml+xml") and title.strip():
        title = html_to_text(title)
    return " ".join(title.split())


def entry_source(feed_title: str | None, link: object, feed_name: str) -> str:
    """Who an entry comes from, as the reader shows it: the feed's title; else the site of the
    entry's link ("example.com"); else the feed's own site or file name. Never a path: a feed
    read from a file names the folder it was read from nowhere the reader shows."""
    if feed_title and feed_title.strip():
        return " ".join(feed_title.split())
    return fallback_source(link, name=feed_name)


def article_from_entry(entry: Any, *, feed_title: str | None, feed_name: str = "",
                       encoding: str | None = None, language: str | None = None) -> ArticleInput | None:
    """The entry as an article; ``language``: the one its feed declares, unless the entry declares its own."""
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    summary = entry.get("summary", "") or ""
    # Some feeds put the summary in <content> too: only a longer text counts as the full content.
    if contents and len(contents[0]) >= len(summary):
        raw, origin = contents[0], "feed"
    else:
        raw, origin = summary, "summary"
    text = html_to_text(raw) if raw.strip() else ""
    title = _entry_title(entry)
    if not text.strip():
        # A link-only entry (title and link): the title stands in until the page is read.
        if not title:
            return None
        text, origin = title, "summary"
    meta = {"url": entry.get("link"), "author": entry.get("author"), "encoding": encoding, "origin": origin,
            "language": entry.get("language") or _detail_language(entry) or language}
    if origin == "summary":
        meta["summary_only"] = "true"
    return ArticleInput(
        text=text,
        title=title or None,
        published=_iso_date(entry),
        # An RSS 1.0 item names its page in rdf:about (its id) and may have no link.
        source=entry_source(feed_title, entry.get("link") or entry.get("id"), feed_name or feed_title or ""),
        meta=tuple(sorted((k, " ".join(str(v).split())) for k, v in meta.items() if v)),
    )


def _detail_language(entry: Any) -> str | None:
    """feedparser keeps an entry's ``xml:lang`` on its title's and content's details."""
    details = [entry.get("title_detail"), *(entry.get("content") or [])]
    return next((str(d["language"]) for d in details if isinstance(d, dict) and d.get("language")), None)


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    parsed = parse(data, name=name, content_type=content_type)
    if not parsed.entries:
        broken = f" (broken: {parsed.problem})" if parsed.problem else ""
        raise SourceError(f"{name}: the feed has no entries with text{broken}")
    items = (SourceItem(entry.article, entry.guid) for entry in parsed.entries)
    yield from with_warnings(items, parsed.warnings)
