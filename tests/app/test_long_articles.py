"""Over-long articles: the engine's one-line refusal in the article pane, and a 2 MB line shown cut, not frozen."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.reader_support import NO_CONFIG, wait_analysed
from tui.app import ReaderApp, spacy_analyser
from tui.extract.pipeline import ArticleTooLong
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.library.entries import entries_from_paths
from tui.widgets.article_view import MAX_LINE_CHARS, capped_lines
from tui.workers.analysis_jobs import Job, Worker

TWO_MB_LINE = "The ministers met in Baku on Tuesday. " * 55_000  # ~2.1 million characters, no line break


def header_text(view, rows: int = 8) -> str:
    """The first rows of the article pane as one line (wrapping spaces folded)."""
    return " ".join(" ".join(view.line_text(y) for y in range(rows)).split())


def plain_analyser(article: ArticleInput) -> Analysis:
    return Analysis(text=article.text, title=article.title, published=None, source=None,
                    model=ModelInfo("stand-in", "0"), extractor_version="test")


def test_spacy_analyser_refuses_too_long_article_with_the_engines_message(nlp) -> None:
    with pytest.raises(ArticleTooLong, match="more than the model's limit"):
        spacy_analyser(None)(ArticleInput("word " * (nlp.max_length // 5 + 1), source="long.txt"))


def test_too_long_is_reported_as_its_own_line() -> None:
    def refuse(article: ArticleInput) -> Analysis:
        raise ArticleTooLong("long.txt: 2,000,000 characters is more than the model's limit of 1,000,000; split")

    events: list[tuple] = []
    worker = Worker(refuse, events.append, None)
    worker.apply(("foreground", [Job("k", None, ArticleInput("text"))]))
    worker.step()
    (failed,) = [e for e in events if e[0] == "failed"]
    assert failed[3].startswith("long.txt: 2,000,000 characters")  # no exception class name in front


@pytest.mark.parametrize(("lines", "capped", "hidden"), [
    ([(0, 10), (11, 11)], [(0, 10), (11, 11)], 0),
    ([(0, MAX_LINE_CHARS + 5), (MAX_LINE_CHARS + 6, MAX_LINE_CHARS + 9)],
     [(0, MAX_LINE_CHARS), (MAX_LINE_CHARS + 6, MAX_LINE_CHARS + 9)], 5),
])
def test_capped_lines(lines, capped, hidden) -> None:
    assert capped_lines(lines) == (capped, hidden)


async def test_two_megabyte_line_is_shown_cut_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "one-line.txt"
    path.write_text("title: One long line\n\n" + TWO_MB_LINE, encoding="utf-8")
    app = ReaderApp(entries_from_paths([str(path)]), analyser=plain_analyser, background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        assert view.hidden_chars == len(TWO_MB_LINE) - MAX_LINE_CHARS
        header = header_text(view)
        assert f"article truncated for display: {view.hidden_chars:,} characters not shown" in header
        assert "The ministers met in Baku" in header
        view.focus()
        await pilot.press("G")  # the end of what is shown is reachable
        await pilot.pause()
        assert view.scroll_y > 0


async def test_too_long_article_shows_the_one_line_message_in_the_pane(tmp_path: Path, nlp) -> None:
    path = tmp_path / "huge.txt"
    path.write_text("title: Huge\n\n" + "word " * (nlp.max_length // 5 + 1), encoding="utf-8")
    app = ReaderApp(entries_from_paths([str(path)]), analyser=spacy_analyser(None), background_analysis=False,
                    config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause(0.02)
            if "Analysis failed" in header_text(app.reader.view, 14):
                break
        notice = header_text(app.reader.view, 14)
        assert "Analysis failed: " in notice
        assert "characters is more than the model's limit of" in notice
