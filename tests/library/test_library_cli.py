"""The library commands end to end: add, index, entities, timeline, errors and exit codes."""

from __future__ import annotations

import json
import sqlite3

import pytest

from tui.cli import exitcodes
from tui.cli.main import main
from tui.library.catalog import date_sort_key

ARTICLE = (
    "title: Macron in Berlin\ndate: 2020-05-11\n\n"
    "French President Emmanuel Macron travelled to Berlin on 10 May 2020 to meet Angela Merkel.\n\n"
    "Macron said the talks were useful.\n"
)
HOSTILE = "title: Evil \x1b]0;pwned\x07 [@click=app.bell]x[/]\ndate: 2020-03-06\n\nThe mayor of [red]Springfield[/red] Homer Simpson spoke on Friday.\n"


@pytest.fixture()
def library(tmp_path, nlp):
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "macron.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "hostile.md").write_text(HOSTILE, encoding="utf-8")
    db = tmp_path / "lib.db"
    assert main(["index", "--db", str(db), "--processes", "1", str(folder)]) == exitcodes.OK
    return db


def test_add_reports_new_and_known(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(tmp_path / "a.txt")]) == exitcodes.OK
    assert main(["add", "--db", db, str(tmp_path / "a.txt")]) == exitcodes.OK
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "added 1 new article(s), 0 already in the library, 0 failed",
        "added 0 new article(s), 1 already in the library, 0 failed",
    ]


