"""Plain-text and Markdown articles with optional front matter (``key: value`` lines, then a blank line)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.extract.types import ArticleInput
from tui.library.encoding import BinaryData, charset_from_content_type, decode

from . import SourceError, SourceItem

FRONT_MATTER_KEYS = ("title", "date", "source", "url", "author", "published", "language", "site")
_FRONT_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter is ``key: value`` lines with known keys, then a blank line.

    Returns the fields and the offset where the body starts (0 when there is none).
    """
    fields: dict[str, str] = {}
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if fields:
                return fields, pos + len(line)
            return {}, 0
        m = _FRONT_LINE.match(stripped)
        if not m or m.group(1).lower() not in FRONT_MATTER_KEYS:
            return {}, 0
        fields[m.group(1).lower()] = m.group(2).strip()
        pos += len(line)
    return {}, 0  # no blank line after: not front matter


def decode_text(data: bytes, *, name: str, content_type: str = "") -> tuple[str, str, tuple[str, ...]]:
    """(text, encoding, warnings); SourceError for binary bytes."""
    try:
        decoded = decode(data, name=name, http_charset=charset_from_content_type(content_type))
    except BinaryData as exc:
        raise SourceError(str(exc)) from None
    return decoded.text, decoded.encoding, decoded.warnings


def article_from_text(text: str, *, name: str, encoding: str) -> ArticleInput:
    fields, offset = split_front_matter(text)
    meta = {k: v for k, v in fields.items() if k not in ("title", "date", "source", "published") and v}
    meta.update(encoding=encoding, origin="file")
    return ArticleInput(
        text=text[offset:],
        title=fields.get("title") or None,
        published=fields.get("date") or fields.get("published") or None,
        source=fields.get("source") or name,
        meta=tuple(sorted(meta.items())),
    )


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    text, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    yield SourceItem(article_from_text(text, name=name, encoding=encoding), location, warnings)
