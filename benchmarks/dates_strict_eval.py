"""Date values on a fourth blind set of news, labelled strictly by TimeBank's practice: hand-labelled
TIMEX3 in 88 Wikinews articles of 2006-2020 that no date rule was tuned on (benchmarks/data/dates_strict.json,
offsets and values only; the texts come from ../shared). Its "about" says how it was built and split.

Scored exactly as the modern set (benchmarks/dates_modern_eval.py, whose code this runs with these
labels): both splits are reported; ``--errors`` prints the dev split's errors only.

    .venv/bin/python benchmarks/dates_strict_eval.py [--errors] [--write DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from dates_modern_eval import main as modern_main  # noqa: E402 - the modern set's writer and scorer

LABELS = ROOT / "benchmarks" / "data" / "dates_strict.json"


def main(argv: list[str] | None = None) -> int:
    return modern_main(argv, labels=LABELS)


if __name__ == "__main__":
    raise SystemExit(main())
