"""Search across the library as you type, at 10,000 and 100,000 articles (SQLite FTS5).

One keystroke's work: the FTS5 lookup of what is typed so far (the last word as a prefix),
the hits mapped onto the article list's rows, and the snippets of the rows on screen (16).
Typed: a word letter by letter, a two-word query, a phrase. The anchor, in the same run,
is the plain SQL scan a search without an index would do (LIKE over titles and bodies).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import Row  # noqa: E402
from library_fixture import library_path  # noqa: E402

TYPED = ["election", "prime min", '"prime minister"', "trump impeach", "the"]
SHOWN_ROWS = 16
TARGETS_MS = {10_000: 50.0, 100_000: 200.0}


def keystrokes() -> list[str]:
    return [text[:n] for text in TYPED for n in range(1, len(text) + 1) if text[:n].strip()]


def _keystroke(store, entries_ids: list[int | None], text: str) -> float:
    from tui.library.search import search, snippets

    start = time.perf_counter()
    result = search(store, text)
    wanted = set(result.ids)
    rows = [i for i, article_id in enumerate(entries_ids) if article_id in wanted]
    snippets(store, result.query, [entries_ids[i] for i in rows[:SHOWN_ROWS]])  # type: ignore[misc]
    return (time.perf_counter() - start) * 1000


def _like_scan(store, word: str) -> float:
    start = time.perf_counter()
    pattern = f"%{word}%"
    store.query("SELECT id FROM articles JOIN bodies ON bodies.article_id = id WHERE title LIKE ? OR body LIKE ?",
                (pattern, pattern))
    return (time.perf_counter() - start) * 1000


def measure(count: int) -> tuple[list[float], float]:
    from tui.library.store import Store

    with Store.open(library_path(count)) as store:
        ids = [row.id for row in store.articles()]  # the list's order (newest first), as the reader has it
        for text in TYPED:
            _keystroke(store, ids, text)  # warm the page cache
        timings = [min(_keystroke(store, ids, t) for _ in range(2)) for t in keystrokes()]
        like = min(_like_scan(store, "election") for _ in range(2))
    return timings, like


def run(quick: bool = False) -> list[Row]:
    rows = []
    for count in ((10_000,) if quick else (10_000, 100_000)):
        timings, like = measure(count)
        worst = max(timings)
        rows.append(Row(f"library search per keystroke, {count:,} articles (worst of {len(timings)})", worst, "ms",
                        anchor="LIKE scan of titles and bodies", anchor_value=like, target=TARGETS_MS[count],
                        target_on="value", note=f"median {statistics.median(timings):.1f} ms over "
                                              f"{len(timings)} keystrokes of {', '.join(TYPED)}"))
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row.name}: {row.value:.1f} ms (anchor {row.anchor}: {row.anchor_value:.0f} ms, "
              f"target <= {TARGETS_MS[10_000 if '10,000' in row.name else 100_000]:g} ms) {row.note}")
