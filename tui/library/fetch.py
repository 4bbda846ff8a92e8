"""One HTTP GET for feeds and pages: a timeout, a size cap, gzip, conditional headers, plain errors.

Standard library only (urllib), so fetching works in a worker thread without an event
loop. Every failure becomes a FetchError whose message is one line a user can act on.
"""

from __future__ import annotations

import gzip
import socket
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass

#: Seconds to wait for a server before giving up (connect and each read).
TIMEOUT = 20.0
#: Largest body read (after decompression); a bigger feed or page is refused.
MAX_BYTES = 20 * 1024 * 1024
USER_AGENT = "Newsloupe/0.1 (terminal news reader; +https://github.com/newsloupe/newsloupe)"


class FetchError(Exception):
    """A fetch that failed; ``kind`` is dns, refused, timeout, http, too-big, redirects or network."""

    def __init__(self, message: str, kind: str = "network", status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.status = status


@dataclass(frozen=True, slots=True)
class Page:
    url: str
    #: 200, or 304 when the conditional headers matched (``body`` is then empty).
    status: int
    body: bytes
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
) -> Page:
    """GET ``url``; FetchError with a one-line reason when it cannot be had."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate",
               "Accept": "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9,"
                         " text/html;q=0.8, */*;q=0.5"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    try:
        # Inside the try: an address urllib cannot take ("notaurl", "http://[::1") raises ValueError here.
        request = urllib.request.Request(url, headers=headers)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"{url}: too big ({int(length):,} bytes; the limit is {max_bytes:,})", "too-big")
            raw = response.read(max_bytes + 1)
            if len(raw) > max_bytes:
                raise FetchError(f"{url}: too big (more than {max_bytes:,} bytes)", "too-big")
            body = _decompress(raw, response.headers.get("Content-Encoding", ""), url, max_bytes)
            return Page(response.geturl() or url, response.status or 200, body,
                        response.headers.get("Content-Type", ""), response.headers.get("ETag"),
                        response.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return Page(url, 304, b"", "", exc.headers.get("ETag") or etag,
                        exc.headers.get("Last-Modified") or last_modified)
        if exc.code in (301, 302, 303, 307, 308):
            raise FetchError(f"{url}: too many redirects (a redirect loop)", "redirects", exc.code) from None
        raise FetchError(f"{url}: the server answered HTTP {exc.code} {exc.reason}".rstrip(), "http", exc.code) from None
    except FetchError:
        raise
    except TimeoutError:
        raise FetchError(f"{url}: timed out after {timeout:g} s", "timeout") from None
    except urllib.error.URLError as exc:
        raise _url_error(url, exc.reason, timeout) from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"{url}: cannot fetch ({exc})", "network") from None


def _url_error(url: str, reason: object, timeout: float) -> FetchError:
    if isinstance(reason, socket.gaierror):
        return FetchError(f"{url}: cannot fetch (host not found: {reason.strerror or reason})", "dns")
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return FetchError(f"{url}: timed out after {timeout:g} s", "timeout")
    if isinstance(reason, ConnectionRefusedError):
        return FetchError(f"{url}: cannot fetch (connection refused)", "refused")
    return FetchError(f"{url}: cannot fetch ({reason})", "network")


def _decompress(raw: bytes, encoding: str, url: str, max_bytes: int) -> bytes:
    encoding = encoding.strip().lower()
    try:
        if encoding in ("gzip", "x-gzip"):
            with gzip.GzipFile(fileobj=__import__("io").BytesIO(raw)) as handle:
                out = handle.read(max_bytes + 1)
        elif encoding == "deflate":
            d = zlib.decompressobj()
            out = d.decompress(raw, max_bytes + 1)
        else:
            return raw
    except (OSError, EOFError, zlib.error) as exc:
        raise FetchError(f"{url}: the server sent a broken {encoding} body ({exc})", "network") from None
    if len(out) > max_bytes:
        raise FetchError(f"{url}: too big (more than {max_bytes:,} bytes unpacked)", "too-big")
    return out
