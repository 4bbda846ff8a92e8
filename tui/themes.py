"""The app's themes: our theme files registered with Textual, the chosen one read before the first paint.

Only the chosen theme is read before the first paint; the others join once it is on screen
(``load_all``), before the palette can offer them. A theme that is not a usable file of its own
has them all read at once, so the notice can say why. Textual's built-in themes are unregistered:
they know nothing of the layers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from rich.style import Style
from textual.app import App
from textual.theme import Theme

from tui.render.highlight import layer_styles
from tui.render.themes import DEFAULT_THEME, FALLBACK, ThemeSpec, load_chosen_theme, load_themes


def textual_theme(spec: ThemeSpec) -> Theme:
    """A Textual theme from a theme file; layer colours ride along as ``$layer-<id>`` variables."""
    colours: dict[str, Any] = dict(spec.colours)
    return Theme(
        name=spec.name, dark=spec.dark, **colours,
        variables={f"layer-{layer_id}": colour for layer_id, colour in spec.layers.items()},
    )


class AppThemes:
    """The themes of the themes folder, registered with ``app`` as they are read."""

    def __init__(self, app: App[Any], folder: Path | None, *, problems: Callable[[list[str]], object]) -> None:
        self._app = app
        self._folder = folder
        #: Where the problems of theme files go (the app's notices, or its notifications later).
        self._problems = problems
        self._specs: dict[str, ThemeSpec] = {}
        self._all = False

    def start_with(self, wanted: object) -> str | None:
        """Read and set the theme named ``wanted`` (from the library's prefs or the command line);
        the notice to show when there is no such theme and the default is used instead."""
        notice = None
        chosen = load_chosen_theme(wanted, self._folder) if isinstance(wanted, str) else None
        if chosen is not None:
            self._add({chosen.name: chosen})
        else:
            self.load_all()
            if wanted not in self._specs:
                notice = f"no theme named {wanted!r}; using {DEFAULT_THEME}"
                wanted = DEFAULT_THEME
        assert isinstance(wanted, str)
        self._set_at_start(wanted)
        for name in list(self._app.available_themes):
            if name not in self._specs:
                self._app.unregister_theme(name)
        return notice

    @property
    def specs(self) -> Mapping[str, ThemeSpec]:
        """Every usable theme of the themes folder, by name (read on first use after the start)."""
        if not self._all:
            self.load_all()
        return self._specs

    def ours(self, name: str) -> bool:
        """Whether ``name`` is one of our themes (read so far)."""
        return name in self._specs

    def load_all(self) -> None:
        self._all = True
        specs, problems = load_themes(self._folder)
        # A theme already read (the chosen one) stays as it was painted.
        self._add({name: spec for name, spec in specs.items() if name not in self._specs})
        if problems:
            self._problems(problems)

    def layer_styles(self, *, mono: bool) -> Mapping[str, Style]:
        # The theme in use was read at start: the others need not be.
        spec = self._specs.get(self._app.theme, FALLBACK)
        return layer_styles(spec.layers, mono=mono)

    def _add(self, specs: Mapping[str, ThemeSpec]) -> None:
        for spec in specs.values():
            self._specs[spec.name] = spec
            self._app.register_theme(textual_theme(spec))

    def _set_at_start(self, name: str) -> None:
        """The theme, chosen before any stylesheet is parsed.

        Setting ``App.theme`` runs Textual's theme change: a fresh parse of every stylesheet and a
        restyle of every node, queued for the first moments of the run (~5 ms of the first paint,
        and the reader's CSS parsed twice). Nothing is parsed or styled yet here: setting the
        stylesheet's variables is all the change needs. A theme whose darkness differs from
        Textual's default also changes the ANSI colour mapping: that one goes the usual way."""
        app = self._app
        theme = app.get_theme(name)
        if theme is None or theme.dark != app.current_theme.dark:
            app.theme = name
            return
        app.set_reactive(App.theme, name)
        app.set_class(True, f"-theme-{name}", update=False)
        app.stylesheet.set_variables(app.get_css_variables())
