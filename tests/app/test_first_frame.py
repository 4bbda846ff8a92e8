"""The reader's first frame is complete: the list and the article text wrapped to the pane's width.

Headless Textual paints frames without writing them; the app below keeps the text of each frame
it displays, read back from the compositor, so a test can look at the very first one.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from reader_support import NO_CONFIG, SEED, analyser_for, frozen_seed_analysis, seed_entries

import tui.app
from tui.app import ReaderApp
from tui.widgets.facts_tree import FactsTree


def line_with_start(lines: list[str], start: str) -> int:
    return next(y for y, line in enumerate(lines) if line.startswith(start))


class FrameKeeper(ReaderApp):
    """The reader, keeping the text of every frame it displays."""

    # CSS_PATH is relative to the defining module: keep pointing at the reader's.
    CSS_PATH = str(Path(tui.app.__file__).parent / ReaderApp.CSS_PATH)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.frames: list[list[str]] = []

    def _display(self, screen: Any, renderable: Any) -> None:
        super()._display(screen, renderable)
        if renderable is not None:
            update = screen._compositor.render_update(full=True)
            self.frames.append(["".join(segment.text for segment in strip) for strip in update.strips])


def _first_long_paragraph(width: int = 150) -> str:
    """The seed's first paragraph that wraps in a pane ``width`` wide (by default in any pane)."""
    return next(line for line in SEED.read_text(encoding="utf-8").splitlines() if len(line) > width)


@pytest.mark.parametrize("size", [(120, 40), (100, 30), (80, 24)])
@pytest.mark.parametrize("analysed", [False, True])
async def test_first_frame_shows_the_list_and_the_text_at_full_width(size: tuple[int, int], analysed: bool) -> None:
    analysis = frozen_seed_analysis()
    app = FrameKeeper(seed_entries(), analyser=analyser_for(analysis), background_analysis=False,
                      config_path=NO_CONFIG)
    if analysed:
        app.library.cached_analysis = lambda *_: analysis  # type: ignore[method-assign]
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        first = app.frames[0]
        view = app.reader.view
        view_lines = [view.line_text(y).strip() for y in range(view.virtual_size.height)]
        view_width = view.scrollable_content_region.width
    entry = app.entries[0]
    title_start = " ".join(entry.title.split()[:2])
    # Over the article, and in the list where it is shown (below 100 columns it waits behind its key).
    assert sum(line.count(title_start) for line in first) >= (2 if size[0] >= 100 else 1)
    # The paragraph's first line as the settled view wraps it is in the first frame as it is:
    # the first paint did not wrap to a guessed width and rewrap later.
    # (The first one that wraps in this pane: at 80x24 the text shows nine lines, the seed's first of 150 is below.)
    first_words = " ".join(_first_long_paragraph(view_width).split()[:3])
    opening = view_lines[line_with_start(view_lines, first_words)]
    assert len(opening) > 20
    assert any(opening in line for line in first), (opening, first)


async def test_the_facts_follow_the_first_frame() -> None:
    """A cached analysis: the first frame shows the list and the text; the facts come right after it."""
    analysis = frozen_seed_analysis()
    app = FrameKeeper(seed_entries(), analyser=analyser_for(analysis), background_analysis=False,
                      config_path=NO_CONFIG)
    app.library.cached_analysis = lambda *_: analysis  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        tree = app.reader.query_one(FactsTree)
        assert tree.facts(), "the open article's facts are in the sidebar"
        assert not any("People and roles" in line for line in app.frames[0])
        assert any("People and roles" in line for line in app.frames[-1])


class StyledFrameKeeper(FrameKeeper):
    """The reader, keeping every frame it displays segment for segment, text and style."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.styled: list[list[list[tuple[str, str]]]] = []

    def _display(self, screen: Any, renderable: Any) -> None:
        super()._display(screen, renderable)
        if renderable is not None and not self.styled:
            update = screen._compositor.render_update(full=True)
            self.styled.append([list(_segments(line)) for line in update.strips])


def _segments(line: Any) -> Iterator[tuple[str, str]]:
    """Text and style of each segment of a frame's line (a strip, or the strips of a line's chops)."""
    if hasattr(line, "style"):
        yield line.text, str(line.style)
    else:
        for part in line:
            yield from _segments(part)


async def _first_styled_frame(**kwargs: Any) -> list[list[tuple[str, str]]]:
    analysis = frozen_seed_analysis()
    app = StyledFrameKeeper(seed_entries(), analyser=analyser_for(analysis), background_analysis=False,
                            config_path=NO_CONFIG, **kwargs)
    app.library.cached_analysis = lambda *_: analysis  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    return app.styled[0]


@pytest.mark.parametrize("options", [{}, {"mono": True}, {"theme": "light"}, {"theme": "okabe-ito"}])
async def test_first_frame_is_the_one_a_restyle_at_resume_gives(monkeypatch: pytest.MonkeyPatch,
                                                               options: dict[str, Any]) -> None:
    """The reader skips Textual's restyle of every node as its screen is first shown (they were
    styled as they were mounted): the first frame is the same, segment for segment, as with it."""
    from tui.screens.reader import ReaderScreen

    skipped = await _first_styled_frame(**options)
    monkeypatch.setattr(ReaderScreen, "_on_screen_resume", lambda self, event: None)
    restyled = await _first_styled_frame(**options)
    assert any(text.strip() for line in skipped for text, _ in line)
    assert skipped == restyled


async def test_the_first_frame_styles_each_node_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Up to the first frame every node of the reader is styled once, as it is mounted: not again by
    a restyle of the whole screen as it is first shown."""
    from textual.css.stylesheet import Stylesheet

    applied: list[str] = []
    apply = Stylesheet.apply

    def counting(self: Stylesheet, node: Any, **kwargs: Any) -> None:
        applied.append(node.id or type(node).__name__)
        apply(self, node, **kwargs)

    monkeypatch.setattr(Stylesheet, "apply", counting)
    analysis = frozen_seed_analysis()
    app = FrameKeeper(seed_entries(), analyser=analyser_for(analysis), background_analysis=False,
                      config_path=NO_CONFIG)
    app.after_first_frame.append(lambda: applied.append("-- first frame --"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
    before = applied[:applied.index("-- first frame --")]
    assert {"legend", "article", "status", "facts-slot"} <= set(before)
    assert all(before.count(name) == 1 for name in ("legend", "article", "status", "facts-slot")), before
