"""``newsloupe eval DIR --format timeml``: TempEval-3 measures of the engine's date facts."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import exitcodes
from .common import CliError

if TYPE_CHECKING:
    from tui.evaluate.timeml import TimemlScores


def run_timeml(args: argparse.Namespace) -> int:
    from tui.evaluate.timeml import evaluate_timeml
    from tui.evaluate.types import GoldError
    from tui.extract import model

    path = Path(args.gold)
    if not path.exists():
        raise CliError(f"{args.gold}: no such file or folder", exitcodes.BAD_INPUT)
    nlp = model.load(args.model)
    try:
        scores = evaluate_timeml(path, nlp)
    except GoldError as exc:
        raise CliError(str(exc), exitcodes.BAD_INPUT) from None
    if args.format_out == "json":
        out = {"gold": str(args.gold), "format": "timeml", "model": model.full_name(nlp), **scores.as_dict()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return exitcodes.OK
    _print(scores, gold=str(args.gold), errors=args.errors)
    return exitcodes.OK


def _print(scores: TimemlScores, *, gold: str, errors: bool) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.render.sanitize import safe_text

    table = Table(title=Text(f"{scores.documents} documents, timeml: ") + safe_text(gold), title_justify="left")
    for name in ("type", "gold", "pred", "relaxed P", "R", "F1", "strict P", "R", "F1", "value acc", "value F1"):
        table.add_column(name, justify="left" if name == "type" else "right")
    rows = [(t, s) for t, s in scores.by_type.items() if s.gold or s.predicted]
    rows.append(("overall", scores.overall))
    for name, tally in rows:
        table.add_row(
            safe_text(name), str(tally.gold), str(tally.predicted),
            *(f"{v:.3f}" for v in tally.prf(tally.relaxed)),
            *(f"{v:.3f}" for v in tally.prf(tally.strict)),
            f"{tally.value_accuracy:.3f} ({tally.value}/{tally.relaxed})", f"{tally.value_f1:.3f}",
            style="bold" if name == "overall" else "",
        )
    console = Console()
    if not console.is_terminal:
        console.width = max(console.width, 150)  # a piped table keeps its columns readable
    console.print(table)
    if errors:
        for doc, g, p in scores.errors:
            kind = "miss" if p is None else "extra" if g is None else "value"
            gold_part = f"{g.text!r} {g.type} {g.value}" if g else "-"
            pred_part = f"{p.text!r} {p.type} {p.value}" if p else "-"
            console.print(safe_text(f"{kind:5} {doc}: gold {gold_part} | ours {pred_part}"))
