"""Named-speaker rate on real inputs: hand-labelled quotes in Wikinews articles and saved web pages
(benchmarks/data/quote_speakers_real.json, offsets and names only; the texts come from ../shared).

A labelled quote is matched by the predicted quote whose content overlaps it most (at least half of
the longer span). The speaker is read as an outside reader of ``extract --format jsonl`` would:
the JSON's ``speaker.name`` (else ``speaker.text``), scored strictly (quotes_eval.strict_speaker).
``--local`` scores the words at the cue instead; ``--entity`` the name of the entity the speaker
links to (what a reader who follows ``speaker.entity`` into ``entities`` gets).

    .venv/bin/python benchmarks/quote_speakers_eval.py [--show] [--local]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from quotes_eval import strict_speaker  # noqa: E402

LABELS = ROOT / "benchmarks" / "data" / "quote_speakers_real.json"
SHARED = ROOT.parent / "shared" / "data"


def _texts(documents: list[dict]) -> dict[str, dict]:
    """Each labelled document's analysis as JSON (the schema ``extract`` writes)."""
    from tui.extract import analyse, model
    from tui.extract.serialize import to_dict
    from tui.library.sources import read_one

    rows = {}
    for path in sorted((SHARED / "wikinews" / "data").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows.update({r["url"]: r for r in csv.DictReader(handle)})
    nlp = model.load()
    out = {}
    for doc in documents:
        if "url" in doc:
            row = rows[doc["url"]]
            analysis = analyse(row["text"], nlp=nlp, published=row["date"], title=row["title"])
        else:
            article = read_one(SHARED / "web" / "pages" / doc["page"])
            analysis = analyse(article.text, nlp=nlp, published=article.published, title=article.title)
        out[doc["id"]] = to_dict(analysis, include_text=True)
    return out


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0])
    return shared / longest if longest else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print the wrong speakers")
    parser.add_argument("--local", action="store_true", help="score the words at the cue (speaker_local)")
    parser.add_argument("--entity", action="store_true", help="score the name of the entity the speaker links to")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent")
        return 0
    labels = json.loads(LABELS.read_text(encoding="utf-8"))
    docs = _texts(labels["documents"])
    tallies: dict[str, dict[str, int]] = {}
    for item in labels["quotes"]:
        doc = docs[item["doc"]]
        tally = tallies.setdefault(item["split"], dict(named=0, matched=0, right=0, unnamed=0, kept=0, drift=0))
        span = (item["start"], item["end"])
        if hashlib.sha1(doc["text"][span[0] : span[1]].encode()).hexdigest()[:12] != item["sha1"]:
            tally["drift"] += 1  # the page's text changed under the offsets: say so, score anyway
        quotes = [f for f in doc["facts"] if f["kind"] == "quote"]
        best = max(quotes, key=lambda f: _overlap(span, (f["content"]["start"], f["content"]["end"])), default=None)
        if best is not None and _overlap(span, (best["content"]["start"], best["content"]["end"])) < 0.5:
            best = None
        said = (best or {}).get("speaker_local" if args.local else "speaker") or {}
        name = said.get("text") if args.local else said.get("name") or said.get("text")
        if args.entity and said.get("entity"):
            name = next((e["name"] for e in doc["entities"] if e["id"] == said["entity"]), name)
        elif args.entity and (best or {}).get("speaker_resolved"):  # the JSON before 1.6.0
            name = best["speaker_resolved"]["text"]
        if item.get("unnamed"):
            tally["unnamed"] += 1
            tally["kept"] += best is not None and not said.get("entity")
            continue
        tally["named"] += 1
        tally["matched"] += best is not None
        right = best is not None and strict_speaker(item["speaker"], name)
        tally["right"] += right
        if args.show and best is not None and not right:
            print(f"  {item['split']:5} {item['doc'][:40]:40} gold={item['speaker'][0]!r} got={name!r}")
    for split in ("dev", "check"):
        t = tallies.get(split)
        if t:
            rate = t["right"] / (t["matched"] or 1)
            print(f"{split:5} named quotes={t['named']} matched={t['matched']} named speaker right={rate:.3f}  "
                  f"unnamed kept unnamed={t['kept']}/{t['unnamed']}" + (f"  drifted={t['drift']}" if t["drift"] else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
