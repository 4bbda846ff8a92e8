"""A small filesystem that fills up: migration, add and index stop with "disk is full", lose nothing,
and carry on once space is freed. Needs a tmpfs mount (root in CI); skipped where mounting is refused."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from safety_kit import (
    assert_library_kept,
    assert_one_line,
    checkpoint,
    counts,
    integrity,
    make_library,
    newsloupe,
    old_library,
    schema_version,
)

from tui.cli import exitcodes
from tui.library.schema import SCHEMA_VERSION


@pytest.fixture()
def small_fs(tmp_path):
    mount = tmp_path / "fs"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip("cannot mount a small tmpfs here (not root, or no mount permission)")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


def fill(folder: Path, leave: int) -> Path:
    """Fill the filesystem, then give back ``leave`` bytes."""
    filler = folder / "filler"
    block = b"\0" * 65536
    with open(filler, "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(block)
        except OSError:
            pass
    size = filler.stat().st_size
    os.truncate(filler, max(0, size - leave))
    return filler


def test_migration_on_a_full_disk_changes_nothing(tmp_path, small_fs):
    db = old_library(small_fs / "library.db", version=SCHEMA_VERSION - 1, articles=120)
    checkpoint(db)
    before, data = counts(db), db.read_bytes()
    filler = fill(small_fs, leave=64 * 1024)
    run = newsloupe(tmp_path / "home", "entities", "--db", db)
    assert_one_line(run, exitcodes.STORE_ERROR, "disk is full")
    assert db.read_bytes() == data
    assert not list(small_fs.glob("library.db.backup-*"))
    assert_library_kept(db, before)
    filler.unlink()
    again = newsloupe(tmp_path / "home", "entities", "--db", db)
    assert again.code == 0, str(again)
    assert schema_version(db) == SCHEMA_VERSION
    assert_library_kept(db, before)


def test_add_on_a_full_disk_keeps_what_was_stored_and_says_why(tmp_path, small_fs):
    db = make_library(small_fs / "library.db", articles=3)
    before = counts(db)
    articles = tmp_path / "articles"
    articles.mkdir()
    for n in range(40):
        words = " ".join(f"word{n}x{i}" for i in range(6000))
        (articles / f"a{n:02}.txt").write_text(f"Story {n}.\n\n{words}\n", encoding="utf-8")
    fill(small_fs, leave=400 * 1024)
    run = newsloupe(tmp_path / "home", "add", articles, "--db", db)
    assert_one_line(run, exitcodes.STORE_ERROR, "disk is full")
    summary = next(line for line in run.stderr.splitlines() if line.startswith("added "))
    stored = int(summary.split()[1])
    assert "0 failed" in summary  # no article blamed for the disk
    assert integrity(db) == "ok"
    after = counts(db)
    assert after["articles"] == before["articles"] + stored
    assert after["state"][: len(before["state"])] == before["state"]


def test_index_on_a_full_disk_blames_no_article(tmp_path, small_fs):
    db = make_library(small_fs / "library.db", articles=20)
    checkpoint(db)
    before = counts(db)
    fill(small_fs, leave=48 * 1024)
    run = newsloupe(tmp_path / "home", "index", "--db", db, "--processes", "1")
    assert_one_line(run, exitcodes.STORE_ERROR, "disk is full")
    summary = next(line for line in run.stderr.splitlines() if "article(s) analysed" in line)
    assert ", 0 failed" in summary
    assert integrity(db) == "ok"
    after = counts(db)
    assert after["analyses"] == int(summary.split()[0])
    assert after["state"] == before["state"]
    assert_library_kept(db, None)


def test_export_to_a_full_disk_leaves_no_half_file(tmp_path, small_fs):
    db = make_library(tmp_path / "library.db", articles=2)
    out = small_fs / "out.md"
    out.write_text("the previous export\n", encoding="utf-8")
    fill(small_fs, leave=0)
    article = tmp_path / "article.txt"
    article.write_text(("The minister met the mayor of Baku on Monday. " * 40 + "\n\n") * 20, encoding="utf-8")
    run = newsloupe(tmp_path / "home", "export", article, "--format", "markdown", "-o", out)
    assert_one_line(run, exitcodes.FAILURE, "No space left")
    assert out.read_text(encoding="utf-8") == "the previous export\n"  # never truncated
    assert sorted(p.name for p in small_fs.iterdir()) == ["filler", "out.md"]  # no temporary file left
    assert_library_kept(db, None)
