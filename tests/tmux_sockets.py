"""The tests' private tmux servers: stopped, and their socket files removed, which tmux leaves behind."""

from __future__ import annotations

import os
import stat
import subprocess
from pathlib import Path


def socket_file(name: str) -> Path:
    """Where ``tmux -L name`` keeps its socket."""
    return Path(os.environ.get("TMUX_TMPDIR") or "/tmp") / f"tmux-{os.getuid()}" / name


def stop_server(name: str) -> None:
    """Stop the private server ``name`` and remove its socket file (only a socket is ever removed)."""
    subprocess.run(["tmux", "-L", name, "kill-server"], capture_output=True, check=False)
    path = socket_file(name)
    try:
        if stat.S_ISSOCK(path.lstat().st_mode):
            path.unlink()
    except FileNotFoundError:
        pass
