"""Exporting from the reader: `x` writes Markdown, the palette every format, ctrl+s an SVG screenshot."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_support import analyser_for, frozen_seed_analysis, make_app, wait_analysed

from tui.exports import FORMATS
from tui.extract.types import Analysis, ArticleInput

SIZE = (120, 40)


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


@pytest.fixture
def export_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "exports"
    monkeypatch.setenv("NEWSLOUPE_EXPORT_DIR", str(folder))
    return folder


async def _palette(pilot, query: str) -> None:
    await pilot.press("ctrl+p")
    await pilot.press(*query)
    await pilot.pause(0.3)
    await pilot.press("enter")
    await pilot.pause()


async def test_x_exports_the_article_as_markdown_and_names_the_file(export_dir: Path) -> None:
    seed = frozen_seed_analysis()
    app = make_app(seed, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("x")
        await pilot.pause()
        (written,) = export_dir.iterdir()
        assert written.suffix == ".md"
        assert "Netanyahu" in written.read_text(encoding="utf-8")
        assert any(str(written) in message for message in messages(app))


@pytest.mark.parametrize("fmt", sorted(FORMATS))
async def test_the_palette_exports_every_format(export_dir: Path, fmt: str) -> None:
    seed = frozen_seed_analysis()
    app = make_app(seed, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await _palette(pilot, f"export article: {fmt}")
        suffixes = {path.suffix for path in export_dir.iterdir()}
        assert FORMATS[fmt] in suffixes


async def test_nothing_is_exported_before_the_analysis(export_dir: Path) -> None:
    def failing(article: ArticleInput) -> Analysis:
        raise ValueError("no analysis here")

    app = make_app(frozen_seed_analysis(), analyser=failing)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause(0.2)
        await pilot.press("x")
        await pilot.pause()
        assert not export_dir.exists()
        assert any("not analysed" in message for message in messages(app))


async def test_an_unwritable_export_folder_is_one_line_not_a_crash(tmp_path: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("NEWSLOUPE_EXPORT_DIR", str(blocker / "exports"))
    seed = frozen_seed_analysis()
    app = make_app(seed, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("x")
        await pilot.press("ctrl+s")
        await pilot.pause()
        failures = [m for m in messages(app) if m.startswith(("cannot export", "cannot save the screenshot"))]
        assert len(failures) == 2 and all("\n" not in m for m in failures)


async def test_ctrl_s_saves_an_svg_screenshot_in_the_export_folder(export_dir: Path) -> None:
    seed = frozen_seed_analysis()
    app = make_app(seed, analyser=analyser_for(seed))
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("ctrl+s")
        await pilot.pause()
        (shot,) = export_dir.iterdir()
        assert shot.suffix == ".svg" and "<svg" in shot.read_text(encoding="utf-8")
        assert any(shot.name in message for message in messages(app))
