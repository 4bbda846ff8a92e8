"""Key-to-screen latency in the reader while the whole library is being analysed (``I``), beside idle.

The reader opens a 10,000-article library with the product's analysis worker (a separate
process running the real pipeline). A key press is timed from the key event sent to the app
until a frame showing its effect (the list cursor moved) has been composed (tests/app/key_latency.py):
first with the worker idle (the anchor), then while ``I`` analyses the library.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import Row  # noqa: E402
from library_fixture import library_path  # noqa: E402

from tests.app.key_latency import LatencyProbe, list_moves  # noqa: E402

TARGET_MS = 100.0


async def _measure(db: Path, presses: int) -> tuple[list[float], list[float], int]:
    from tui.app import ReaderApp
    from tui.library.entries import entries_from_library
    from tui.library.store import Store

    store = Store.open(db)
    try:
        app = ReaderApp(entries_from_library(store), store=store, config_path=HERE / "no-config.toml")
        async with app.run_test(size=(160, 48)) as pilot:
            from tui.widgets.article_list import ArticleList

            reader = app.reader
            probe = LatencyProbe(app)
            article_list = reader.query_one(ArticleList)
            for _ in range(2400):  # the open article, then the look-ahead
                if reader.current_analysis is not None and not reader.foreground_busy \
                        and reader.pending_count is not None:
                    break
                await pilot.pause(0.05)
            await pilot.pause(1.0)
            idle = await list_moves(probe, article_list, presses)
            await pilot.press("I")
            for _ in range(1200):
                if reader.library_run is not None and reader.library_run[0] >= 2:
                    break
                await pilot.pause(0.05)
            loaded = await list_moves(probe, article_list, presses)
            done = reader.library_run[0] if reader.library_run else -1
            await pilot.press("I")
            await pilot.press("q")
        return idle, loaded, done
    finally:
        store.close()


def run(quick: bool = False) -> list[Row]:
    import shutil
    import tempfile

    count = 2_000 if quick else 10_000
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "library.db"
        shutil.copy(library_path(count), db)  # the shared library stays unanalysed for the other rows
        idle, loaded, done = asyncio.run(_measure(db, 20 if quick else 40))
    p95 = sorted(loaded)[int(len(loaded) * 0.95) - 1]
    return [Row(f"key-to-screen while I analyses a {count:,}-article library (median)", statistics.median(loaded),
                "ms", anchor="the same keys, worker idle", anchor_value=statistics.median(idle),
                target=TARGET_MS, target_on="value",
                note=f"under load: p95 {p95:.1f} ms, worst {max(loaded):.1f} ms; idle worst {max(idle):.1f} ms; "
                     f"{done} articles analysed meanwhile in the worker process")]


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row.name}: {row.value:.1f} ms (anchor {row.anchor}: {row.anchor_value:.1f} ms, "
              f"target <= {TARGET_MS:g} ms) {row.note}")
