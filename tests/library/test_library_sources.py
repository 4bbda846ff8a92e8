"""Each kind of source, read from files written by the test or served on 127.0.0.1."""

from __future__ import annotations

import csv
import json

import pytest

from tui.library.sources import SourceError, iter_targets, read_source
from tui.library.sources.opml import FeedRef, read_feed_list, write_feed_list

BODY = "The city council approved the budget on Tuesday. Mayor John Smith said it would help residents."

RSS = """<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Local Wire</title><link>http://example.org/</link>
<item><title>Budget approved</title><link>http://example.org/budget</link>
<pubDate>Tue, 06 Apr 2021 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>The city council approved the budget.</p><p>Mayor John Smith praised it.</p>]]></content:encoded>
</item>
<item><title>Bridge closed</title><link>http://example.org/bridge</link>
<pubDate>Wed, 07 Apr 2021 10:00:00 GMT</pubDate>
<description>The old bridge &lt;b&gt;closed&lt;/b&gt; for repairs.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom News</title><id>urn:feed</id>
<entry><title>Rain expected</title><id>urn:rain</id><updated>2022-01-02T00:00:00Z</updated>
<content type="html">&lt;p&gt;Heavy rain is expected in Lisbon on Friday.&lt;/p&gt;</content></entry>
</feed>
"""


def _one(path):
    (item,) = list(read_source(path))
    return item


def test_text_with_front_matter(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"title: Budget day\ndate: 2021-04-06\nsource: Wire\n\n{BODY}\n", encoding="utf-8")
    item = _one(path)
    assert (item.article.title, item.article.published, item.article.source) == ("Budget day", "2021-04-06", "Wire")
    assert item.article.text.startswith("The city council") and item.location == str(path.resolve())


def test_text_with_yaml_front_matter_between_dashes(tmp_path):
    # The form Markdown tools write: other keys, list items and quotes inside, no blank line after.
    path = tmp_path / "a.md"
    path.write_text(
        f"---\ntitle: 'Budget: day one'\nlayout: post\ntags:\n  - council\ndate: 2021-04-06\n---\n{BODY}\n",
        encoding="utf-8",
    )
    article = _one(path).article
    assert (article.title, article.published) == ("Budget: day one", "2021-04-06")
    assert article.text.startswith("The city council")


def test_a_markdown_rule_without_a_closing_line_is_text(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(f"---\ntitle: not front matter\n\n{BODY}\n", encoding="utf-8")
    article = _one(path).article
    assert article.published is None and article.text.startswith("---\ntitle: not front matter")


def test_html_main_text_title_author_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Budget approved</title><meta name='author' content='Jane Roe'>"
        "<meta property='article:published_time' content='2021-04-06'></head><body><nav>Home | Sport</nav>"
        f"<article><h1>Budget approved</h1><p>{BODY * 3}</p><p>{BODY}</p></article>"
        "<footer>Copyright 2021</footer></body></html>",
        encoding="utf-8",
    )
    article = _one(path).article
    assert article.title == "Budget approved"
    assert article.published == "2021-04-06"
    assert dict(article.meta)["author"] == "Jane Roe"
    assert "Mayor John Smith" in article.text and "Home | Sport" not in article.text
    assert "\n\n" in article.text  # paragraphs kept apart


def test_a_cms_placeholder_headline_gives_way_to_the_social_title(tmp_path):
    """A Telegraph page's JSON-LD headline is "escenic" (its CMS's name), which trafilatura takes for the
    title; its og:title holds the headline. A one-word title that the page's social title shares stays."""
    def page(headline: str, social: str) -> str:
        return ("<html><head><script type='application/ld+json'>{\"@context\": \"http://schema.org\", "
                f"\"@type\": \"NewsArticle\", \"headline\": \"{headline}\"}}</script>"
                f"<meta content=\"{social}\" property=\"og:title\"></head>"
                f"<body><article><p>{BODY * 3}</p><p>{BODY}</p></article></body></html>")

    path = tmp_path / "page.html"
    path.write_text(page("escenic", "Plumber jailed after boiler killed millionaire&#39;s daughter  "), encoding="utf-8")
    assert _one(path).article.title == "Plumber jailed after boiler killed millionaire's daughter"
    from tui.library.sources.html import _headline

    social = "<meta name='twitter:title' content='Essen-Westviertel | Rhein Ruhr Online'>"
    assert _headline("Essen-Westviertel", social) == "Essen-Westviertel"  # the social title holds it
    assert _headline("Axios Future", "<meta property='og:title' content='Other words'>") == "Axios Future"
    assert _headline("escenic", "<title>escenic</title>") == "escenic"  # nothing better to take


