"""A hostile article opened in the real reader in a real terminal (tmux, on its own server socket).

The article asks the terminal to retitle itself (OSC 2), clear the screen (CSI 2J),
write the clipboard (OSC 52) and follow a link (OSC 8). None of it may happen: the
pane keeps its title, tmux gets no clipboard buffer, the screen still shows the app,
and the sequences are visible as defused text.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import uuid

import hostile_fixtures as fixtures
import pytest
from hostile_run import ROOT

from tests.tmux_sockets import stop_server

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
    pytest.mark.skipif(not (ROOT / "tui" / "app.py").exists(), reason="the reader app is not in this checkout yet"),
]


class Tmux:
    """One private tmux server (its own socket), so nothing touches another session."""

    def __init__(self, socket: str) -> None:
        self.socket = socket

    def __call__(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False)
        return done.stdout

    def wait_for(self, target: str, predicate, *, guard: float = 180.0) -> str:
        # A guard against a hang while spaCy loads in the app's worker, not a speed assertion.
        deadline = time.monotonic() + guard
        screen = ""
        while time.monotonic() < deadline:
            screen = self("capture-pane", "-t", target, "-p", "-e")
            if predicate(screen):
                return screen
            time.sleep(0.2)
        raise AssertionError(f"the screen never matched; it was:\n{screen}")


@pytest.fixture()
def tmux():
    server = Tmux(f"newsloupe-hostile-{uuid.uuid4().hex[:8]}")
    yield server
    stop_server(server.socket)


def test_hostile_article_cannot_retitle_clear_or_copy(tmux, tmp_path):
    article = fixtures.escape_article(tmp_path)
    marker = tmp_path / "exit-code"
    env = (f"HOME={tmp_path} XDG_CONFIG_HOME={tmp_path / 'config'} XDG_DATA_HOME={tmp_path / 'data'} "
           f"TERM=xterm-256color PYTHONPATH={ROOT}")
    command = (f"cd {tmp_path} && env -u NO_COLOR {env} {sys.executable} -m tui {article} --db {tmp_path / 'lib.db'}; "
               f"echo $? > {marker}; sleep 30")
    tmux("new-session", "-d", "-s", "hostile", "-x", "120", "-y", "40", "bash --norc --noprofile")
    # A fresh detached server may open at 80x24: size the window first, then start the reader in it.
    tmux("resize-window", "-t", "hostile", "-x", "120", "-y", "40")
    tmux("set-option", "-g", "set-clipboard", "on")
    tmux("send-keys", "-t", "hostile", command, "Enter")
    title_before = tmux("display-message", "-p", "-t", "hostile", "#{pane_title}").strip()

    raw = tmux.wait_for("hostile", lambda s: "SGVsbG8" in s and "People and roles" in s and "analysing" not in s)
    # capture-pane -e re-emits colours (SGR) only: any other escape would be the article's.
    assert re.findall(r"\x1b(?!\[[0-9;:]*m)", raw) == []
    screen = re.sub(r"\x1b\[[0-9;:]*m", "", raw)
    assert "\u241b]52;c;SGVsbG8=\u2407" in screen  # the clipboard request, shown as text
    assert "\u241b[2J" in screen  # the clear-screen request, shown as text
    # The screen was not cleared under the app: its panes and the article's first line are there.
    assert "Articles" in screen and "Facts" in screen and "Prime Minister Benjamin Netanyahu" in screen, screen

    title_after = tmux("display-message", "-p", "-t", "hostile", "#{pane_title}").strip()
    assert "PWNED" not in title_after
    assert title_after == title_before or "newsloupe" in title_after.lower()
    buffers = tmux("list-buffers", "-F", "#{buffer_sample}")
    assert "Hello" not in buffers and "SGVsbG8" not in buffers

    tmux("send-keys", "-t", "hostile", "q")
    deadline = time.monotonic() + 30
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert marker.read_text().strip() == "0"
