"""An article without a title of its own is shown by the same useful title whichever way the library
is opened: with its file on the command line, or alone (the list then reads only the body's start)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import SEED_ARTICLE
from tui.library.entries import entries_from_library, entries_from_paths
from tui.library.store import Store
from tui.library.titles import first_words, name_of, shown_title

UNTITLED_FEED = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Wire</title>
<item><link>https://example.org/world/storm-hits-coast.html</link>
<description>A storm hit the coast of Portugal on Monday, cutting power to thousands of homes and closing
the main roads along the shore for most of the day, officials said.</description></item>
<item><title>Ministers meet</title><link>https://example.org/world/2</link>
<description>The ministers met in Geneva on Tuesday.</description></item>
</channel></rss>"""


def test_a_title_of_its_own_is_kept():
    assert shown_title("Ministers meet", "Other words entirely.") == "Ministers meet"


def test_no_title_gives_the_first_words_cut_at_a_word_with_a_sign():
    shown = shown_title("", "A storm hit the coast of Portugal on Monday, cutting power to thousands of homes "
                            "and closing the main roads along the shore.")
    assert shown.endswith("…") and len(shown) <= 91
    assert shown.startswith("A storm hit the coast of Portugal on Monday")
    assert first_words("Short   line here") == "Short line here"


def test_no_title_and_no_text_falls_back_to_the_link_or_file_name():
    assert shown_title(None, "", "https://example.org/world/storm-hits-coast.html") == "Storm hits coast"
    assert shown_title(None, None, "/data/feeds/big_news-feed.xml#3") == "Big news feed"
    assert shown_title("  ", None, None) == "(untitled)"
    assert name_of("https://example.org/") == "Example.org"
    # A feed's link with an unclosed IPv6 bracket is still a name, not a ValueError in the list.
    assert shown_title(None, "", "http://[oops/world/storm-hits-coast.html") == "Storm hits coast"


def test_feed_entries_without_title_read_alike_from_the_file_and_from_the_library(tmp_path: Path):
    feed = tmp_path / "wire.xml"
    feed.write_bytes(UNTITLED_FEED)
    with Store.open(tmp_path / "lib.db") as store:
        opened = {e.article_id: e.title for e in entries_from_paths([str(feed)], store)}
        alone = {e.article_id: e.title for e in entries_from_library(store)}
    assert opened == alone
    assert sorted(alone.values()) == ["A storm hit the coast of Portugal on Monday, cutting power to thousands of homes and…",
                                      "Ministers meet"]


def test_untitled_real_feeds_and_the_seed_read_alike_both_ways(tmp_path: Path, shared_dir: Path):
    paths = [str(SEED_ARTICLE), str(shared_dir / "data/web/feeds/illformed"),
             str(shared_dir / "data/web/feeds/encoding")]
    with Store.open(tmp_path / "lib.db") as store:
        opened = {e.article_id: e.title for e in entries_from_paths(paths, store) if e.article_id is not None}
        alone = {e.article_id: e.title for e in entries_from_library(store)}
    assert opened == alone
    assert "(untitled)" not in alone.values()
    assert "Israel, Turkey hold talks in Azerbaijan over Syria tensions" in alone.values()
