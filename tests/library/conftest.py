"""Fixtures for the library tests: a fresh store, small analysed articles, a feed served on 127.0.0.1."""

from __future__ import annotations

import functools
import http.server
import threading

import pytest


@pytest.fixture()
def store(tmp_path):
    from tui.library.store import Store

    st = Store.open(tmp_path / "library.db")
    yield st
    st.close()


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
