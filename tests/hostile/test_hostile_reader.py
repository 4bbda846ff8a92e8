"""Hostile articles opened in the reader with Pilot: shown literally, never acted on, the app alive.

The articles are analysed by the real engine (the session's spaCy pipeline) in the
app's own worker; what the screen shows is read back from the compositor.
"""

from __future__ import annotations

import os
from pathlib import Path

import hostile_fixtures as fixtures
import pytest
from hostile_checks import ACTIVE_CHARACTERS
from hostile_fixtures import TEXT_FIXTURES

from tui.render.sanitize import sanitize

pytest.importorskip("tui.app", reason="the reader app is not in this checkout yet")

SIZE = (120, 40)
NO_CONFIG = Path(__file__).resolve().parent / "no-such-config.toml"


def _real_analyser(nlp):
    from tui.extract import pipeline

    def analyse(article):
        return pipeline.analyse(article.text, title=article.title, published=article.published,
                                source=article.source, nlp=nlp)

    return analyse


def _app(paths, nlp):
    from tui.app import ReaderApp
    from tui.library.entries import entries_from_paths

    return ReaderApp(entries_from_paths([str(p) for p in paths]), analyser=_real_analyser(nlp),
                     background_analysis=False, config_path=NO_CONFIG)


async def _settle(pilot, app) -> None:
    """Until the open article is analysed (or has failed) and no worker runs."""
    for _ in range(1500):
        reader = app.reader
        entry = reader.current_entry
        done = entry is None or reader.current_analysis is not None or entry.key in reader.failures \
            or reader.model_problem is not None or reader.current_input is None
        if done and not reader.foreground_busy and not any(w.is_running for w in app.workers):
            break
        await pilot.pause(0.02)
    await pilot.pause()


def _screen_lines(app) -> list[str]:
    update = app.screen._compositor.render_update(full=True)
    return ["".join(segment.text for segment in strip) for strip in update.strips]


def _view_words(view) -> str:
    return " ".join(" ".join(view.line_text(y) for y in range(view.virtual_size.height)).split())


def _assert_article_view_is_inert(view) -> None:
    """No segment of the article carries a link or a click action that the article's text asked for."""
    for y in range(view.virtual_size.height):
        for segment in view._strip_at(y):
            style = segment.style
            if style is None:
                continue
            assert not style.link, (y, segment.text)
            assert "@click" not in (style.meta or {}), (y, segment.text)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(TEXT_FIXTURES))
async def test_hostile_article_is_shown_literally(nlp, tmp_path, name):
    make, title, phrase = TEXT_FIXTURES[name]
    path = make(tmp_path)
    app = _app([path], nlp)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        view = app.reader.view
        assert app.reader.current_analysis is not None, app.reader.status
        words = _view_words(view)
        assert " ".join(sanitize(phrase).split()) in words
        screen = "\n".join(_screen_lines(app))
        assert ACTIVE_CHARACTERS.findall(screen) == []
        assert sanitize(title)[:20] in screen  # the title, defused, in the list and above the article
        _assert_article_view_is_inert(view)
        for key in ("t", "0", "a", "right", "]", "[", "down"):
            await pilot.press(key)
        await pilot.pause()
        assert app.is_running and app.return_code is None
        assert ACTIVE_CHARACTERS.findall("\n".join(_screen_lines(app))) == []
        assert ACTIVE_CHARACTERS.findall(f"{app.title} {app.sub_title}") == []


@pytest.mark.parametrize("make", [fixtures.binary_file, fixtures.dangling_symlink, fixtures.empty_file],
                         ids=["binary", "dangling", "empty"])
async def test_unreadable_or_empty_article_leaves_the_app_alive(nlp, tmp_path, make):
    path = make(tmp_path)
    good = fixtures.wide_article(tmp_path)
    app = _app([path, good], nlp)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        await pilot.press("j", "k", "down", "up")
        await _settle(pilot, app)
        assert app.is_running and app.return_code is None
        assert ACTIVE_CHARACTERS.findall("\n".join(_screen_lines(app))) == []


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("NEWSLOUPE_LONG_TESTS"),
                    reason="laying out 20 MB in the reader takes about two minutes; set NEWSLOUPE_LONG_TESTS=1")
async def test_huge_article_is_refused_by_the_engine_and_the_app_lives(nlp, tmp_path):
    app = _app([fixtures.huge_single_line(tmp_path)], nlp)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        assert "model's limit" in _view_words(app.reader.view)
        await pilot.press("end", "home")
        assert app.is_running and app.return_code is None


@pytest.mark.slow
async def test_a_reported_quote_opening_with_a_bracket_keeps_it_in_the_sidebar_and_status_line(nlp, tmp_path):
    """"Aliyev said [@click=app.bell]ring[/] ...": the quote's words, markup-like, reach the screen
    whole, its opening "[" too (the parser hangs that bracket on the verb, outside the clause)."""
    from tui.extract.types import QuoteFact
    from tui.widgets.facts_tree import FactNode, FactsTree

    app = _app([fixtures.markup_article(tmp_path)], nlp)
    async with app.run_test(size=SIZE) as pilot:
        await _settle(pilot, app)
        tree = app.reader.query_one(FactsTree)
        quotes = [n for n in tree.root.children for n in n.children
                  if isinstance(n.data, FactNode) and isinstance(n.data.fact, QuoteFact)]
        assert quotes, "no quote in the sidebar"
        assert "Aliyev: [@click=app.bell]ring[/] and [/]" in quotes[0].label.plain
        tree.focus()
        tree.move_cursor(quotes[0])
        await pilot.pause()
        await pilot.pause()
        region = app.reader.query_one("#status").region
        rows = _screen_lines(app)[region.y : region.bottom]
        status = " ".join(" ".join(row[region.x : region.right] for row in rows).split())
        assert "[@click=app.bell]ring[/] and [/] then [bold red]loud[/bold red]" in status, status
