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
_FRONT_LINE = re.compile(r"^([A-Za-z][\w-]*):[ \t]*(.*)$")


_FENCE = re.compile(r"---[ \t]*\r?\n")
_LEADING_BLANK_LINES = re.compile(r"(?:[ \t]*\r?\n)+")
_FENCE_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$")
#: "title: >-", "title: |": the value is on the indented lines after it.
_BLOCK_SCALAR = re.compile(r"^[>|][+-]?$")


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """The front matter's known fields and the offset where the body starts (``({}, 0)`` when there is none)."""
    lead = _LEADING_BLANK_LINES.match(text)
    start = lead.end() if lead else 0  # a converter's blank line before the front matter
    fields, offset = _fenced_front_matter(text[start:]) if _FENCE.match(text, start) else _bare_front_matter(text[start:])
    return (fields, start + offset) if fields else ({}, 0)


def _fenced_front_matter(text: str) -> tuple[dict[str, str], int]:
    """A YAML block between ``---`` lines: known ``key: value`` fields are read, the rest is skipped.

    Without a closing line it is not front matter (a Markdown rule, say), and the text stays whole.
    """
    fields: dict[str, str] = {}
    block: str | None = None
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
            block = m.group(1).lower() if _BLOCK_SCALAR.match(m.group(2).strip()) else None
        elif block is not None and line[:1].isspace() and stripped:
            # "title: >-" then indented lines: YAML's folded scalar, one line of text
            fields[block] = " ".join(filter(None, (fields[block] if not _BLOCK_SCALAR.match(fields[block]) else "", stripped)))
        else:
            block = None
    return {}, 0


def _unquote(value: str) -> str:
    """YAML's quotes around a scalar are not part of it ("title: 'A: B'")."""
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


#: A field name a converter may add beside the known ones ("id", "doc_id", "dct-source").
_OTHER_KEY = re.compile(r"^[A-Za-z][\w-]{0,30}$")


def _bare_front_matter(text: str) -> tuple[dict[str, str], int]:
    """``key: value`` lines, then a blank line; quotes around a value go as in the YAML form.

    Other field names ("id: 12") may stand among them when a ``title:`` or ``date:`` line says
    this is front matter; without one, a known key is needed on every line ("Note: this is prose")."""
    fields: dict[str, str] = {}
    others = 0
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if not stripped:
            if fields and (not others or fields.keys() & {"title", "date"}):
                return fields, pos + len(line)
            return {}, 0
        m = _FRONT_LINE.match(stripped)
        if m and m.group(1).lower() in FRONT_MATTER_KEYS:
            fields[m.group(1).lower()] = _unquote(m.group(2).strip())
        elif m and _OTHER_KEY.match(m.group(1)) and not line[:1].isspace():
            others += 1
        elif {"title", "date"} <= fields.keys():
            return fields, pos  # a converter's title and date lines, then the body with no blank line between
        else:
            return {}, 0
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
    return _article(text, name=name, encoding=encoding)[0]


def _article(text: str, *, name: str, encoding: str) -> tuple[ArticleInput, str | None]:
    """The article, and its front matter's date when that is no date (left out)."""
    from .published import published_value

    fields, offset = split_front_matter(text)
    meta = {k: v for k, v in fields.items() if k not in ("title", "date", "source", "published") and v}
    meta.update(encoding=encoding, origin="file")
    published, refused = published_value(fields.get("date") or fields.get("published"))
    article = ArticleInput(
        text=text[offset:],
        title=fields.get("title") or None,
        published=published,
        source=fields.get("source") or name,
        meta=tuple(sorted(meta.items())),
    )
    return article, refused


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    from .published import refused_message

    text, encoding, warnings = decode_text(data, name=name, content_type=content_type)
    article, refused = _article(text, name=name, encoding=encoding)
    if not article.text.strip():
        # An empty article would be listed, counted as added and analysed into nothing: the file costs one line.
        why = " (an empty file)" if not text else " after its front matter" if article.text != text else " (only blank space)"
        raise SourceError(f"{name}: no text{why}")
    if refused is not None:
        warnings = (*warnings, refused_message(name, refused))
    yield SourceItem(article, location, warnings)
