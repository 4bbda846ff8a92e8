"""A feed entry's text as a browser would show it: character references in a summary without tags
("&#8220;Mambo&#8221;" showed literally) and Windows-1252 punctuation written as C1 code points
("don\\x92t", which the reader could only show as a symbol) read as the characters they stand for."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.library.sources import read_source
from tui.library.sources.html import html_to_text


@pytest.mark.parametrize("fragment, text", [
    ("don&#146;t", "don\u2019t"),
    ("don\x92t", "don\u2019t"),
    ("<p>don\x92t</p>", "don\u2019t"),
    ("&#8220;Mambo Template Contest&#8221; &amp; AT&T", "\u201cMambo Template Contest\u201d & AT&T"),
    ("a \x9d stays a control", "a \x9d stays a control"),  # undefined in cp1252
    # UTF-8 encoded twice (a C1 control inside the sequence tells it): put back, the other pairs with it too.
    ("<p>It\u00e2\u0080\u0099s caf\u00c3\u00a9 \u00e2\u0080\u00a6</p>", "It\u2019s caf\u00e9 \u2026"),
    # Latin-1 letters beside cp1252 punctuation are no such sequence: "é" stays, "\x93" is a quote.
    ("caf\u00e9 \x93quoted\x94", "caf\u00e9 \u201cquoted\u201d"),
    ("\u00c3\u00a9 alone, with no C1 control, is left as written", "\u00c3\u00a9 alone, with no C1 control, is left as written"),
])
def test_summary_text_reads_as_a_browser_shows_it(fragment, text):
    assert html_to_text(fragment) == text


@pytest.mark.parametrize("name", ["demoronize-1.xml", "demoronize-3.xml"])
def test_feedparsers_demoronize_feeds_read_dont(shared_dir: Path, name: str):
    (item,) = read_source(shared_dir / "data/web/feeds/encoding" / name, languages=False)
    assert item.article is not None and item.article.text == "don\u2019t"


def test_a_real_thai_feed_keeps_no_character_reference(shared_dir: Path):
    (item,) = read_source(shared_dir / "data/web/feeds/illformed/tis620.xml", languages=False)
    assert item.article is not None
    assert "&#8220;" not in item.article.text and "\u201cMambo Template Contest\u201d" in item.article.text
