"""Which of our hand labels TimeBank's annotators would leave untagged: every labelled form of the hand
sets (benchmarks/data/dates_*.json, forms as in benchmarks/timex_forms.py) counted over TimeBank's text.

A form that TimeBank's text holds more often untagged than tagged (``untag`` > ``tagged``) is a
convention of ours, not TimeBank's: a rule tuned to it would not carry to TimeML news. The wire set
is read only when ``NEWSLOUPE_WIRE_TML`` names the folder of its texts.

    .venv/bin/python benchmarks/timex_label_audit.py [--min N]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from timex_forms import SHARED, form_of, pattern_of  # noqa: E402 - the forms TimeBank's counts use

SETS = ("modern", "blind", "strict")


def tagging(form: str, docs: list) -> Counter[str]:  # noqa: ANN001 - tui.evaluate.timeml.TimeMLDoc
    """How often ``form``'s words stand in ``docs`` as a whole TIMEX3, inside or across one, or untagged."""
    pattern, counts = pattern_of(form), Counter[str]()
    for doc in docs:
        for m in pattern.finditer(doc.text):
            over = [g for g in doc.timexes if g.start < m.end() and m.start() < g.end]
            counts["tagged" if any((g.start, g.end) == m.span() for g in over) else "part" if over else "untagged"] += 1
    return counts


def labelled_forms() -> dict[str, Counter[str]]:
    """Each hand set's labelled forms."""
    from dates_modern_eval import source_texts

    from tui.evaluate.timeml import read_tml

    out = {}
    for name in SETS:
        gold = json.loads((ROOT / "benchmarks" / "data" / f"dates_{name}.json").read_text(encoding="utf-8"))
        texts = source_texts(gold["documents"])
        out[name] = Counter(form_of(texts[t["doc"]][1][t["start"]:t["end"]]) for t in gold["timexes"])
    if (wire := os.environ.get("NEWSLOUPE_WIRE_TML")) and Path(wire).is_dir():
        gold = json.loads((ROOT / "benchmarks" / "data" / "dates_wire.json").read_text(encoding="utf-8"))
        texts = {d["id"]: read_tml(Path(wire) / d["file"]).text for d in gold["documents"]}
        out["wire"] = Counter(form_of(texts[t["doc"]][t["start"]:t["end"]]) for t in gold["timexes"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min", type=int, default=2, help="only forms TimeBank leaves untagged at least this often")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent")
        return 0
    from tui.evaluate.timeml import read_tml, tml_files

    timebank = [read_tml(p) for p in tml_files(SHARED / "timebank" / "TimeBank")]
    sets = labelled_forms()
    rows = []
    for form in set().union(*sets.values()):
        counts = tagging(form, timebank)
        if counts["untagged"] >= args.min and counts["untagged"] > counts["tagged"]:
            rows.append((form, counts, {name: forms[form] for name, forms in sets.items() if forms[form]}))
    print(f"{'form':32} tagged  part untag  labelled in")
    for form, counts, where in sorted(rows, key=lambda r: (r[1]["tagged"] - r[1]["untagged"], r[0])):
        print(f"{form[:32]:32} {counts['tagged']:6} {counts['part']:5} {counts['untagged']:5}  {where}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
