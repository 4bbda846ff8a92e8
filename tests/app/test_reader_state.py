"""The reader's state and failures: prefs across runs, themes, keymaps, bad files, a missing model, small terminals."""

from __future__ import annotations

from reader_support import NO_CONFIG, make_app, shown_words, wait_analysed

from tui.extract.model import ModelNotFound
from tui.library.store import Store
from tui.render.layers import LAYER_IDS
from tui.render.sanitize import sanitize

SIZE = (120, 40)


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


def record_notices(app) -> list[str]:
    """Every notice the app posts from now on, kept after it times out (a loaded machine may
    take longer to analyse than a notice stays on screen)."""
    seen: list[str] = []
    post = app.notify

    def notify(message, *args, **kwargs):
        seen.append(str(message))
        return post(message, *args, **kwargs)

    app.notify = notify
    return seen


async def test_layers_persist_across_articles_and_runs(seed_analysis, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("title: Another\n\nA quiet day.\n", encoding="utf-8")
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed_analysis, other, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("1", "3", "t")
        app.reader.open_article(1)
        await wait_analysed(pilot, app)
        assert app.reader.view.layers_on == frozenset(LAYER_IDS) - {"people", "places"}
    assert store.get_pref("layers") == [i for i in LAYER_IDS if i not in ("people", "places")]
    again = make_app(seed_analysis, store=store)
    async with again.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, again)
        assert again.reader.layers_on == frozenset(LAYER_IDS) - {"people", "places"}
        assert again.reader.tags
    store.close()


async def test_analyses_are_cached_in_the_library_and_read_marks_kept(seed_analysis, tmp_path):
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed_analysis, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
    row = store.articles()[0]
    assert row.read and row.entity_count == len(seed_analysis.entities)
    store.close()


async def test_theme_flag_and_palette_choice_are_remembered(seed_analysis, tmp_path):
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed_analysis, store=store, theme="light")
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert app.theme == "light"
        app.theme = "high-contrast"
        await pilot.pause()
    assert store.get_pref("theme") == "high-contrast"
    again = make_app(seed_analysis, store=store)
    async with again.run_test(size=SIZE) as pilot:
        assert again.theme == "high-contrast"
    store.close()


async def test_an_unknown_or_broken_theme_falls_back_with_a_notice(seed_analysis, tmp_path):
    (tmp_path / "broken.toml").write_text("[colors\nprimary = ", encoding="utf-8")
    (tmp_path / "plain.toml").write_text('[colors]\nprimary = "#ff0000"\n', encoding="utf-8")
    app = make_app(seed_analysis, themes_folder=tmp_path, theme="nope")
    seen = record_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert app.theme == "okabe-ito"
        shown = " ".join(seen)
        assert "broken.toml: not valid TOML" in shown and "no theme named 'nope'" in shown
        assert "plain" in app.theme_specs


async def test_a_broken_theme_beside_the_chosen_one_is_still_reported_and_the_others_offered(seed_analysis, tmp_path):
    # Only the chosen theme is read before the first paint: the rest, and what is wrong with
    # them, come once it is on screen.
    (tmp_path / "broken.toml").write_text("[colors\nprimary = ", encoding="utf-8")
    (tmp_path / "plain.toml").write_text('[colors]\nprimary = "#ff0000"\n', encoding="utf-8")
    (tmp_path / "other.toml").write_text('[colors]\nprimary = "#00ff00"\n', encoding="utf-8")
    app = make_app(seed_analysis, themes_folder=tmp_path, theme="plain")
    seen = record_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert app.theme == "plain"
        assert any("broken.toml: not valid TOML" in n for n in seen), seen
        assert set(app.available_themes) == {"plain", "other", "okabe-ito"}
        app.theme = "other"
        await pilot.pause()
        assert app.theme == "other"


