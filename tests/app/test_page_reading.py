"""Web pages opened by path: the reader appears before they are read, each fills its row (and the open
article) when a thread has read it, the list takes its one order afterwards, and a page that cannot be
read is one unreadable row with its reason, never a traceback."""

from __future__ import annotations

import threading

import pytest

import tui.screens.page_reading as page_reading
from tests.app.reader_support import NO_CONFIG, SEED, shown_words
from tui.app import ReaderApp
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.library.entries import entries_from_paths
from tui.library.store import Store
from tui.widgets.article_list import ArticleList, entry_lines

PAGE = """<html><head><title>Floods close the port of Hamburg</title>
<meta name="date" content="2024-03-02"></head><body><article>
<h1>Floods close the port of Hamburg</h1>
<p>The port of Hamburg closed on Monday after the Elbe rose two metres overnight, the harbour
authority said. Ships were told to wait in the North Sea until the water falls again.</p>
<p>Officials in Hamburg said the closure could last until Thursday, and that no one was hurt.
Dock workers were sent home while engineers checked the cranes along the river.</p>
</article></body></html>"""


def stand_in(article: ArticleInput) -> Analysis:
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("stand-in", "0"), extractor_version="test")


async def until(pilot, condition, seconds: float = 20.0) -> bool:
    for _ in range(int(seconds / 0.02)):
        if condition():
            return True
        await pilot.pause(0.02)
    return condition()


@pytest.fixture
def held_pages(monkeypatch):
    """Page reading waits for ``release.set()``: what the reader shows before a page is read can be seen."""
    release = threading.Event()
    release.calls = []
    real = page_reading.read_page

    def slow_read(entry, store):
        release.calls.append(entry.key)
        assert release.wait(20)
        return real(entry, store)

    monkeypatch.setattr(page_reading, "read_page", slow_read)
    yield release
    release.set()