def test_the_real_telegraph_page_is_titled_by_its_headline(shared_dir):
    article = _one(shared_dir / "data/web/pages/telegraph.co.uk.plumber.html").article
    assert article.title == "Plumber jailed after boiler killed millionaire's daughter"


def test_json_list_and_jsonl(tmp_path):
    records = [
        {"title": "One", "text": BODY, "date": "2020-01-01", "url": "http://x/1", "source": "X"},
        {"title": "No text"},
        {"title": "Two", "text": "Second body text.", "date": "2020-01-02"},
    ]
    (tmp_path / "a.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "a.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    for name in ("a.json", "a.jsonl"):
        items = list(read_source(tmp_path / name))
        assert [i.article.title for i in items] == ["One", "Two"]
        assert items[0].location == "http://x/1" and items[0].article.source == "X"
        assert items[1].article.published == "2020-01-02"


def test_bad_json_is_a_one_line_error(tmp_path):
    (tmp_path / "bad.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(SourceError, match="invalid JSON at line 1"):
        list(read_source(tmp_path / "bad.json"))


@pytest.mark.parametrize("name, data", [
    ("deep.json", b'{"title": "t", "text": "x", "extra": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"),
    ("feed.json", b'{"version": "https://jsonfeed.org/version/1.1", "items": ' + b"[" * 50_000 + b"]" * 50_000 + b"}"),
], ids=["json", "json-feed"])
def test_json_nested_past_the_parser_is_a_one_line_error(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SourceError, match="JSON nested too deeply"):
        list(read_source(path))


def test_csv_with_very_large_field(tmp_path):
    path = tmp_path / "news.csv"
    big = BODY + " " + "word " * 60_000  # > csv's default 128 KiB field limit
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["url", "date", "title", "text"])
        writer.writerow(["http://x/a", "2019-01-04", "Big one", big])
        writer.writerow(["", "2019-01-05", "Small one", "Short text."])
    items = list(read_source(path))
    assert [i.article.title for i in items] == ["Big one", "Small one"]
    assert len(items[0].article.text) == len(big)
    assert items[0].location == "http://x/a" and items[1].location.endswith("news.csv#3")


def test_csv_without_text_column(tmp_path):
    (tmp_path / "x.csv").write_text("name,value\na,1\n", encoding="utf-8")
    with pytest.raises(SourceError, match="must name 'title' and 'text'"):
        list(read_source(tmp_path / "x.csv"))


def test_wikinews_csv(shared_dir):
    items = list(read_source(shared_dir / "data/wikinews/data/wikinews_2019.csv"))
    assert len(items) > 100
    assert all(i.article.text and i.article.title for i in items)
    assert all(i.article.published[:4] == "2019" for i in items)


def test_rss_full_content_and_summary_only(tmp_path):
    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    full, summary = list(read_source(tmp_path / "wire.rss"))
    assert full.article.title == "Budget approved" and full.article.published == "2021-04-06T10:00:00Z"
    assert full.article.text == "The city council approved the budget.\n\nMayor John Smith praised it."
    assert full.article.source == "Local Wire" and "summary_only" not in dict(full.article.meta)
    assert dict(summary.article.meta)["summary_only"] == "true"
    assert summary.article.text == "The old bridge closed for repairs."
    assert full.location == "http://example.org/budget"


def test_atom_file(tmp_path):
    (tmp_path / "news.atom").write_text(ATOM, encoding="utf-8")
    item = _one(tmp_path / "news.atom")
    assert (item.article.title, item.article.published) == ("Rain expected", "2022-01-02T00:00:00Z")
    assert "Lisbon" in item.article.text and item.location == "urn:rain"


def test_feed_url_served_locally(feed_server):
    items = list(read_source(f"{feed_server}/wire.rss"))
    assert [i.article.title for i in items] == ["Budget approved", "Bridge closed"]


def test_missing_feed_url_is_a_source_error(feed_server):
    with pytest.raises(SourceError, match="HTTP 404"):
        list(read_source(f"{feed_server}/missing.rss"))


def test_opml_import_reads_each_feed(tmp_path, feed_server):
    opml = tmp_path / "feeds.opml"
    opml.write_text(
        write_feed_list([FeedRef(f"{feed_server}/wire.rss", "Wire"), FeedRef(f"{feed_server}/gone.rss", "Gone")]),
        encoding="utf-8",
    )
    assert [r.title for r in read_feed_list(str(opml))] == ["Wire", "Gone"]
    items = list(read_source(opml))
    assert [i.article.title for i in items if i.article] == ["Budget approved", "Bridge closed"]
    (failed,) = [i for i in items if i.article is None]
    assert "HTTP 404" in failed.warnings[0]


def test_opml_nested_outlines_and_round_trip(tmp_path):
    path = tmp_path / "list.opml"
    path.write_text(
        '<opml version="1.0"><body><outline text="News"><outline text="A" xmlUrl="http://a/feed"/>'
        '<outline text="B" title="Bee" xmlUrl="http://b/rss"/></outline></body></opml>',
        encoding="utf-8",
    )
    refs = read_feed_list(str(path))
    assert refs == (FeedRef("http://a/feed", "A"), FeedRef("http://b/rss", "Bee"))
    path.write_text(write_feed_list(refs), encoding="utf-8")
    assert read_feed_list(str(path)) == refs


def test_unknown_suffix_and_folder_walk(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"title": "c", "text": BODY}), encoding="utf-8")
    assert [p.rsplit("/", 1)[1] for p in iter_targets([str(tmp_path)])] == ["a.txt", "c.jsonl"]
    with pytest.raises(SourceError, match="unknown kind of source"):
        list(read_source(tmp_path / "b.pdf"))


