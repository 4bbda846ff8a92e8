"""Files that are not articles: binary, empty, a FIFO, dangling or looping links, 20 MB on one line.

Each must end in one line and the documented exit code (2 for bad input), never a
hang or a traceback, through every command that reads files.
"""

from __future__ import annotations

import json
import os

import hostile_fixtures as fixtures
import pytest
from hostile_checks import assert_fails, assert_inert, assert_ok, problems, warnings

from tui.cli import exitcodes

#: Fixture -> the phrase its one-line error must hold.
REFUSED = {
    "binary": (fixtures.binary_file, "binary file, not an article"),
    "dangling_symlink": (fixtures.dangling_symlink, "no such file"),
    "fifo": (fixtures.fifo, "not a regular file"),
    "looping_link": (fixtures.looping_link, "cannot read"),
    "deep_json": (fixtures.deep_json, "nested too deeply"),
}
#: How each command reads files (``{path}`` is replaced by the input, ``{db}`` by a tmp library).
READERS = {
    "extract-table": ("extract", "{path}", "--format", "table"),
    "extract-json": ("extract", "{path}", "--format", "json"),
    "extract-jsonl": ("extract", "{path}", "--format", "jsonl"),
    "export-jsonl": ("export", "{path}", "--format", "jsonl"),
    "export-markdown": ("export", "{path}", "--format", "markdown"),
    "add": ("add", "{path}", "--db", "{db}"),
    "index": ("index", "{path}", "--db", "{db}", "--processes", "1"),
}


def _argv(command: str, path, db) -> list[str]:
    return [str(path) if a == "{path}" else str(db) if a == "{db}" else a for a in READERS[command]]


@pytest.mark.parametrize("command", READERS)
@pytest.mark.parametrize("kind", REFUSED)
def test_refused_file_is_one_line_exit_2(newsloupe, inputs, tmp_path, kind, command):
    make, phrase = REFUSED[kind]
    path = make(inputs)
    run = newsloupe(*_argv(command, path, tmp_path / "library.db"))
    if command == "index":
        # index goes on to analyse the (empty) library after a failed add: the add's line is the one problem.
        assert_inert(run)
        assert sum(phrase in line for line in run.err_lines) == 1, str(run)
        assert "0 new article(s), 0 already in the library, 1 failed" in run.stderr
        return
    assert_fails(run, exitcodes.BAD_INPUT, phrase, path.name)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads a mode-000 file; the FIFO and dangling-link cases cover unreadable paths")
def test_permission_denied_is_one_line_exit_2(newsloupe, inputs):
    path = fixtures.unreadable_file(inputs)
    assert_fails(newsloupe("extract", path), exitcodes.BAD_INPUT, "permission denied")


def test_empty_file_is_one_line(newsloupe, inputs):
    assert_fails(newsloupe("extract", fixtures.empty_file(inputs), "--format", "json"), exitcodes.BAD_INPUT, "no text")


def test_empty_folder_says_so(newsloupe, inputs):
    (inputs / "nothing").mkdir()
    assert_fails(newsloupe("extract", inputs / "nothing"), exitcodes.BAD_INPUT, "no article files found")
    assert_fails(newsloupe("export", inputs / "nothing", "--format", "jsonl"), exitcodes.BAD_INPUT, "no article files")


def test_symlink_loop_reads_each_article_once(newsloupe, inputs):
    loop = fixtures.symlink_loop(inputs)
    run = newsloupe("extract", loop, "--format", "jsonl")
    assert_ok(run)
    docs = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["title"] for d in docs] == ["Loop talks"]


def test_symlink_loop_is_added_once(newsloupe, inputs, tmp_path):
    run = newsloupe("add", fixtures.symlink_loop(inputs), "--db", tmp_path / "library.db")
    assert_ok(run)
    assert "added 1 new article(s)" in run.stderr


def test_a_bad_file_in_a_folder_costs_that_file_only(newsloupe, inputs, tmp_path):
    folder = inputs / "mixed"
    folder.mkdir()
    fixtures.deep_json(folder)
    fixtures.looping_link(folder)
    (folder / "good.txt").write_text("title: Good talks\n\nThe talks went on in Baku.\n", encoding="utf-8")
    run = newsloupe("add", folder, "--db", tmp_path / "library.db")
    assert_inert(run)
    assert run.code == 0, str(run)
    # deep.json, loop.txt and loop-b.txt (the link it loops through): one line each
    assert len(problems(run)) == 3 and "added 1 new article(s), 0 already in the library, 3 failed" in run.stderr


def test_a_bad_json_lines_record_costs_that_line_only(newsloupe, inputs, tmp_path):
    path = inputs / "wire.jsonl"
    path.write_text('{"title": "First", "text": "The talks went on in Baku."}\n{broken\n'
                    '{"title": "Third", "text": "The talks ended in Tbilisi."}\n', encoding="utf-8")
    run = newsloupe("add", path, "--db", tmp_path / "library.db")
    assert_inert(run)
    assert problems(run) == []
    assert warnings(run) == [f"newsloupe: warning: {path}: line 2 is not valid JSON (column 2: Expecting property name"
                             " enclosed in double quotes); skipped, the other records kept"]
    # The records on both sides of the bad line are stored, and the summary counts the line.
    assert "added 2 new article(s), 0 already in the library, 1 failed" in run.stderr and run.code == 0


@pytest.mark.slow
def test_huge_single_line_is_refused_in_one_line(newsloupe, inputs):
    huge = fixtures.huge_single_line(inputs)
    line = assert_fails(newsloupe("extract", huge, "--format", "jsonl"), exitcodes.BAD_INPUT, "huge.txt")
    assert "more than the model's limit" in line and "split the article" in line
    assert_fails(newsloupe("export", huge, "--format", "markdown"), exitcodes.BAD_INPUT, "model's limit")


@pytest.mark.parametrize("command", ["extract-table", "extract-jsonl", "export-jsonl", "add"])
def test_hostile_file_names_are_reported_inertly_one_line_each(newsloupe, inputs, tmp_path, command):
    folder = fixtures.hostile_names(inputs)
    run = newsloupe(*_argv(command, folder, tmp_path / "library.db"))
    assert_inert(run)
    found = [line for line in run.err_lines if "binary" in line]
    # export stops at the first unreadable file; the others report each one and go on.
    assert len(found) == (1 if command.startswith("export") else 2), str(run)
    if command != "add":
        assert run.code == exitcodes.BAD_INPUT, str(run)
    if command == "extract-jsonl":
        assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Bidi name"]


def test_export_file_names_carry_no_control_characters(newsloupe, inputs, tmp_path):
    from hostile_checks import ACTIVE_CHARACTERS

    good = inputs / "\u202etxt.exe.txt"
    good.write_bytes(fixtures.escape_article(inputs).read_bytes())
    out = tmp_path / "brat"
    assert_ok(newsloupe("export", good, "--format", "brat", "-o", out))
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 4 and all(ACTIVE_CHARACTERS.findall(n) == [] for n in names), names
