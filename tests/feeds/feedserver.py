"""A feed and page server on 127.0.0.1 for the tests: validators, errors, slowness, gzip, encodings.

Routes are registered per test (``server.route(path, body, ...)``); every request is
counted, so a test can check that a page was fetched once or that a feed answered 304.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import threading
import time
from collections import Counter
from dataclasses import dataclass


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml"
    status: int = 200
    validators: bool = True
    gzip: bool = False
    delay: float = 0.0
    location: str | None = None
    #: Last-Modified: each version of a route is a second later than the one before.
    modified: str = ""


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.not_modified: Counter[str] = Counter()
        self._versions = 0
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                path = self.path.split("?", 1)[0]
                server.hits[path] += 1
                route = server.routes.get(path)
                if route is None:
                    return self._send(404, b"not found", "text/plain")
                if route.delay:
                    time.sleep(route.delay)
                if route.location is not None:
                    self.send_response(route.status)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                if route.status != 200:
                    return self._send(route.status, b"error", "text/plain")
                etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
                modified = route.modified
                if route.validators and (self.headers.get("If-None-Match") == etag
                                         or self.headers.get("If-Modified-Since") == modified):
                    server.not_modified[path] += 1
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return None
                body = gzip.compress(route.body) if route.gzip else route.body
                extra = {"ETag": etag, "Last-Modified": modified} if route.validators else {}
                if route.gzip:
                    extra["Content-Encoding"] = "gzip"
                return self._send(200, body, route.content_type, extra)

            def _send(self, status: int, body: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in (extra or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def route(self, path: str, body: bytes | str = b"", **options: object) -> str:
        from email.utils import formatdate

        data = body.encode("utf-8") if isinstance(body, str) else body
        self._versions += 1
        stamp = formatdate(1_583_143_200 + self._versions, usegmt=True)
        self.routes[path] = Route(data, modified=stamp, **options)  # type: ignore[arg-type]
        return self.url + path

    def start(self) -> "FeedServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def rss(title: str, items: list[tuple[str, str, str]], *, full: bool = True) -> str:
    """An RSS 2.0 feed of (guid, title, html) items: full content, or only a description."""
    out = [f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
           f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{title}</title>']
    for guid, item_title, html in items:
        body = (f"<content:encoded><![CDATA[{html}]]></content:encoded>" if full
                else f"<description><![CDATA[{html}]]></description>")
        link = guid if guid.startswith("http") else f"http://news.invalid/{guid}"
        out.append(f"<item><title>{item_title}</title><guid>{guid}</guid><link>{link}</link>"
                   f"<pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate>{body}</item>")
    out.append("</channel></rss>\n")
    return "".join(out)


def story(n: int) -> str:
    return (f"<p>Story {n}: the city council of Springfield approved budget number {n} on Tuesday.</p>"
            f"<p>Mayor John Smith said plan {n} would help residents and businesses alike.</p>")