def test_web_page_url_reads_its_article(tmp_path, feed_server):
    (tmp_path / "story.html").write_text(
        "<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
        f"<p>{BODY * 3}</p></article></body></html>",
        encoding="utf-8",
    )
    url = f"{feed_server}/story.html"
    (item,) = list(read_source(url))
    assert item.article.title == "Bridge reopens" and item.location == url
    assert "Mayor John Smith" in item.article.text and dict(item.article.meta)["url"] == url


def test_unreachable_url_is_a_source_error():
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(SourceError, match="cannot fetch"):
        list(read_source(f"http://127.0.0.1:{port}/feed.rss"))


def test_json_wrapper_object_with_an_article_list(tmp_path):
    data = {"status": "ok", "articles": [{"title": "Wrapped", "content": BODY, "publishedAt": "2024-02-01T10:00:00Z"}]}
    (tmp_path / "api.json").write_text(json.dumps(data), encoding="utf-8")
    (item,) = read_source(tmp_path / "api.json")
    assert (item.article.title, item.article.published) == ("Wrapped", "2024-02-01T10:00:00Z")


def test_jsonl_bad_lines_are_skipped_with_one_warning_naming_the_first(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"title": "Good", "text": BODY}), "", "{broken", "42",
             "[" * 50_000 + "]" * 50_000, json.dumps({"title": "After", "text": BODY})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_source(path))
    assert [i.article.title for i in items if i.article is not None] == ["Good", "After"]
    # Each bad line is an item without an article (`add` counts it as failed); one warning for the file.
    assert [i.location.rsplit("#", 1)[1] for i in items if i.article is None] == ["4", "5", "3"]
    warnings = [w for i in items for w in i.warnings]
    assert warnings == [f"{path}: line 3 is not valid JSON (column 2: Expecting property name enclosed in double quotes);"
                        " skipped (and 2 more bad lines), the other records kept"]


@pytest.mark.parametrize("header", ["title,text", "Title,Text", "\ufeffTITLE, TEXT"])
def test_csv_header_case_and_bom(tmp_path, header):
    path = tmp_path / "h.csv"
    path.write_text(f'{header}\nHeadline,"{BODY}"\n', encoding="utf-8")
    assert [i.article.title for i in read_source(path)] == ["Headline"]


