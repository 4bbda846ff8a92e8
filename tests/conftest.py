"""Shared fixtures: one spaCy pipeline per test session, and paths to shipped and shared data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# CI machines are shared and noisy: a property test fails on what it finds, never on a slow example.
settings.register_profile("newsloupe", deadline=None)
settings.load_profile("newsloupe")

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_ARTICLE = SEEDS / "israel-turkey-azerbaijan-talks.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from tui.extract import model

    return model.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(nlp, seed_text):
    from tui.extract import analyse

    return analyse(seed_text, nlp=nlp, source=SEED_ARTICLE.name)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the project; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present (a user's fresh clone)")
    return SHARED
