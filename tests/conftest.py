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


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the session (one per xdist worker), stopped at the end.

    Skips, saying why, only where no server can be installed (scripts/ensure-tools.sh installs it).
    """
    from pg_server import find_binaries, start_server

    folder, why = find_binaries()
    if folder is None:
        pytest.skip(why)
    server = start_server()
    yield server
    server.stop()


@pytest.fixture()
def pg_url(pg_server, request) -> str:
    """A fresh, empty database on the session's server; its postgresql:// URL."""
    import re
    import uuid

    name = re.sub(r"\W", "_", request.node.name.lower())[:40] + "_" + uuid.uuid4().hex[:6]
    return pg_server.create_database(name)
