"""Plain-text and Markdown articles with optional front matter.

Two forms: ``key: value`` lines with known keys, then a blank line; or a YAML block between ``---`` lines
(as Jekyll, Hugo and most Markdown tools write it), where other keys and list items may appear too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.extract.types import ArticleInput
from tui.library.encoding import BinaryData, charset_from_content_type, decode

from . import SourceError, SourceItem

FRONT_MATTER_KEYS = ("title", "date", "source", "url", "author", "published", "language", "site")
_FRONT_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


_FENCE = re.compile(r"---[ \t]*\r?\n")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front matter's known fields and the offset where the body starts (``({}, 0)`` when there is none)."""
    if _FENCE.match(text):
        return _fenced_front_matter(text)
    return _bare_front_matter(text)


def _fenced_front_matter(text: str) -> tuple[dict[str, str], int]:
    """A YAML block between ``---`` lines: known ``key: value`` fields are read, the rest is skipped.

    Without a closing line it is not front matter (a Markdown rule, say), and the text stays whole.
    """
    fields: dict[str, str] = {}
    lines = text.splitlines(keepends=True)
    pos = len(lines[0])
    for line in lines[1:]:
        pos += len(line)
        stripped = line.strip()
        if _FENCE_END.match(stripped):
            return fields, pos
        m = _FRONT_LINE.match(stripped)
        if m and m.group(1).lower() in FRONT_MATTER_KEYS and not line[:1].isspace():
            fields[m.group(1).lower()] = _unquote(m.group(2).strip())
    return {}, 0


def _unquote(value: str) -> str:
    """YAML's quotes around a scalar are not part of it ("title: 'A: B'")."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


def _bare_front_matter(text: str) -> tuple[dict[str, str], int]:
    """``key: value`` lines with known keys, then a blank line."""
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
