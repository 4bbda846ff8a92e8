"""Toggling a layer on a 20,000-word article: the work of one repaint of the article pane.

The article is the seed repeated (its real mentions shifted along), shown in the reader
at 120x40. ``toggle_ms`` times one toggle plus the rendering of every visible line of
the article view; the anchor is styling and wrapping every line of the same article
(what a view that rebuilt its whole Text on each toggle would pay).
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from common import SEEDS, Row  # noqa: E402

SEED = SEEDS / "israel-turkey-azerbaijan-talks.txt"
TARGET_MS = 50.0


def long_analysis(words: int):
    """The seed's analysis repeated until the text has at least ``words`` words."""
    from tui.extract import analyse
    from tui.extract.types import Analysis

    seed = analyse(SEED.read_text(encoding="utf-8"), source=SEED.name)
    copies = max(1, -(-words // seed.word_count))
    sep = "\n\n"
    step = len(seed.text) + len(sep)
    mentions = tuple(replace(m, start=m.start + i * step, end=m.end + i * step)
                     for i in range(copies) for m in seed.mentions)
    return Analysis(text=sep.join([seed.text] * copies), title="Long", published=None, source=None,
                    model=seed.model, extractor_version=seed.extractor_version, mentions=mentions,
                    entities=seed.entities)


async def _measure(analysis, repeat: int, tags: bool = False) -> tuple[float, float, int, int]:
    from tui.app import ReaderApp
    from tui.library.entries import ArticleEntry

    app = ReaderApp([ArticleEntry("long", "Long")], analyser=lambda _item: analysis, background_analysis=False,
                    config_path=HERE / "no-config.toml")
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        from tui.extract.types import ArticleInput

        reader.current, reader.current_input = 0, ArticleInput(analysis.text, "Long")
        reader.analyses["long"] = analysis
        reader._show_current(analysis)
        await pilot.pause()
        app.set_tags(tags)
        view = reader.view
        view.scroll_to(y=view.max_scroll_y // 2, animate=False)
        await pilot.pause()
        height = view.size.height

        def toggle_and_paint() -> None:
            reader.action_toggle_layer("people")
            for y in range(height):
                view.render_line(y)

        toggle_and_paint()  # warm the caches once
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            toggle_and_paint()
            timings.append((time.perf_counter() - start) * 1000)
        start = time.perf_counter()
        for block in range(len(view._heights)):
            view._wrap(block)
        rewrap_ms = (time.perf_counter() - start) * 1000
        return statistics.median(timings), rewrap_ms, view.virtual_size.height, height


def toggle_ms(words: int = 20_000, repeat: int = 20, *, tags: bool = False) -> float:
    """Median milliseconds for one layer toggle and the repaint of the visible article lines."""
    return asyncio.run(_measure(long_analysis(words), repeat, tags))[0]


def run(quick: bool = False) -> list[Row]:
    words = 5_000 if quick else 20_000
    analysis = long_analysis(words)
    rows = []
    for tags in (False, True):
        toggle, rewrap, lines, shown = asyncio.run(_measure(analysis, 10 if quick else 20, tags))
        rows.append(Row(f"layer toggle{' with tags' if tags else ''}, {analysis.word_count:,}-word article", toggle,
                        "ms", anchor="styling and wrapping the whole article", anchor_value=rewrap, target=TARGET_MS,
                        target_on="value", note=f"{lines:,} wrapped lines; a toggle restyles only the {shown} on screen"))
    return rows


if __name__ == "__main__":
    for row in run(quick="--quick" in sys.argv):
        print(f"{row.name}: {row.value:.2f} ms (anchor {row.anchor}: {row.anchor_value:.0f} ms, target <= {TARGET_MS:g} ms)")
