"""Feed dates and titles as a reader meets them: each entry dated on its publisher's own calendar day,
words that are no date left undated, HTML titles as plain words; the fast path and feedparser's agree."""

from __future__ import annotations

import pytest

from tui.extract.pipeline import parse_published
from tui.library.sources import read_source

ITEMS = (
    # (title as written, pubDate, the date stored)
    ("Evening in California", "<pubDate>Tue, 01 Dec 2026 23:30:00 -0800</pubDate>", "2026-12-01T23:30:00-08:00"),
    ("Eastern time", "<pubDate>Mon, 30 Nov 2026 22:00:00 EST</pubDate>", "2026-11-30T22:00:00-05:00"),
    ("Morning in Tokyo", "<dc:date>2026-11-29T01:00:00+09:00</dc:date>", "2026-11-29T01:00:00+09:00"),
    ("Two-digit year", "<pubDate>Sat, 28 Nov 26 10:00:00 GMT</pubDate>", "2026-11-28T10:00:00Z"),
    ("German weekday", "<pubDate>Mo, 23 Nov 2026 10:00:00 +0100</pubDate>", "2026-11-23T10:00:00+01:00"),
    ("No zone", "<pubDate>2026-11-27</pubDate>", "2026-11-27T00:00:00Z"),
    ("Not a date", "<pubDate>yesterday-ish</pubDate>", None),
    ("Undated", "", None),
    ("Escaped &lt;b&gt;bold&lt;/b&gt; &amp;amp; more", "", None),
    ("<![CDATA[A <em>CDATA</em> title]]>", "", None),
)
TITLES = ["Evening in California", "Eastern time", "Morning in Tokyo", "Two-digit year", "German weekday", "No zone",
          "Not a date", "Undated", "Escaped bold & more", "A CDATA title"]


def _feed(broken: bool) -> bytes:
    items = "".join(f"<item><title>{title}</title><link>http://example.com/{n}</link>{date}"
                    f"<description>Story {n} from the city council.</description></item>"
                    for n, (title, date, _stored) in enumerate(ITEMS))
    rss = ('<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<channel><title>Dates</title>{items}</channel></rss>")
    # Junk after the root: not well-formed, so feedparser reads it rather than the lxml fast path.
    return (rss + ("<junk" if broken else "")).encode()


@pytest.mark.parametrize("broken", [False, True], ids=["fast-path", "feedparser"])
def test_entries_keep_their_publishers_day_and_plain_titles(tmp_path, broken):
    path = tmp_path / "dates.rss"
    path.write_bytes(_feed(broken))
    articles = [item.article for item in read_source(path) if item.article is not None]
    assert [a.title for a in articles] == TITLES
    assert [a.published for a in articles] == [stored for _t, _d, stored in ITEMS]
    # The day "today" in the text means: 1 December in California (it was already the 2nd in UTC), 29 November
    # in Tokyo (still the 28th in UTC).
    assert [str(parse_published(a.published)) for a in articles[:3]] == ["2026-12-01", "2026-11-30", "2026-11-29"]


def test_a_json_feed_date_that_is_no_date_is_left_out(tmp_path):
    path = tmp_path / "feed.json"
    path.write_text('{"version": "https://jsonfeed.org/version/1.1", "title": "J", "items": ['
                    '{"id": "1", "content_text": "One story.", "date_published": "2026-11-29T01:00:00+09:00"},'
                    '{"id": "2", "content_text": "Two stories.", "date_published": "soon"}]}', encoding="utf-8")
    assert [i.article.published for i in read_source(path) if i.article] == ["2026-11-29T01:00:00+09:00", None]
