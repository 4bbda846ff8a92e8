"""The one reader: every article from a path, a URL or bytes, whatever the entry point.

``read_source`` is what ``extract``, ``add``, ``index``, ``export``, ``refresh`` and the
reader all call, so the same bytes give the same text (and the same offsets) everywhere.
The kind of source comes from the file suffix, else from sniffing the bytes (a page saved
as ``.txt`` that holds HTML is read as HTML); each kind has a module in this package with
``read(data, *, name, location, content_type) -> Iterator[SourceItem]``.

Every reader yields ``SourceItem``s: an ``ArticleInput`` and a location that names it
again next time (a path, ``path#row``, an entry's link), so a changed item replaces its
old text instead of piling up beside it. The article's ``meta`` carries ``url``,
``author``, ``site``, ``language``, ``encoding`` and ``origin`` (where its text came from).
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from tui.extract.records import record
from tui.extract.types import ArticleInput


class SourceError(Exception):
    """A source that cannot be read (missing, malformed, unknown kind); one-line message."""


@record
class SourceItem:
    """One article read from a source (a file may hold many), or why a part of it could not be read."""

    #: None for a part of the source that could not be read (its reason is in ``warnings``).
    article: ArticleInput | None
    location: str
    warnings: tuple[str, ...] = ()


#: Suffix -> module in this package with ``read(data, ...) -> Iterator[SourceItem]``.
REGISTRY: dict[str, str] = {
    ".txt": "text",
    ".md": "text",
    ".markdown": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "jsonfile",
    ".jsonl": "jsonfile",
    ".csv": "csvfile",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".opml": "opml",
}
SUFFIXES = tuple(REGISTRY)
#: Files larger than this are refused rather than read whole into memory.
MAX_FILE_BYTES = 64 * 1024 * 1024


def is_url(target: str) -> bool:
    """An address this reader fetches: http or https, its scheme in any case ("HTTP://")."""
    return target[:8].lower().startswith(("http://", "https://"))


#: An address's scheme ("ftp://", "file://"): such a target is no file name.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def other_address(target: str) -> bool:
    """An address of a scheme the reader does not fetch ("ftp://host/feed.xml"), and no existing path."""
    return _SCHEME.match(target) is not None and not is_url(target) and not os.path.exists(target)


def sniff(data: bytes, content_type: str = "") -> str | None:
    """The module for bytes of an unknown kind: html, feed, jsonfile, text (front matter), or None."""
    from .sniffing import sniff_kind

    return sniff_kind(data, content_type)


def reader_for(target: str, data: bytes | None = None, content_type: str = "") -> str:
    """The module name that reads ``target``; SourceError for an unknown kind."""
    plain = target[:-3] if target.lower().endswith(".gz") else target
    suffix = Path(plain.split("?", 1)[0]).suffix.lower() if not is_url(target) else ""
    sniffed = sniff(data, content_type) if data is not None else None
    if suffix in REGISTRY:
        kind = REGISTRY[suffix]
        # A page saved as .txt (or served as .xml) is read for what it is.
        if sniffed == "html" and kind in ("text", "feed"):
            return "html"
        if kind == "jsonfile" and sniffed == "feed":
            return "feed"  # a JSON Feed
        return kind
    if sniffed is not None:
        return sniffed
    known = " ".join(sorted(REGISTRY))
    raise SourceError(f"{target}: unknown kind of source (known: {known}, or an http(s) feed URL)")


def read_bytes(path: str | os.PathLike[str]) -> bytes:
    """A regular file's bytes; SourceError with a one-line reason otherwise."""
    p = Path(path)
    if p.exists() and not p.is_file() and not p.is_dir():
        # Reading a FIFO waits forever for a writer; a device may never end.
        raise SourceError(f"{p}: not a regular file (a pipe, socket or device)")
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise SourceError(f"{p}: larger than {MAX_FILE_BYTES // 2**20} MB, not read")
        data = p.read_bytes()
    except IsADirectoryError:
        raise SourceError(f"{p}: is a directory") from None
    except FileNotFoundError:
        raise SourceError(f"{p}: no such file") from None
    except PermissionError:
        raise SourceError(f"{p}: permission denied") from None
    except OSError as exc:
        raise SourceError(f"{p}: cannot read ({exc.strerror or exc})") from None
    if p.name.lower().endswith(".gz"):
        return _gunzip(data, p)
    return data


