"""The reader's start runs without cyclic collection; collection resumes with its first frame, and after it quits."""

from __future__ import annotations

import gc
from pathlib import Path

from tui.cli import exitcodes
from tui.cli.main import main

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"


def test_collection_is_off_until_the_first_frame_then_on(tmp_path, monkeypatch) -> None:
    from tui.app import ReaderApp

    seen: list[tuple[str, bool]] = []

    def run(self: ReaderApp, *_a: object, **_k: object) -> None:
        seen.append(("before the first frame", gc.isenabled()))
        self.on_ready()  # what Textual calls once the first frame is painted
        seen.append(("after it", gc.isenabled()))
        gc.disable()  # an app that quits before its first frame: the command still turns it back on

    monkeypatch.setattr(ReaderApp, "run", run)
    assert gc.isenabled()
    assert main([str(SEED), "--db", str(tmp_path / "lib.db")]) == exitcodes.OK
    assert seen == [("before the first frame", False), ("after it", True)]
    assert gc.isenabled()


def test_a_caller_without_collection_keeps_it_off(tmp_path, monkeypatch) -> None:
    from tui.app import ReaderApp

    seen: list[bool] = []

    def run(self: ReaderApp, *_a: object, **_k: object) -> None:
        self.on_ready()
        seen.append(gc.isenabled())

    monkeypatch.setattr(ReaderApp, "run", run)
    gc.disable()
    try:
        assert main([str(SEED), "--db", str(tmp_path / "lib.db")]) == exitcodes.OK
        assert seen == [False] and not gc.isenabled()
    finally:
        gc.enable()
