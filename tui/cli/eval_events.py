"""``newsloupe eval GOLD --format events``: event and argument P/R/F1 against hand-annotated events."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from . import exitcodes
from .common import CliError

if TYPE_CHECKING:
    from tui.evaluate.events import GoldArticle, GoldEvent
    from tui.extract.types import Analysis, EventFact

#: Where the Wikinews CSVs usually sit beside a checkout (../shared/data/wikinews).
_DEFAULT_TEXTS = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "wikinews"


def run(args: argparse.Namespace) -> int:
    from tui.evaluate.events import EventGoldError, evaluate_events, load_events_gold

    texts = Path(args.texts) if args.texts else _DEFAULT_TEXTS
    try:
        articles = load_events_gold(Path(args.gold), texts, split=args.split)
    except EventGoldError as exc:
        raise CliError(str(exc), exitcodes.BAD_INPUT) from None
    if not articles:
        raise CliError(f"{args.gold}: no articles" + (f" in split {args.split!r}" if args.split else ""), exitcodes.BAD_INPUT)

    from tui.extract import model

    nlp = model.load(args.model)
    show = _show if args.show else None
    scores = evaluate_events(articles, nlp, show=show)
    if args.format_out == "json":
        out = {"gold": str(args.gold), "format": "events", "split": args.split, "model": model.full_name(nlp),
               **scores.as_dict()}
        sys.stdout.write(json.dumps(out, indent=2) + "\n")
        return exitcodes.OK
    e, a = scores.events, scores.arguments
    split = f" ({args.split})" if args.split else ""
    print(f"{scores.documents} articles{split}")
    print(f"events     P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}  ({e.tp} matched, {e.fp} extra, {e.fn} missed)")
    print(f"arguments  P {a.precision:.3f}  R {a.recall:.3f}  F1 {a.f1:.3f}  ({a.tp} right, {a.fp} wrong, {a.fn} missed)")
    print(f"factuality {scores.factuality_right}/{e.tp} matched events right")
    for kind, c in sorted(scores.per_type.items()):
        print(f"  {kind:<12} found {c.tp}/{c.tp + c.fn}")
    return exitcodes.OK


def _show(article: GoldArticle, analysis: Analysis, pairs: list[tuple[GoldEvent, EventFact | None]]) -> None:
    """Each gold event beside the event matched to it, then the predicted events matched to none."""
    from tui.render.sanitize import safe_text

    print(f"== {safe_text(article.title).plain}")
    used = set()
    for gold, fact in pairs:
        words = " / ".join(article.text[a:b] for a, b in gold.triggers)
        got = safe_text(fact.text).plain if fact is not None else "MISSED"
        if fact is not None:
            used.add(id(fact))
        print(f"  {gold.type:<10} {words!r:<30} {'|'.join(gold.actors)} -> {'|'.join(gold.targets)} @ {gold.place}  => {got}")
    for extra in analysis.facts_of("event"):
        if id(extra) not in used:
            print(f"  EXTRA {safe_text(extra.text).plain}")
