"""``newsloupe [PATH...]``: bad inputs are one line and an exit code; the reader loads without spaCy."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tui.cli import exitcodes
from tui.cli.main import main

ROOT = Path(__file__).resolve().parents[2]


def test_a_missing_path_is_one_line_and_exit_2(tmp_path, capsys):
    code = main([str(tmp_path / "nope.txt"), "--db", str(tmp_path / "lib.db")])
    err = capsys.readouterr().err
    assert code == exitcodes.BAD_INPUT
    assert err.strip() == f"newsloupe: no such file or folder: {tmp_path / 'nope.txt'}"


def test_a_folder_without_articles_is_exit_2(tmp_path, capsys):
    (tmp_path / "empty").mkdir()
    code = main([str(tmp_path / "empty"), "--db", str(tmp_path / "lib.db")])
    assert code == exitcodes.BAD_INPUT
    assert "no articles to read" in capsys.readouterr().err


def test_an_unusable_library_is_exit_4(tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    code = main([str(ROOT / "seeds"), "--db", str(blocker / "lib.db")])
    err = capsys.readouterr().err
    assert code == exitcodes.STORE_ERROR
    assert err.count("\n") == 1 and err.startswith("newsloupe: ")


def test_the_reader_imports_without_spacy() -> None:
    # The UI paints before spaCy is imported: only the analysis worker pays for it.
    code = (
        "import sys, tui.app, tui.cli.read_cmd, tui.screens.reader\n"
        "from tui.render.entries import entries_from_paths\n"
        "entries_from_paths(['seeds'])\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
