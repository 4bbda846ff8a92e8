"""Reading article files: front matter, decoding, and one-line errors for files that are not articles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tui.library.documents import (
    UnreadableArticle,
    decode_bytes,
    iter_article_paths,
    read_article,
    split_front_matter,
)


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
    ],
)
def test_split_front_matter(text: str, fields: dict[str, str], body: str) -> None:
    got, offset = split_front_matter(text)
    assert got == fields
    assert text[offset:] == body


def test_read_article_offsets_index_the_body(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("title: Talks\ndate: 2025-05-01\nurl: https://x.test\n\nAliyev hosted.", encoding="utf-8")
    loaded = read_article(path)
    assert loaded.article.text == "Aliyev hosted."
    assert loaded.article.title == "Talks" and loaded.article.published == "2025-05-01"
    assert dict(loaded.article.meta) == {"url": "https://x.test"}
    assert loaded.body_offset == len("title: Talks\ndate: 2025-05-01\nurl: https://x.test\n\n")


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    text, warnings = decode_bytes(b"Caf\xe9 talks", name="x.txt")
    assert text == "Caf\ufffd talks"
    assert len(warnings) == 1 and "invalid UTF-8" in warnings[0]


def test_utf16_with_bom_is_decoded() -> None:
    text, warnings = decode_bytes("Ankara talks".encode("utf-16"), name="x.txt")
    assert text == "Ankara talks" and warnings == []


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(b"\xef\xbb\xbfHello", name="x")[0] == "Hello"


@pytest.mark.parametrize("data", [b"\x00\x01\x02PK\x03\x04" * 50, bytes(range(256)) * 4])
def test_binary_is_refused_in_one_line(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(data)
    with pytest.raises(UnreadableArticle, match="binary file"):
        read_article(path)


def test_missing_and_directory_are_refused(tmp_path: Path) -> None:
    with pytest.raises(UnreadableArticle, match="no such file"):
        read_article(tmp_path / "nope.txt")
    with pytest.raises(UnreadableArticle, match="is a directory"):
        read_article(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(UnreadableArticle, match="permission denied"):
        read_article(path)


def test_folders_walk_sorted_and_survive_a_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("b")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "README.md").write_text("credits")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "c.txt").write_text("c")
    (sub / "loop").symlink_to(tmp_path, target_is_directory=True)
    names = [p.name for p in iter_article_paths([str(tmp_path)])]
    assert names == ["a.md", "b.txt", "c.txt"]


def test_empty_file_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_article(path).article.text == ""
