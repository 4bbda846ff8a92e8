"""Reading article files through the one reader: front matter, decoding, one-line errors for non-articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.library.documents import UnreadableArticle, iter_article_paths
from tui.library.encoding import BinaryData, decode
from tui.library.sources import read_one, read_source
from tui.library.sources.text import split_front_matter


@pytest.mark.parametrize(
    ("text", "fields", "body"),
    [
        ("title: T\ndate: 2019-01-04\n\nBody.", {"title": "T", "date": "2019-01-04"}, "Body."),
        ("url: https://x.test/a\nsource: Wikinews\n\nA\n\nB", {"url": "https://x.test/a", "source": "Wikinews"}, "A\n\nB"),
        # Not front matter: the body is the whole file.
        ("Israel, Turkey hold talks\n\nJerusalem confirmed.", {}, "Israel, Turkey hold talks\n\nJerusalem confirmed."),
        ("Note: this is prose\n\nMore.", {}, "Note: this is prose\n\nMore."),
        ("title: no blank line after", {}, "title: no blank line after"),
        ("", {}, ""),
        # A converter's forms: quotes go in the bare form too, other keys may stand beside title/date.
        ("title: \"Cyprus: 'No deal'\"\ndate: '2013-03-22T10:15'\n\nBody.", {"title": "Cyprus: 'No deal'", "date": "2013-03-22T10:15"}, "Body."),
        ("id: APW-12\ntitle: T\ndate: 20130322\ndoc-type: news\n\nBody.", {"title": "T", "date": "20130322"}, "Body."),
        ("Note: this is prose\nSee: also this\n\nMore.", {}, "Note: this is prose\nSee: also this\n\nMore."),
        ("title: T\r\ndate: 2013-03-22\r\n\r\nA.\r\n\r\nB.", {"title": "T", "date": "2013-03-22"}, "A.\r\n\r\nB."),
        ("---\r\ntitle: T\r\ndate: 2013-03-22\r\n---\r\nA.", {"title": "T", "date": "2013-03-22"}, "A."),
        ("---\ntitle: >-\n  Talks resume:\n  a long title\ndate: 2013-03-22\n---\n\nA.", {"title": "Talks resume: a long title", "date": "2013-03-22"}, "\nA."),
        # a blank line before it, or none between the title and date lines and the body
        ("\ntitle: T\ndate: 2013-03-22\n\nA.", {"title": "T", "date": "2013-03-22"}, "A."),
        ("\n---\ndate: 2013-03-22\n---\nA.", {"date": "2013-03-22"}, "A."),
        ("title: T\ndate: 2013-03-22\nWASHINGTON (AP) -- A.\n\nB.", {"title": "T", "date": "2013-03-22"}, "WASHINGTON (AP) -- A.\n\nB."),
        ("title: T\nA line of prose.\n\nB.", {}, "title: T\nA line of prose.\n\nB."),
    ],
)
def test_split_front_matter(text: str, fields: dict[str, str], body: str) -> None:
    got, offset = split_front_matter(text)
    assert got == fields
    assert text[offset:] == body


def test_front_matter_fields_reach_the_article(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: Talks\ndate: 2025-05-01\nurl: https://x.test\n\nAliyev hosted.", encoding="utf-8")
    article = read_one(path)
    assert article.text == "Aliyev hosted."
    assert article.title == "Talks" and article.published == "2025-05-01"
    meta = dict(article.meta)
    assert meta["url"] == "https://x.test" and meta["encoding"] == "utf-8" and meta["origin"] == "file"


def test_stray_invalid_byte_in_utf8_is_replaced() -> None:
    data = ("Président Macron visited Ankara and met his counterpart at length. " * 20).encode() + b"\xff ok"
    decoded = decode(data, name="x.txt")
    assert decoded.encoding == "utf-8" and decoded.text.count("\ufffd") == 1 and "Président" in decoded.text


def test_utf16_with_bom_is_decoded() -> None:
    decoded = decode("Ankara talks".encode("utf-16"), name="x.txt")
    assert decoded.text == "Ankara talks" and decoded.warnings == ()


def test_utf8_bom_is_dropped() -> None:
    assert decode(b"\xef\xbb\xbfHello", name="x").text == "Hello"


def test_declared_encodings_in_order() -> None:
    koi8 = "Президент России провёл переговоры в Кремле".encode("koi8-r")
    xml = b'<?xml version="1.0" encoding="koi8-r"?><rss>' + koi8 + b"</rss>"
    assert "Президент" in decode(xml, name="f.xml").text
    # The HTTP charset comes first; a declaration that cannot decode the bytes is passed over.
    assert decode(xml, name="f.xml", http_charset="koi8-r").encoding == "koi8-r"
    assert "Президент" in decode(xml, name="f.xml", http_charset="utf-8").text
    html = b'<html><head><meta charset="windows-1251"></head><body>' + "Москва".encode("cp1251") + b"</body></html>"
    assert "Москва" in decode(html, name="p.html").text


def test_mojibake_gives_a_warning_naming_the_file() -> None:
    data = ("Der Präsident sagte, dass die Gespräche über Zölle schwierig wären. " * 5).encode("utf-8")
    decoded = decode(data, name="story.html", http_charset="iso-8859-2")
    assert decoded.warnings and "story.html" in decoded.warnings[0]


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_without_bom_are_detected_with_a_warning(codec: str) -> None:
    decoded = decode("Die Bürgermeisterin sprach in Köln.\n".encode(codec) * 3, name="x.txt")
    assert decoded.text == "Die Bürgermeisterin sprach in Köln.\n" * 3 and decoded.encoding == codec
    assert decoded.warnings == (f"x.txt: not UTF-8 and no encoding declared; read as {codec} (detected)",)


def _samples() -> bytes:
    """Small numbers stored 16 bits apiece: zero high bytes as UTF-16 text has, but no text."""
    import array
    import random

    rng = random.Random(3)
    return array.array("h", [rng.randint(-200, 200) for _ in range(4000)]).tobytes()


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04" * 50, bytes(range(256)) * 4, _samples()],
                         ids=["zip", "bytes", "16-bit-samples"])
def test_binary_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableArticle, match="binary file"):
        read_one(path)
    with pytest.raises(BinaryData):
        decode(data)


def test_missing_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableArticle, match="no such file"):
        read_one(tmp_path / "nope.txt")
    with pytest.raises(UnreadableArticle, match="is a directory"):
        list(read_source(tmp_path))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(UnreadableArticle, match="permission denied"):
        read_one(path)


def test_folders_walk_sorted_and_survive_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "README.md").write_text("credits")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / "page.html.gz").write_bytes(b"")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("c")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    names = [p.name for p in iter_article_paths([str(tmp_path)])]
    assert names == ["a.md", "b.txt", "page.html.gz", "c.txt"]


def test_saved_gzip_page_reads_like_the_page(tmp_path: Path) -> None:
    import gzip

    html = ("<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1>"
            + "<p>The old bridge reopened on Monday after two years of repairs, the mayor said.</p>" * 5
            + "</article></body></html>")
    (tmp_path / "p.html").write_text(html, encoding="utf-8")
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(html.encode()))
    assert read_one(tmp_path / "p.html.gz").text == read_one(tmp_path / "p.html").text


def test_a_page_saved_as_txt_is_read_as_html(tmp_path: Path) -> None:
    html = ("<!DOCTYPE html><html><head><title>Bridge reopens</title></head><body><nav>Home</nav><article>"
            + "<p>The old bridge reopened on Monday after two years of repairs, the mayor said.</p>" * 5
            + "</article></body></html>")
    (tmp_path / "p.txt").write_text(html, encoding="utf-8")
    article = read_one(tmp_path / "p.txt")
    assert "<" not in article.text and article.title == "Bridge reopens"


def test_empty_file_is_no_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    with pytest.raises(UnreadableArticle, match="no text"):
        read_one(path)


@pytest.mark.parametrize(
    "head",
    ["title: T\ndate: 2013-03-22\n\n", "---\ntitle: T\ndate: \"2013-03-22T10:15:00+01:00\"\n---\n",
     "title: T\r\ndate: 2013-03-22T10:15:00Z\r\n\r\n", "\ufefftitle: T\ndate: 20130322\n\n", "\ufeff---\ndate: March 22, 2013\n---\n"],
)
def test_a_converters_front_matter_anchors_the_body_and_keeps_its_offsets(tmp_path: Path, head: str) -> None:
    body = "Talks resumed on Thursday."
    path = tmp_path / "a.txt"
    path.write_bytes((head + body).encode("utf-8"))
    article = read_one(path)
    assert article.text == body  # offsets into the body as written
    from tui.extract.pipeline import parse_published

    assert parse_published(article.published) is not None and parse_published(article.published).isoformat() == "2013-03-22"


def test_a_front_matter_file_with_no_known_suffix_is_read_as_an_article(tmp_path: Path) -> None:
    for name in ("APW19980807.0261", "story.markdown"):
        path = tmp_path / name
        path.write_text("---\ntitle: T\ndate: 1998-08-07\n---\nBombs exploded Friday.", encoding="utf-8")
        article = read_one(path)
        assert (article.title, article.published, article.text) == ("T", "1998-08-07", "Bombs exploded Friday.")
    plain = tmp_path / "notes"
    plain.write_text("plain words\nwith no front matter\n", encoding="utf-8")
    with pytest.raises(Exception, match="unknown kind of source"):
        read_one(plain)
