"""A library file that is not one: random bytes, another program's SQLite file; a truncated library.

Every command that opens the library moves a file that is provably not a library aside
byte for byte (never deletes it), says so in one warning line, and carries on with a new
library. A damaged library (truncated: our schema, missing pages) is ours: it is refused
with exit 4 and left byte for byte as it was. A path that is a folder or a pipe is refused
with exit 4 and left where it is.
"""

from __future__ import annotations

import os
import stat

import hostile_fixtures as fixtures
import pytest
from hostile_checks import assert_fails, assert_inert, warnings
from hostile_run import GOOD_ARTICLES

from tui.cli import exitcodes

COMMANDS = {
    "add": (("add", str(GOOD_ARTICLES[0])), exitcodes.OK),
    "index": (("index", "--processes", "1"), exitcodes.OK),
    "entities": (("entities",), exitcodes.OK),
    "entities-json": (("entities", "--format", "json"), exitcodes.OK),
    "timeline": (("timeline",), exitcodes.OK),
    "timeline-json": (("timeline", "--format", "json"), exitcodes.OK),
    # The recovered library is empty: nothing to export is bad input, said after the warning.
    "export-all": (("export", "--all", "--format", "jsonl"), exitcodes.BAD_INPUT),
}


def _real_library(path):
    from tui.extract.types import ArticleInput
    from tui.library.store import Store

    with Store.open(path) as store:
        for n in range(40):
            store.add_article(ArticleInput(f"Story {n}: the minister met the mayor of Baku. " * 40, title=f"Story {n}"))
    return path


def _make(kind: str, folder):
    if kind == "random":
        return fixtures.random_bytes_db(folder / "library.db")
    if kind == "foreign":
        return fixtures.foreign_sqlite_db(folder / "library.db")
    source = _real_library(folder / "source.db")
    return fixtures.truncated_db(source, folder / "library.db", keep=source.stat().st_size // 2)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("kind", ["random", "foreign"])
def test_corrupt_library_is_moved_aside_not_deleted(newsloupe, tmp_path, kind, command):
    db = _make(kind, tmp_path)
    original = db.read_bytes()
    argv, code = COMMANDS[command]
    run = newsloupe(*argv, "--db", db)
    assert_inert(run)
    assert run.code == code, str(run)
    assert "Traceback" not in run.stderr and "internal error" not in run.stderr
    notice = warnings(run)
    assert len(notice) == 1 and "moved it to" in notice[0], str(run)
    moved = list(tmp_path.glob("library.db.corrupt-*"))
    assert [m.name for m in moved if not m.name.endswith(("-wal", "-shm"))] == [moved[0].name]
    assert moved[0].name in notice[0]
    assert moved[0].read_bytes() == original  # every byte kept for the user to inspect
    assert db.is_file()  # a new, usable library took its place


@pytest.mark.parametrize("command", COMMANDS)
def test_damaged_library_is_refused_and_left_as_it_was(newsloupe, tmp_path, command):
    db = _make("truncated", tmp_path)
    original = db.read_bytes()
    argv, _code = COMMANDS[command]
    run = newsloupe(*argv, "--db", db)
    assert_fails(run, exitcodes.STORE_ERROR, "damaged")
    assert "newsloupe repair" in run.stderr
    assert db.read_bytes() == original
    assert not list(tmp_path.glob("library.db.corrupt-*"))


def test_recovered_library_takes_the_new_article(newsloupe, tmp_path):
    db = fixtures.random_bytes_db(tmp_path / "library.db")
    run = newsloupe("add", GOOD_ARTICLES[0], "--db", db)
    assert "added 1 new article(s)" in run.stderr
    from tui.library.store import Store

    with Store.open(db) as store:
        assert len(store.articles()) == 1 and store.notice is None


@pytest.mark.parametrize("what", ["folder", "fifo"])
@pytest.mark.parametrize("command", ["add", "entities", "timeline", "index"])
def test_library_path_that_is_no_file_is_refused_and_left_alone(newsloupe, tmp_path, what, command):
    db = tmp_path / "library.db"
    if what == "folder":
        db.mkdir()
    else:
        os.mkfifo(db)
    argv, _code = COMMANDS[command]
    assert_fails(newsloupe(*argv, "--db", db), exitcodes.STORE_ERROR, "not a regular file")
    assert db.is_dir() if what == "folder" else stat.S_ISFIFO(db.stat().st_mode)
    assert not list(tmp_path.glob("library.db.corrupt-*"))


def test_library_folder_that_cannot_be_made_is_exit_4(newsloupe, tmp_path):
    blocker = tmp_path / "plain-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert_fails(newsloupe("entities", "--db", blocker / "library.db"), exitcodes.STORE_ERROR, "cannot create")


@pytest.mark.parametrize("what", ["folder", "fifo"])
def test_reader_refuses_a_library_path_that_is_no_file_before_starting(newsloupe, inputs, tmp_path, what):
    db = tmp_path / "library.db"
    if what == "folder":
        db.mkdir()
    else:
        os.mkfifo(db)
    article = fixtures.escape_article(inputs)
    # guard: the reader would wait for keys if it started.
    assert_fails(newsloupe(article, "--db", db, guard=120), exitcodes.STORE_ERROR, "not a regular file")


def test_reader_on_a_missing_path_is_exit_2(newsloupe, tmp_path):
    missing = tmp_path / "\x1b]2;PWNED\x07.txt"
    assert_fails(newsloupe(missing, guard=120), exitcodes.BAD_INPUT, "no such file")
