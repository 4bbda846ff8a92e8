"""The reader's plain command lines, read without argparse, mean what argparse makes of them."""

from __future__ import annotations

import itertools

import pytest

from tui.cli.main import build_parser
from tui.cli.reader_args import plain_reader_args

WORDS = ["a.txt", "folder", "--db", "lib.db", "--theme", "light", "--model", "m", "--user", "ann", "--mono", ""]


def _argparse(argv: list[str]) -> dict[str, object] | None:
    try:
        args = vars(build_parser(None).parse_args(argv))
    except SystemExit:
        return None
    args.pop("_run")
    return args


def _forms() -> list[list[str]]:
    """Every command line of up to four of the words above, in every order."""
    return [list(f) for n in range(5) for f in itertools.permutations(WORDS, n)]


def test_every_form_it_reads_is_read_as_argparse_reads_it() -> None:
    read = 0
    for argv in _forms():
        plain = plain_reader_args(argv)
        if plain is None:
            continue
        read += 1
        assert vars(plain) == _argparse(argv), argv
    assert read > 1000  # most plain forms skip argparse


@pytest.mark.parametrize("argv", [
    ["--help"], ["-h"], ["--db=lib.db"], ["--th", "light"], ["--", "-odd.txt"], ["-odd.txt"],
    ["a.txt", "--mono", "b.txt"], ["--db"], ["--db", "--mono"], ["--theme", "-1"], ["-"], ["--nope"],
])
def test_anything_else_is_left_to_argparse(argv: list[str]) -> None:
    assert plain_reader_args(argv) is None


def test_the_reader_options_are_all_known() -> None:
    # A new reader option must be taught to reader_args, or a plain start would lack its default.
    plain = plain_reader_args(["a.txt"])
    assert plain is not None and vars(plain) == _argparse(["a.txt"])
