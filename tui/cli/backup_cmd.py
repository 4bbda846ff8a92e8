"""Copy the library to PATH while it may be in use (SQLite's online backup)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import exitcodes
from .check_cmd import library_path
from .common import add_db_argument


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("dest", metavar="PATH", help="the file to write (never the library itself)")
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    from tui.library.backup import counts, online_backup
    from tui.library.safety import show

    path = library_path(args, "backup")
    dest = online_backup(path, Path(args.dest))
    found = counts(dest)
    print(f"newsloupe: backed up {found['articles']} articles and {found['analyses']} analyses to {show(dest)}",
          file=sys.stderr)
    return exitcodes.OK
