"""Keys answer while the worker process analyses the library: typed during ``I``, each key's effect is
on screen well within 100 ms (the median; make bench has the figure beside idle), and the run goes on."""

from __future__ import annotations

import statistics

from tests.app.feed_library import wikinews_rows
from tests.app.key_latency import LatencyProbe, list_moves
from tests.app.reader_support import NO_CONFIG
from tui.app import ReaderApp
from tui.extract.types import ArticleInput
from tui.library.entries import entries_from_library
from tui.library.store import Store
from tui.widgets.article_list import ArticleList


async def until(pilot, condition, seconds: float = 120.0) -> bool:
    for _ in range(int(seconds / 0.05)):
        if condition():
            return True
        await pilot.pause(0.05)
    return condition()


async def test_typing_while_the_library_is_analysed(shared_dir, tmp_path):
    store = Store.open(tmp_path / "library.db")
    for row in wikinews_rows(shared_dir)[:120]:
        store.add_article(ArticleInput(row["text"], row["title"], row["date"], "Wikinews"), location=row["url"])
    try:
        app = ReaderApp(entries_from_library(store), store=store, config_path=NO_CONFIG)
        async with app.run_test(size=(140, 44)) as pilot:
            reader = app.reader
            probe = LatencyProbe(app)
            article_list = reader.query_one(ArticleList)
            assert await until(pilot, lambda: reader.current_analysis is not None and reader.pending_count is not None)
            await pilot.press("I")
            assert await until(pilot, lambda: reader.library_run is not None and reader.library_run[0] >= 1)
            started = reader.library_run[0]
            timings = await list_moves(probe, article_list, 30)
            assert reader.library_run is not None, "the run ended before the typing did: too small to test"
            assert reader.library_run[0] > started  # the worker kept analysing while we typed
            assert statistics.median(timings) < 100, timings
            # The cursor walk opened nothing: enter opens the highlighted article at once, analysed or not.
            await pilot.press("j", "enter")
            await pilot.pause()
            assert reader.current == article_list.highlighted
            await pilot.press("I")  # stop
            assert await until(pilot, lambda: reader.library_run is None, 30)
    finally:
        store.close()
