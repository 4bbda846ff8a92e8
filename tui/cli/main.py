"""Entry point: dispatch ``newsloupe [COMMAND] ...`` to its module, turning errors into one line."""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from . import exitcodes
from .common import CliError
from .reader_args import plain_reader_args

if TYPE_CHECKING:
    import argparse

#: Sub-command name -> module with ``configure(parser)`` and ``run(args) -> int``.
COMMANDS: dict[str, str] = {
    "extract": "tui.cli.extract_cmd",
    "add": "tui.cli.add_cmd",
    "index": "tui.cli.index_cmd",
    "entities": "tui.cli.entities_cmd",
    "timeline": "tui.cli.timeline_cmd",
    "export": "tui.cli.export_cmd",
    "refresh": "tui.cli.refresh_cmd",
    "feeds": "tui.cli.feeds_cmd",
    "eval": "tui.cli.eval_cmd",
    "check": "tui.cli.check_cmd",
    "backup": "tui.cli.backup_cmd",
    "repair": "tui.cli.repair_cmd",
}
READER = "tui.cli.read_cmd"


def build_parser(command: str | None) -> argparse.ArgumentParser:
    # argparse loads here: the reader's plain command lines do without it (see reader_args).
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> NoReturn:
            # argparse prints usage + message and exits 2: keep it to one line.
            self.exit(exitcodes.BAD_INPUT, f"{self.prog}: error: {message}\n")

    prog = "newsloupe" if command is None else f"newsloupe {command}"
    module = importlib.import_module(COMMANDS[command] if command else READER)
    parser = _Parser(prog=prog, description=(module.__doc__ or "").strip().splitlines()[0])
    module.configure(parser)
    parser.set_defaults(_run=module.run)
    return parser


def _split(argv: Sequence[str]) -> tuple[str | None, list[str]]:
    args = list(argv)
    if args and args[0] in COMMANDS:
        return args[0], args[1:]
    return None, args


def main(argv: Sequence[str] | None = None) -> int:
    previous = sys.unraisablehook
    sys.unraisablehook = _ctrl_c_is_heard
    try:
        return _main(argv)
    finally:
        sys.unraisablehook = previous


def _ctrl_c_is_heard(unraisable: sys.UnraisableHookArgs) -> None:
    """Ctrl-C that lands while the garbage collector runs a ``__del__`` (the regex module's, as a page is
    read) is "ignored" by Python: a traceback was printed and the command ran on to exit 0. The signal is
    sent again a moment later, from a timer thread: raised here, it would land in this hook and be lost too."""
    if issubclass(unraisable.exc_type, KeyboardInterrupt):
        import signal
        import threading

        timer = threading.Timer(0.05, os.kill, (os.getpid(), signal.SIGINT))
        timer.daemon = True  # a command that ends first is not held up, nor interrupted on its way out
        timer.start()
        return
    sys.__unraisablehook__(unraisable)


def _main(argv: Sequence[str] | None) -> int:
    from tui.extract.limits import ArticleTooLong
    from tui.extract.model import ModelNotFound
    from tui.library.outputs import OutputRefused
    from tui.library.safety import StoreError

    command, rest = _split(sys.argv[1:] if argv is None else argv)
    if rest[:1] in (["-h"], ["--help"]) and command is None:
        _print_overview()
    try:
        plain = plain_reader_args(rest) if command is None else None
        if plain is not None:
            from . import read_cmd

            return int(read_cmd.run(plain) or 0)
        args = build_parser(command).parse_args(rest)
        return int(args._run(args) or 0)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else exitcodes.FAILURE
    except CliError as exc:
        print(f"newsloupe: {_visible(exc)}", file=sys.stderr)
        return exc.code
    except OutputRefused as exc:
        print(f"newsloupe: {_visible(exc)}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    except StoreError as exc:
        # Locked, read-only, disk full, damaged: the library was left as it was.
        print(f"newsloupe: {_visible(exc)}", file=sys.stderr)
        return exitcodes.STORE_ERROR
    except MemoryError:
        print("newsloupe: out of memory; what was stored so far is kept", file=sys.stderr)
        return exitcodes.FAILURE
    except ModelNotFound as exc:
        print(f"newsloupe: {_visible(exc)}", file=sys.stderr)
        return exitcodes.MODEL_MISSING
    except ArticleTooLong as exc:
        print(f"newsloupe: {_visible(exc)}", file=sys.stderr)
        return exitcodes.BAD_INPUT
    except KeyboardInterrupt:
        print("newsloupe: interrupted", file=sys.stderr)
        return exitcodes.INTERRUPTED
    except BrokenPipeError:
        # `newsloupe extract ... | head`: the reader went away; not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return exitcodes.OK
    except Exception as exc:  # noqa: BLE001 - the last line of defence: never a traceback
        if os.environ.get("NEWSLOUPE_DEBUG"):
            raise
        if type(exc).__module__.startswith("psycopg"):  # a shared library's server failed mid-way
            print(f"newsloupe: PostgreSQL: {_visible(exc)}", file=sys.stderr)
            return exitcodes.STORE_ERROR
        print(f"newsloupe: internal error: {type(exc).__name__}: {_visible(exc)}", file=sys.stderr)
        return exitcodes.FAILURE


def _visible(exc: BaseException) -> str:
    """The message on one line with its control characters shown, not obeyed (file names can hold ESC)."""
    from tui.render.sanitize import sanitize

    return sanitize(str(exc)).replace("\n", " ")


def _print_overview() -> None:
    print("newsloupe [PATH...]            open the reader (default: the library, or seeds/)")
    for name in COMMANDS:
        print(f"newsloupe {name} --help")
    print()
