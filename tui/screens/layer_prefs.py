"""The reader's layer state (which layers show, whether mentions carry tags) and its saved preference.

A base of the reader screen. The screen binds these reactives down into the article pane with
``data_bind``; a watcher saves each change in a thread, so a slow or full disk never holds a key press.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence

from rich.style import Style
from textual import work
from textual.reactive import reactive

from tui.library.entries import ArticleEntry, Joining
from tui.library.reader_library import LibraryProblem
from tui.render.layers import LAYER_IDS
from tui.render.sanitize import sanitize
from tui.screens.page_reading import PageReading


class LayerPrefs(PageReading):
    """The layers and tags shown, their styles, and the preference that remembers them."""

    #: The layers shown, whether mentions carry tags, and the layers' styles (theme, mono): bound down.
    layers_on: reactive[frozenset[str]] = reactive(frozenset(LAYER_IDS), init=False)
    tags: reactive[bool] = reactive(False, init=False)
    layer_styles: reactive[Mapping[str, Style]] = reactive(dict, init=False)

    def __init__(self, entries: list[ArticleEntry], joining: Sequence[Joining] = ()) -> None:
        super().__init__(entries, joining)
        self._prefs_pending: dict[str, object] = {}
        self._prefs_lock = threading.Lock()

    def watch_layers_on(self, on: frozenset[str]) -> None:
        self.save_pref("layers", [layer_id for layer_id in LAYER_IDS if layer_id in on])

    def watch_tags(self, tags: bool) -> None:
        self.save_pref("tags", tags)

    def save_pref(self, key: str, value: object) -> None:
        """Kept off the UI thread: the latest value of each key is written, in order."""
        with self._prefs_lock:
            self._prefs_pending[key] = value
        self._write_prefs()

    @work(thread=True, group="prefs")
    def _write_prefs(self) -> None:
        problem = self.flush_prefs()
        if problem:
            self.app.call_from_thread(self.app.notify, problem, severity="warning", markup=False)

    def flush_prefs(self) -> str | None:
        """Write the preferences not written yet (also on quit); the problem, if one failed."""
        with self._prefs_lock:
            pending, self._prefs_pending = self._prefs_pending, {}
            for key, value in pending.items():
                try:
                    self.library.save_pref(key, value)
                except LibraryProblem as exc:
                    return sanitize(str(exc))
        return None

    def action_toggle_layer(self, layer_id: str) -> None:
        self.layers_on ^= {layer_id}

    def action_all_layers(self, on: bool) -> None:
        self.layers_on = frozenset(LAYER_IDS) if on else frozenset()

    def action_toggle_tags(self) -> None:
        self.tags = not self.tags
