"""Add articles to the library: text, Markdown, HTML, JSON/JSONL, CSV, RSS/Atom files or feed URLs, OPML lists."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import exitcodes
from .main import CliError

FEEDS_PREF = "feeds"


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH", help="library database file (default: $NEWSLOUPE_DB or the user data dir)")


def open_store(args: argparse.Namespace):  # -> tui.library.store.Store
    """The library named by --db (or the default), with any recovery notice printed; exit 4 on failure."""
    from tui.library.store import Store, StoreError

    try:
        store = Store.open(getattr(args, "db", None))
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    if store.notice:
        from tui.render.sanitize import sanitize

        print(f"newsloupe: warning: {sanitize(store.notice)}", file=sys.stderr)
    return store


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("targets", nargs="*", metavar="PATH|URL", help="files, folders or feed URLs")
    add_db_argument(parser)
    parser.add_argument("--export-opml", metavar="FILE", help="write the library's feed list as OPML ('-' for stdout)")


def remember_feeds(store, urls: list[tuple[str, str]]) -> None:
    """Add feed (url, title) pairs to the subscribed feeds kept in the prefs."""
    feeds = {f["url"]: f for f in store.get_pref(FEEDS_PREF, [])}
    for url, title in urls:
        feeds.setdefault(url, {"url": url, "title": title})
    store.set_pref(FEEDS_PREF, list(feeds.values()))


def export_opml(store, target: str) -> None:
    from tui.library.sources.opml import FeedRef, write_feed_list

    refs = tuple(FeedRef(f["url"], f.get("title", "")) for f in store.get_pref(FEEDS_PREF, []))
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


def add_targets(store, targets: list[str], *, err=None) -> tuple[int, int, int]:  # type: ignore[no-untyped-def]
    """Read every target into the store; returns (added, already there, failed).

    A bad file costs that file only. A library failure (disk full, read-only, locked)
    stops at once: the summary of what was stored is printed, then the cause (exit 4).
    """
    err = err or sys.stderr
    from tui.extract.limits import ARTICLE_LIMIT, too_long_message
    from tui.library.sources import SourceError, is_url, iter_targets, read_source
    from tui.library.sources.opml import read_feed_list
    from tui.library.store import StoreError, file_digest
    from tui.render.sanitize import sanitize

    added = known = failed = 0
    for target in iter_targets(targets):
        try:
            if target.lower().endswith(".opml"):
                remember_feeds(store, [(r.url, r.title) for r in read_feed_list(target)])
            elif is_url(target):
                remember_feeds(store, [(target, "")])
            whole_file = None if is_url(target) else str(Path(target).resolve())
            for item in read_source(target):
                for warning in item.warnings:
                    print(f"newsloupe: warning: {sanitize(warning)}", file=err)
                if item.article is None:
                    failed += 1
                    continue
                if len(item.article.text) > ARTICLE_LIMIT:
                    print(f"newsloupe: {sanitize(too_long_message(item.location, len(item.article.text)))}", file=err)
                    failed += 1
                    continue
                digest = file_digest(target) if item.location == whole_file else None
                before = store.article_id_for(item.article.text)
                store.add_article(item.article, location=item.location, source_digest=digest)
                added, known = (added, known + 1) if before is not None else (added + 1, known)
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


def run(args: argparse.Namespace) -> int:
    if not args.targets and not args.export_opml:
        raise CliError("nothing to add: name files, folders or feed URLs (or --export-opml FILE)", exitcodes.BAD_INPUT)
    store = open_store(args)
    try:
        status = exitcodes.OK
        if args.targets:
            added, known, failed = add_targets(store, args.targets)
            print(summary_line(added, known, failed), file=sys.stderr)
            if failed and not (added or known):
                status = exitcodes.BAD_INPUT
        if args.export_opml:
            export_opml(store, args.export_opml)
        return status
    finally:
        store.close()