async def test_keys_remapped_from_the_config_file(seed_analysis, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text('[keys]\n"layer.people" = "p"\n"no.such.binding" = "x"\n', encoding="utf-8")
    app = make_app(seed_analysis, config_path=config)
    seen = record_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("p")
        assert "people" not in app.reader.layers_on
        assert any("no binding has the id 'no.such.binding'" in n for n in seen)
        await pilot.press("f1")
        table = app.screen.query_one("#help-table").content
        keys, actions, ids = ([str(cell) for cell in column.cells] for column in table.columns)
        assert keys[actions.index("Layer People")] == "p"
        assert ids[actions.index("Layer People")] == "layer.people"


async def test_a_config_file_that_is_not_toml_is_a_notice(seed_analysis, tmp_path):
    config = tmp_path / "config.toml"
    config.write_text("[keys\n", encoding="utf-8")
    app = make_app(seed_analysis, config_path=config)
    seen = record_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        assert any("not valid TOML" in n for n in seen)
        await pilot.press("1")
        assert "people" not in app.reader.layers_on


async def test_an_unreadable_file_shows_its_error_and_the_app_keeps_running(seed_analysis, tmp_path):
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    app = make_app(seed_analysis, binary)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        app.reader.open_article(1)
        await pilot.pause()
        view = app.reader.view
        assert "Cannot open this article:" in shown_words(view)
        assert "binary file, not an article" in shown_words(view)
        await pilot.press("k", "enter")
        await wait_analysed(pilot, app)
        assert app.reader.current == 0


async def test_a_missing_model_is_a_message_and_the_text_stays(seed_analysis, tmp_path):
    def no_model(article):
        raise ModelNotFound("spaCy model 'xx_missing' is not installed")

    app = make_app(seed_analysis, analyser=no_model)
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(200):
            if app.reader.model_problem:
                break
            await pilot.pause(0.02)
        await pilot.pause()
        view = app.reader.view
        assert "spaCy model 'xx_missing' is not installed (the text is shown without layers)" in shown_words(view)
        assert "Prime Minister Benjamin Netanyahu" in shown_words(view)
        assert view.visible_mentions() == []


async def test_a_small_terminal_says_so(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        assert app.reader.has_class("-too-small")
        assert app.reader.query_one("#too-small").display
        panes = app.reader.query("#articles, #article-column, #facts, #facts-slot")
        assert len(panes) == 3 and not any(pane.display for pane in panes)
    app = make_app(seed_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not app.reader.has_class("-too-small")


async def test_hostile_text_is_shown_literally(seed_analysis, tmp_path):
    hostile = tmp_path / "hostile.txt"
    body = "Press [@click=app.bell]here[/] or [bold]this[/bold]\x1b[31m red\x07 \u202eevil\n"
    hostile.write_text("title: [b]Hi[/b] \x1b]0;pwned\x07\n\n" + body, encoding="utf-8")
    app = make_app(seed_analysis, hostile, config_path=NO_CONFIG)
    async with app.run_test(size=SIZE) as pilot:
        app.reader.open_article(1)
        await wait_analysed(pilot, app)
        view = app.reader.view
        assert view.line_text(0).startswith(sanitize("[b]Hi[/b] \x1b]0;pwned\x07"))
        assert " ".join(sanitize(body).split()) in shown_words(view)
        for y in range(view.virtual_size.height):
            assert not any(ord(c) < 32 or 0x7F <= ord(c) <= 0x9F for c in view.line_text(y))


async def test_library_screens_open_an_article_at_an_offset(seed_analysis, tmp_path):
    from tui.messages import OpenArticle
    from tui.screens.entities import EntitiesScreen

    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed_analysis, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("e")
        assert isinstance(app.screen, EntitiesScreen)
        article_id = app.reader.entries[0].article_id
        last = seed_analysis.mentions[-1]
        app.screen.post_message(OpenArticle(article_id, last.start))
        await pilot.pause()
        assert app.screen is app.reader
        view = app.reader.view
        assert view.scroll_y > 0
        assert view.scroll_y <= view.y_of_offset(last.start) < view.scroll_y + view.size.height
    store.close()


async def test_library_keys_without_a_library_are_a_notice(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("e", "T")
        assert app.screen is app.reader
        assert sum("No library is open" in n for n in notices(app)) == 2


async def test_the_reading_position_is_kept_across_articles_and_runs(seed_analysis, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("title: Another\n\nA quiet day.\n", encoding="utf-8")
    store = Store.open(tmp_path / "lib.db")
    app = make_app(seed_analysis, other, store=store)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        view = app.reader.view
        view.scroll_to(y=20, animate=False)
        await pilot.pause()
        left_at = view.offset_at_top()
        assert left_at > 0
        app.reader.open_article(1)
        await wait_analysed(pilot, app)
        assert view.scroll_y == 0
        app.reader.open_article(0)
        await pilot.pause()
        assert view.offset_at_top() == left_at
        article_id = app.reader.entries[0].article_id
        await pilot.press("q")
    assert store.article(article_id).position == left_at
    again = make_app(seed_analysis, store=store)
    async with again.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, again)
        assert again.reader.view.offset_at_top() == left_at
    store.close()


async def test_measured_heights_match_the_wrapped_lines(seed_analysis, tmp_path):
    # Heights come from the plain text (no styling until a line is shown): they must equal what styling wraps to.
    odd = tmp_path / "odd.txt"
    odd.write_text("title: Odd\n\n" + "x" * 130 + "\n\ttabbed\tline with\ttabs\n  lead  spaces   and  gaps  \n"
                   + "日本語のテキスト" * 12 + "\n", encoding="utf-8")
    app = make_app(seed_analysis, odd)
    async with app.run_test(size=SIZE) as pilot:
        for index in (0, 1):
            app.reader.open_article(index)
            await wait_analysed(pilot, app)
            view = app.reader.view
            for tags in (False, True):
                app.reader.tags = tags
                for width in (12, 37, 52, 90):
                    view._wrap_width = width
                    view._relayout()
                    assert view._heights == [len(view._wrap(b)) for b in range(len(view._heights))]
