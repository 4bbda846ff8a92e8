"""What a file holds when its name does not say: HTML, a feed (XML or JSON Feed), JSON records,
or a text article that opens with front matter (``title:``/``date:`` lines, or a ``---`` block)."""

from __future__ import annotations

import re
from functools import cache

#: Front matter at the top: a "---" line or field lines, among them a title or a date.
_FRONT_MATTER = re.compile(rb"^(?:---[ \t]*\r?\n)?(?:[A-Za-z][\w-]*:[^\r\n]*\r?\n){0,12}?(?:title|date):", re.I)
_JSON_FEED = re.compile(rb'"version"\s*:\s*"https?://jsonfeed\.org/version/')


# Compiled when first needed: a plain-text article (no "<" at all) never needs them.
@cache
def _html() -> re.Pattern[bytes]:
    return re.compile(rb"^(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)[\s>]", re.I | re.S)


@cache
def _feed() -> re.Pattern[bytes]:
    return re.compile(rb"<(?:rss|feed|rdf:RDF|channel)[\s>]", re.I)


def _is_html(body: bytes) -> bool:
    return body.startswith(b"<") and _html().match(body) is not None


def _has_feed(head: bytes) -> bool:
    return b"<" in head and _feed().search(head) is not None


def _ascii_head(data: bytes) -> bytes:
    head = data[:4096]
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or b"\x00" in head[:8]:
        # UTF-16/32: keep the ASCII bytes so the markup can still be seen.
        head = head.replace(b"\x00", b"")
    return head.lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n")


def sniff_kind(data: bytes, content_type: str = "") -> str | None:
    ctype = content_type.split(";", 1)[0].strip().lower()
    head = _ascii_head(data)
    if ctype in ("text/html", "application/xhtml+xml"):
        return "feed" if _has_feed(head[:1024]) and not _is_html(head) else "html"
    if head.startswith((b"{", b"[")):
        return "feed" if _JSON_FEED.search(data[:65536]) else "jsonfile"
    if ctype.endswith("json"):
        return "jsonfile"
    if b"<" in head:  # else no markup at all: none of these can match
        body = re.sub(rb"^<\?xml[^>]*>\s*", b"", head)
        if _has_feed(head) and b"<html" not in head.lower():
            return "feed"  # an XHTML doctype on a feed does not make it a page
        if _is_html(body):
            return "html"
        if _has_feed(head):
            return "feed"
        if body.startswith(b"<") and (b"<html" in head.lower() or b"<body" in head.lower()):
            return "html"
    if _FRONT_MATTER.match(head):
        return "text"  # a converter's article file with no known suffix ("APW19980807.0261")
    return None
