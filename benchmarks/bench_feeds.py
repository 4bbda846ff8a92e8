"""Feeds and pages: adding 10,000 entries beside newsboat, refreshing 50 feeds cold and all-304,
the language detector's time per article, and the main-text checks beside trafilatura alone.

Everything is served by a local HTTP server (a subprocess, so it does not share our GIL).
newsboat is installed from apt for the side-by-side run when it is missing (root on Debian);
without it the anchor is newsboat's recorded 2.8 s.
"""

from __future__ import annotations

import html
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, SHARED, Row, articles

NEWSBOAT_RECORDED = 2.8
NEWSLOUPE = [sys.executable, "-m", "tui"]


def _feed(n: int, *, offset: int = 0, title: str = "Wire") -> str:
    corpus = articles()
    items = []
    for i in range(offset, offset + n):
        a = corpus[i % len(corpus)]
        paras = [p for p in a["text"].split("\n\n") if p.strip()][:2]
        body = "".join(f"<p>{html.escape(p)}</p>" for p in paras) + f"<p>Entry {i}.</p>"
        items.append(f"<item><title>{html.escape(a['title'])} ({i})</title><link>http://news.invalid/{i}</link>"
                     f"<guid>urn:n:{i}</guid><pubDate>Mon, 02 Mar 2020 10:00:00 GMT</pubDate>"
                     f"<description>{html.escape(body)}</description></item>")
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}</title>'
            + "".join(items) + "</channel></rss>\n")


class _Server:
    def __init__(self, folder: Path) -> None:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        self.proc = subprocess.Popen([sys.executable, "-m", "http.server", str(self.port), "--bind", "127.0.0.1"],
                                     cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        self.url = f"http://127.0.0.1:{self.port}"

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait()


def _timed(cmd: list[str], env: dict[str, str] | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    return time.perf_counter() - start


def _newsboat() -> str | None:
    found = shutil.which("newsboat")
    if found is None and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run("apt-get install -y -qq newsboat >/dev/null 2>&1 || (apt-get update -qq >/dev/null"
                       " && apt-get install -y -qq newsboat >/dev/null)", shell=True, check=False)
        found = shutil.which("newsboat")
    return found


def _newsboat_reload(newsboat: str, urls: list[str], work: Path, *, fresh: bool = True) -> float:
    (work / "urls").write_text("\n".join(urls) + "\n", encoding="utf-8")
    (work / "config").write_text("reload-threads 4\n", encoding="utf-8")
    if fresh:
        (work / "cache.db").unlink(missing_ok=True)
    return _timed([newsboat, "-u", str(work / "urls"), "-c", str(work / "cache.db"), "-C", str(work / "config"),
                   "-x", "reload"])


def _add_rows(tmp: Path, server: _Server, newsboat: str | None, repeat: int) -> list[Row]:
    url = f"{server.url}/big.xml"
    ours = min(_timed([*NEWSLOUPE, "add", "--db", str(tmp / f"big{i}.db"), "--no-full-text", url])
               for i in range(repeat))
    if newsboat:
        anchor, anchor_name = min(_newsboat_reload(newsboat, [url], tmp) for _ in range(repeat)), "newsboat reload"
    else:
        anchor, anchor_name = NEWSBOAT_RECORDED, "newsboat (recorded)"
    return [Row("add 10,000 feed entries (local server)", ours, "s", anchor_name, anchor, "le", 2.0,
                note="newsloupe add URL --no-full-text into a fresh library, process start included")]


def _refresh_rows(tmp: Path, server: _Server, newsboat: str | None) -> list[Row]:
    urls = [f"{server.url}/f{i}.xml" for i in range(50)]
    db = tmp / "fifty.db"
    cold = _timed([*NEWSLOUPE, "refresh", "--db", str(db), "--no-full-text", *urls])
    warm = _timed([*NEWSLOUPE, "refresh", "--db", str(db), "--no-full-text"])
    rows = []
    if newsboat:
        nb_cold = _newsboat_reload(newsboat, urls, tmp)
        nb_warm = _newsboat_reload(newsboat, urls, tmp, fresh=False)
        rows.append(Row("refresh 50 feeds, cold", cold, "s", "newsboat reload, cold", nb_cold, "le", None))
        rows.append(Row("refresh 50 feeds, all 304", warm, "s", "newsboat reload, unchanged", nb_warm, "le", None))
    else:
        rows.append(Row("refresh 50 feeds, cold", cold, "s"))
        rows.append(Row("refresh 50 feeds, all 304", warm, "s"))
    return rows


def _detector_row() -> Row:
    from tui.library.languages import _identifier, detect_language

    texts = [a["text"] for a in articles()][:300]
    _identifier()
    start = time.perf_counter()
    found = [detect_language(t) for t in texts]
    per = (time.perf_counter() - start) / len(texts) * 1000
    right = sum(lang == "en" for lang in found)
    return Row("language detection per article", per, "ms", note=f"py3langid; {right}/{len(texts)} Wikinews"
               " articles tagged en")


def _main_text_row() -> list[Row]:
    import json
    import re

    import trafilatura

    from tui.library.sources import read_one

    folder = SHARED / "data/web/pages"
    if not (folder / "evaldata.json").is_file():
        return []
    checks = json.loads((folder / "evaldata.json").read_text(encoding="utf-8")).values()

    def shingles(text: str) -> set[tuple[str, ...]]:
        tokens = re.findall(r"\w+", text.lower())
        return {tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))}

    ours = theirs = total = 0
    f1s = []
    for check in checks:
        path = folder / check["file"]
        if not path.is_file():
            continue
        text = read_one(path).text
        alone = trafilatura.extract(path.read_bytes().decode("utf-8", "replace"), include_comments=False) or ""
        for snippet in check["with"]:
            ours += snippet in text
            theirs += snippet in alone
        for snippet in check["without"]:
            ours += snippet not in text
            theirs += snippet not in alone
        total += len(check["with"]) + len(check["without"])
        a, b = shingles(text), shingles(alone)
        tp = len(a & b)
        f1s.append(0.0 if not tp else 2 * tp / (len(a) + len(b)))
    return [Row("main-text checks passed (shared pages)", ours, "checks", "trafilatura alone", theirs, "ge", 1.0,
                note=f"of {total} checks on {len(f1s)} pages; 4-shingle F1 against trafilatura's own output"
                     f" {sum(f1s) / len(f1s):.3f}")]


def run(*, quick: bool = False) -> list[Row]:
    rows = [_detector_row(), *_main_text_row()]
    newsboat = _newsboat()
    with tempfile.TemporaryDirectory(prefix="newsloupe-feeds-") as name:
        tmp = Path(name)
        served = tmp / "served"
        served.mkdir()
        (served / "big.xml").write_text(_feed(2_000 if quick else 10_000), encoding="utf-8")
        for i in range(50):
            (served / f"f{i}.xml").write_text(_feed(20, offset=i * 20, title=f"Feed {i}"), encoding="utf-8")
        server = _Server(served)
        try:
            rows += _add_rows(tmp, server, newsboat, 1 if quick else 2)
            rows += _refresh_rows(tmp, server, newsboat)
        finally:
            server.stop()
    return rows


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    from run import print_table

    print_table(run(quick="--quick" in sys.argv))
