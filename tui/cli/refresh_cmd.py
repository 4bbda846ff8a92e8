"""Fetch every subscribed feed (or the URLs given) and add their new articles; exit 0 when every feed was fetched."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO, TypedDict

from . import exitcodes
from .common import CliError, add_db_argument, open_store

if TYPE_CHECKING:
    from rich.progress import Progress

    from tui.library.refresh import FeedOutcome, RefreshSummary
    from tui.library.store import Store


class FetchOptions(TypedDict, total=False):
    """How feeds are fetched (``refresh``'s keyword arguments): the command line over the config."""

    full_text: bool
    timeout: float
    workers: int


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="*", metavar="URL", help="feeds to fetch (default: every subscribed feed)")
    add_db_argument(parser)
    add_fetch_arguments(parser)


def add_fetch_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--no-full-text", dest="full_text", action="store_false", default=None,
                        help="keep summary-only entries as summaries (default: fetch the linked page;"
                             " config [feeds] full_text = false)")
    parser.add_argument("--timeout", type=float, default=None, help="seconds per request (default 20)")
    parser.add_argument("--jobs", type=int, default=None, help="feeds fetched at once (default 4, 2 per host)")


def fetch_options(args: argparse.Namespace) -> FetchOptions:
    """Command-line options over the config's ``[feeds]`` table over the defaults."""
    from tui.config import fetch_option_problems, load_fetch_options
    from tui.library import fetch, refresh
    from tui.render.sanitize import sanitize

    for problem in fetch_option_problems():
        print(f"newsloupe: warning: {sanitize(problem)}", file=sys.stderr)
    config = load_fetch_options()
    full_text = args.full_text if getattr(args, "full_text", None) is not None else config.get("full_text", True)
    timeout = getattr(args, "timeout", None) or config.get("timeout") or fetch.TIMEOUT
    jobs = getattr(args, "jobs", None) or config.get("jobs") or refresh.WORKERS
    if not isinstance(timeout, (int, float)) or timeout <= 0 or not isinstance(jobs, int) or jobs < 1:
        raise CliError("--timeout must be positive and --jobs at least 1", exitcodes.BAD_INPUT)
    return {"full_text": bool(full_text), "timeout": float(timeout), "workers": jobs}


def _progress(total: int) -> Progress | None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    console = Console(stderr=True)
    if not console.is_terminal:
        return None
    return Progress(TextColumn("refreshing"), BarColumn(), MofNCompleteColumn(), TextColumn("feeds"),
                    console=console, transient=True)


def run_refresh(store: Store, urls: list[str], options: FetchOptions, *, err: TextIO | None = None,
                pages_ok: bool = False) -> RefreshSummary:
    """Refresh with a progress bar on a terminal and one line per failed feed; returns the summary."""
    from tui.library.refresh import refresh
    from tui.render.sanitize import sanitize

    err = err or sys.stderr
    progress = _progress(len(urls))
    task = None

    def on_start(total: int) -> None:
        nonlocal task
        if progress is not None:
            progress.start()
            task = progress.add_task("refresh", total=total)

    def on_feed(outcome: FeedOutcome) -> None:
        if progress is not None and task is not None:
            progress.advance(task)
        for warning in outcome.warnings:
            line = f"newsloupe: warning: {sanitize(warning)}"
            (progress.console.print(line, markup=False, highlight=False) if progress is not None
             else print(line, file=err))
        if not outcome.fetched and not (pages_ok and "web page" in (outcome.error or "")):
            line = f"newsloupe: {sanitize(outcome.error or outcome.url)}"
            (progress.console.print(line, markup=False, highlight=False) if progress is not None
             else print(line, file=err))

    try:
        return refresh(store, urls or None, on_start=on_start, on_feed=on_feed, **options)
    finally:
        if progress is not None:
            progress.stop()


def run(args: argparse.Namespace) -> int:
    from tui.library import feeds
    from tui.library.sources import is_url
    from tui.library.store import StoreError
    from tui.render.sanitize import sanitize

    for url in args.urls:
        if not is_url(url):
            raise CliError(f"{sanitize(url)}: not a feed address (refresh fetches http:// and https:// feeds; add a"
                           " file with `newsloupe add PATH`)", exitcodes.BAD_INPUT)
    options = fetch_options(args)
    store = open_store(args)
    try:
        if not args.urls and not feeds.feed_list(store):
            print("no feeds subscribed: add one with `newsloupe add URL`", file=sys.stderr)
            return exitcodes.OK
        summary = run_refresh(store, args.urls, options)
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    finally:
        store.close()
    print(summary.line(), file=sys.stderr)
    return exitcodes.FAILURE if summary.failed else exitcodes.OK
