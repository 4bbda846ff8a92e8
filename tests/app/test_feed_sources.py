"""Who a feed entry comes from, as the list and the byline show it: the feed's title, else the
site of the entry's link, else the feed's file name; never the path it was read from (which the
library stored as the source before, and still shows by its name)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.app.reader_support import NO_CONFIG, SEED, analyser_for, shown_words
from tui.app import ReaderApp
from tui.library.entries import entries_from_library, entries_from_paths, shown_source
from tui.library.sources.feed import entry_source
from tui.library.store import Store
from tui.widgets.article_list import entry_lines

UNTITLED_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
<item><title>Ministers meet in Geneva</title><link>https://www.example.org/world/1</link>
<description>The ministers of Israel and Turkey met in Geneva on Monday.</description></item>
<item><title>No link here</title><description>A note without a link at all.</description></item>
</channel></rss>"""

HOSTILE_TITLE_RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>  Evil &#x1b;]0;pwned&#x07;   Feed  </title>
<item><title>One</title><description>Some words for the article body.</description></item>
</channel></rss>"""


def test_entry_source_prefers_title_then_link_site_then_file_name():
    assert entry_source("  My   Feed ", "https://example.com/a", "/x/f.xml") == "My Feed"
    assert entry_source(None, "https://www.example.org/world/1", "/x/f.xml") == "example.org"
    assert entry_source("", None, "/data/feeds/f.xml") == "f.xml"
    assert entry_source(None, "tag:example.org,2020:1", "https://feeds.example.net/rss") == "feeds.example.net"


def test_a_stored_path_is_shown_by_its_name():
    assert shown_source("../shared/data/web/feeds/encoding/demoronize-1.xml") == "demoronize-1.xml"
    assert shown_source("/home/me/news/article.txt") == "article.txt"
    assert shown_source("AC/DC News") == "AC/DC News"
    assert shown_source("Wikinews") == "Wikinews"


def _list_text(app: ReaderApp) -> str:
    return "\n".join(line.plain for e in app.reader.entries for line in entry_lines(e))


async def test_untitled_feed_entries_show_their_site_not_the_path(tmp_path, seed_analysis):
    folder = tmp_path / "deep" / "folder"
    folder.mkdir(parents=True)
    feed = folder / "untitled.xml"
    feed.write_bytes(UNTITLED_RSS)
    with Store.open(tmp_path / "lib.db") as store:
        entries = entries_from_paths([str(feed)], store)
        assert [e.source for e in entries] == ["example.org", "untitled.xml"]
        app = ReaderApp(entries, store=store, analyser=analyser_for(seed_analysis),
                        background_analysis=False, config_path=NO_CONFIG)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            shown = _list_text(app) + "\n" + shown_words(app.reader.view)
            assert "example.org" in shown and str(folder) not in shown and "deep/folder" not in shown
        # The library keeps the site too: the list read from it shows no path either.
        assert sorted(e.source or "" for e in entries_from_library(store)) == ["example.org", "untitled.xml"]


def test_a_feed_title_is_sanitised_where_it_is_shown(tmp_path):
    feed = tmp_path / "evil.xml"
    feed.write_bytes(HOSTILE_TITLE_RSS)
    (entry,) = entries_from_paths([str(feed)])
    line = entry_lines(entry)[-1].plain
    assert "\x1b" not in line and "\x07" not in line and "Feed" in line


def test_real_untitled_feeds_show_no_path(shared_dir, tmp_path):
    """The feeds of ../shared/data/web without a title: each entry names a site or a file, never a folder."""
    feeds = shared_dir / "data/web/feeds"
    with Store.open(tmp_path / "lib.db") as store:
        from_files = entries_from_paths([str(feeds)], store)
        from_library = entries_from_library(store)
    readable = [e for e in from_files if not e.error]
    assert len(readable) >= 10
    for entry in [*readable, *from_library]:
        assert entry.source and "/" not in entry.source, (entry.title, entry.source)
    sources = {e.source for e in readable}
    assert "My Example Feed" in sources  # a JSON Feed's title
    assert "purl.org" in sources  # an untitled feed whose entry links to a page


@pytest.fixture()
def old_library(tmp_path) -> Path:
    """A library where a text file without front matter was stored with its path as the source."""
    folder = tmp_path / "some" / "where"
    folder.mkdir(parents=True)
    shutil.copy(SEED, folder / "plain.txt")
    text = (folder / "plain.txt").read_text(encoding="utf-8")
    body = [line for line in text.splitlines() if not line.startswith(("title:", "source:", "date:"))]
    (folder / "plain.txt").write_text("\n".join(body), encoding="utf-8")
    db = tmp_path / "old.db"
    with Store.open(db) as store:
        entries_from_paths([str(folder / "plain.txt")], store)
    return db


def test_a_library_read_alone_shows_no_stored_path(old_library):
    with Store.open(old_library) as store:
        (entry,) = entries_from_library(store)
    assert entry.source == "plain.txt"


def test_real_pages_name_their_site_not_their_path(shared_dir):
    pages = shared_dir / "data/web/pages"
    entries = {Path(e.path or "").name: e for e in entries_from_paths([str(pages)])}
    assert entries["bbc.com.52241221.html"].source == "BBC News"
    assert entries["nytimes.com.blackouts.html"].source == "The New York Times"
    for name, entry in entries.items():
        assert entry.source and "/" not in entry.source and str(pages) not in entry.source, (name, entry.source)


NAMELESS_PAGE = """<html><head><title>Council meets</title>
<link rel="canonical" href="https://www.example-news.org/2024/council"></head><body><article>
<h1>Council meets</h1><p>The city council of Springfield met on Monday to vote on the budget for the
next year, and the mayor said the vote would come before the summer recess.</p>
<p>Councillors from both parties spoke for an hour before the vote was taken.</p></article></body></html>"""


async def test_a_page_is_listed_under_its_site(tmp_path, seed_analysis):
    folder = tmp_path / "saved" / "pages"
    folder.mkdir(parents=True)
    (folder / "council.html").write_text(NAMELESS_PAGE, encoding="utf-8")
    entries = entries_from_paths([str(folder / "council.html")])
    assert entries[0].source == "example-news.org"
    app = ReaderApp(entries, analyser=analyser_for(seed_analysis), background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        shown = _list_text(app) + "\n" + shown_words(app.reader.view)
        assert "example-news.org" in shown and "saved/pages" not in shown and "council.html" not in shown
