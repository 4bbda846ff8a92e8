"""The real reader in tmux on a read-only library, with hostile file names and an HTML page opened by path.

What a user sees: the articles and a notice that nothing is saved, names with ESC shown as ␛
(the terminal's title untouched), the page's main text and not its markup; q exits 0 and the
library's bytes are as they were.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from pathlib import Path

import pytest
from safety_kit import NO_OVERRIDE, ROOT, checkpoint, counts, newsloupe

from tests.tmux_sockets import stop_server

pytestmark = [
    pytest.mark.tmux,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed (make tools installs it)"),
]
SOCKET = f"newsloupe-safety-{os.getpid()}"
PAGE = ("<html><head><title>Talks in Baku</title></head><body><article><h1>Talks in Baku</h1>"
        + "<p>Aliyev met Netanyahu in Baku on Monday to discuss water technology and security.</p>" * 6
        + "</article></body></html>")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", *args], capture_output=True, text=True,
                          check=False).stdout


def _wait_for(session: str, predicate, timeout: float = 120.0) -> str:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    screen = ""
    while time.monotonic() < deadline:
        screen = _tmux("capture-pane", "-t", session, "-p")
        if predicate(screen):
            return screen
        time.sleep(0.3)
    raise AssertionError(f"timed out; the screen was:\n{screen}")


def test_reader_on_a_read_only_library_with_hostile_names(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "evil\x1b]2;PWNED\x07.txt").write_text("Erdogan spoke in Ankara on Tuesday.\n", encoding="utf-8")
    with open(os.fsencode(folder) + b"/caf\xe9.txt", "wb") as fh:
        fh.write(b"Putin met Xi in Moscow on Friday.\n")
    lib = tmp_path / "lib" / "library.db"
    run = newsloupe(tmp_path / "home", "add", folder, "--db", lib)
    assert run.code == 0, str(run)
    checkpoint(lib)
    os.chmod(lib, 0o444)
    os.chmod(lib.parent, 0o555)
    before, data = counts(lib), lib.read_bytes()
    marker = tmp_path / "exit-code"
    name = f"safety-{uuid.uuid4().hex[:8]}"
    env = f"HOME={tmp_path} XDG_CONFIG_HOME={tmp_path}/config XDG_DATA_HOME={tmp_path}/data TERM=xterm-256color"
    command = (f"cd {ROOT} && env -i PATH=/usr/bin:/bin {env} {' '.join(NO_OVERRIDE)} {ROOT}/.venv/bin/python -m tui "
               f"'{folder / 'page.html'}' '{folder}' --db {lib}; echo $? > {marker}; sleep 30")
    try:
        _tmux("new-session", "-d", "-s", name, "-x", "140", "-y", "40", command)
        _tmux("set-option", "-t", name, "set-titles", "on")
        _wait_for(name, lambda s: "read-only" in s)  # the notice, while it shows
        screen = _wait_for(name, lambda s: "\u241b]2;PWNED\u2407.txt" in s and "caf\ufffd.txt" in s)
        screen = _wait_for(name, lambda s: "Aliyev met Netanyahu" in s)  # the page opens first, its main text
        assert "<p>" not in screen and "<article>" not in screen
        assert "PWNED" not in _tmux("display", "-p", "-t", name, "#{pane_title}")
        _tmux("send-keys", "-t", name, "q")
        deadline = time.monotonic() + 30
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.read_text().strip() == "0"
    finally:
        stop_server(SOCKET)
        os.chmod(lib.parent, 0o755)
    assert lib.read_bytes() == data and counts(lib) == before
    # The library itself, listed in the reader: the hostile names are shown, not obeyed.
    listing = newsloupe(tmp_path / "home", "export", "--all", "--format", "jsonl", "--db", lib)
    assert listing.code == 0 and b"\x1b" not in listing.out and b"\x1b" not in listing.err
    assert Path(lib).is_file()
