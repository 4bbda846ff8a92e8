"""Opening a library never destroys one: locked, read-only, damaged and older libraries are left as they were."""

from __future__ import annotations

import os
import sqlite3
import stat

import pytest
from safety_kit import (
    NO_OVERRIDE,
    SEEDS,
    assert_library_kept,
    assert_ok,
    assert_one_line,
    checkpoint,
    counts,
    make_library,
    newsloupe,
    old_library,
    schema_version,
    spawn,
)

from tui.cli import exitcodes
from tui.library.schema import SCHEMA_VERSION


@pytest.fixture()
def library(tmp_path):
    path = make_library(tmp_path / "lib" / "library.db")
    checkpoint(path)
    return path


def _rollback_journal(path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=DELETE")
    db.close()
    for side in ("-wal", "-shm"):
        assert not path.with_name(path.name + side).exists()


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_read_only_file_opens_read_only(tmp_path, library, journal):
    if journal == "delete":
        _rollback_journal(library)
    os.chmod(library, 0o444)
    before, data = counts(library), library.read_bytes()
    home = tmp_path / "home"
    listing = newsloupe(home, "entities", "--db", library, prefix=NO_OVERRIDE)
    assert_ok(listing)
    added = newsloupe(home, "add", SEEDS[-1], "--db", library, prefix=NO_OVERRIDE)
    assert_one_line(added, exitcodes.STORE_ERROR, "read-only")
    assert library.read_bytes() == data
    assert_library_kept(library, before)


def test_read_only_folder_opens_read_only(tmp_path, library):
    folder = library.parent
    os.chmod(library, 0o444)
    os.chmod(folder, 0o555)
    try:
        before, data = counts(library), library.read_bytes()
        listing = sorted(folder.iterdir())
        home = tmp_path / "home"
        assert_ok(newsloupe(home, "timeline", "--db", library, prefix=NO_OVERRIDE))
        run = newsloupe(home, "add", SEEDS[-1], "--db", library, prefix=NO_OVERRIDE)
        assert_one_line(run, exitcodes.STORE_ERROR, "read-only")
        assert library.read_bytes() == data
        assert sorted(folder.iterdir()) == listing
    finally:
        os.chmod(folder, 0o755)
    assert_library_kept(library, before)


def test_unreadable_library_is_permission_denied(tmp_path, library):
    os.chmod(library, 0o000)
    try:
        run = newsloupe(tmp_path / "home", "entities", "--db", library, prefix=NO_OVERRIDE)
    finally:
        os.chmod(library, 0o644)
    assert_one_line(run, exitcodes.STORE_ERROR, "permission denied")
    assert_library_kept(library, None)


def test_new_library_in_a_read_only_folder_is_one_line(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir(mode=0o555)
    run = newsloupe(tmp_path / "home", "add", SEEDS[0], "--db", folder / "library.db", prefix=NO_OVERRIDE)
    assert_one_line(run, exitcodes.STORE_ERROR, "read-only")
    assert list(folder.iterdir()) == []


def test_locked_library_is_left_as_it_was(tmp_path, library):
    before = counts(library)
    holder = sqlite3.connect(library, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        run = newsloupe(tmp_path / "home", "add", SEEDS[-1], "--db", library)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert_one_line(run, exitcodes.STORE_ERROR, "locked")
    assert_library_kept(library, before)


def test_migration_on_open_keeps_everything_and_no_backup_is_left(tmp_path):
    path = old_library(tmp_path / "library.db", version=SCHEMA_VERSION - 1)
    before = counts(path)
    assert_ok(newsloupe(tmp_path / "home", "entities", "--db", path))
    assert schema_version(path) == SCHEMA_VERSION
    assert_library_kept(path, before)
    assert not list(tmp_path.glob("library.db.backup-*"))


def test_failed_migration_rolls_back_and_names_the_backup(tmp_path, monkeypatch):
    from tui.library import dbfile
    from tui.library.safety import StoreError

    path = old_library(tmp_path / "library.db", version=SCHEMA_VERSION)
    before = counts(path)
    broken = (*dbfile.MIGRATIONS, "CREATE TABLE extra (x); INSERT INTO no_such_table VALUES (1)")
    monkeypatch.setattr(dbfile, "MIGRATIONS", broken)
    monkeypatch.setattr(dbfile, "SCHEMA_VERSION", len(broken))
    db = sqlite3.connect(path, isolation_level=None)
    with pytest.raises(StoreError, match="rolled back") as caught:
        dbfile.migrate(db, target=len(broken), path=path)
    db.close()
    backups = list(tmp_path.glob("library.db.backup-*"))
    assert len(backups) == 1 and backups[0].name in str(caught.value)
    assert counts(backups[0]) == before  # the copy holds everything
    assert schema_version(path) == SCHEMA_VERSION  # the failed step left no trace
    assert_library_kept(path, before)


def test_damaged_library_is_one_line_and_untouched(tmp_path, library):
    from damage import damage_pages

    damage_pages(library)
    data = library.read_bytes()
    for argv in (("entities",), ("timeline",), ("add", SEEDS[-1]), ("export", "--all", "--format", "jsonl")):
        run = newsloupe(tmp_path / "home", *argv, "--db", library)
        assert_one_line(run, exitcodes.STORE_ERROR, "damaged")
        assert library.read_bytes() == data
    assert not list(library.parent.glob("*.corrupt-*"))


@pytest.mark.parametrize("processes", [6])
def test_processes_racing_to_migrate_lose_nothing(tmp_path, processes):
    path = old_library(tmp_path / "library.db", version=SCHEMA_VERSION - 1)
    before = counts(path)
    runs = [spawn(tmp_path / f"home{n}", "timeline", "--db", path) for n in range(processes)]
    for proc in runs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    assert schema_version(path) == SCHEMA_VERSION
    assert_library_kept(path, before)
    assert not list(tmp_path.glob("library.db.backup-*"))


@pytest.mark.parametrize("processes", [6])
def test_processes_racing_to_create_keep_every_article(tmp_path, processes):
    path = tmp_path / "new" / "library.db"
    runs = [spawn(tmp_path / f"home{n}", "add", SEEDS[n], "--db", path) for n in range(processes)]
    for proc in runs:
        _out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err.decode()
    assert counts(path)["articles"] == processes
    assert_library_kept(path, None)
    assert stat.S_ISREG(path.stat().st_mode)


_DIE_MID_MIGRATION = """
import os, sqlite3, sys
from tui.library import dbfile
real_connect = sqlite3.connect
def connect(*args, **kwargs):
    db = real_connect(*args, **kwargs)
    db.create_function("die", 0, lambda: os._exit(9))
    return db
dbfile.sqlite3.connect = connect
steps = (*dbfile.MIGRATIONS, "CREATE TABLE extra (x); INSERT INTO extra SELECT die()")
dbfile.MIGRATIONS = steps
dbfile.migrate.__kwdefaults__["target"] = len(steps)
dbfile.SCHEMA_VERSION = len(steps)
from tui.library.store import Store
Store.open(sys.argv[1])
"""


def test_process_dying_mid_migration_leaves_the_old_library_and_its_copy(tmp_path):
    import subprocess
    import sys

    from safety_kit import env_for, integrity

    path = old_library(tmp_path / "library.db", version=SCHEMA_VERSION, articles=50)
    before = counts(path)
    done = subprocess.run([sys.executable, "-c", _DIE_MID_MIGRATION, str(path)], env=env_for(tmp_path),
                          capture_output=True, timeout=120, check=False)
    assert done.returncode == 9, done.stderr.decode()  # it died inside the migration's transaction
    assert integrity(path) == "ok" and schema_version(path) == SCHEMA_VERSION
    assert counts(path) == before
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    assert not db.execute("SELECT 1 FROM sqlite_master WHERE name = 'extra'").fetchall()  # nothing half-done
    db.close()
    backups = list(tmp_path.glob("library.db.backup-*"))
    assert [b for b in backups if not b.name.endswith(("-wal", "-shm"))], "the copy taken before it is kept"
    # Today's Newsloupe opens it as it was.
    assert_ok(newsloupe(tmp_path / "home", "entities", "--db", path))
    assert_library_kept(path, before)
