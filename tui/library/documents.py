"""Reading local article files: decoding, front matter, and clear errors for bad files."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from tui.extract.types import ArticleInput

#: Suffixes read as plain-text articles by ``extract`` and the reader.
TEXT_SUFFIXES = (".txt", ".md", ".text")
FRONT_MATTER_KEYS = ("title", "date", "source", "url", "author", "published")
_FRONT_LINE = re.compile(r"^([A-Za-z_]+):[ \t]*(.*)$")


class UnreadableArticle(Exception):
    """A file that cannot be read as an article (missing, a directory, binary, no permission)."""


@dataclass(frozen=True, slots=True)
class LoadedArticle:
    """An article file decoded and split into front matter and body."""

    path: str
    article: ArticleInput
    #: Character offset of the body in the decoded file (0 without front matter).
    body_offset: int = 0
    warnings: tuple[str, ...] = field(default=())


def decode_bytes(data: bytes, *, name: str = "input") -> tuple[str, list[str]]:
    """Decode article bytes: BOMs honoured, invalid UTF-8 replaced with a warning, binary refused."""
    warnings: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), warnings
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise UnreadableArticle(f"{name}: binary file, not an article")
    try:
        return data.decode("utf-8"), warnings
    except UnicodeDecodeError as exc:
        warnings.append(f"{name}: invalid UTF-8 at byte {exc.start}, decoded with replacement characters")
        return data.decode("utf-8", errors="replace"), warnings


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    # Many non-text control bytes (not ESC, tab, newline) mean binary.
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(head) * 0.1


def split_front_matter(text: str) -> tuple[dict[str, str], int]:
    """Front matter is ``key: value`` lines with known keys, then a blank line.

    Returns the fields and the offset where the body starts (0 when there is none).
    """
    fields: dict[str, str] = {}
    pos = 0
    lines = text.splitlines(keepends=True)
    for line in lines:
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


def read_article(path: str | os.PathLike[str]) -> LoadedArticle:
    """Read one article file; raise UnreadableArticle with a one-line reason."""
    p = Path(path)
    if p.exists() and not p.is_file() and not p.is_dir():
        # Reading a FIFO waits forever for a writer; a device may never end.
        raise UnreadableArticle(f"{p}: not a regular file (a pipe, socket or device)")
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise UnreadableArticle(f"{p}: is a directory") from None
    except FileNotFoundError:
        raise UnreadableArticle(f"{p}: no such file") from None
    except PermissionError:
        raise UnreadableArticle(f"{p}: permission denied") from None
    except OSError as exc:
        raise UnreadableArticle(f"{p}: cannot read ({exc.strerror or exc})") from None
    text, warnings = decode_bytes(data, name=str(p))
    fields, offset = split_front_matter(text)
    body = text[offset:]
    meta = tuple(sorted((k, v) for k, v in fields.items() if k not in ("title", "date", "source")))
    article = ArticleInput(
        text=body,
        title=fields.get("title") or None,
        published=fields.get("date") or fields.get("published") or None,
        source=fields.get("source") or str(p),
        meta=meta,
    )
    return LoadedArticle(str(p), article, offset, tuple(warnings))


def iter_article_paths(paths: list[str], *, suffixes: tuple[str, ...] = TEXT_SUFFIXES) -> Iterator[Path]:
    """Files named directly, and article files under folders (sorted, symlink loops skipped)."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            seen: set[tuple[int, int]] = set()
            for root, dirs, files in os.walk(p, followlinks=True):
                try:
                    st = os.stat(root)
                except OSError:
                    dirs[:] = []
                    continue
                if (st.st_dev, st.st_ino) in seen:
                    dirs[:] = []  # a symlink loop: do not walk it again
                    continue
                seen.add((st.st_dev, st.st_ino))
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(suffixes) and not name.startswith(".") and name.lower() != "readme.md":
                        yield Path(root) / name
        else:
            yield p
