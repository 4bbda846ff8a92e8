"""Files that hold no article (an empty file, blank space, bad JSON Lines) cost one line in `add`, `extract`
and the reader alike, and a file's good records are kept whatever its bad lines."""

from __future__ import annotations

import json

import pytest

from tui.cli import exitcodes
from tui.cli.main import main
from tui.library.entries import entries_from_paths

EMPTY = {
    "empty.txt": (b"", "no text (an empty file)"),
    "blank.md": (b"  \n\t\n\n", "no text (only blank space)"),
    "front.txt": (b"title: Nothing yet\ndate: 2025-02-04\n\n \n", "no text after its front matter"),
}


@pytest.mark.parametrize("name", sorted(EMPTY))
def test_a_file_without_text_is_one_line_and_failed_in_add_extract_and_the_reader(tmp_path, capsys, name):
    data, why = EMPTY[name]
    path = tmp_path / name
    path.write_bytes(data)
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(path)]) == exitcodes.BAD_INPUT
    assert capsys.readouterr().err.splitlines() == [
        f"newsloupe: {path}: {why}",
        "added 0 new article(s), 0 already in the library, 1 failed",
    ]
    assert main(["extract", str(path)]) == exitcodes.BAD_INPUT
    assert capsys.readouterr().err.splitlines() == [f"newsloupe: {path}: {why}"]
    (entry,) = entries_from_paths([str(path)])
    assert entry.error == f"{path}: {why}"


def test_an_empty_file_beside_a_good_one_costs_only_itself(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("title: Talks\n\nThe talks went on in Baku.\n", encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(tmp_path)]) == exitcodes.OK
    assert capsys.readouterr().err.splitlines()[-1] == "added 1 new article(s), 0 already in the library, 1 failed"


def _jsonl(path, *lines: str) -> None:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_a_bad_json_lines_line_keeps_every_good_record_in_extract_and_the_reader(tmp_path, capsys):
    path = tmp_path / "wire.jsonl"
    _jsonl(path, json.dumps({"title": "First", "text": "The talks went on in Baku."}), "{broken",
           json.dumps({"title": "Third", "text": "The talks ended in Tbilisi."}))
    warning = (f"{path}: line 2 is not valid JSON (column 2: Expecting property name enclosed in double quotes);"
               " skipped, the other records kept")
    entries = entries_from_paths([str(path)])
    assert [(e.title, e.error) for e in entries] == [("First", None), ("Third", None)]  # no longer "unreadable"
    from tui.library.sources import read_paths

    result = read_paths([str(path)])
    assert [item.article.title for _p, item in result.articles] == ["First", "Third"]
    assert (result.errors, result.warnings) == ((), (warning,))


def test_json_lines_with_no_good_record_are_listed_with_why(tmp_path):
    path = tmp_path / "wire.jsonl"
    _jsonl(path, "{broken", "[1, 2]")
    (entry,) = entries_from_paths([str(path)])
    assert entry.error == (f"{path}: line 1 is not valid JSON (column 2: Expecting property name enclosed in double"
                           " quotes); skipped (and 1 more bad line)")