def _gunzip(data: bytes, p: Path) -> bytes:
    """A saved ``page.html.gz`` is read like the page (its size capped like a file's)."""
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(MAX_FILE_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise SourceError(f"{p}: not a readable gzip file ({exc})") from None
    if len(out) > MAX_FILE_BYTES:
        raise SourceError(f"{p}: larger than {MAX_FILE_BYTES // 2**20} MB unpacked, not read")
    return out


def read_source(
    target: str | os.PathLike[str],
    *,
    data: bytes | None = None,
    content_type: str = "",
    location: str | None = None,
    languages: bool = True,
) -> Iterator[SourceItem]:
    """Every article in one file, URL or bytes (``data`` read from ``target``)."""
    name = str(target)
    if data is None and other_address(name):
        raise SourceError(f"{name}: only http:// and https:// addresses are read")
    if data is None:
        if is_url(name):
            from tui.library.fetch import FetchError, fetch

            try:
                page = fetch(name)
            except FetchError as exc:
                raise SourceError(str(exc)) from None
            data, content_type = page.body, page.content_type
        else:
            data = read_bytes(target)
    if location is None:
        location = name if is_url(name) else os.path.realpath(name)  # Path.resolve() raises on a link loop
    kind = reader_for(name, data, content_type)
    module = importlib.import_module(f"{__name__}.{kind}")
    items = module.read(data, name=name, location=location, content_type=content_type)
    yield from (with_languages(items) if languages else items)


#: A source of many articles (a feed, a CSV) whose first SAMPLE articles share one language
#: is taken to be in that language: detecting each of 10,000 entries would cost seconds.
SAMPLE = 10


def with_languages(items: Iterable[SourceItem]) -> Iterator[SourceItem]:
    """Every item tagged with its language; a long run of one language is tagged from a sample."""
    head: list[SourceItem] = []
    iterator = iter(items)
    try:
        for item in iterator:
            head.append(with_language(item))
            if len(head) >= SAMPLE:
                break
    except SourceError:
        yield from head  # what was read before a bad record is kept
        raise
    yield from head
    found = {dict(i.article.meta).get("language") for i in head if i.article is not None and len(i.article.text) > 200}
    shared = found.pop() if len(head) >= SAMPLE and len(found) == 1 else None
    for item in iterator:
        if shared is not None and item.article is not None and language_code(item.article) in ("", shared):
            yield replace(item, article=with_meta(item.article, language=shared))
        else:
            yield with_language(item)


def with_language(item: SourceItem) -> SourceItem:
    """The item with ``language`` in its meta (unless the source said it already)."""
    if item.article is None:
        return item
    return replace(item, article=tag_language(item.article))


def tag_language(article: ArticleInput) -> ArticleInput:
    """``article`` with its language in ``meta``: the one its source declared when its letters are written in
    it (see ``languages.detect_language``), else the one detected."""
    given = dict(article.meta).get("language", "")
    from tui.library.languages import detect_language

    lang = detect_language(article.text, declared=language_code(article) or None)
    if lang is None:
        meta = tuple((k, v) for k, v in article.meta if k != "language")
        return article if meta == article.meta else replace(article, meta=meta)
    return article if lang == given else with_meta(article, language=lang)


def language_code(article: ArticleInput) -> str:
    """The two-letter code of the language ``article``'s source declared ("en-US", "de_DE": "en", "de"), or ""."""
    given = dict(article.meta).get("language", "")
    return given.replace("_", "-").split("-", 1)[0].strip().lower()


def with_meta(article: ArticleInput, **extra: str | None) -> ArticleInput:
    """``article`` with more meta keys (None values dropped, existing keys replaced)."""
    meta = dict(article.meta)
    meta.update({k: v for k, v in extra.items() if v})
    return replace(article, meta=tuple(sorted(meta.items())))


def with_warnings(items: Iterable[SourceItem], warnings: tuple[str, ...]) -> Iterator[SourceItem]:
    """``items`` with ``warnings`` (about the whole source) carried by the first one."""
    for item in items:
        if warnings:
            item, warnings = replace(item, warnings=warnings + item.warnings), ()
        yield item


def iter_targets(targets: list[str]) -> Iterator[str]:
    """URLs as given; files named directly; files of known kinds under folders (sorted)."""
    from tui.library.documents import iter_article_paths

    for target in targets:
        if is_url(target) or other_address(target):
            yield target  # an address of another scheme is refused by read_source in one line
        else:
            for path in iter_article_paths([target], suffixes=SUFFIXES):
                yield str(path)


#: Kinds a folder walk for ``extract``, ``export`` and the reader takes (an OPML list fetches feeds: only ``add``).
ARTICLE_SUFFIXES = tuple(s for s in SUFFIXES if REGISTRY[s] != "opml")


@record
class ReadResult:
    """What reading a list of paths gave: articles with their file, and one line per problem."""

    articles: tuple[tuple[str, SourceItem], ...]
    errors: tuple[str, ...]
    warnings: tuple[str, ...]


def read_paths(paths: list[str]) -> ReadResult:
    """Every article in files and folders (the reader, ``extract`` and ``export`` share this)."""
    from tui.library.documents import iter_article_paths

    articles: list[tuple[str, SourceItem]] = []
    errors: list[str] = []
    warnings: list[str] = []
    for path in iter_article_paths(paths, suffixes=ARTICLE_SUFFIXES):
        try:
            for item in read_source(path):
                warnings.extend(item.warnings)
                if item.article is not None:
                    articles.append((str(path), item))
        except SourceError as exc:
            errors.append(str(exc))
    return ReadResult(tuple(articles), tuple(errors), tuple(warnings))


def read_one(path: str | os.PathLike[str], *, location: str | None = None, languages: bool = True) -> ArticleInput:
    """The article at ``location`` in a file (its only article when None); SourceError otherwise."""
    items = [item for item in read_source(path, languages=languages) if item.article is not None]
    for item in items:
        if location is None or item.location == location:
            assert item.article is not None
            return item.article
    if items and location is not None and len(items) == 1:
        assert items[0].article is not None
        return items[0].article
    raise SourceError(f"{path}: no article{' ' + location if location else ''} in it")