def test_add_bad_inputs_exit_2(tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db]) == exitcodes.BAD_INPUT
    (tmp_path / "x.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert main(["add", "--db", db, str(tmp_path / "x.csv")]) == exitcodes.BAD_INPUT
    err = capsys.readouterr().err
    assert "Traceback" not in err and "must name 'title' and 'text'" in err


def test_db_from_environment(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv("NEWSLOUPE_DB", str(tmp_path / "env.db"))
    assert main(["add", str(tmp_path / "a.txt")]) == exitcodes.OK
    assert (tmp_path / "env.db").exists()


def test_locked_library_exits_4(tmp_path, capsys, monkeypatch):
    from tui.library import store as store_module

    db = tmp_path / "lib.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    store_module.Store.open(db).close()
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT", 0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        assert main(["add", "--db", str(db), str(tmp_path / "a.txt")]) == exitcodes.STORE_ERROR
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "locked by another Newsloupe" in err[0]


def test_corrupt_library_is_replaced_with_a_warning(tmp_path, capsys):
    db = tmp_path / "lib.db"
    db.write_bytes(b"garbage" * 1000)
    assert main(["entities", "--db", str(db)]) == exitcodes.OK
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "moved it to lib.db.corrupt-" in err


def test_index_then_everything_is_cached(library, capsys):
    capsys.readouterr()
    assert main(["index", "--db", str(library), "--processes", "1"]) == exitcodes.OK
    assert "0 article(s) analysed, 2 already cached, 0 failed" in capsys.readouterr().err


def test_entities_json_and_table(library, capsys):
    capsys.readouterr()
    assert main(["entities", "--db", str(library), "--format", "json", "--top", "0"]) == exitcodes.OK
    rows = json.loads(capsys.readouterr().out)
    ids = [r["entity"] for r in rows]
    assert "person:emmanuel-macron" in ids and "person:homer-simpson" in ids
    assert all(set(r) == {"entity", "name", "label", "articles", "mentions"} for r in rows)
    assert main(["entities", "--db", str(library), "--top", "2"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "Library entities" in out and out.count("│ ") >= 2


def test_entity_dossier_json(library, capsys):
    capsys.readouterr()
    assert main(["entities", "--db", str(library), "--dossier", "person:emmanuel-macron", "--format", "json"]) == 0
    dossier = json.loads(capsys.readouterr().out)
    assert dossier["name"] == "Emmanuel Macron" and len(dossier["articles"]) == 1
    assert main(["entities", "--db", str(library), "--dossier", "person:nobody"]) == exitcodes.BAD_INPUT


def test_timeline_json_ordered(library, capsys):
    capsys.readouterr()
    assert main(["timeline", "--db", str(library), "--format", "json"]) == exitcodes.OK
    entries = json.loads(capsys.readouterr().out)
    dates = [e["date"] for e in entries]
    assert "2020-05-10" in dates and dates == sorted(dates, key=date_sort_key)


def test_hostile_text_reaches_the_terminal_sanitised(library, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "250")
    capsys.readouterr()
    assert main(["timeline", "--db", str(library)]) == exitcodes.OK
    assert main(["entities", "--db", str(library), "--top", "0"]) == exitcodes.OK
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    # Control characters made visible, markup shown literally rather than run.
    assert "Evil \u241b]0;pwned\u2407 [@click=app.bell]x[/]" in out
    assert "Homer Simpson" in out


def test_add_feed_url_then_export_opml(tmp_path, capsys, feed_server):
    from tui.library.sources.opml import read_feed_list
    from tui.library.store import Store

    url = f"{feed_server}/wire.rss"
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, url]) == exitcodes.OK
    assert "added 2 new article(s)" in capsys.readouterr().err
    out = tmp_path / "feeds.opml"
    assert main(["add", "--db", db, "--export-opml", str(out)]) == exitcodes.OK
    assert [ref.url for ref in read_feed_list(str(out))] == [url]
    with Store.open(db) as store:
        summary_only = [r for r in store.articles() if r.title == "Bridge closed"]
        assert summary_only and dict(store.article_input(summary_only[0].id).meta)["summary_only"] == "true"


def test_opml_import_remembers_its_feeds(tmp_path, capsys, feed_server):
    from tui.library.sources.opml import FeedRef, read_feed_list, write_feed_list

    listing = tmp_path / "subs.opml"
    feeds = [FeedRef(f"{feed_server}/wire.rss", "Wire"), FeedRef(f"{feed_server}/gone.rss", "Gone")]
    listing.write_text(write_feed_list(feeds), encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(listing)]) == exitcodes.OK
    err = capsys.readouterr().err
    assert "added 2 new article(s), 0 already in the library, 1 failed" in err and "HTTP 404" in err
    assert main(["add", "--db", db, "--export-opml", "-"]) == exitcodes.OK
    exported = tmp_path / "out.opml"
    exported.write_text(capsys.readouterr().out, encoding="utf-8")
    assert read_feed_list(str(exported)) == tuple(feeds)


def test_default_library_lives_in_the_user_data_dir(tmp_path, monkeypatch):
    from tui.library.store import default_path

    monkeypatch.delenv("NEWSLOUPE_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == tmp_path / "data" / "newsloupe" / "library.db"


def test_library_from_a_newer_newsloupe_is_refused(tmp_path, capsys):
    db = tmp_path / "lib.db"
    con = sqlite3.connect(db)
    con.executescript("CREATE TABLE schema_version (version INTEGER); INSERT INTO schema_version VALUES (99);"
                      "CREATE TABLE articles (id INTEGER);")
    con.close()
    assert main(["entities", "--db", str(db)]) == exitcodes.STORE_ERROR
    assert "newer Newsloupe" in capsys.readouterr().err
    assert db.exists() and not list(tmp_path.glob("lib.db.corrupt-*"))


def test_index_with_a_missing_model_exits_3(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["index", "--db", db, "--model", "no_such_pipeline_xyz", str(tmp_path / "a.txt")]) == 3
    assert "not installed" in capsys.readouterr().err


def test_hostile_publication_date_is_not_markup(tmp_path, nlp, capsys, monkeypatch):
    # Front matter is article text too: a date holding "[/]" would break Rich markup. (A date that is only
    # markup is no date and is left out; one the engine reads by its first ten characters is kept as written.)
    (tmp_path / "a.txt").write_text(ARTICLE.replace("date: 2020-05-11", "date: 2020-05-11[/][@click=app.bell]"),
                                    encoding="utf-8")
    db = str(tmp_path / "lib.db")
    assert main(["index", "--db", db, "--processes", "1", str(tmp_path / "a.txt")]) == exitcodes.OK
    capsys.readouterr()
    monkeypatch.setenv("COLUMNS", "250")
    assert main(["entities", "--db", db, "--dossier", "person:emmanuel-macron"]) == exitcodes.OK
    assert "[/][@click=app.bell]" in capsys.readouterr().out


def test_index_of_an_empty_library_says_so(tmp_path, capsys):
    assert main(["index", "--db", str(tmp_path / "lib.db")]) == exitcodes.OK
    assert "the library is empty" in capsys.readouterr().err
