"""Score quote extraction against the hand-annotated Wikinews set in benchmarks/data/quotes_gold.json.

A predicted quote matches a gold quote when their contents overlap by at least 0.3 (shared
characters over the longer of the two; ``--lenient`` uses the shorter), one-to-one, best first.
A match is right when the speaker names the same person or source and the cue is the same word.
By default the speaker's words or its entity's name may match the gold name loosely (a shared
surname, one inside the other). ``--strict`` scores as an outside reader of
``extract --format jsonl`` would: only the JSON's ``speaker.name`` (else ``speaker.text``), and it
must hold every word of a gold name (titles aside), or be two or more words of it.

    .venv/bin/python benchmarks/quotes_eval.py [--split dev|test|all] [--strict] [--show]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOLD = ROOT / "benchmarks" / "data" / "quotes_gold.json"
THRESHOLD = 0.3


@dataclass
class Tally:
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    speaker_right: int = 0
    cue_right: int = 0
    both_right: int = 0

    def add(self, other: "Tally") -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def line(self, label: str) -> str:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        m = self.matched or 1
        return (f"{label:<6} gold={self.gold:>3} pred={self.predicted:>3} matched={self.matched:>3}  "
                f"P={p:.3f} R={r:.3f} F1={f:.3f}  speaker={self.speaker_right / m:.3f} "
                f"cue={self.cue_right / m:.3f} both={self.both_right / m:.3f}")


def overlap(a: tuple[int, int], b: tuple[int, int], *, lenient: bool) -> float:
    shared = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    longest = max(a[1] - a[0], b[1] - b[0]) if not lenient else min(a[1] - a[0], b[1] - b[0])
    return shared / longest if longest > 0 else 0.0


def _norm(name: str) -> str:
    words = name.lower().replace("’", "'").replace("'s", "").split()
    while words and words[0] in {"the", "a", "an"}:
        words.pop(0)
    return " ".join(words)


def speaker_matches(gold_names: list[str], predicted: list[str]) -> bool:
    for g in map(_norm, gold_names):
        for p in map(_norm, predicted):
            if not g or not p:
                continue
            if g == p or g in p or p in g or g.split()[-1] == p.split()[-1]:
                return True
    return False


_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "prime", "minister", "the", "a", "an"})


def _words(name: str) -> list[str]:
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace("'s", "")
    return [w for w in re.split(r"[^a-z0-9-]+", plain) if w and w not in _TITLES]


def strict_speaker(gold_names: list[str], predicted: str | None) -> bool:
    """The JSON's named speaker holds a whole gold name, or is two or more of its words."""
    said = _words(predicted or "")
    if not said:
        return False
    for gold in map(_words, gold_names):
        if said == gold or set(gold) <= set(said) and len(said) <= len(gold) + 3 \
                or set(said) <= set(gold) and len(said) >= 2:
            return True
    return False


def cue_matches(gold: str, predicted: str | None) -> bool:
    if not gold:
        return predicted is None
    return predicted is not None and predicted.lower() == gold.lower()


def score_article(article: dict, analysis, *, lenient: bool, show: bool, strict: bool = False) -> Tally:
    text = article["text"]
    gold = []
    for q in article["quotes"]:
        start = text.index(q["content"])
        gold.append(((start, start + len(q["content"])), q))
    facts = list(analysis.facts_of("quote"))
    from tui.extract.serialize import to_dict

    as_json = [f for f in to_dict(analysis)["facts"] if f["kind"] == "quote"]  # same order as facts
    pairs = []
    for gi, (gspan, _) in enumerate(gold):
        for pi, fact in enumerate(facts):
            ov = overlap(gspan, (fact.content.start, fact.content.end), lenient=lenient)
            if ov >= THRESHOLD:
                pairs.append((ov, gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p = set(), set()
    tally = Tally(gold=len(gold), predicted=len(facts))
    for _, gi, pi in pairs:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        fact, q = facts[pi], gold[gi][1]
        names = []
        if fact.speaker is not None:
            names.append(fact.speaker.text)
            ent = analysis.entity(fact.speaker.entity) if fact.speaker.entity else None
            if ent is not None:
                names.append(ent.name)
        if strict:
            said = as_json[pi]["speaker"] or {}
            names = [said.get("name") or said.get("text") or ""]
            spk = strict_speaker(q["speaker"], names[0])
        else:
            spk = speaker_matches(q["speaker"], names)
        cue = cue_matches(q["cue"], fact.cue.text if fact.cue else None)
        tally.matched += 1
        tally.speaker_right += spk
        tally.cue_right += cue
        tally.both_right += spk and cue
        if show and not (spk and cue):
            print(f"  WRONG  gold={q['speaker']}/{q['cue']!r} got={names}/{fact.cue.text if fact.cue else None!r}"
                  f"  {q['content'][:60]!r}")
    if show:
        for gi, (_, q) in enumerate(gold):
            if gi not in used_g:
                print(f"  MISSED {q['speaker'][0]}/{q['cue']}: {q['content'][:80]!r}")
        for pi, fact in enumerate(facts):
            if pi not in used_p:
                print(f"  EXTRA  [{fact.rule}] {fact.text[:100]!r}")
    return tally


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "test2", "all"), default="all")
    parser.add_argument("--lenient", action="store_true", help="overlap over the shorter span")
    parser.add_argument("--show", action="store_true", help="print misses, extras and wrong speakers")
    parser.add_argument("--strict", action="store_true", help="score the JSON's named speaker, strictly")
    args = parser.parse_args(argv)

    from tui.extract import analyse, model

    nlp = model.load()
    articles = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    totals: dict[str, Tally] = {}
    for article in articles:
        if args.split != "all" and article["split"] != args.split:
            continue
        analysis = analyse(article["text"], nlp=nlp, published=article["date"])
        if args.show:
            print(f"# {article['split']} {article['title']}")
        tally = score_article(article, analysis, lenient=args.lenient, show=args.show, strict=args.strict)
        totals.setdefault(article["split"], Tally()).add(tally)
        totals.setdefault("all", Tally()).add(tally)
    for label in ("dev", "test", "test2", "all"):
        if label in totals:
            print(totals[label].line(label))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
