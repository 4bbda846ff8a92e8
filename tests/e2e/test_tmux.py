"""The real reader in a real terminal (tmux): a layer toggle changes the escape codes around a name; q exits."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest

from tests.tmux_sockets import stop_server

ROOT = Path(__file__).resolve().parents[2]
PYTHON = ROOT / ".venv" / "bin" / "python"
#: People off in the legend: struck through (SGR 9), the key before its count ("1:11") where the legend
#: shows keys and counts, the tag ("1 PER 11") where it has room for tags (escape codes may sit between).
NAME = "Benjamin Netanyahu"
PEOPLE_OFF = re.compile(r"\x1b\[(?:[0-9]+;)*9(?:;[0-9]+)*m(?:\x1b\[[0-9;]*m)*(?: ?1(?:\x1b\[[0-9;]*m)*:\d+|PER)")

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make tools installs it)"),
]


#: A private tmux server, without the user's config: other sessions (a developer's, another
#: test's) must not change this window's size or options.
SOCKET = f"newsloupe-e2e-{os.getpid()}"


def _tmux(*args: str) -> str:
    command = ["tmux", "-L", SOCKET, "-f", "/dev/null", *args]
    return subprocess.run(command, capture_output=True, text=True, check=False).stdout


def _wait_for(session: str, predicate, timeout: float = 60.0, escapes: bool = False) -> str:
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-t", session, "-p", *(["-e"] if escapes else []))
        if predicate(screen):
            return screen
        time.sleep(0.2)
    size = _tmux("display", "-p", "-t", session, "#{window_width}x#{window_height}").strip()
    raise AssertionError(f"timed out; the {size} screen was:\n{screen}")


CODES = r"(?:\x1b\[[0-9;]*m)*"


def _codes_before(screen: str, word: str) -> str | None:
    """The escape sequences right before ``word`` in the article's "Prime Minister Benjamin Netanyahu and
    hosted", if it shows: told by the words around it, which wrap at either end as the width changes (the
    sidebar's rows name him too, "Benjamin Netanyahu: Prime Minister", on a line of their own or beside)."""
    match = (re.search(rf"Minister{CODES} ({CODES}){re.escape(word)}", screen)
             or re.search(rf"({CODES}){re.escape(word)}{CODES} and hosted", screen))
    return match.group(1) if match else None


@pytest.fixture
def session(tmp_path):
    name = f"newsloupe-{uuid.uuid4().hex[:8]}"
    env = {"HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "TERM": "xterm-256color"}
    env_args = " ".join(f"{k}={v}" for k, v in env.items())
    marker = tmp_path / "exit-code"
    # A clean environment: the test runner's variables must not reach the app.
    command = (f"cd {ROOT} && env -i PATH=/usr/bin:/bin {env_args} {PYTHON} -m tui seeds/ --db {tmp_path / 'lib.db'}; "
               f"echo $? > {marker}; sleep 30")
    # 140 columns: the three panes side by side, the name's paragraph in the first screen of text (from 100
    # to 139 the facts under the article leave it below the fold).
    _tmux("new-session", "-d", "-s", name, "-x", "140", "-y", "40", command)
    _tmux("resize-window", "-t", name, "-x", "140", "-y", "40")
    yield name, marker
    stop_server(SOCKET)


def test_a_layer_toggle_changes_the_codes_around_netanyahu_and_q_quits(session):
    name, marker = session
    # The list is newest first: the undated seed is the last article.
    _wait_for(name, lambda s: "Articles" in s, timeout=60)
    _tmux("send-keys", "-t", name, "End", "Enter")
    # The seed is analysed in the background (spaCy loads in a worker): wait for its facts.
    _wait_for(name, lambda s: "People and roles" in s and "Netanyahu" in s, timeout=180)
    # Highlighted: the name's line carries codes of its own (plain text inside a line carries none).
    before = _codes_before(_wait_for(name, lambda s: bool(_codes_before(s, NAME)), escapes=True), NAME)
    # tmux may be read while a frame is half written (the legend new, the text line not yet): each
    # state is waited for whole, legend and text together, and a state never reached times out.
    _tmux("send-keys", "-t", name, "1")
    _wait_for(name, lambda s: PEOPLE_OFF.search(s) is not None and _codes_before(s, NAME) not in (None, before),
              escapes=True)
    _tmux("send-keys", "-t", name, "1")
    _wait_for(name, lambda s: PEOPLE_OFF.search(s) is None and _codes_before(s, NAME) == before, escapes=True)
    _tmux("send-keys", "-t", name, "q")
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert marker.read_text().strip() == "0"
