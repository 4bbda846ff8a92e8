"""List the subscribed feeds (last fetch, status, articles), or unsubscribe with --remove URL."""

from __future__ import annotations

import argparse
import sys

from . import exitcodes
from .common import CliError, add_db_argument, open_store


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--remove", metavar="URL", action="append", help="unsubscribe (its articles stay)")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace) -> int:
    import json

    from tui.library import feeds

    store = open_store(args)
    try:
        if args.remove:
            missing = [url for url in args.remove if not feeds.unsubscribe(store, url)]
            for url in args.remove:
                if url not in missing:
                    print(f"unsubscribed {url}", file=sys.stderr)
            if missing:
                raise CliError(f"not subscribed: {missing[0]} (see `newsloupe feeds`)", exitcodes.BAD_INPUT)
            return exitcodes.OK
        rows = feeds.feed_list(store)
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(json.dumps([{"url": r.url, "title": r.title, "last_fetch": r.last_fetch, "status": r.status,
                                      "error": r.error, "articles": r.articles} for r in rows], indent=2) + "\n")
        return exitcodes.OK
    if not rows:
        print("no feeds subscribed: add one with `newsloupe add URL`", file=sys.stderr)
        return exitcodes.OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.render.sanitize import sanitize

    table = Table(title_justify="left")
    for column in ("feed", "last fetch", "status", "articles"):
        table.add_column(column, justify="right" if column == "articles" else "left")
    for r in rows:
        name = Text(sanitize(r.title or r.url))
        if r.title:
            name.append("\n" + sanitize(r.url), style="dim")
        status = Text(sanitize(r.status or "never fetched"))
        if r.error:
            status.append("\n" + sanitize(r.error), style="red")
        table.add_row(name, Text(r.last_fetch or "-"), status, Text(str(r.articles)))
    Console().print(table)
    return exitcodes.OK
