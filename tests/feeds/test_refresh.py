"""newsloupe refresh against a feed server on 127.0.0.1: validators, failures, full text, de-duplication."""

from __future__ import annotations

import json

from feedserver import rss, story

from tui.cli import exitcodes
from tui.cli.main import main


def _items(n: int, start: int = 0, prefix: str = "http://news.invalid/a") -> list[tuple[str, str, str]]:
    return [(f"{prefix}{i}", f"Budget {i}", story(i)) for i in range(start, start + n)]


def test_cold_then_unchanged_is_304_and_adds_nothing(tmp_path, server, capsys):
    url = server.route("/feed.rss", rss("Wire", _items(5)))
    db = str(tmp_path / "lib.db")
    assert main(["refresh", "--db", db, url]) == exitcodes.OK
    assert "5 new article(s)" in capsys.readouterr().err
    assert main(["refresh", "--db", db]) == exitcodes.OK
    err = capsys.readouterr().err
    assert "1 fetched (1 unchanged), 0 failed; 0 new article(s)" in err
    assert server.not_modified["/feed.rss"] == 1


def test_only_new_entries_are_added(tmp_path, server, capsys):
    db = str(tmp_path / "lib.db")
    url = server.route("/feed.rss", rss("Wire", _items(3)))
    assert main(["refresh", "--db", db, url]) == exitcodes.OK
    # The feed moves on: two entries stay, one is new, one repeats another's text under a new GUID.
    server.route("/feed.rss", rss("Wire", _items(3, start=1) + [("urn:copy", "Copy", story(1))]))
    assert main(["refresh", "--db", db]) == exitcodes.OK
    assert "1 new article(s)" in capsys.readouterr().err
    from tui.library.store import Store

    with Store.open(db) as store:
        assert len(store.articles()) == 4


def test_every_failure_is_one_line_and_the_exit_code_says_so(tmp_path, server, capsys):
    good = server.route("/ok.rss", rss("Wire", _items(2)))
    urls = [
        good,
        server.url + "/missing.rss",
        server.route("/boom.rss", status=500),
        server.route("/loop.rss", status=302, location="/loop.rss"),
        server.route("/slow.rss", rss("Slow", _items(1)), delay=3.0),
        server.route("/page.html", "<!DOCTYPE html><html><body><p>Hello</p></body></html>", content_type="text/html"),
        "http://nothing.invalid/feed.rss",
    ]
    db = str(tmp_path / "lib.db")
    code = main(["refresh", "--db", db, "--timeout", "1", *urls])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == exitcodes.FAILURE
    failures = [line for line in err if line.startswith("newsloupe: ")]
    assert len(failures) == 6, err
    text = "\n".join(failures)
    for expected in ("HTTP 404", "HTTP 500", "redirect", "timed out", "not a feed", "host not found"):
        assert expected in text, (expected, text)
    assert err[-1] == "7 feed(s): 1 fetched (0 unchanged), 6 failed; 2 new article(s)"


def test_size_cap_and_gzip(store, server):
    from tui.library.refresh import refresh

    big = server.route("/big.rss", rss("Big", _items(400)))
    packed = server.route("/packed.rss", rss("Packed", _items(3, prefix="http://news.invalid/z")), gzip=True)
    summary = refresh(store, [big, packed], max_bytes=20_000, full_text=False)
    by_url = {o.url: o for o in summary.outcomes}
    assert by_url[big].kind == "too-big" and "too big" in by_url[big].error
    assert by_url[packed].status == "ok" and by_url[packed].added == 3


def test_summary_only_entries_get_their_page_once(store, server):
    from tui.library.refresh import refresh

    page = ("<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><nav>Home | Sport</nav>"
            "<article><h1>Bridge reopens</h1>" + "<p>The old bridge over the river reopened on Monday after two"
            " years of repairs, Mayor John Smith told reporters at the ceremony.</p>" * 4
            + "</article><footer>Copyright</footer></body></html>")
    link = server.route("/story.html", page, content_type="text/html; charset=utf-8")
    broken = server.url + "/gone.html"
    feed = server.route("/summaries.rss", rss("Wire", [(link, "Bridge reopens", "<p>The bridge reopened.</p>"),
                                                        (broken, "Gone", "<p>A story that is gone.</p>")], full=False))
    summary = refresh(store, [feed])
    assert summary.added == 2
    rows = {r.title: r for r in store.articles()}
    full = store.article_input(rows["Bridge reopens"].id)
    assert "Mayor John Smith" in full.text and "Home | Sport" not in full.text
    assert dict(full.meta)["origin"] == "page"
    kept = store.article_input(rows["Gone"].id)
    assert kept.text == "A story that is gone." and dict(kept.meta)["origin"] == "summary"
    assert "HTTP 404" in dict(kept.meta)["note"]
    server.route("/summaries.rss", rss("Wire", [(link, "Bridge reopens", "<p>The bridge reopened!</p>")], full=False))
    refresh(store, [feed])
    assert server.hits["/story.html"] == 1


