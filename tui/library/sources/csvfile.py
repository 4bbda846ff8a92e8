"""CSV with a header naming at least ``title`` and ``text`` (Wikinews dumps: url,date,title,text)."""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator
from pathlib import Path

from . import SourceError, SourceItem
from .jsonfile import article_from_record


def _allow_large_fields() -> None:
    # Article bodies exceed csv's 128 KiB default field limit.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def read(path: str) -> Iterator[SourceItem]:
    _allow_large_fields()
    p = Path(path)
    try:
        handle = p.open(encoding="utf-8-sig", newline="")
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "title" not in header or "text" not in header:
            raise SourceError(f"{path}: the CSV header must name 'title' and 'text' columns (found: {', '.join(header)})")
        reader.fieldnames = header
        try:
            for n, row in enumerate(reader, 2):
                article = article_from_record(row, default_source=p.name)
                if article is not None:
                    yield SourceItem(article, dict(article.meta).get("url") or f"{p.resolve()}#{n}")
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(f"{path}: malformed CSV near line {reader.line_num}: {exc}") from None
