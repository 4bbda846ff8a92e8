"""The hostile-input suite's fixtures: the real ``newsloupe`` run as a subprocess in a sealed home.

Every run gets a fresh HOME and XDG dirs, ``NO_COLOR=1`` and ``TERM=dumb`` with piped
output, so the tool emits no escape of its own: any ESC, C1 or bidi control in what
it prints came from the input.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile_run import HANG_GUARD, Run, sealed_env


@pytest.fixture()
def home(tmp_path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


@pytest.fixture()
def newsloupe(home) -> Callable[..., Run]:
    """Run ``python -m tui ARGS...`` in the sealed home; returns the finished Run."""

    def run(*argv: str | Path, stdin: bytes = b"", guard: float = HANG_GUARD) -> Run:
        args = tuple(str(a) for a in argv)
        done = subprocess.run(
            [sys.executable, "-m", "tui", *args],
            input=stdin, capture_output=True, cwd=home, env=sealed_env(home), timeout=guard,
        )
        return Run(args, done.returncode, done.stdout, done.stderr)

    return run


@pytest.fixture()
def inputs(tmp_path) -> Path:
    """A folder for the hostile inputs of one test."""
    path = tmp_path / "inputs"
    path.mkdir()
    return path