@pytest.mark.parametrize("given, stored", [
    ("2025-02-05", "2025-02-05"),                             # ISO 8601 as written
    ("2025-02-05T10:00:00+01:00", "2025-02-05T10:00:00+01:00"),
    ("'2013-03-22T10:15'", "2013-03-22T10:15"),               # a converter's quotes are no part of it
    ("Tue, 04 Feb 2025 10:00:00 GMT", "2025-02-04T10:00:00+00:00"),  # a mail date, its time and zone kept
    ("February 4, 2025", "2025-02-04"),                       # a written day, as that day
    ("2025", "2025"), ("2025-02", "2025-02"),                 # a year or a month is a date too
    (1700000000, "2023-11-14T22:13:20Z"),                     # a news API's Unix time, in seconds ...
    ("1700000000000", "2023-11-14T22:13:20Z"),                # ... or milliseconds
    ("sometime soon", None), ("TBD", None), ("[/]", None),    # no date: left out, not listed as the newest
    (True, None), ("", None), (None, None),
])
def test_a_files_date_is_kept_only_when_it_is_one(given, stored):
    from tui.library.sources.published import published_value

    value, refused = published_value(given)
    assert value == stored
    assert refused == (None if stored is not None or given in (True, "", None) else str(given))


def test_dates_that_are_no_dates_are_left_out_with_one_warning_a_file(tmp_path):
    (tmp_path / "a.txt").write_text("title: A\ndate: sometime soon\n\nThe mayor of Berlin spoke.\n", encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps([{"title": "B", "text": "Rome.", "date": "TBD"},
                                                 {"title": "C", "text": "Oslo.", "date": "n/a"},
                                                 {"title": "D", "text": "Lima.", "date": 1700000000}]),
                                     encoding="utf-8")
    (tmp_path / "c.csv").write_text("title,text,date\nE,Story in Quito.,soon\nF,Story in Bern.,2025-02-05\n",
                                    encoding="utf-8")
    found = {}
    warned = []
    for name in ("a.txt", "b.json", "c.csv"):
        for item in read_source(tmp_path / name):
            found[item.article.title] = item.article.published
            warned += item.warnings
    assert found == {"A": None, "B": None, "C": None, "D": "2023-11-14T22:13:20Z", "E": None, "F": "2025-02-05"}
    assert [w.split(": the date ")[1] for w in warned] == [
        "'sometime soon' is no date the reader knows; the article is left undated",
        "'TBD' is no date the reader knows; the article is left undated",
        "'soon' is no date the reader knows; the article is left undated"]


def test_files_dated_in_words_list_by_their_day_among_iso_dated_ones(tmp_path):
    """'date: February 4, 2025' was kept as written and sorted above every ISO date: a 2025 story led a
    list of 2026 ones. Kept as its ISO day, it takes its place."""
    from tui.library.store import Store

    dates = {"old-words.md": "February 4, 2025", "new-iso.md": "2026-01-01", "mailed.md": "Tue, 04 Feb 2025 10:00:00 GMT",
             "quoted.md": "'2025-06-30'"}
    for name, when in dates.items():
        (tmp_path / name).write_text(f"---\ntitle: {name}\ndate: {when}\n---\nThe mayor of Berlin spoke of {name}.\n",
                                     encoding="utf-8")
    with Store.open(tmp_path / "lib.db") as store:
        for name in dates:
            for item in read_source(tmp_path / name):
                store.add_article(item.article)
        listed = [(row.title, row.published) for row in store.articles()]
    assert listed == [("new-iso.md", "2026-01-01"), ("quoted.md", "2025-06-30"),
                      ("mailed.md", "2025-02-04T10:00:00+00:00"), ("old-words.md", "2025-02-04")]


def test_an_address_is_told_by_its_scheme_in_any_case_and_other_schemes_are_refused_in_one_line(tmp_path, monkeypatch):
    """'add HTTP://host/feed' and 'add ftp://host/feed.xml' were read as file names ("HTTP:/host/feed: no such
    file"): the first is fetched as an address, the second is refused as one the reader does not fetch."""
    from tui.library.sources import is_url

    assert is_url("HTTP://example.com/feed") and is_url("https://example.com") and not is_url("feeds/http.xml")
    given = ["ftp://example.com/feed.xml", "HTTP://example.com/feed"]
    assert list(iter_targets(given)) == given  # as written, not folded into a path ("ftp:/example.com")
    with pytest.raises(SourceError, match=r"^ftp://example.com/feed.xml: only http:// and https:// addresses are read$"):
        list(read_source("ftp://example.com/feed.xml"))
    # A folder that happens to be named like an address is still read as one.
    odd = tmp_path / "ftp:" / "x"
    odd.mkdir(parents=True)
    (odd / "a.txt").write_text("The mayor of Oslo spoke.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert [i.article.text.strip() for p in iter_targets(["ftp://x"]) for i in read_source(p)] == ["The mayor of Oslo spoke."]
