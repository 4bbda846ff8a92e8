"""Hostile input added to a library in use loses nothing: good articles, their cached analyses,
reading state and preferences are all still there, and every library view stays inert.
"""

from __future__ import annotations

import json

import hostile_fixtures as fixtures
import pytest
from hostile_checks import assert_inert, assert_ok, problems
from hostile_run import GOOD_ARTICLES

from tui.cli import exitcodes

pytestmark = pytest.mark.slow

PREFS = {"theme": "solarized", "layers": ["PERSON", "ORG"]}


def _snapshot(db) -> dict:
    """What the user owns in the library: articles, analyses, reading state, prefs."""
    from tui.extract import model
    from tui.extract.model import model_info
    from tui.library.store import Store

    info = model_info(model.load())
    with Store.open(db) as store:
        rows = {r.id: r for r in store.articles()}
        return {
            "rows": rows,
            "hashes": {i: r.content_hash for i, r in rows.items()},
            "analysed": {i for i in rows if store.cached_analysis(i, info) is not None},
            "state": {i: (r.read, r.starred, r.position) for i, r in rows.items()},
            "prefs": {k: store.get_pref(k) for k in PREFS},
        }


@pytest.fixture()
def library(newsloupe, tmp_path):
    """A library with the good articles added, indexed, read, starred and with prefs set."""
    from tui.library.store import Store

    db = tmp_path / "library.db"
    assert_ok(newsloupe("add", *GOOD_ARTICLES, "--db", db))
    assert_ok(newsloupe("index", "--db", db, "--processes", "1"))
    with Store.open(db) as store:
        first, second = (r.id for r in store.articles())
        store.set_read(first)
        store.set_starred(second, True)
        store.set_position(first, 120)
        for key, value in PREFS.items():
            store.set_pref(key, value)
    before = _snapshot(db)
    assert len(before["analysed"]) == len(GOOD_ARTICLES)
    return db, before


def _assert_kept(db, before) -> dict:
    after = _snapshot(db)
    for article_id, digest in before["hashes"].items():
        assert after["hashes"][article_id] == digest
        assert after["state"][article_id] == before["state"][article_id]
    assert before["analysed"] <= after["analysed"]
    assert after["prefs"] == PREFS
    return after


def test_hostile_files_added_and_indexed_lose_nothing(newsloupe, library, inputs):
    db, before = library
    texts = fixtures.write_text_fixtures(inputs / "texts")
    # The huge article is refused by add with extract's own message (the size limit is shared).
    bad = [fixtures.binary_file(inputs), fixtures.fifo(inputs), fixtures.malformed_feed(inputs),
           fixtures.huge_single_line(inputs), fixtures.empty_file(inputs)]  # an empty file: "no text"
    others = [fixtures.html_page(inputs)]
    run = newsloupe("add", *texts.values(), *others, *bad, "--db", db)
    assert_inert(run)
    assert run.code == exitcodes.OK, str(run)
    assert len(problems(run)) == len(bad), str(run)  # one line per refused file, naming it
    for path in bad:
        assert sum(path.name in line for line in problems(run)) == 1, path
    assert sum("model's limit" in line for line in problems(run)) == 1, str(run)
    _assert_kept(db, before)

    run = newsloupe("index", "--db", db, "--processes", "2")
    assert_inert(run)
    assert run.code == exitcodes.OK, str(run)
    summary = run.err_lines[-1]
    assert summary.startswith(f"{len(texts) + 1} article(s) analysed, {len(GOOD_ARTICLES)} already cached, 0 failed")
    after = _assert_kept(db, before)
    assert len(after["analysed"]) == len(GOOD_ARTICLES) + len(texts) + 1

    from tui.library.store import Store

    with Store.open(db) as store:
        bodies = [store.article_text(r.id) for r in store.articles()]
    for name, (_make, _title, phrase) in fixtures.TEXT_FIXTURES.items():
        if name != "crlf":  # CRLF bodies may be stored with either line end; their words are checked below
            assert any(phrase in body for body in bodies), name
    assert any("Aliyev said the talks went well." in body for body in bodies)
    # The HTML page's scripts never became article text; the escaped tag it shows as text stays literal.
    assert not any("document.cookie" in body or "alert('x')" in body for body in bodies)
    assert any("<script>alert(1)</script>" in body for body in bodies)
    assert any("water technology" in body for body in bodies)


@pytest.mark.parametrize(
    "argv",
    [
        ("entities",), ("entities", "--format", "json"), ("timeline",), ("timeline", "--format", "json"),
        ("export", "--all", "--format", "jsonl"), ("export", "--all", "--format", "displacy"),
        ("export", "--all", "--format", "html"), ("export", "--all", "--format", "markdown"),
    ],
)
def test_library_views_of_hostile_articles_are_inert(newsloupe, hostile_library, argv):
    run = newsloupe(*argv, "--db", hostile_library)
    assert_ok(run)
    if "json" in argv or "displacy" in argv:
        json.loads(run.stdout)
    if "jsonl" in argv:
        assert all(json.loads(line)["text"] for line in run.stdout.splitlines())


@pytest.fixture(scope="module")
def hostile_library(tmp_path_factory):
    """A library of the text fixtures, indexed once for the view tests."""
    import subprocess
    import sys

    from hostile_run import HANG_GUARD, sealed_env

    folder = tmp_path_factory.mktemp("hostile-library")
    home = folder / "home"
    home.mkdir()
    texts = fixtures.write_text_fixtures(folder / "texts")
    db = folder / "library.db"
    for argv in (["add", *map(str, texts.values()), "--db", str(db)], ["index", "--db", str(db), "--processes", "1"]):
        done = subprocess.run([sys.executable, "-m", "tui", *argv], capture_output=True, cwd=home,
                              env=sealed_env(home), timeout=HANG_GUARD)
        assert done.returncode == 0, done.stderr.decode()
    return db


def test_big_feed_is_added_whole_without_touching_the_library(newsloupe, library, inputs):
    db, before = library
    run = newsloupe("add", fixtures.big_feed(inputs, entries=5000), "--db", db)
    assert_ok(run)
    assert "added 5000 new article(s)" in run.stderr
    after = _assert_kept(db, before)
    assert len(after["rows"]) == len(GOOD_ARTICLES) + 5000
    titles = {r.title for r in after["rows"].values()}
    assert "Story 0 [@click=app.bell]x[/] \x1b" in titles  # stored as written: only display sanitises
    # Adding it again changes nothing.
    again = newsloupe("add", inputs / "big.rss", "--db", db)
    assert "added 0 new article(s), 5000 already in the library" in again.stderr
    entities = newsloupe("entities", "--db", db, "--top", "5")
    assert_ok(entities)
