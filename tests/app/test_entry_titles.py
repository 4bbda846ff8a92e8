"""Titles of listed articles: the ``title:`` line, else the headline the text opens with, else the file name."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.app.reader_support import SEED, analyser_for, frozen_seed_analysis, make_app
from tui.library.entries import entries_from_paths


def _title(path: Path) -> str:
    (entry,) = entries_from_paths([str(path)])
    return entry.title


def test_seed_without_front_matter_is_named_by_its_headline() -> None:
    assert _title(SEED) == "Israel, Turkey hold talks in Azerbaijan over Syria tensions"


@pytest.mark.parametrize(("content", "title"), [
    ("title: Storm closes ports\ndate: 2020-01-02\n\nHeavy rain fell on Monday.\n", "Storm closes ports"),
    ("Flooding hits northern towns\n\nRivers rose overnight in the north of the country.\n",
     "Flooding hits northern towns"),
])
def test_title_line_first_then_headline(tmp_path: Path, content: str, title: str) -> None:
    path = tmp_path / "some-file-name.txt"
    path.write_text(content, encoding="utf-8")
    assert _title(path) == title


def test_a_blank_file_is_listed_by_its_name_with_why(tmp_path: Path) -> None:
    path = tmp_path / "blank-article.txt"
    path.write_text("   \n\n", encoding="utf-8")
    (entry,) = entries_from_paths([str(path)])
    assert (entry.title, entry.error) == ("blank-article.txt", f"{path}: no text (only blank space)")


async def test_article_header_shows_the_headline() -> None:
    app = make_app(frozen_seed_analysis(), analyser=analyser_for(frozen_seed_analysis()))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view = app.reader.view
        header = " ".join(view.line_text(y).strip() for y in range(2))  # the title wraps in a narrow pane
        assert header.startswith("Israel, Turkey hold talks in Azerbaijan over Syria tensions")
