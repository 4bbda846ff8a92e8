"""Check the library file for damage (SQLite's integrity check); nothing is changed."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import exitcodes
from .common import CliError, add_db_argument


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)


def library_path(args: argparse.Namespace) -> Path:
    from tui.library.safety import show
    from tui.library.store import default_path

    path = Path(args.db) if args.db else default_path()
    if not path.is_file():
        raise CliError(f"no library at {show(path)}", exitcodes.BAD_INPUT)
    return path


def run(args: argparse.Namespace) -> int:
    from tui.library.backup import counts, integrity_check
    from tui.library.safety import show
    from tui.render.sanitize import sanitize

    path = library_path(args)
    lines = integrity_check(path)
    if lines == ["ok"]:
        found = counts(path)
        print(f"{show(path)}: ok ({found['articles']} articles, {found['analyses']} analyses, "
              f"{found['prefs']} preferences)")
        return exitcodes.OK
    for line in lines[:50]:
        print(sanitize(line).replace("\n", " "))
    print(f"newsloupe: the library {show(path)} is damaged ({len(lines)} problem(s) listed above); "
          "`newsloupe repair` recovers what it can and keeps the damaged file", file=sys.stderr)
    return exitcodes.STORE_ERROR
