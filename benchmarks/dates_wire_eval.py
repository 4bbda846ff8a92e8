"""Date values on 1997-2006 wire news: hand-labelled TIMEX3 in the texts of TempEval-3 *silver* files
(AFP and Xinhua English), kept as offsets and values only in benchmarks/data/dates_wire.json.

The texts are not in ../shared: give the folder that holds the silver ``.tml`` files with
``--texts DIR`` or ``NEWSLOUPE_WIRE_TML=DIR``; without it the script says so and exits 0. Only
each file's DCT, TITLE and the plain text of TEXT are read (the silver TIMEX3 tags are ignored);
each labelled document is rebuilt as TimeML with the hand labels, checked against the labelled
characters' hashes, and scored with the same code as ``newsloupe eval DIR --format timeml``
(the engine's facts read from the JSON ``extract --format jsonl`` prints). Both splits are
reported; ``--errors`` prints the dev split's errors only (the check split is scored, never read).

    .venv/bin/python benchmarks/dates_wire_eval.py --texts DIR [--errors] [--write OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from dates_modern_eval import file_name, print_splits, tml_document  # noqa: E402 - the modern set's writer and row

LABELS = ROOT / "benchmarks" / "data" / "dates_wire.json"
ENV = "NEWSLOUPE_WIRE_TML"


def write_tml(texts: Path, out: Path) -> dict[str, Path]:
    """Write ``out/dev`` and ``out/check`` from the silver files' texts and the hand labels."""
    from tui.evaluate.timeml import read_tml

    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    folders = {}
    for doc in labels["documents"]:
        source = read_tml(texts / doc["file"])
        folder = folders.setdefault(doc["split"], out / doc["split"])
        folder.mkdir(parents=True, exist_ok=True)
        own = [t for t in labels["timexes"] if t["doc"] == doc["id"]]
        page = tml_document(doc, source.title or "", source.text, own)
        (folder / file_name(doc["id"])).write_text(page, encoding="utf-8")
    return folders


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", metavar="DIR", default=os.environ.get(ENV), help=f"folder of the silver .tml files (or ${ENV})")
    parser.add_argument("--errors", action="store_true", help="print the dev split's misses, extras and wrong values")
    parser.add_argument("--write", metavar="OUT", help="only write the .tml files to OUT/dev and OUT/check")
    args = parser.parse_args(argv)
    texts = Path(args.texts) if args.texts else None
    if texts is None or not texts.is_dir():
        print(f"skipped: no folder of silver .tml texts (--texts DIR or ${ENV}){f': {texts} is absent' if texts else ''}")
        return 0
    if args.write:
        for split, folder in write_tml(texts, Path(args.write)).items():
            print(f"{split}: {folder}")
        return 0
    with tempfile.TemporaryDirectory(prefix="newsloupe-dates-wire-") as tmp:
        print_splits(write_tml(texts, Path(tmp)), errors=args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
