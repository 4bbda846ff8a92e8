"""Fixtures shared by the reader's Pilot tests (helpers that are no fixtures live in reader_support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def other_article(tmp_path: Path) -> Path:
    """A second, short article beside the seed: a list of two to filter, star and walk."""
    path = tmp_path / "other.txt"
    path.write_text("title: Zanzibar weather\n\nRain fell on the island on Monday.\n", encoding="utf-8")
    return path
