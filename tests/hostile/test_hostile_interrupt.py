"""Ctrl-C in the middle of ``extract``: exit 130, one line, no traceback, what was printed stays whole."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

import pytest
from hostile_checks import ACTIVE_CHARACTERS
from hostile_run import HANG_GUARD, ROOT, sealed_env

from tui.cli import exitcodes

pytestmark = pytest.mark.slow


def test_ctrl_c_during_extract_is_exit_130_in_one_line(home):
    seeds = sorted((ROOT / "seeds").glob("wikinews-*.txt"))
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", "extract", *map(str, seeds * 10), "--format", "jsonl"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=home, env=sealed_env(home),
        # Unbuffered: readline then takes exactly one line, and communicate() (which reads the
        # pipe's descriptor, not a Python buffer) gets every byte after it.
        bufsize=0,
    )
    # 200 articles: a loaded machine may leave this test waiting for seconds, and the run must
    # still be in the middle of the batch when Ctrl-C reaches it.
    first = proc.stdout.readline()  # one article done
    assert json.loads(first)["title"]
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=HANG_GUARD)
    assert proc.returncode == exitcodes.INTERRUPTED, err.decode()
    assert err.decode().splitlines() == ["newsloupe: interrupted"]
    # Every line that was written is a whole JSON document (no half line before the exit).
    for line in (first + rest).decode().splitlines():
        json.loads(line)
    assert ACTIVE_CHARACTERS.findall((first + rest + err).decode()) == []
