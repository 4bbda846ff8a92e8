"""The reader and its analysis worker: the status line counts what is not analysed, I analyses the rest
(and I again stops), failures come as one counted notification (E says why), and a toast whose
notification has already expired cannot stall the event loop."""

from __future__ import annotations

import time

from textual.notifications import Notification

from tests.app.reader_support import NO_CONFIG
from tui.app import ReaderApp
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.library.entries import entries_from_library
from tui.library.store import Store
from tui.screens.failures import FailuresScreen


def stand_in(article: ArticleInput) -> Analysis:
    if "boom" in article.text:
        raise ValueError("the stand-in refuses this text")
    time.sleep(0.01)
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("stand-in", "0"), extractor_version="test")


def library(tmp_path, good: int, bad: int) -> Store:
    store = Store.open(tmp_path / "library.db")
    for n in range(good):
        store.add_article(ArticleInput(f"Report {n} from Oslo.", f"Report {n}", f"2020-01-{n % 28 + 1:02d}"))
    for n in range(bad):
        store.add_article(ArticleInput(f"boom {n}", f"Broken {n}", "2019-01-01"))
    return store


async def until(pilot, condition, seconds: float = 30.0) -> bool:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


async def test_status_line_counts_the_articles_not_analysed_and_I_analyses_them(tmp_path):
    store = library(tmp_path, 40, 0)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: "39 library articles not analysed: press I to analyse them all, or run newsloupe index"
                           in reader.status_line), reader.status_line
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is None and reader.pending_count == 0), reader.status_line
        assert "not analysed" not in reader.status_line
        assert all(e.entity_count is not None for e in reader.entries)  # the list shows each count as it lands
        assert len(store.articles(analysed=False)) == 0
    store.close()


async def test_I_again_cancels_the_library_run(tmp_path):
    def slow(article: ArticleInput) -> Analysis:
        time.sleep(0.05)
        return stand_in(article)

    store = library(tmp_path, 200, 0)
    app = ReaderApp(entries_from_library(store), store=store, analyser=slow, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.pending_count == 199)
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is not None and reader.library_run[0] >= 3)
        assert "analysing the library: " in reader.status_line and "(I stops)" in reader.status_line
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is None)
        left = reader.pending_count
        assert left is not None and 0 < left < 199
        await pilot.pause(0.3)
        assert len(store.articles(analysed=False)) == left  # stopped: nothing more is analysed
    store.close()


async def test_failures_are_counted_in_one_notification_and_E_lists_them(tmp_path):
    store = library(tmp_path, 5, 12)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.pending_count is not None)
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is None and len(reader.failures) == 12)
        await pilot.pause(0.8)
        failure_notes = [n for n in app._notifications if n.title == "Analysis failed"]
        assert len(failure_notes) == 1
        assert failure_notes[0].message == "12 articles could not be analysed: press E to see why"
        assert "12 articles could not be analysed (E)" in reader.status_line
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, FailuresScreen)
        assert {title for title, _ in app.screen.failures} == {f"Broken {n}" for n in range(12)}
        assert all(reason == "the stand-in refuses this text" for _, reason in app.screen.failures)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, FailuresScreen)
    store.close()


async def test_a_toast_for_an_expired_notification_does_not_stall_the_reader(tmp_path):
    from textual.widgets._toast import Toast

    store = library(tmp_path, 3, 0)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(140, 40)) as pilot:
        expired = Notification("long gone", "", "warning", 1.0)
        expired.raised_at = time.time() - 10  # its time_left is -9 s when the toast is built
        toast = Toast(expired)
        assert toast._timeout < 0
        await app.screen.mount(toast)
        await pilot.pause(0.3)
        # The event loop still answers: a key press is handled and the toast went away by itself.
        await pilot.press("j")
        await pilot.pause()
        assert app.reader.query_one("#articles").highlighted == 1
        assert not toast.is_attached
    store.close()


async def test_opened_on_files_the_count_and_I_cover_the_listed_articles_not_the_library(tmp_path):
    """``newsloupe some/paths`` lists those paths: the status line counts them, not the 40 other
    articles of the library, and ``I`` analyses them alone."""
    from tui.library.entries import entries_from_paths

    store = library(tmp_path, 40, 0)
    folder = tmp_path / "opened"
    folder.mkdir()
    for n in range(3):
        (folder / f"note-{n}.txt").write_text(f"title: Note {n}\ndate: 2021-02-0{n + 1}\n\nA note from Bergen {n}.\n",
                                             encoding="utf-8")
    entries = entries_from_paths([str(folder)], store)
    app = ReaderApp(entries, store=store, analyser=stand_in, background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(140, 40)) as pilot:
        reader = app.reader
        # the open article is analysed; the two others of the list are what is left
        assert await until(pilot, lambda: "2 of the 3 listed articles not analysed: press I to analyse them"
                           in reader.status_line), reader.status_line
        assert "library" not in reader.status_line and "40" not in reader.status_line
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is None and reader.pending_count == 0), reader.status_line
        assert "not analysed" not in reader.status_line
        assert all(e.entity_count is not None for e in reader.entries)
        notes = [n.message for n in app._notifications]
        assert any(m == "Analysis of the listed articles done: analysed 2" for m in notes), notes
        # the library's own articles were left to `newsloupe index`
        assert len(store.articles(analysed=False)) == 40
    store.close()
