"""List the library's entities by the number of articles and mentions (or one entity's dossier)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Literal

from . import exitcodes
from .common import CliError, add_db_argument, open_store

if TYPE_CHECKING:
    from collections.abc import Iterable

    from rich.console import RenderableType
    from rich.table import Table

    from tui.library.catalog import Dossier, LibraryEntity
    from tui.library.store import Store


def configure(parser: argparse.ArgumentParser) -> None:
    add_db_argument(parser)
    parser.add_argument("--top", type=int, default=30, help="how many entities (default 30; 0 for all)")
    parser.add_argument("--query", default="", help="only entities whose name contains this")
    parser.add_argument("--label", help="only this label (PERSON, ORG, GPE, NORP, DATE...)")
    parser.add_argument("--dossier", metavar="ENTITY", help="show one entity's dossier (its id, e.g. person:angela-merkel)")
    parser.add_argument("--format", choices=("table", "json"), default="table")
    fix = parser.add_argument_group("corrections (kept across re-indexing)")
    fix.add_argument("--merge", nargs=2, metavar=("ID", "OTHER"), help="merge entity OTHER into entity ID")
    fix.add_argument("--split", metavar="ID", help="give article --article N's part of entity ID an identity of its own")
    fix.add_argument("--article", type=int, metavar="N", help="the article of --split")
    fix.add_argument("--rename", nargs=2, metavar=("ID", "NAME"), help="show entity ID under NAME")


def _print_table(table: RenderableType) -> None:
    from rich.console import Console

    Console(soft_wrap=False).print(table)


def _entities_table(rows: Iterable[LibraryEntity]) -> Table:
    from rich.table import Table

    from tui.render.sanitize import safe_text

    table = Table(title="Library entities")
    columns: tuple[tuple[str, Literal["left", "right"]], ...] = (
        ("entity", "left"), ("label", "left"), ("articles", "right"), ("mentions", "right"), ("id", "left"))
    for column, justify in columns:
        table.add_column(column, justify=justify)
    for row in rows:
        table.add_row(safe_text(row.name), safe_text(row.label), str(row.articles), str(row.mentions), safe_text(row.entity))
    return table


def _dossier_tables(d: Dossier) -> list[Table]:
    from rich.table import Table

    from tui.library.role_spans import role_spans
    from tui.render.sanitize import safe_text

    head = Table(title=None, show_header=False, box=None)
    head.add_row("entity", safe_text(d.name))
    head.add_row("label", safe_text(d.label))
    head.add_row("aliases", safe_text(", ".join(d.aliases) or "-"))
    if d.related:
        head.add_row("see also", safe_text(", ".join(f"{r.name} ({r.entity})" for r in d.related)))
    tables: list[Table] = [head]
    if d.roles:
        roles = Table(title="Roles")
        for column in ("first", "last", "role", "articles", "first report"):
            roles.add_column(column)
        for span in role_spans(d.roles):
            first = span.first
            roles.add_row(safe_text(span.since), safe_text(span.until), safe_text(span.role), str(span.articles),
                          f"{first.article_id}:{first.start}-{first.end}")
        tables.append(roles)
    for title, facts in (("Quotes", d.quotes), ("Events", d.events)):
        if facts:
            table = Table(title=title)
            for column in ("date", "fact", "article", "evidence"):
                table.add_column(column)
            for f in facts:
                table.add_row(safe_text(f.date or f.published), safe_text(f.summary), str(f.article_id), f"{f.start}-{f.end}")
            tables.append(table)
    arts = Table(title="Articles")
    for column in ("id", "published", "title", "mentions", "first at"):
        arts.add_column(column)
    for a in d.articles:
        arts.add_row(str(a.article_id), safe_text(a.published), safe_text(a.title), str(a.mentions), str(a.first_offset))
    tables.append(arts)
    return tables


def run(args: argparse.Namespace) -> int:
    from tui.extract.serialize import to_json
    from tui.library import catalog
    from tui.library.store import StoreError

    if args.top < 0:
        raise CliError("--top must be 0 or more", exitcodes.BAD_INPUT)
    if (args.split is None) != (args.article is None):
        raise CliError("--split ID needs --article N (and --article only goes with --split)", exitcodes.BAD_INPUT)
    if sum(x is not None for x in (args.merge, args.split, args.rename)) > 1:
        raise CliError("give one of --merge, --split, --rename at a time", exitcodes.BAD_INPUT)
    store = open_store(args)
    try:
        if args.merge or args.split or args.rename:
            return _correct(store, args)
        if args.dossier:
            found = catalog.dossier(store, args.dossier)
            if found is None:
                raise CliError(f"no entity {args.dossier!r} in the library (see `newsloupe entities`)", exitcodes.BAD_INPUT)
            if args.format == "json":
                sys.stdout.write(to_json(asdict(found), indent=2))
                sys.stdout.write("\n")
            else:
                for table in _dossier_tables(found):
                    _print_table(table)
            return exitcodes.OK
        rows = catalog.entities(store, top=args.top or None, query=args.query, label=args.label)
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    finally:
        store.close()
    if args.format == "json":
        sys.stdout.write(to_json([asdict(r) for r in rows], indent=2))
        sys.stdout.write("\n")
    else:
        _print_table(_entities_table(rows))
    return exitcodes.OK


def _correct(store: Store, args: argparse.Namespace) -> int:
    from tui.library.corrections import CorrectionError
    from tui.render.sanitize import sanitize

    try:
        if args.merge:
            store.correct_identity("merge", args.merge[0], other=args.merge[1])
            done = f"merged {args.merge[1]} into {args.merge[0]}"
        elif args.split:
            store.correct_identity("split", args.split, article_id=args.article)
            done = f"split article {args.article} off {args.split} (now {args.split}@{args.article})"
        else:
            store.correct_identity("rename", args.rename[0], name=args.rename[1])
            done = f"renamed {args.rename[0]} to {args.rename[1]}"
    except CorrectionError as exc:
        raise CliError(sanitize(str(exc)), exitcodes.BAD_INPUT) from None
    print(f"newsloupe: {sanitize(done)}", file=sys.stderr)
    return exitcodes.OK
