"""Regenerate the README's picture (docs/screenshot.svg): the reader on seeds/, analysed by the pinned
pipeline, at 160x45 (the three panes side by side), a role highlighted in the facts and its evidence
marked in the text. Textual's own SVG, as ``ctrl+s`` saves it; no library is opened or written.

    .venv/bin/python scripts/readme_screenshot.py [OUT.svg] [--text]
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from tui.app import ReaderApp, spacy_analyser
from tui.library.entries import entries_from_paths

ROOT = Path(__file__).resolve().parents[1]
SIZE = (160, 45)
#: The sample article (undated, so last in the list), opened from the list.
OPEN = ("G", "enter")
#: Then to the facts, down to the second role (its evidence is in the first lines).
KEYS = ("tab", "j", "j")


async def analysed(pilot, app: ReaderApp) -> None:
    await pilot.pause(0.2)
    for _ in range(1200):  # the pipeline loads on the first analysis
        if app.reader.current_analysis is not None and not app.reader.foreground_busy:
            return
        await pilot.pause(0.05)


async def shoot(out: Path) -> None:
    # Relative paths: the picture must hold nothing of the machine it was made on.
    entries = entries_from_paths(sorted(str(p.relative_to(ROOT)) for p in (ROOT / "seeds").glob("*.txt")))
    app = ReaderApp(entries, theme="default-dark", analyser=spacy_analyser(None), background_analysis=False,
                    analysis_in_process=False, config_path=ROOT / "no-such-config.toml")
    async with app.run_test(size=SIZE) as pilot:
        await analysed(pilot, app)
        await pilot.press(*OPEN)
        await analysed(pilot, app)
        title = app.reader.current_entry.title or ""
        if not title.startswith("Israel, Turkey"):
            raise SystemExit(f"the list's last article is {title!r}, not the sample: OPEN needs updating")
        await pilot.press(*KEYS)
        await pilot.pause(0.5)
        svg = app.export_screenshot(title="newsloupe")
        if "--text" in sys.argv:  # what the picture shows, as text, to look at in a terminal
            for strip in app.screen._compositor.render_update(full=True).strips:
                print("".join(segment.text for segment in strip))
    if str(ROOT) in svg or str(Path.home()) in svg:
        raise SystemExit("the screenshot names a path of this machine: not written")
    out.write_text(svg, encoding="utf-8")
    print(f"{out}: {len(svg.encode()):,} bytes at {SIZE[0]}x{SIZE[1]}")


if __name__ == "__main__":
    import os

    os.chdir(ROOT)
    asyncio.run(shoot(Path(args[0]) if (args := [a for a in sys.argv[1:] if a != "--text"]) else ROOT / "docs" / "screenshot.svg"))
