"""Building reader apps for tests: the seed article and friends, analysed by a stand-in (no spaCy in the UI)."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style

from tui.app import ReaderApp
from tui.extract.types import Analysis, ArticleInput, ModelInfo
from tui.library.entries import ArticleEntry, entries_from_paths

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"
NO_CONFIG = ROOT / "tests" / "app" / "no-such-config.toml"
#: The seed's analysis frozen as JSON, so snapshots change with the reader, not with the extraction rules.
FROZEN_SEED = ROOT / "tests" / "app" / "data" / "seed_analysis.json"


def frozen_seed_analysis() -> Analysis:
    import json

    from tui.extract.serialize import from_dict

    data = json.loads(FROZEN_SEED.read_text(encoding="utf-8"))
    return from_dict(data, text=SEED.read_text(encoding="utf-8"))


def analyser_for(seed_analysis: Analysis):
    """The seed's real analysis for the seed text; an analysis without entities for any other text."""

    def analyse(article: ArticleInput) -> Analysis:
        if article.text == seed_analysis.text:
            return seed_analysis
        return Analysis(text=article.text, title=article.title, published=article.published, source=article.source,
                        model=ModelInfo("stand-in", "0"), extractor_version="test")

    return analyse


def seed_entries(*extra: Path, store=None) -> list[ArticleEntry]:
    return entries_from_paths([str(SEED), *map(str, extra)], store)


def make_app(seed_analysis: Analysis, *extra: Path, **kwargs: object) -> ReaderApp:
    kwargs.setdefault("analyser", analyser_for(seed_analysis))
    kwargs.setdefault("background_analysis", False)
    kwargs.setdefault("config_path", NO_CONFIG)
    return ReaderApp(seed_entries(*extra, store=kwargs.get("store")), **kwargs)  # type: ignore[arg-type]


async def wait_analysed(pilot, app: ReaderApp) -> None:
    """Until the open article's analysis is shown and the worker is idle."""
    for _ in range(400):
        reader = app.reader
        if reader.current_analysis is not None and not reader.foreground_busy \
                and not any(w.is_running for w in app.workers):
            break
        await pilot.pause(0.02)
    await pilot.pause()


def line_with(view, needle: str) -> int:
    """The first virtual line of the article view that shows ``needle``."""
    for y in range(view.virtual_size.height):
        if needle in view.line_text(y):
            return y
    raise AssertionError(f"{needle!r} is not shown")


def style_of(view, y: int, needle: str):
    """The Rich style of the segment showing ``needle`` on virtual line ``y``."""
    for seg in view._strip_at(y):
        if needle in seg.text:
            return seg.style or Style()
    raise AssertionError(f"{needle!r} is not a single segment on line {y}")


def shown_words(view) -> str:
    """Everything the article view shows, as words separated by single spaces (wrapping undone)."""
    return " ".join(" ".join(view.line_text(y) for y in range(view.virtual_size.height)).split())


async def help_lines(pilot, app: ReaderApp) -> list[str]:
    """Open the help and return its table's rows as printed at the help's width, spaces collapsed."""
    import io

    from rich.console import Console

    from tui.screens.help import HelpScreen, HelpScroll

    await pilot.press("question_mark")
    await pilot.pause()
    assert isinstance(app.screen, HelpScreen)
    table = app.screen.query_one("#help-table").content
    console = Console(width=app.screen.query_one(HelpScroll).scrollable_content_region.width,
                      color_system=None, file=io.StringIO())
    with console.capture() as capture:
        console.print(table)
    return [" ".join(line.split()) for line in capture.get().splitlines()]
