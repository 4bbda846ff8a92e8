"""Names are data: non-UTF-8 and escape-laden file names, hostile config and theme TOML, HTML reopened by path."""

from __future__ import annotations

import json
import os
from pathlib import Path

from safety_kit import ROOT, SEEDS, assert_library_kept, assert_ok, counts, make_library, newsloupe

SHARED_PAGES = ROOT.parent / "shared" / "data" / "web" / "pages"


def _deep_toml(depth: int = 5000) -> str:
    return "x = " + "[" * depth + "]" * depth + "\n"


def test_a_non_utf8_file_name_costs_nothing(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    odd = os.fsencode(folder) + b"/caf\xe9.txt"
    with open(odd, "wb") as fh:  # no front matter: the file is its own source
        fh.write(b"Aliyev met Netanyahu in Baku on Monday to discuss water technology.\n")
    (folder / "good.txt").write_bytes(SEEDS[1].read_bytes())
    db = tmp_path / "library.db"
    home = tmp_path / "home"
    run = newsloupe(home, "add", folder, "--db", db)
    assert_ok(run)
    assert "added 2 new article(s)" in run.stderr
    from tui.library.store import Store

    with Store.open(db) as store:
        locations = {row.location for row in store.articles()}
    assert os.fsdecode(odd) in locations  # stored and found again as the very same path
    assert Path(os.fsdecode(odd)).is_file()
    extracted = newsloupe(home, "extract", odd, "--format", "json")
    assert_ok(extracted)
    data = json.loads(extracted.out.decode("utf-8"))  # valid UTF-8 JSON
    assert "caf\ufffd.txt" in json.dumps(data, ensure_ascii=False)
    assert_ok(newsloupe(home, "export", "--all", "--format", "jsonl", "--db", db))
    assert_library_kept(db, None)


def test_a_library_name_with_escapes_is_shown_not_obeyed(tmp_path):
    db = tmp_path / "lib\x1b]2;PWNED\x07\x1b[2J.db"
    db.write_bytes(b"not a library " * 100)
    run = newsloupe(tmp_path / "home", "add", SEEDS[0], "--db", db)
    assert_ok(run)  # garbage input: moved aside, said in one warning with the name made visible
    assert "\x1b" not in run.stderr and "\u241b]2;PWNED" in run.stderr
    assert len(list(tmp_path.glob("lib*.corrupt-*"))) == 1


def test_deep_and_huge_config_give_a_problem_not_a_crash(tmp_path):
    from tui.config import MAX_CONFIG_BYTES, load_config

    deep = tmp_path / "deep.toml"
    deep.write_text(_deep_toml(), encoding="utf-8")
    assert "nested too deeply" in load_config(deep).problems[0]
    huge = tmp_path / "huge.toml"
    huge.write_text("# x\n" * (MAX_CONFIG_BYTES // 4 + 10), encoding="utf-8")
    assert "larger than" in load_config(huge).problems[0]
    shape = tmp_path / "shape.toml"
    shape.write_text('keys = [1, 2]\n"\x1b]2;x\x07" = 1\n', encoding="utf-8")
    config = load_config(shape)
    assert config.keys == {} and config.problems


def test_a_deep_config_is_a_warning_for_the_headless_commands_too(tmp_path):
    """The commands read [feeds] and [models] as well: a config nested 5,000 deep was "internal error:
    RecursionError" (exit 1) for add, index and extract, though the reader shrugged it off."""
    config = tmp_path / "deep.toml"
    config.write_text(_deep_toml(), encoding="utf-8")
    db = tmp_path / "library.db"
    home = tmp_path / "home"
    env = {"NEWSLOUPE_CONFIG": str(config)}
    added = newsloupe(home, "add", SEEDS[0], "--db", db, env=env)
    assert_ok(added)
    assert f"newsloupe: warning: config {config}: nested too deeply to read; defaults used" in added.stderr
    assert "added 1 new article(s)" in added.stderr
    assert_ok(newsloupe(home, "extract", SEEDS[0], "--format", "json", env=env))
    assert_ok(newsloupe(home, "index", "--db", db, "--processes", "1", env=env))


def test_full_text_written_as_a_string_is_reported_not_read_as_true(tmp_path):
    from tui.config import fetch_option_problems, load_config, load_fetch_options

    config = tmp_path / "config.toml"
    config.write_text('[feeds]\nfull_text = "false"\ntimeout = 5\n', encoding="utf-8")
    # bool("false") is True: the string is left out, the default stands, and the user is told.
    assert load_fetch_options(config) == {"timeout": 5}
    line = f"config {config}: feeds.full_text must be true or false, without quotes; full text is fetched"
    assert fetch_option_problems(config) == (line,)
    assert line in load_config(config).problems
    config.write_text("[feeds]\nfull_text = false\n", encoding="utf-8")
    assert load_fetch_options(config) == {"full_text": False} and fetch_option_problems(config) == ()


def test_deep_theme_is_one_problem_and_the_defaults_stay(tmp_path):
    from tui.render.themes import FALLBACK, load_themes

    (tmp_path / "deep.toml").write_text(_deep_toml(), encoding="utf-8")
    (tmp_path / "wrong.toml").write_text("colors = 5\n", encoding="utf-8")
    (tmp_path / "odd-\x1b]0;x\x07.toml").write_text('[colors]\nprimary = "#112233"\n', encoding="utf-8")
    specs, problems = load_themes(tmp_path)
    assert FALLBACK.name in specs and len(problems) == 3


async def test_reader_shows_hostile_names_sanitised(tmp_path, monkeypatch):
    from tui.app import ReaderApp
    from tui.library.entries import entries_from_paths

    themes = tmp_path / "themes"
    themes.mkdir()
    (themes / "bad-\x1b]0;PWNED\x07.toml").write_text("x = 1\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(_deep_toml(), encoding="utf-8")
    keyed = tmp_path / "keyed.toml"
    keyed.write_text('[keys]\n"evil\x1b[2J" = "ctrl+o"\n', encoding="utf-8")
    for cfg in (config, keyed):
        app = ReaderApp(entries_from_paths([str(SEEDS[0])]), config_path=cfg, themes_folder=themes,
                        background_analysis=False)
        async with app.run_test() as pilot:
            await pilot.pause()
            shown = [str(n.message) for n in app._notifications]
        assert shown and not any("\x1b" in m or "\x07" in m for m in shown), shown


def test_html_opened_by_path_keeps_the_stored_main_text(tmp_path):
    from tui.library.entries import entries_from_paths, load_input
    from tui.library.store import Store

    pages = sorted(SHARED_PAGES.glob("*.html"))[:1] if SHARED_PAGES.is_dir() else []
    page = tmp_path / "page.html"
    if pages:
        page.write_bytes(pages[0].read_bytes())
    else:
        page.write_text("<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>"
                        + "Aliyev met Netanyahu in Baku on Monday to discuss water technology. " * 10
                        + "</p></article></body></html>", encoding="utf-8")
    db = tmp_path / "library.db"
    assert_ok(newsloupe(tmp_path / "home", "add", page, "--db", db))
    with Store.open(db) as store:
        [row] = store.articles()
        stored = store.article_text(row.id)
        before = counts(db)
        entries = entries_from_paths([str(page)], store)
        assert entries[0].article_id == row.id
        assert load_input(entries[0], store).text == stored
        assert store.article_text(row.id) == stored and "<p>" not in stored
    assert counts(db) == before


def test_same_bytes_never_replace_the_stored_text(tmp_path):
    from tui.extract.types import ArticleInput
    from tui.library.store import Store, file_digest

    db = make_library(tmp_path / "library.db", articles=1)
    page = tmp_path / "page.html"
    page.write_text("<p>raw</p>", encoding="utf-8")
    with Store.open(db) as store:
        first = store.add_article(ArticleInput("Main text."), location=str(page), source_digest=file_digest(page))
        again = store.add_article(ArticleInput("<p>raw</p>"), location=str(page), source_digest=file_digest(page))
        assert again == first and store.article_text(first) == "Main text."
        page.write_text("<p>changed</p>", encoding="utf-8")
        changed = store.add_article(ArticleInput("Changed."), location=str(page), source_digest=file_digest(page))
        assert changed == first and store.article_text(first) == "Changed."