@pytest.mark.parametrize("with_library", [True, False])
async def test_the_reader_appears_first_and_the_page_fills_in_when_read(tmp_path, held_pages, with_library):
    page = tmp_path / "hamburg-floods.html"
    page.write_text(PAGE, encoding="utf-8")
    store = Store.open(tmp_path / "library.db") if with_library else None
    entries = entries_from_paths([str(SEED), str(page)], store, defer_pages=True)
    assert [e.reading for e in entries] == [False, True]  # listed, not read: start-up did not extract it
    app = ReaderApp(entries, store=store, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        await pilot.pause()
        # The page is listed by its file name, says it is being read, and the status line counts it.
        index = next(i for i, e in enumerate(reader.entries) if e.key == str(page))
        assert reader.entries[index].title == "Hamburg floods"
        assert "reading\u2026" in entry_lines(reader.entries[index])[2].plain
        assert "reading 1 page\u2026" in reader.status_line
        # Opened while it is being read: the pane says so.
        await pilot.press("end", "enter")
        assert reader.current == index
        assert "reading the page" in shown_words(reader.view)

        article_list = reader.query_one(ArticleList)
        article_list.focus()
        await pilot.press("home")  # the user moves on in the list while the page is read
        held_pages.set()
        assert await until(pilot, lambda: reader.current_input is not None), reader.status_line
        assert reader.entries[article_list.highlighted].key == str(SEED)  # not pulled back to the page
        entry = reader.current_entry
        assert entry is not None and entry.title == "Floods close the port of Hamburg"
        assert not entry.reading and entry.published == "2024-03-02" and entry.read
        assert "The port of Hamburg closed on Monday" in reader.current_input.text
        assert (entry.article_id is not None) == with_library
        assert await until(pilot, lambda: reader.current_analysis is not None)  # analysed once read
        assert "reading" not in reader.status_line
        # Read, it is dated: the list's one order puts it first, and the open article follows it.
        assert await until(pilot, lambda: reader.entries[0].key == str(page))
        assert reader.current == 0 and article_list.highlighted == 1  # the cursor follows its row, the seed
        if store is not None:
            assert store.article_text(entry.article_id).startswith(reader.current_input.text[:40])
    if store is not None:
        store.close()


async def test_a_page_that_cannot_be_read_is_an_unreadable_row_with_its_reason(tmp_path):
    broken = tmp_path / "broken.html"
    broken.write_bytes(b"")
    entries = entries_from_paths([str(broken)], None, defer_pages=True)
    app = ReaderApp(entries, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: not reader.entries[0].reading)
        assert reader.entries[0].error == f"{broken}: no article text found in the HTML"
        assert "unreadable" in entry_lines(reader.entries[0])[2].plain
        shown = shown_words(reader.view).replace(" ", "")  # a long path wraps anywhere
        assert f"Cannot open this article: {broken}: no article text found in the HTML".replace(" ", "") in shown
        assert app.is_running


async def test_an_extractor_that_fails_gives_an_unreadable_row_not_a_crash(tmp_path, monkeypatch):
    import tui.library.entries as entries_module

    def explode(path, entries, to_add):
        raise RuntimeError("the extractor tripped")

    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    entries = entries_from_paths([str(page)], None, defer_pages=True)
    monkeypatch.setattr(entries_module, "_read_file", explode)
    app = ReaderApp(entries, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: not reader.entries[0].reading)
        assert reader.entries[0].error == f"{page}: cannot read this page (RuntimeError: the extractor tripped)"
        assert app.is_running


async def test_quitting_while_pages_are_read_stops_the_reading(tmp_path, held_pages):
    for n in range(3):
        (tmp_path / f"page-{n}.html").write_text(PAGE.replace("Hamburg", f"Hamburg {n}"), encoding="utf-8")
    entries = entries_from_paths([str(tmp_path)], None, defer_pages=True)
    app = ReaderApp(entries, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        # The pages are read from the first painted frame on.
        assert await until(pilot, lambda: "reading 3 pages\u2026" in app.reader.status_line)
        workers = [w for w in app.reader.workers if w.group == "pages"]
        assert workers
        assert await until(pilot, lambda: len(held_pages.calls) == 1)
        threading.Timer(0.3, held_pages.set).start()  # the page being read when q is pressed finishes
        await pilot.press("q")
    assert all(w.is_cancelled for w in workers)
    assert len(held_pages.calls) == 1  # the two others were never read


async def test_a_real_saved_page_opens_at_once_and_fills_in(shared_dir, tmp_path):
    page = shared_dir / "data" / "web" / "pages" / "bbc.com.52241221.html"
    store = Store.open(tmp_path / "library.db")
    entries = entries_from_paths([str(page)], store, defer_pages=True)
    assert entries[0].reading and store.query("SELECT count(*) FROM articles")[0][0] == 0
    app = ReaderApp(entries, store=store, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.current_input is not None)
        assert reader.current_entry.title.startswith("New York ramps up mass burials")
        assert "Hart Island" in reader.current_input.text
    store.close()


async def test_the_page_opened_is_read_next(tmp_path, held_pages):
    pages = []
    for n in range(3):
        page = tmp_path / f"page-{n}.html"
        page.write_text(PAGE.replace("Hamburg", f"Hamburg {n}"), encoding="utf-8")
        pages.append(str(page))
    entries = entries_from_paths([str(tmp_path)], None, defer_pages=True)
    app = ReaderApp(entries, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: held_pages.calls == [pages[0]])  # the open one, first
        await pilot.press("end", "enter")  # the last page is opened while the first is read
        assert reader.current_entry.key == pages[2]
        held_pages.set()
        assert await until(pilot, lambda: reader.pages_left == 0)
        assert held_pages.calls == [pages[0], pages[2], pages[1]]
        assert reader.current_entry.key == pages[2] and "Hamburg 2" in reader.current_input.text


async def test_a_page_named_twice_is_read_once_and_opens_first_when_named_first(tmp_path, held_pages):
    """``newsloupe folder/page.html folder``: the page is listed where it was named (first), opened
    at start, read once, and both of its rows fill in."""
    folder = tmp_path / "articles"
    folder.mkdir()
    page = folder / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    (folder / "note.txt").write_text("A note on the port.\n", encoding="utf-8")
    entries = entries_from_paths([str(page), str(folder)], None, defer_pages=True)
    assert [(e.key, e.reading) for e in entries] == [(str(page), True), (str(folder / "note.txt"), False),
                                                      (str(page), True)]
    app = ReaderApp(entries, analyser=stand_in, analysis_in_process=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        assert reader.current == 0 and reader.current_entry.key == str(page)
        held_pages.set()
        assert await until(pilot, lambda: reader.pages_left == 0 and reader.current_input is not None)
        assert held_pages.calls == [str(page)]
        assert [e.title for e in reader.entries if e.key == str(page)] == ["Floods close the port of Hamburg"] * 2
        assert "The port of Hamburg closed on Monday" in shown_words(reader.view)


async def test_the_count_of_listed_articles_waits_for_the_pages(tmp_path, held_pages):
    page = tmp_path / "hamburg-floods.html"
    page.write_text(PAGE, encoding="utf-8")
    note = tmp_path / "note.txt"
    note.write_text("title: A note\n\nA note on the port of Kiel.\n", encoding="utf-8")
    store = Store.open(tmp_path / "library.db")
    entries = entries_from_paths([str(SEED), str(note), str(page)], store, defer_pages=True)
    app = ReaderApp(entries, store=store, analyser=stand_in, background_analysis=False, analysis_in_process=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.pending_count == 1)  # the note (the seed is open, analysed)
        await pilot.pause(0.2)
        # "1 of the 2 listed articles" would be wrong while the page is not read yet
        assert "reading 1 page\u2026" in reader.status_line and "not analysed" not in reader.status_line
        held_pages.set()
        assert await until(pilot, lambda: "2 of the 3 listed articles not analysed" in reader.status_line), \
            reader.status_line
    store.close()


async def test_articles_a_feed_refresh_adds_take_their_place_in_the_list(tmp_path):
    """New articles go where the one order puts them (newest first), not at the end; the open
    article stays open and the cursor stays on its row."""
    from tui.library.entries import entries_from_library
    from tui.messages import FeedsRefreshed

    store = Store.open(tmp_path / "library.db")
    for n in range(3):
        store.add_article(ArticleInput(f"Report {n} from Oslo.", f"Report {n}", f"2020-01-0{n + 1}"))
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, analysis_in_process=False,
                    background_analysis=False, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 36)) as pilot:
        reader = app.reader
        article_list = reader.query_one(ArticleList)
        await pilot.press("end", "enter")
        opened = reader.current_entry.title
        newest = store.add_article(ArticleInput("Fresh news from Bergen.", "Fresh news", "2024-06-01"))
        undated = store.add_article(ArticleInput("Undated note from Tromso.", "Undated note"))
        app.post_message(FeedsRefreshed((undated, newest), "2 new articles", ()))
        assert await until(pilot, lambda: len(reader.entries) == 5)
        await pilot.pause()
        assert [e.title for e in reader.entries] == ["Fresh news", "Report 2", "Report 1", "Report 0", "Undated note"]
        assert reader.current_entry.title == opened and reader.entries[article_list.highlighted].title == opened
    store.close()
