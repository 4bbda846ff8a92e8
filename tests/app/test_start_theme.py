"""The theme chosen at start is the one painted first: its variables, its class, its colours, on every node."""

from __future__ import annotations

import pytest
from reader_support import NO_CONFIG, frozen_seed_analysis, make_app
from textual.app import App
from textual.color import Color

from tui.render.themes import load_themes

THEMES = sorted(load_themes()[0])


@pytest.mark.parametrize("name", THEMES)
async def test_the_first_styles_come_from_the_chosen_theme(name: str) -> None:
    app = make_app(frozen_seed_analysis(), theme=name, config_path=NO_CONFIG)
    theme = app.get_theme(name)
    assert theme is not None
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == name
        assert app.has_class(f"-theme-{name}")
        assert app.has_class("-dark-mode") is theme.dark and app.has_class("-light-mode") is not theme.dark
        assert app.stylesheet._variables == app.get_css_variables()
        # The article pane is painted on the theme's own background ($background in reader.tcss).
        assert app.reader.query_one("#article").styles.background == Color.parse(theme.background or "")
        # Only the one theme class: the default theme's never came and went.
        assert [c for c in app.classes if c.startswith("-theme-")] == [f"-theme-{name}"]


async def test_a_theme_changed_later_still_restyles_everything() -> None:
    app = make_app(frozen_seed_analysis(), theme="okabe-ito", config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.theme = "light"
        await pilot.pause()
        light = app.get_theme("light")
        assert light is not None and isinstance(app, App)
        assert app.reader.query_one("#article").styles.background == Color.parse(light.background or "")
        assert app.has_class("-light-mode") and not app.has_class("-theme-okabe-ito")


async def test_the_stylesheets_are_parsed_once_before_the_first_frame(monkeypatch: pytest.MonkeyPatch) -> None:
    # Setting App.theme at start queued Textual's theme change: every stylesheet parsed a second
    # time and every node restyled, in the first moments of the run (~5 ms of the first paint).
    from textual.css.stylesheet import Stylesheet

    reparsed: list[str] = []
    real = Stylesheet.reparse
    monkeypatch.setattr(Stylesheet, "reparse", lambda self: (reparsed.append("reparse"), real(self))[1])
    app = make_app(frozen_seed_analysis(), theme="okabe-ito", config_path=NO_CONFIG)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        assert app.theme == "okabe-ito"
    assert reparsed == []
