"""The language a feed or page declares: it tells a Japanese title of Han letters alone from Chinese, and
decides for a text too short for the detector; letters that contradict it win."""

from __future__ import annotations

import pytest

from tui.library.languages import detect_language
from tui.library.sources import read_source

TITLE = "東京都知事選挙"  # "Tokyo gubernatorial election": Han letters alone, as Japanese headlines often are
RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>ニュース</title><link>http://example.jp/</link><description>d</description>
<language>{{lang}}</language>
<item><title>{TITLE}</title><link>http://example.jp/1</link><description>{TITLE}開票速報</description></item>
</channel></rss>"""
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja"><title>ニュース</title><id>urn:x</id>
<updated>2026-12-01T09:00:00Z</updated><entry><title>{TITLE}</title><id>urn:x:1</id>
<updated>2026-12-01T09:00:00Z</updated><summary>{TITLE}開票速報</summary></entry></feed>"""
PAGE = f"""<!DOCTYPE html><html lang="ja-JP"><head><meta charset="utf-8"><title>{TITLE}</title></head>
<body><article><h1>{TITLE}</h1><p>{TITLE}開票速報</p></article></body></html>"""
# A bad ampersand: strict XML refuses it, so feedparser reads this one.
BROKEN_RSS = RSS.replace("<description>d</description>", "<description>a & b</description>")


def _languages(tmp_path, name: str, text: str) -> list[str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [dict(item.article.meta).get("language") for item in read_source(path) if item.article is not None]


def test_undeclared_han_letters_alone_are_chinese():
    assert detect_language(TITLE) == "zh"


@pytest.mark.parametrize(("name", "text"), [("feed.xml", RSS.format(lang="ja")), ("atom.xml", ATOM),
                                            ("page.html", PAGE), ("broken.xml", BROKEN_RSS.format(lang="ja"))])
def test_a_source_that_declares_japanese_makes_han_letters_japanese(tmp_path, name, text):
    assert _languages(tmp_path, name, text) == ["ja"]


def test_a_declaration_the_letters_contradict_is_not_taken(tmp_path):
    """A Chinese blog left at WordPress's "en-US": its Han title is not read by the English pipeline."""
    assert _languages(tmp_path, "feed.xml", RSS.format(lang="en-US")) == ["zh"]
    assert detect_language("The city council approved the budget on Tuesday after a long debate.",
                           declared="ja") == "en"


def test_a_short_latin_text_takes_the_declared_language():
    assert detect_language("Haushalt 2024", declared="de") == "de"
    assert detect_language("Haushalt 2024") is None


def test_a_long_latin_text_is_told_by_the_detector_whatever_the_template_declares():
    german = ("Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten Emmanuel Macron"
              " empfangen. Die beiden Politiker sprachen über die Lage in der Ukraine.")
    assert detect_language(german, declared="en") == "de"


def test_the_declared_language_chooses_among_a_scripts_languages():
    assert detect_language("Київ і Харків", declared="uk") == "uk"
    assert detect_language("Привет", declared="bg") == "bg"
