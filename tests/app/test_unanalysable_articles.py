"""Articles in a language with no pipeline, as the reader meets them: once skipped they are not
counted as work for ``I``, and ``I`` with nothing left ends at once instead of showing
"analysing the listed articles: 0/0 (I stops)" until pressed again."""

from __future__ import annotations

from test_analysis_status import stand_in, until

from tests.app.reader_support import NO_CONFIG
from tui.app import ReaderApp
from tui.extract.types import ArticleInput
from tui.library.entries import entries_from_library
from tui.library.store import Store

GERMAN = "Die Regierung hat am Montag in Berlin über den Haushalt beraten, sagte ein Sprecher."


def _library_with_german(tmp_path, *more: ArticleInput) -> Store:
    """A library holding a German article (no German pipeline is configured), then ``more``."""
    store = Store.open(tmp_path / "library.db")
    store.add_article(ArticleInput(GERMAN, "Haushalt", "2022-02-04", meta=(("language", "de"),)))
    for article in more:
        store.add_article(article)
    return store


async def test_a_german_article_is_not_left_as_work_for_I(tmp_path):
    store = _library_with_german(tmp_path)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.pending_count == 0), (reader.pending_count, reader.status_line)
        assert "not analysed" not in reader.status_line
        await pilot.press("I")
        assert await until(pilot, lambda: reader.library_run is None, seconds=5), reader.status_line
        assert "0/0" not in reader.status_line
    store.close()


async def test_the_legend_of_an_article_without_analysis_shows_no_zeros(tmp_path):
    """Zeros said "no people, no places" of a German article that was never analysed."""
    from tui.widgets.legend import NO_COUNT, Legend

    store = _library_with_german(tmp_path)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.pending_count == 0), reader.status_line
        legend = str(reader.query_one(Legend).render())
        assert legend.count(NO_COUNT) == 8 and " 0" not in legend and ":0" not in legend, legend
    store.close()


async def test_an_article_skipped_once_says_why_each_time_it_is_opened(tmp_path):
    """The worker skips a German article once (no German pipeline) and is not asked again: opened again,
    or skipped while another was open (the next of the list), it said "analysing…" for ever."""
    from tui.widgets.facts_tree import FactsTree

    store = _library_with_german(tmp_path, ArticleInput("The government met in London on Monday.", "London", "2022-02-05"))
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        german = next(i for i, e in enumerate(reader.entries) if e.title == "Haushalt")
        assert await until(pilot, lambda: reader.entries[german].key in reader.skipped), reader.status_line
        for index in (german, 1 - german, german):
            reader.open_article(index)
            await pilot.pause()
        tree = reader.query_one(FactsTree)
        notice = " ".join(reader.view.line_text(y) for y in range(4))
        assert "no pipeline configured" in notice and "analysing" not in notice, notice
        assert [str(n.label) for n in tree.root.children] == ["Not analysed"]
    store.close()


async def test_x_on_an_article_no_pipeline_reads_says_so_not_yet(tmp_path, monkeypatch):
    """"Nothing to export yet" promised an export that never comes for an article in a language without a
    pipeline; an article still being analysed is told apart."""
    monkeypatch.setenv("NEWSLOUPE_EXPORT_DIR", str(tmp_path / "exports"))
    store = _library_with_german(tmp_path)
    app = ReaderApp(entries_from_library(store), store=store, analyser=stand_in, config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.entries[0].key in reader.skipped), reader.status_line
        await pilot.press("x")
        await pilot.pause()
        notes = [n.message for n in app._notifications]
        assert notes[-1] == "Nothing to export: no pipeline reads this article's language, so it is not analysed", notes
        assert not (tmp_path / "exports").exists() or not any((tmp_path / "exports").iterdir())
    store.close()


async def test_a_feed_entry_whose_only_text_is_a_chinese_title_says_why_it_is_not_analysed(tmp_path):
    """The title alone is too short for the language detector, so the English pipeline analysed it and made
    the title a PRODUCT; its script tells it is Chinese, and the reader says so as for any other language."""
    from tui.library.entries import entries_from_paths
    from tui.widgets.facts_tree import FactsTree

    title = "不归移民漫画系列：专业工作"
    feed = tmp_path / "gb2312.xml"
    feed.write_bytes(f"<rss><channel><item><title>{title}</title></item></channel></rss>".encode("gb2312"))
    analysed: list[str] = []

    def recording(article: ArticleInput):
        analysed.append(article.text)
        return stand_in(article)

    app = ReaderApp(entries_from_paths([str(feed)]), analyser=recording, analysis_in_process=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = app.reader
        assert await until(pilot, lambda: reader.entries[0].key in reader.skipped, seconds=10), reader.status_line
        reader.open_article(0)
        await pilot.pause()
        notice = " ".join(reader.view.line_text(y) for y in range(4))
        assert "language 'zh'" in notice and "no pipeline configured" in notice, notice
        assert [str(n.label) for n in reader.query_one(FactsTree).root.children] == ["Not analysed"]
    assert analysed == []
