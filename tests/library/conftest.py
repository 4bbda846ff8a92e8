"""Fixtures for the library tests: a fresh store, small analysed articles, a feed served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest

#: Test modules whose ``store`` tests run on both back ends (the store test suite); elsewhere on SQLite only.
BOTH_BACK_ENDS = frozenset({"test_library_store", "test_library_catalog", "test_library_search", "test_identity",
                            "test_store_backends", "test_library_indexing", "test_date_migration"})


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture()
def library_target(backend, tmp_path, request):
    """Where a test's library lives: a file, or a fresh database on the session's PostgreSQL server."""
    if backend == "postgresql":
        return request.getfixturevalue("pg_url")
    return tmp_path / "library.db"


@pytest.fixture()
def store(library_target):
    from tui.library.store import Store

    st = Store.open(library_target)
    yield st
    st.close()


def pytest_collection_modifyitems(config, items):
    """Run the PostgreSQL variant only for the store suite and tests not marked ``sqlite_only``."""
    keep, dropped = [], []
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        on_pg = params.get("backend") == "postgresql"
        module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
        if on_pg and (module not in BOTH_BACK_ENDS or item.get_closest_marker("sqlite_only")):
            dropped.append(item)
        else:
            keep.append(item)
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


SMALL_ARTICLES = (
    (
        "Merkel meets Macron in Paris",
        "2020-03-02",
        "German Chancellor Angela Merkel met French President Emmanuel Macron in Paris on Monday.\n\n"
        "\"We will work together,\" Merkel said after the meeting.",
    ),
    (
        "Macron visits Berlin",
        "2020-05-11",
        "French President Emmanuel Macron travelled to Berlin on 10 May 2020 to meet Angela Merkel.\n\n"
        "Macron said the talks were useful.",
    ),
)


@pytest.fixture(scope="session")
def small_analyses(nlp):
    from tui.extract import analyse

    return tuple(
        analyse(text, title=title, published=published, source="test", nlp=nlp)
        for title, published, text in SMALL_ARTICLES
    )


@pytest.fixture()
def filled_store(store, seed_analysis, small_analyses):
    """A store with the seed article and two small articles, all analysed."""
    from tui.extract.types import ArticleInput

    ids = []
    for analysis in (seed_analysis, *small_analyses):
        item = ArticleInput(analysis.text, analysis.title, analysis.published, analysis.source)
        article_id = store.add_article(item)
        store.put_analysis(article_id, analysis)
        ids.append(article_id)
    store.ids = ids
    return store


@pytest.fixture()
def feed_server(tmp_path):
    """A feed served on 127.0.0.1 by the test itself."""
    from test_library_sources import RSS

    (tmp_path / "wire.rss").write_text(RSS, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None  # type: ignore[attr-defined]
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