def test_no_full_text_keeps_summaries(tmp_path, server, capsys):
    link = server.route("/story.html", "<html><body><article><p>x</p></article></body></html>", content_type="text/html")
    feed = server.route("/summaries.rss", rss("Wire", [(link, "Bridge", "<p>The bridge reopened.</p>")], full=False))
    db = str(tmp_path / "lib.db")
    assert main(["refresh", "--db", db, "--no-full-text", feed]) == exitcodes.OK
    assert server.hits["/story.html"] == 0
    from tui.library.store import Store

    with Store.open(db) as store:
        (row,) = store.articles()
        assert dict(store.article_input(row.id).meta)["origin"] == "summary"


def test_json_feed_and_undeclared_encodings(store, server):
    from tui.library.refresh import refresh

    json_feed = {"version": "https://jsonfeed.org/version/1.1", "title": "JSON Wire", "items": [
        {"id": "1", "title": "Rain", "content_html": "<p>Heavy rain is expected in Lisbon on Friday.</p>",
         "date_published": "2024-02-01T10:00:00Z", "url": "http://news.invalid/rain"},
        {"id": "2", "title": "Sun", "content_text": "Sunshine returns to Porto on Monday.",
         "url": "http://news.invalid/sun"}]}
    urls = [
        server.route("/feed.json", json.dumps(json_feed), content_type="application/feed+json"),
        server.route("/koi8.xml", ("<rss><channel><title>Лента</title><item><title>Президент России провёл переговоры"
                                   "</title><description>Президент России провёл переговоры в Кремле с делегацией."
                                   "</description><guid>k1</guid></item></channel></rss>").encode("koi8-r"),
                     content_type="text/xml"),
        server.route("/sjis.xml", ("<rss><channel><title>ニュース</title><item><title>東京で大雨警報が出されました</title>"
                                   "<description>東京都内では大雨警報が出され、交通機関に乱れが出ています。</description>"
                                   "<guid>s1</guid></item></channel></rss>").encode("shift_jis"),
                     content_type="application/rss+xml"),
    ]
    summary = refresh(store, urls, full_text=False)
    assert [o.status for o in summary.outcomes] == ["ok"] * 3, summary.outcomes
    titles = {r.title: r for r in store.articles()}
    assert {"Rain", "Sun", "Президент России провёл переговоры", "東京で大雨警報が出されました"} <= set(titles)
    rain = store.article_input(titles["Rain"].id)
    assert rain.published == "2024-02-01T10:00:00Z" and rain.text == "Heavy rain is expected in Lisbon on Friday."
    russian = store.article_input(titles["Президент России провёл переговоры"].id)
    assert dict(russian.meta)["language"] == "ru" and dict(russian.meta)["encoding"] == "koi8-r"
    warned = [w for o in summary.outcomes for w in o.warnings]
    assert any("koi8.xml" in w for w in warned) and any("sjis.xml" in w for w in warned)


def test_feeds_list_and_remove(tmp_path, server, capsys):
    url = server.route("/feed.rss", rss("Wire", _items(2)))
    db = str(tmp_path / "lib.db")
    assert main(["refresh", "--db", db, url]) == exitcodes.OK
    capsys.readouterr()
    assert main(["feeds", "--db", db, "--format", "json"]) == exitcodes.OK
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["url"], row["title"], row["status"], row["articles"]) == (url, "Wire", "ok", 2)
    assert row["last_fetch"]
    assert main(["feeds", "--db", db, "--remove", url]) == exitcodes.OK
    assert main(["feeds", "--db", db, "--remove", url]) == exitcodes.BAD_INPUT
    assert "not subscribed" in capsys.readouterr().err
    assert main(["feeds", "--db", db, "--format", "json"]) == exitcodes.OK
    assert json.loads(capsys.readouterr().out) == []


def test_a_feed_file_with_nothing_in_it_is_one_line_and_exit_2(tmp_path, capsys):
    path = tmp_path / "empty.xml"
    path.write_text("<rss><channel><item><title>Broken &bogus; <![CDATA[ unterminated", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(path)]) == exitcodes.BAD_INPUT
    err = capsys.readouterr().err.strip().splitlines()
    assert any("empty.xml" in line for line in err) and err[-1].startswith("added 0 new article(s)")


