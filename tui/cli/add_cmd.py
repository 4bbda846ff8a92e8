"""Add articles to the library: text, Markdown, HTML, JSON/JSONL, CSV, RSS/Atom files or feed URLs, OPML lists."""

from __future__ import annotations

import argparse
import os
import sys
from typing import TYPE_CHECKING, TextIO

from . import exitcodes
from .common import CliError, add_db_argument, open_store

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.extract.types import ArticleInput
    from tui.library.sources import SourceItem
    from tui.library.store import Store

    from .refresh_cmd import FetchOptions


def configure(parser: argparse.ArgumentParser) -> None:
    from .refresh_cmd import add_fetch_arguments

    parser.add_argument("targets", nargs="*", metavar="PATH|URL", help="files, folders or feed URLs")
    add_db_argument(parser)
    parser.add_argument("--export-opml", metavar="FILE", help="write the library's feed list as OPML ('-' for stdout)")
    add_fetch_arguments(parser)


def remember_feeds(store: Store, urls: list[tuple[str, str]]) -> None:
    """Subscribe to feed (url, title) pairs."""
    from tui.library.feeds import subscribe

    for url, title in urls:
        subscribe(store, url, title)


def export_opml(store: Store, target: str) -> None:
    from tui.library.feeds import feed_list
    from tui.library.sources.opml import FeedRef, write_feed_list

    refs = tuple(FeedRef(f.url, f.title) for f in feed_list(store))
    document = write_feed_list(refs)
    if target == "-":
        sys.stdout.write(document)
        return
    from tui.library.outputs import write_output

    try:
        write_output(target, document, library=store.path)
    except OSError as exc:
        from tui.library.safety import show

        raise CliError(f"{show(target)}: cannot write ({exc.strerror or exc}); nothing was written", exitcodes.FAILURE) from None


def summary_line(added: int, known: int, failed: int) -> str:
    return f"added {added} new article(s), {known} already in the library, {failed} failed"


#: Articles per transaction when a file holds many (a CSV, a feed file).
BATCH = 300


def add_targets(store: Store, targets: list[str], *, err: TextIO | None = None,
                options: FetchOptions | None = None) -> tuple[int, int, int]:
    """Read every target into the store; returns (added, already there, failed).

    Files go through the one reader; feed URLs and OPML lists subscribe and are fetched
    like ``refresh`` (conditional GET, full text); a URL that is a web page adds its article.
    A bad file costs that file only. A library failure (disk full, read-only, locked)
    stops at once: the summary of what was stored is printed, then the cause (exit 4).
    """
    err = err or sys.stderr
    from tui.library.sources import SourceError, is_url, iter_targets, read_source
    from tui.library.sources.opml import read_feed_list
    from tui.library.store import StoreError
    from tui.render.sanitize import sanitize

    if options is None:
        from tui.config import load_fetch_options

        options = {"full_text": bool(load_fetch_options().get("full_text", True))}
    added = known = failed = 0
    for target in iter_targets(targets):
        try:
            if target.lower().endswith(".opml") or is_url(target):
                refs = read_feed_list(target) if not is_url(target) else ()
                remember_feeds(store, [(r.url, r.title) for r in refs])
                urls = [r.url for r in refs] if refs else ([target] if is_url(target) else [])
                a, k, f, pages = _add_feeds(store, urls, options, err)
                added, known, failed = added + a, known + k, failed + f
                if not pages:
                    continue
                targets_here = pages  # URLs that were web pages, not feeds: read as articles
            else:
                targets_here = [target]
            for here in targets_here:
                a, k, f = _add_items(store, read_source(here), err, here)
                added, known, failed = added + a, known + k, failed + f
        except SourceError as exc:
            # Messages quote feed text and file names: no raw control characters to the terminal.
            print(f"newsloupe: {sanitize(str(exc))}", file=err)
            failed += 1
        except StoreError as exc:
            if added or known or failed:
                print(summary_line(added, known, failed), file=err)
            raise CliError(str(exc), exitcodes.STORE_ERROR) from None
        except (UnicodeError, OSError, ValueError) as exc:
            # One odd file (a name or bytes no reader expected) costs that file, never the folder.
            print(f"newsloupe: {sanitize(target)}: cannot read ({type(exc).__name__}: {sanitize(str(exc))})", file=err)
            failed += 1
    return added, known, failed


def _add_items(store: Store, items: Iterable[SourceItem], err: TextIO, name: str) -> tuple[int, int, int]:
    """Items of one source, in whole transactions of BATCH; a source with no article is one failure."""
    from tui.extract.limits import ARTICLE_LIMIT, too_long_message
    from tui.library.sources import SourceError, is_url
    from tui.library.store import file_digest
    from tui.render.sanitize import sanitize

    # realpath, not Path.resolve(): a link that loops is then refused by the reader in one line, not a RuntimeError.
    whole_file = None if is_url(name) else os.path.realpath(name)
    added = known = failed = seen = 0
    batch: list[tuple[ArticleInput, str | None, str | None]] = []

    def flush() -> None:
        nonlocal added, known
        for _id, new in store.add_articles(batch):
            added, known = (added + 1, known) if new else (added, known + 1)
        batch.clear()

    try:
        for item in items:
            seen += 1
            for warning in item.warnings:
                print(f"newsloupe: warning: {sanitize(warning)}", file=err)
            if item.article is None:
                failed += 1
                continue
            if len(item.article.text) > ARTICLE_LIMIT:
                print(f"newsloupe: {sanitize(too_long_message(item.location, len(item.article.text)))}", file=err)
                failed += 1
                continue
            # A file's only article carries the file's digest: the same bytes never replace its stored text.
            digest = file_digest(name) if item.location == whole_file else None
            batch.append((item.article, item.location, digest))
            if len(batch) >= BATCH:
                flush()
    except SourceError as exc:
        if not seen:
            raise
        # A bad record after good ones (line 2 of a JSON Lines file): those read are kept, and counted.
        print(f"newsloupe: {sanitize(str(exc))}", file=err)
        failed += 1
    finally:
        if batch:
            flush()  # what was read before an error is kept
    if not seen:
        raise SourceError(f"{name}: no articles in it (an empty or broken feed, or no text)")
    return added, known, failed


def _add_feeds(store: Store, urls: list[str], options: FetchOptions, err: TextIO) -> tuple[int, int, int, list[str]]:
    """Fetch feed URLs like refresh; (added, known, failed, URLs that turned out to be web pages)."""
    from .refresh_cmd import run_refresh

    if not urls:
        return 0, 0, 0, []
    pages: list[str] = []
    failed = 0

    summary = run_refresh(store, urls, options, err=err, pages_ok=True)
    for outcome in summary.outcomes:
        if outcome.kind == "not-a-feed" and "web page" in (outcome.error or ""):
            pages.append(outcome.url)
        elif not outcome.fetched:
            failed += 1
    return summary.added, sum(o.known for o in summary.outcomes), failed, pages


def run(args: argparse.Namespace) -> int:
    if not args.targets and not args.export_opml:
        raise CliError("nothing to add: name files, folders or feed URLs (or --export-opml FILE)", exitcodes.BAD_INPUT)
    store = open_store(args)
    try:
        status = exitcodes.OK
        if args.targets:
            from .refresh_cmd import fetch_options

            added, known, failed = add_targets(store, args.targets, options=fetch_options(args))
            print(summary_line(added, known, failed), file=sys.stderr)
            if failed and not (added or known):
                status = exitcodes.BAD_INPUT
        if args.export_opml:
            export_opml(store, args.export_opml)
        return status
    finally:
        store.close()
