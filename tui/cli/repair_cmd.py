"""Recover what SQLite can read from a damaged library into a new one; the damaged file is kept."""

from __future__ import annotations

import argparse
import sys

from . import exitcodes
from .check_cmd import library_path
from .common import add_db_argument


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)


def run(args: argparse.Namespace) -> int:
    from tui.library.backup import repair
    from tui.library.safety import show

    path = library_path(args, "repair")
    report = repair(path)
    if report.kept_at is None:
        print(f"{show(path)}: ok, nothing to repair ({report.recovered.get('articles')} articles)")
        return exitcodes.OK
    got, lost = report.recovered, report.lost
    dropped = lost.get("articles", 0)
    print(f"recovered {got.get('articles', 0)} articles, {got.get('analyses', 0)} analyses, "
          f"{got.get('prefs', 0)} preferences" + (f"; dropped {dropped} articles whose text was lost" if dropped else ""))
    print(f"newsloupe: repaired {show(path)}; the damaged file is kept at {show(report.kept_at)}", file=sys.stderr)
    return exitcodes.OK
