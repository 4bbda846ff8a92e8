"""Check the library file for damage (SQLite's integrity check); nothing is changed.

A shared library on PostgreSQL is checked for what Newsloupe can check (the server answers, the
schema is current, the counts); the server's own tools check its pages (``pg_amcheck``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import exitcodes
from .common import CliError, add_db_argument


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)


#: What to use instead of backup/repair on a library that lives on a PostgreSQL server.
SERVER_TOOLS = {
    "backup": "back it up with the server's tools: `pg_dump -Fc -f library.dump URL` (restore with pg_restore)",
    "repair": "the server keeps it whole (WAL, crash recovery); check its pages with `pg_amcheck URL`",
}


def library_path(args: argparse.Namespace, command: str = "check") -> Path:
    from tui.library.pg import is_url, masked
    from tui.library.safety import show
    from tui.library.store import default_target

    chosen = args.db or default_target()
    if is_url(chosen):
        raise CliError(f"{command} works on a library file; {masked(str(chosen))} is on a PostgreSQL server: "
                       f"{SERVER_TOOLS.get(command, '')}", exitcodes.BAD_INPUT)
    path = Path(chosen)
    if not path.is_file():
        raise CliError(f"no library at {show(path)}", exitcodes.BAD_INPUT)
    return path


def run(args: argparse.Namespace) -> int:
    from tui.library.backup import counts, integrity_check
    from tui.library.pg import is_url
    from tui.library.safety import show
    from tui.library.store import default_target
    from tui.render.sanitize import sanitize

    if is_url(args.db or default_target()):
        return _check_server(args)
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


def _check_server(args: argparse.Namespace) -> int:
    """A shared library: the server answers, the schema is current, and the counts."""
    from tui.library.pg import masked
    from tui.library.store import Store, StoreError

    try:
        with Store.open(args.db) as store:
            counts = {t: int(store.query(f"SELECT count(*) FROM {t}")[0][0]) for t in ("articles", "analyses", "prefs")}
            where = masked(store.location)
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    print(f"{where}: ok ({counts['articles']} articles, {counts['analyses']} analyses, {counts['prefs']} preferences);"
          " the server checks its own pages: `pg_amcheck URL`")
    return exitcodes.OK
