"""The reader's plain command lines read without argparse (its import and parser cost ~1% of the first paint).

Only the forms whose meaning is beyond doubt: paths in one run, and the reader's own options
spelt whole with their value in the next word (``--db PATH``, ``--theme NAME``, ``--model NAME``,
``--user NAME``, ``--mono``). Anything else (``--help``, ``--db=PATH``, an abbreviation, ``--``,
a value or path starting with ``-``, paths on both sides of an option, a missing value) returns
None and goes through argparse as before, so its errors and help stay argparse's own. A test
checks both give the same Namespace on every form this reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from types import SimpleNamespace

#: The reader's options that take a value (see ``tui.cli.read_cmd.configure``), by attribute.
VALUED = {"--db": "db", "--theme": "theme", "--model": "model", "--user": "user"}
FLAGS = {"--mono": "mono"}


def plain_reader_args(argv: Sequence[str]) -> SimpleNamespace | None:
    """The reader's arguments as argparse would give them, or None where argparse must decide."""
    values: dict[str, object] = {"paths": [], "model": None, "theme": None, "mono": False, "db": None, "user": None}
    paths: list[str] = []
    runs = 0  # runs of paths: argparse takes only one for ``paths`` (nargs="*")
    previous_was_path = False
    i = 0
    while i < len(argv):
        word = argv[i]
        if not word.startswith("-"):
            if not previous_was_path:
                runs += 1
            paths.append(word)
            previous_was_path = True
            i += 1
            continue
        previous_was_path = False
        if word in FLAGS:
            values[FLAGS[word]] = True
            i += 1
        elif word in VALUED and i + 1 < len(argv) and not argv[i + 1].startswith("-") and argv[i + 1].strip():
            values[VALUED[word]] = argv[i + 1]
            i += 2
        else:
            return None
    if runs > 1:
        return None
    values["paths"] = paths
    return SimpleNamespace(**values)