def test_interrupted_batches_are_whole_and_a_rerun_resumes(store, monkeypatch):
    import pytest

    from tui.extract.types import ArticleInput
    from tui.library import feeds, store as store_module

    entries = [feeds.NewEntry(f"g{i}", f"http://news.invalid/{i}", ArticleInput(f"Story number {i} in full."))
               for i in range(10)]
    real = store_module.insert_article
    calls = {"n": 0}

    def failing(db, article, location):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 7:
            raise KeyboardInterrupt  # killed in the middle of the third batch
        return real(db, article, location)

    monkeypatch.setattr(feeds, "insert_article", failing)
    with pytest.raises(KeyboardInterrupt):
        feeds.add_entries(store, "http://feed.invalid/", entries, batch=3)
    assert len(store.articles()) == 6  # two whole batches, nothing of the third
    monkeypatch.setattr(feeds, "insert_article", real)
    todo = feeds.unseen(store, "http://feed.invalid/", entries)
    assert [e.guid for e in todo] == [f"g{i}" for i in range(6, 10)]
    assert feeds.add_entries(store, "http://feed.invalid/", todo, batch=3) == (4, 0)


def test_kill_9_keeps_whole_batches_and_a_rerun_resumes(tmp_path, server):
    import os
    import signal
    import sqlite3
    import subprocess
    import sys
    import time

    items = [(f"urn:k{i}", f"Story {i}", story(i)) for i in range(3000)]
    url = server.route("/long.rss", rss("Long", items))
    db = tmp_path / "lib.db"
    cmd = [sys.executable, "-m", "tui", "refresh", "--db", str(db), "--no-full-text", url]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    count = 0
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        try:
            with sqlite3.connect(db, timeout=0.1) as probe:
                count = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
        except sqlite3.Error:
            count = 0
        if count:
            break
        time.sleep(0.01)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with sqlite3.connect(db) as probe:
        kept = probe.execute("SELECT count(*) FROM articles").fetchone()[0]
        taken = probe.execute("SELECT count(*) FROM feed_entries").fetchone()[0]
    assert kept == taken and kept % 300 == 0 or kept == 3000, kept  # whole batches only
    assert subprocess.run(cmd, capture_output=True).returncode == 0
    with sqlite3.connect(db) as probe:
        assert probe.execute("SELECT count(*) FROM articles").fetchone()[0] == 3000


def test_an_argument_that_is_no_address_is_one_line_and_exit_2(tmp_path, capsys):
    db = tmp_path / "lib.db"
    for argument in ("notaurl", "seeds/some.txt"):
        assert main(["refresh", "--db", str(db), argument]) == exitcodes.BAD_INPUT
        captured = capsys.readouterr()
        assert captured.err.splitlines() == [
            f"newsloupe: {argument}: not a feed address (refresh fetches http:// and https:// feeds; add a file with"
            " `newsloupe add PATH`)"]
    assert not db.exists()  # refused before the library is opened


def test_a_subscription_list_with_malformed_addresses_still_fetches_its_good_feed(tmp_path, server, capsys):
    """An OPML file's addresses are data: an unclosed IPv6 bracket or a feed:// scheme costs that feed, one
    line each (it was "internal error: ValueError" for the whole list, the good feed never fetched)."""
    good = server.route("/ok.rss", rss("Wire", _items(2)))
    opml = tmp_path / "feeds.opml"
    opml.write_text('<?xml version="1.0"?><opml version="2.0"><body>'
                    '<outline type="rss" text="bad" xmlUrl="http://[::1"/>'
                    '<outline type="rss" text="scheme" xmlUrl="feed://example.com/rss"/>'
                    f'<outline type="rss" text="good" xmlUrl="{good}"/></body></opml>', encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(opml)]) == exitcodes.OK
    err = capsys.readouterr().err.splitlines()
    assert sorted(err[:2]) == ["newsloupe: feed://example.com/rss: cannot fetch (unknown url type: feed)",
                               "newsloupe: http://[::1: cannot fetch (Invalid IPv6 URL)"], err  # fetched in parallel
    assert err[-1] == "added 2 new article(s), 0 already in the library, 2 failed"
    assert main(["refresh", "--db", db]) == exitcodes.FAILURE
    assert capsys.readouterr().err.splitlines()[-1] == "3 feed(s): 1 fetched (1 unchanged), 2 failed; 0 new article(s)"
