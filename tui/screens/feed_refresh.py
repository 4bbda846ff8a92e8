"""``R`` in the reader: refresh the subscribed feeds in a thread worker while reading goes on.

The worker opens its own connection to the library (SQLite in WAL mode lets the reader
keep reading), runs ``tui.library.refresh`` and posts one ``FeedsRefreshed`` message;
the app then appends the new articles to the list. No Textual widgets are touched here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.message import Message

from tui.messages import FeedsRefreshed


def run_refresh_job(db_path: str | Path, *, post: Callable[[Message], object], cancelled: Callable[[], bool]) -> None:
    """Refresh every subscribed feed of the library at ``db_path`` (a file or a URL); post FeedsRefreshed when done."""
    from tui.config import load_fetch_options
    from tui.library import feeds
    from tui.library.refresh import refresh
    from tui.library.store import Store, StoreError

    try:
        with Store.open(db_path) as store:
            if not feeds.feed_list(store):
                post(FeedsRefreshed((), "no feeds subscribed: add one with `newsloupe add URL`", ()))
                return
            options = load_fetch_options()
            summary = refresh(store, full_text=bool(options.get("full_text", True)), cancelled=cancelled)
    except StoreError as exc:
        post(FeedsRefreshed((), f"refresh failed: {exc}", ()))
        return
    new_ids = tuple(i for outcome in summary.outcomes for i in outcome.new_ids)
    post(FeedsRefreshed(new_ids, summary.line(), tuple(o.error or o.url for o in summary.failed)))
