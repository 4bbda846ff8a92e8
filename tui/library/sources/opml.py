"""OPML feed lists: import (read every listed feed) and export (write the list back)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass

from . import SourceError, SourceItem


@dataclass(frozen=True, slots=True)
class FeedRef:
    url: str
    title: str = ""


def read_feed_list(path: str, data: bytes | None = None) -> tuple[FeedRef, ...]:
    """Every outline with an ``xmlUrl``, at any depth (folders of feeds), in order."""
    from . import read_bytes

    try:
        root = ET.fromstring(read_bytes(path) if data is None else data)
    except ET.ParseError as exc:
        raise SourceError(f"{path}: not valid OPML ({exc})") from None
    if root.tag.lower() != "opml":
        raise SourceError(f"{path}: not an OPML file (root element <{root.tag}>)")
    refs = [
        FeedRef(node.get("xmlUrl", "").strip(), node.get("title") or node.get("text") or "")
        for node in root.iter("outline")
        if node.get("xmlUrl", "").strip()
    ]
    return tuple(dict.fromkeys(refs))


def write_feed_list(feeds: tuple[FeedRef, ...] | list[FeedRef], *, title: str = "Newsloupe feeds") -> str:
    """An OPML 2.0 document listing ``feeds``."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    for ref in feeds:
        ET.SubElement(body, "outline", type="rss", text=ref.title or ref.url, title=ref.title or ref.url, xmlUrl=ref.url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def read(data: bytes, *, name: str, location: str, content_type: str = "") -> Iterator[SourceItem]:
    """Every article of every listed feed; a feed that fails is skipped with a warning."""
    from . import read_source

    for ref in read_feed_list(name, data):
        try:
            items = list(read_source(ref.url))
        except SourceError as exc:
            yield SourceItem(None, ref.url, (str(exc),))
            continue
        yield from items
