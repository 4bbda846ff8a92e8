"""JSON (one object or a list of them) and JSON Lines: fields title, text, date, url, source."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tui.extract.types import ArticleInput

from . import SourceError, SourceItem

TEXT_FIELDS = ("text", "body", "content")
#: Keys under which exports and news APIs wrap their list of articles.
LIST_FIELDS = ("articles", "items", "entries", "data", "results")


def article_from_record(record: dict[str, Any], *, default_source: str, encoding: str | None = None) -> ArticleInput | None:
    """An article from a mapping with a text field; None when it has no text."""
    text = next((record[k] for k in TEXT_FIELDS if isinstance(record.get(k), str) and record[k].strip()), None)
    if text is None:
        return None
    meta = {k: str(record[k]) for k in ("url", "author", "language", "site") if record.get(k)}
    meta["origin"] = "file"
    if encoding:
        meta["encoding"] = encoding
    return ArticleInput(
        text=text,
        title=str(record.get("title") or "").strip() or None,
        published=_published(record),
        source=str(record.get("source") or default_source),
        meta=tuple(sorted(meta.items())),
    )


#: Fields that carry the publication date, in the order they are trusted.
DATE_FIELDS = ("date", "published", "publishedAt", "published_at", "datePublished", "date_published", "pubDate")


def _published(record: dict[str, Any]) -> str | None:
    from .published import published_value

    return published_value(_given_date(record))[0]


def _given_date(record: dict[str, Any]) -> object:
    return next((record[k] for k in DATE_FIELDS if record.get(k)), None)


def refused_date(record: dict[str, Any], article: ArticleInput, name: str) -> str | None:
    """The warning for a record whose date field holds no date (left undated), else None."""
    from .published import refused_message

    given = _given_date(record)
    if given is None or article.published is not None or isinstance(given, bool):
        return None
    return refused_message(name, str(given).strip()) if str(given).strip() else None


def _records(raw: str, path: Path) -> Iterator[tuple[int, Any, str | None]]:
    """(number, record, None), or (line, None, why) for a JSON Lines line that holds no record."""
    if path.suffix.lower() == ".jsonl":
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                # Each line stands alone: one broken line (a write cut short, a hand edit) costs that line only.
                yield n, None, f"line {n} is not valid JSON (column {exc.colno}: {exc.msg})"
                continue
            except RecursionError:
                yield n, None, f"line {n} is JSON nested too deeply"
                continue
            yield (n, record, None) if isinstance(record, dict) else (n, None, f"line {n} is not a JSON object")
        return
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise SourceError(f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}") from None
    except RecursionError:
        # "[[[[..." thousands deep: Python's parser recurses once per level.
        raise SourceError(f"{path}: JSON nested too deeply") from None
    for n, record in enumerate(_record_list(data), 1):
        yield n, record, None


def _record_list(data: Any) -> list[Any]:
    """A list of records, one record, or a wrapper object holding the list (``{"articles": [...]}``)."""
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and not any(k in data for k in TEXT_FIELDS):
        for key in LIST_FIELDS:
            records = data.get(key)
            if isinstance(records, list):
                return records
    return [data]


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    from .text import decode_text

    path = name
    p = Path(name)
    raw, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    told = False
    kept = bad = 0
    first_bad: tuple[int, str] | None = None
    for n, record, why in _records(raw, p):
        if why is not None:
            bad += 1
            if first_bad is None:
                first_bad = (n, why)
            else:
                yield SourceItem(None, f"{location}#{n}")  # counted as failed; the first bad line carries the warning
            continue
        if not isinstance(record, dict):
            raise SourceError(f"{path}: record {n} is not an object")
        article = article_from_record(record, default_source=p.name, encoding=encoding)
        if article is None:
            continue
        if not told and (refused := refused_date(record, article, name)) is not None:
            warnings, told = (*warnings, refused), True  # once a file: a feed of 10,000 records shares one form
        yield SourceItem(article, dict(article.meta).get("url") or f"{location}#{n}", warnings)
        warnings, kept = (), kept + 1
    if first_bad is not None:
        # One warning a file, after its records (how many lines were bad is known only then).
        n, why = first_bad
        more = f" (and {bad - 1} more bad line{'s' if bad > 2 else ''})" if bad > 1 else ""
        yield SourceItem(None, f"{location}#{n}", (*warnings, f"{path}: {why}; skipped{more}" + (", the other records kept" if kept else "")))
