"""`newsloupe check`, `backup` and `repair` on sound and damaged libraries, and every output path checked."""

from __future__ import annotations

import os
import sqlite3

import pytest
from safety_kit import (
    NO_OVERRIDE,
    SEEDS,
    assert_library_kept,
    assert_ok,
    assert_one_line,
    checkpoint,
    counts,
    integrity,
    make_library,
    newsloupe,
)

from tui.cli import exitcodes


@pytest.fixture()
def library(tmp_path):
    path = make_library(tmp_path / "library.db", articles=40)
    checkpoint(path)
    return path


def _damage_middle(path) -> int:
    """Overwrite three leaf pages of the article bodies (the schema and the other tables stay readable);
    returns how many bodies those pages held."""
    db = sqlite3.connect(path)
    size = db.execute("PRAGMA page_size").fetchone()[0]
    root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'bodies'").fetchone()[0]
    try:
        leaves = [(r[0], r[1]) for r in db.execute("SELECT pageno, ncell FROM dbstat WHERE name = 'bodies'"
                                                   " AND pagetype = 'leaf' ORDER BY pageno") if r[0] != root]
    except sqlite3.OperationalError:
        pytest.skip("this SQLite has no dbstat table to find the pages to damage")
    finally:
        db.close()
    damaged = [leaves[len(leaves) // 3], leaves[len(leaves) // 2], leaves[len(leaves) // 2 + 1]]
    with open(path, "r+b") as fh:
        for page, _cells in damaged:
            fh.seek((page - 1) * size)
            fh.write(b"\xa5" * size)
    return sum(cells for _page, cells in damaged)


def test_check_reports_a_sound_library(tmp_path, library):
    before = counts(library)
    run = newsloupe(tmp_path / "home", "check", "--db", library)
    assert_ok(run)
    assert b": ok (40 articles" in run.out
    assert_library_kept(library, before)


def test_backup_is_a_full_copy_and_never_the_library(tmp_path, library):
    before = counts(library)
    dest = tmp_path / "copies" / "copy.db"
    assert_ok(newsloupe(tmp_path / "home", "backup", dest, "--db", library))
    assert counts(dest) == before and integrity(dest) == "ok"
    data = library.read_bytes()
    for target in (library, library.with_name("library.db-wal"), tmp_path):
        assert_one_line(newsloupe(tmp_path / "home", "backup", target, "--db", library), exitcodes.BAD_INPUT)
    assert library.read_bytes() == data
    assert_library_kept(library, before)


def test_a_library_in_a_read_only_folder_is_checked_and_backed_up_not_called_damaged(tmp_path, library):
    """SQLite cannot make a WAL library's -shm file in a folder this user cannot write, so a plain read-only
    connection fails: check said "damaged ... repair recovers what it can", and backup refused."""
    before = counts(library)
    db = sqlite3.connect(library)
    db.execute("SELECT count(*) FROM articles").fetchone()
    db.close()  # the last connection closed: SQLite folds the WAL in and removes -wal and -shm, as the reader does
    assert not library.with_name("library.db-shm").exists()
    data = library.read_bytes()
    home = tmp_path / "home"
    home.mkdir()
    names = sorted(p.name for p in library.parent.iterdir())
    library.parent.chmod(0o555)
    try:
        checked = newsloupe(home, "check", "--db", library, prefix=NO_OVERRIDE)
        assert_ok(checked)
        assert b": ok (40 articles" in checked.out and b"damaged" not in checked.err
        dest = tmp_path.parent / f"{tmp_path.name}-copy.db"
        assert_ok(newsloupe(home, "backup", dest, "--db", library, prefix=NO_OVERRIDE))
        assert counts(dest) == before and integrity(dest) == "ok"
        assert_ok(newsloupe(home, "repair", "--db", library, prefix=NO_OVERRIDE))  # nothing to repair
    finally:
        library.parent.chmod(0o755)
    assert library.read_bytes() == data and sorted(p.name for p in library.parent.iterdir()) == names
    assert_library_kept(library, before)


def test_damaged_library_check_then_repair(tmp_path, library):
    held = _damage_middle(library)
    damaged = library.read_bytes()
    home = tmp_path / "home"
    assert_one_line(newsloupe(home, "check", "--db", library), exitcodes.STORE_ERROR, "damaged", "repair")
    assert library.read_bytes() == damaged  # check changes nothing
    run = newsloupe(home, "repair", "--db", library)
    assert run.code == 0, str(run)
    kept = list(tmp_path.glob("library.db.damaged-*"))
    kept = [k for k in kept if not k.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the original, byte for byte
    assert integrity(library) == "ok"
    recovered = counts(library)["articles"]
    assert recovered == 40 - held  # only the bodies on the damaged pages are lost, none beside them
    assert f"recovered {recovered} articles" in run.out.decode()
    assert_ok(newsloupe(home, "check", "--db", library))
    # The repaired library works: an article can be added.
    assert_ok(newsloupe(home, "add", SEEDS[0], "--db", library))


@pytest.mark.parametrize("where", ["library", "input", "fifo", "device"])
def test_export_refuses_bad_destinations(tmp_path, library, where):
    article = tmp_path / "article.txt"
    article.write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    target = {"library": library, "input": article, "fifo": fifo, "device": "/dev/null"}[where]
    before, data, text = counts(library), library.read_bytes(), article.read_bytes()
    argv = (("export", "--all", "--format", "jsonl", "--db", library, "-o", target) if where != "input"
            else ("export", article, "--format", "markdown", "-o", target))
    run = newsloupe(tmp_path / "home", *argv)
    assert_one_line(run, exitcodes.BAD_INPUT)
    assert library.read_bytes() == data and article.read_bytes() == text
    assert_library_kept(library, before)


def test_opml_export_refuses_the_library(tmp_path, library):
    before, data = counts(library), library.read_bytes()
    run = newsloupe(tmp_path / "home", "add", "--export-opml", library, "--db", library)
    assert_one_line(run, exitcodes.BAD_INPUT, "is the library")
    assert library.read_bytes() == data
    assert_library_kept(library, before)


def test_reader_exports_never_write_over_the_library_or_the_article(tmp_path, library, seed_analysis):
    from tui.exports.save import save_export, write_file
    from tui.library.outputs import OutputRefused

    data = library.read_bytes()
    article = tmp_path / "article.txt"
    article.write_text("text", encoding="utf-8")
    for target in (library, library.with_name("library.db-wal")):
        with pytest.raises(OutputRefused):
            write_file(target, "over", library=library)
    with pytest.raises(OutputRefused):
        write_file(article, "over", inputs=(str(article),))
    with pytest.raises(OutputRefused):
        save_export(seed_analysis, "markdown", tmp_path, name="library.db", library=tmp_path / "library.db.md")
    assert library.read_bytes() == data and article.read_text(encoding="utf-8") == "text"
    written = save_export(seed_analysis, "markdown", tmp_path / "out", library=library)
    assert [p.name for p in (tmp_path / "out").iterdir()] == [written[0].name]  # no temporary file left


def test_repair_of_a_library_whose_table_list_is_lost_changes_nothing(tmp_path, library):
    data = library.read_bytes()
    library.write_bytes(data[: len(data) // 2])  # truncated: the schema's later pages are gone
    truncated = library.read_bytes()
    home = tmp_path / "home"
    assert_one_line(newsloupe(home, "check", "--db", library), exitcodes.STORE_ERROR, "damaged")
    assert_one_line(newsloupe(home, "repair", "--db", library), exitcodes.STORE_ERROR, "nothing can be recovered")
    assert library.read_bytes() == truncated
    assert not list(tmp_path.glob("library.db.damaged-*")) and not list(tmp_path.glob("library.db.repairing-*"))


def test_backup_while_another_process_writes(tmp_path, library):
    before = counts(library)
    writer = sqlite3.connect(library, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE articles SET starred = 1 - starred")  # not committed while the copy is taken
    try:
        run = newsloupe(tmp_path / "home", "backup", tmp_path / "copy.db", "--db", library)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert_ok(run)
    assert counts(tmp_path / "copy.db") == before and integrity(tmp_path / "copy.db") == "ok"
