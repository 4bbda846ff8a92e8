"""A throwaway PostgreSQL server for tests and benchmarks: initdb + pg_ctl in a temp dir, on a free port.

PostgreSQL refuses to run as root, so as root the server runs as ``nobody`` (through ``setpriv``)
with its data and socket in a folder handed to that user. ``find_binaries`` says why when no
server can be started here (the reason a test skips with).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path


def find_binaries() -> tuple[Path | None, str]:
    """The folder holding initdb/pg_ctl/postgres, or None and why."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]), reverse=True)
    found = shutil.which("pg_ctl")
    if found:
        candidates.insert(0, str(Path(found).parent))
    for folder in candidates:
        if all((Path(folder) / tool).exists() for tool in ("initdb", "pg_ctl", "postgres")):
            return Path(folder), ""
    return None, "no PostgreSQL server binaries (initdb, pg_ctl): scripts/ensure-tools.sh installs them with apt"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    bin: Path
    root: Path
    port: int
    as_user: str | None

    @property
    def data(self) -> Path:
        return self.root / "data"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://newsloupe@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        cmd = list(args)
        if self.as_user:
            cmd = ["setpriv", f"--reuid={self.as_user}", f"--regid={_group_of(self.as_user)}", "--clear-groups", *cmd]
        return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120)

    def start(self, *, durable: bool = False) -> None:
        self._run(str(self.bin / "initdb"), "-D", str(self.data), "-U", "newsloupe", "--auth=trust",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        options = f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=60"
        if not durable:  # tests lose nothing by skipping the disk flushes
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        done = self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.root / "log"),
                         "-o", options, "-w", "-t", "60", "start", check=False)
        if done.returncode != 0:
            log = (self.root / "log").read_text(errors="replace") if (self.root / "log").exists() else ""
            raise RuntimeError(f"pg_ctl start failed: {done.stderr.strip()} {log[-500:]}")

    def create_database(self, name: str) -> str:
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)

    def stop(self) -> None:
        self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop", check=False)
        shutil.rmtree(self.root, ignore_errors=True)


def _group_of(user: str) -> str:
    import grp
    import pwd

    return grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name


def start_server(*, durable: bool = False) -> Server:
    """A running throwaway server (``durable`` keeps fsync on, for measurements of real write rates)."""
    folder, why = find_binaries()
    if folder is None:
        raise RuntimeError(why)
    root = Path(tempfile.mkdtemp(prefix="newsloupe-pg-"))
    as_user = None
    if os.geteuid() == 0:
        as_user = "nobody"
        os.chmod(root, 0o700)
        import pwd

        entry = pwd.getpwnam(as_user)
        os.chown(root, entry.pw_uid, entry.pw_gid)
    server = Server(folder, root, free_port(), as_user)
    server.start(durable=durable)
    return server
