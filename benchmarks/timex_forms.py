"""Which expressions TimeML annotators tag: the engine's date facts by form, against TimeBank's practice.

Every expression the engine predicts (on TimeBank and, with ``--unlabelled``, on the Wikinews
articles, the saved web pages and the wire texts of ``NEWSLOUPE_WIRE_TML``) is reduced to a form
(lower case, digits -> ``#``, number words -> ``N``). For each form the script counts, over
TimeBank's text, how often the same words are a gold TIMEX3 exactly (``tagged``), lie inside or
across a longer gold TIMEX3 (``part``), or stand untagged (``untagged``); and how often the engine
tagged it on TimeBank with and without a gold overlap. Forms the engine tags that TimeBank's
annotators leave untagged are candidates for a rule; ``--gold`` lists the reverse (forms TimeBank
tags that the engine misses).

    .venv/bin/python benchmarks/timex_forms.py [--unlabelled] [--gold] [--min N] [--cache FILE] [--type DURATION]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared" / "data"

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"
)
_NUMBER = re.compile(rf"\b(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?\b")
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def form_of(words: str) -> str:
    """"Two years ago" -> "N years ago", "March 1998" -> "march #"."""
    return _DIGITS.sub("#", _NUMBER.sub("N", " ".join(words.lower().split())))


def pattern_of(form: str) -> re.Pattern[str]:
    """The words of a form, found anywhere in a text (any number where it has # or N)."""
    parts = []
    for piece in re.split(r"(#|\bN\b|\s+)", form):
        if piece == "#":
            parts.append(r"\d+(?:[.,]\d+)*")
        elif piece == "N":
            parts.append(rf"(?:{_NUMBER_WORDS})(?:-(?:{_NUMBER_WORDS}))?")
        elif piece.isspace():
            parts.append(r"\s+")
        elif piece:
            parts.append(re.escape(piece))
    return re.compile(r"(?<![\w-])" + "".join(parts) + r"(?![\w-])", re.IGNORECASE)


def predict(items: list[tuple[str, str, str | None, str | None]]) -> dict[str, list[tuple[int, int, str, str]]]:
    """(name, text, title, published) -> the engine's date facts (start, end, type, value) per name."""
    from tui.extract import analyse_many, model
    from tui.extract.types import ArticleInput

    nlp = model.load()
    inputs = (ArticleInput(text=text, title=title, published=published) for _, text, title, published in items)
    out = {}
    for (name, *_), analysis in zip(items, analyse_many(inputs, nlp=nlp), strict=True):
        out[name] = [(f.span.start, f.span.end, f.type or "DATE", f.value or "") for f in analysis.facts if f.kind == "date" and f.span]
    return out


def unlabelled_texts() -> list[tuple[str, str, str | None, str | None]]:
    """Wikinews rows, saved web pages and the wire texts (when their folder is given)."""
    from tui.evaluate.timeml import read_tml
    from tui.library.sources import read_one

    items = []
    for path in sorted((SHARED / "wikinews" / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            items += [(f"wn:{r['url']}", r["text"], r["title"], r["date"]) for r in csv.DictReader(handle)]
    for path in sorted((SHARED / "web" / "pages").glob("*.html")):
        article = read_one(path)
        items.append((f"page:{path.name}", article.text, article.title, article.published))
    if (wire := os.environ.get("NEWSLOUPE_WIRE_TML")) and Path(wire).is_dir():
        for path in sorted(Path(wire).glob("*.tml")):
            doc = read_tml(path)
            items.append((f"wire:{path.name}", doc.text, doc.title, doc.dct))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--unlabelled", action="store_true", help="also read forms off unlabelled news")
    parser.add_argument("--gold", action="store_true", help="list forms TimeBank tags that the engine misses")
    parser.add_argument("--min", type=int, default=2, help="only forms seen at least this often (default 2)")
    parser.add_argument("--cache", type=Path, help="keep the engine's predictions in this JSON file")
    parser.add_argument("--type", help="only the engine's facts of this TimeML type (DATE, TIME, DURATION, SET)")
    args = parser.parse_args(argv)
    from tui.evaluate.timeml import read_tml, tml_files

    docs = [read_tml(p) for p in tml_files(SHARED / "timebank" / "TimeBank")]
    if args.cache and args.cache.exists():
        predicted = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        items = [(f"tb:{d.name}", d.text, d.title, d.dct) for d in docs]
        predicted = predict(items + (unlabelled_texts() if args.unlabelled else []))
        if args.cache:
            args.cache.write_text(json.dumps(predicted), encoding="utf-8")
    texts = {f"tb:{d.name}": d for d in docs}
    engine_forms: Counter[str] = Counter()
    on_timebank: dict[str, Counter[str]] = {}
    for name, facts in predicted.items():
        for start, end, kind, _ in facts:
            if args.type and kind != args.type:
                continue
            words = texts[name].text[start:end] if name in texts else None
            if words is None:
                continue
            form = form_of(words)
            engine_forms[form] += 1
            hit = any(g.start < end and start < g.end for g in texts[name].timexes)
            on_timebank.setdefault(form, Counter())["hit" if hit else "extra"] += 1
    if args.unlabelled:
        # Forms seen off TimeBank need the text again; cheap to rebuild.
        unl = {n: t for n, t, *_ in unlabelled_texts()}
        for name, facts in predicted.items():
            if name in unl:
                for start, end, kind, _ in facts:
                    if not args.type or kind == args.type:
                        engine_forms[form_of(unl[name][start:end])] += 1
    gold_forms = Counter(form_of(g.text) for d in docs for g in d.timexes)
    forms = set(engine_forms) if not args.gold else set(gold_forms)
    print(f"{'form':40} {'engine':>6} {'tagged':>6} {'part':>5} {'untag':>5}  tb-hit tb-extra")
    rows = []
    for form in forms:
        if (engine_forms[form] if not args.gold else gold_forms[form]) < args.min:
            continue
        pattern, counts = pattern_of(form), Counter()
        for d in docs:
            for m in pattern.finditer(d.text):
                over = [g for g in d.timexes if g.start < m.end() and m.start() < g.end]
                exact = any((g.start, g.end) == m.span() for g in over)
                counts["tagged" if exact else "part" if over else "untagged"] += 1
        seen = on_timebank.get(form, Counter())
        rows.append((form, engine_forms[form], counts["tagged"], counts["part"], counts["untagged"], seen["hit"], seen["extra"]))
    rows.sort(key=lambda r: (-(r[4] - r[2]), r[0]) if not args.gold else (-(r[2] - r[5]), r[0]))
    for form, n, tagged, part, untagged, hit, extra in rows:
        print(f"{form[:40]:40} {n:6} {tagged:6} {part:5} {untagged:5}  {hit:6} {extra:6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
