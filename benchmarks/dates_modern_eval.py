"""Date values on modern news: hand-labelled TIMEX3 in Wikinews articles and saved web pages
(benchmarks/data/dates_modern.json, offsets and values only; the texts come from ../shared).

The script rebuilds each labelled document as a TimeML ``.tml`` file (creation time, title, text
with inline TIMEX3) from ../shared, then scores the engine with the same code as
``newsloupe eval DIR --format timeml`` (which reads the engine's date facts from the JSON that
``extract --format jsonl`` prints, given front-matter ``title:`` and ``date:``). Both splits are
reported; ``--errors`` prints the dev split's errors only (the check split is scored, never read).

    .venv/bin/python benchmarks/dates_modern_eval.py [--labels FILE] [--errors] [--write DIR]

``--labels`` scores another set in the same format (benchmarks/dates_blind_eval.py uses it).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = ROOT / "benchmarks" / "data" / "dates_modern.json"
SHARED = ROOT.parent / "shared" / "data"


class DriftError(Exception):
    """The text in ../shared no longer matches the labelled characters."""


def source_texts(documents: list[dict]) -> dict[str, tuple[str, str]]:
    """Each labelled document's (title, text): the Wikinews row, a GUM news file's text, or the page's main
    text as the reader reads it."""
    from tui.library.sources import read_one

    rows: dict[str, dict[str, str]] = {}
    for path in sorted((SHARED / "wikinews" / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.update({r["url"]: r for r in csv.DictReader(handle)})
    out = {}
    for doc in documents:
        if "url" in doc:
            row = rows[doc["url"]]
            out[doc["id"]] = (row["title"], row["text"])
        elif "gum" in doc:
            out[doc["id"]] = gum_text(SHARED / "gum_news" / "dep" / doc["gum"])
        else:
            article = read_one(SHARED / "web" / "pages" / doc["page"])
            out[doc["id"]] = (article.title or "", article.text)
    return out


def gum_text(path: Path) -> tuple[str, str]:
    """A GUM news file (a Wikinews article) as (title, text): its ``meta::title``, and its paragraphs
    (``# newpar``) of sentences (``# text =``) joined by a space, blank lines between paragraphs;
    the headline block is the title, not the text."""
    title, paragraphs, head = "", [], False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# meta::title = "):
            title = line.removeprefix("# meta::title = ")
        elif line == "# newpar":
            paragraphs.append([])
        elif line.startswith("# newpar_block = "):
            head = line.removeprefix("# newpar_block = ").startswith("head")
        elif line.startswith("# text = ") and paragraphs and not head:
            paragraphs[-1].append(line.removeprefix("# text = "))
    return title, "\n\n".join(" ".join(p) for p in paragraphs if p)


def tml_document(doc: dict, title: str, text: str, timexes: list[dict]) -> str:
    """One labelled document as TimeML: DCT, TITLE and TEXT with inline TIMEX3 (values only)."""
    parts, pos = [], 0
    for n, t in enumerate(sorted(timexes, key=lambda t: t["start"]), start=1):
        span = text[t["start"] : t["end"]]
        if hashlib.sha1(span.encode()).hexdigest()[:12] != t["sha1"]:
            raise DriftError(f"{doc['id']}: labelled characters at {t['start']}-{t['end']} changed ({span!r})")
        parts.append(escape(text[pos : t["start"]]))
        parts.append(f'<TIMEX3 tid="t{n}" type={quoteattr(t["type"])} value={quoteattr(t["value"])}>{escape(span)}</TIMEX3>')
        pos = t["end"]
    parts.append(escape(text[pos:]))
    return (
        '<?xml version="1.0" ?>\n<TimeML>\n'
        f'<DOCID>{escape(doc["id"])}</DOCID>\n'
        f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(doc["dct"])} temporalFunction="false" '
        f'functionInDocument="CREATION_TIME">{escape(doc["dct"])}</TIMEX3></DCT>\n'
        f"<TITLE>{escape(title)}</TITLE>\n<TEXT>{''.join(parts)}</TEXT>\n</TimeML>\n"
    )


def file_name(doc_id: str) -> str:
    """A short, file-system-safe name that keeps the source visible."""
    digest = hashlib.sha1(doc_id.encode()).hexdigest()[:6]
    stem = "".join(c if c.isalnum() else "_" for c in doc_id)[:48]
    return f"{stem}_{digest}.tml"


def write_tml(out: Path, labels_file: Path = LABELS) -> dict[str, Path]:
    """Write ``out/dev`` and ``out/check`` for the set in ``labels_file``; returns the split folders."""
    labels = json.loads(labels_file.read_text(encoding="utf-8"))
    texts = source_texts(labels["documents"])
    folders = {}
    for doc in labels["documents"]:
        folder = folders.setdefault(doc["split"], out / doc["split"])
        folder.mkdir(parents=True, exist_ok=True)
        title, text = texts[doc["id"]]
        own = [t for t in labels["timexes"] if t["doc"] == doc["id"]]
        (folder / file_name(doc["id"])).write_text(tml_document(doc, title, text, own), encoding="utf-8")
    return folders


def _row(name: str, tally) -> str:  # noqa: ANN001 - a tui.evaluate.timeml.Tally
    p, r, f = tally.prf(tally.relaxed)
    return (f"  {name:9} gold={tally.gold:3} pred={tally.predicted:3}  relaxed P/R/F1 {p:.3f}/{r:.3f}/{f:.3f}"
            f"  strict F1 {tally.prf(tally.strict)[2]:.3f}  value acc {tally.value_accuracy:.3f}"
            f" ({tally.value}/{tally.relaxed})  value F1 {tally.value_f1:.3f}")


def print_splits(folders: dict[str, Path], *, errors: bool) -> None:
    """Score the engine on each split's .tml files and print its rows (and the dev split's errors if asked)."""
    from tui.evaluate.timeml import read_tml, score, timeml_predictions, tml_files
    from tui.extract import model

    nlp = model.load()
    for split in ("dev", "check"):
        docs = [read_tml(p) for p in tml_files(folders[split])]
        scores = score(docs, timeml_predictions(docs, nlp))
        print(f"{split}: {len(docs)} documents")
        for name, tally in [*scores.by_type.items(), ("overall", scores.overall)]:
            if tally.gold or tally.predicted:
                print(_row(name, tally))
        if errors and split == "dev":
            for doc, g, p in scores.errors:
                kind = "miss" if p is None else "extra" if g is None else "value"
                gold = f"{g.text!r} {g.type} {g.value}" if g else "-"
                ours = f"{p.text!r} {p.type} {p.value}" if p else "-"
                print(f"    {kind:5} {doc[:40]}: gold {gold} | ours {ours}")


def main(argv: list[str] | None = None, *, labels: Path = LABELS) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", metavar="FILE", type=Path, default=labels, help="the labelled set (default: %(default)s)")
    parser.add_argument("--errors", action="store_true", help="print the dev split's misses, extras and wrong values")
    parser.add_argument("--write", metavar="DIR", help="only write the .tml files to DIR/dev and DIR/check")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent")
        return 0
    if args.write:
        for split, folder in write_tml(Path(args.write), args.labels).items():
            print(f"{split}: {folder}")
        return 0
    with tempfile.TemporaryDirectory(prefix="newsloupe-dates-modern-") as tmp:
        print_splits(write_tml(Path(tmp), args.labels), errors=args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
