"""CSV with a header naming at least ``title`` and ``text`` (Wikinews dumps: url,date,title,text)."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from . import SourceError, SourceItem
from .jsonfile import article_from_record, refused_date


def _allow_large_fields() -> None:
    # Article bodies exceed csv's 128 KiB default field limit.
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:
            limit //= 10


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    from .text import decode_text

    _allow_large_fields()
    path, p = name, Path(name)
    text, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    with io.StringIO(text, newline="") as handle:
        reader = csv.DictReader(handle)
        header = [h.strip().lower() for h in reader.fieldnames or []]
        if "title" not in header or "text" not in header:
            raise SourceError(f"{path}: the CSV header must name 'title' and 'text' columns (found: {', '.join(header)})")
        reader.fieldnames = header
        told = False
        try:
            for n, row in enumerate(reader, 2):
                article = article_from_record(row, default_source=p.name, encoding=encoding)
                if article is not None:
                    if not told and (refused := refused_date(row, article, name)) is not None:
                        warnings, told = (*warnings, refused), True
                    yield SourceItem(article, dict(article.meta).get("url") or f"{location}#{n}", warnings)
                    warnings = ()
        except (csv.Error, UnicodeDecodeError) as exc:
            raise SourceError(f"{path}: malformed CSV near line {reader.line_num}: {exc}") from None
