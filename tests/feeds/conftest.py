"""A feed server on 127.0.0.1 started by the tests themselves."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


@pytest.fixture()
def server():
    from feedserver import FeedServer

    srv = FeedServer().start()
    yield srv
    srv.stop()


@pytest.fixture()
def store(tmp_path):
    from tui.library.store import Store

    st = Store.open(tmp_path / "library.db")
    yield st
    st.close()
