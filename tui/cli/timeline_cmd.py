"""Dated events and date facts across the library, ordered by resolved date, with their evidence."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict

from . import exitcodes
from .common import CliError, add_db_argument, open_store


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--kind", choices=("all", "event", "date"), default="all", help="which facts (default all)")
    parser.add_argument("--entity", metavar="ENTITY", help="only facts about this entity id")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def run(args: argparse.Namespace) -> int:
    from tui.extract.serialize import to_json
    from tui.library import catalog
    from tui.library.store import StoreError
    from tui.library.titles import shown_title

    kinds = ("event", "date") if args.kind == "all" else (args.kind,)
    store = open_store(args)
    try:
        entries = catalog.timeline(store, kinds=kinds, entity=args.entity)
        titles = {r.id: shown_title(r.title, r.lead, r.location) for r in store.articles()} if args.format == "table" else {}
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(to_json([asdict(e) for e in entries], indent=2))
        sys.stdout.write("\n")
        return exitcodes.OK
    from rich.console import Console
    from rich.table import Table

    from tui.extract.date_calendar import date_label
    from tui.render.sanitize import safe_text

    table = Table(title="Timeline")
    for column in ("date", "kind", "fact", "article", "evidence"):
        table.add_column(column)
    for e in entries:
        table.add_row(
            safe_text(date_label(e.date or "")), e.kind, safe_text(e.summary),
            safe_text(f"{e.article_id} {titles.get(e.article_id, '')}"), f"{e.start}-{e.end}",
        )
    Console(soft_wrap=False).print(table)
    return exitcodes.OK
