"""The reader's own command palette entries: toggle a layer, open an article, switch theme, export, copy a fact.

Titles and facts come from articles: they are shown as plain Text, never parsed as markup.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider

from tui.render.layers import LAYERS
from tui.render.sanitize import sanitize

if TYPE_CHECKING:
    from tui.screens.reader import ReaderScreen


class ReaderCommands(Provider):
    """Commands built from the reader's current state each time the palette opens."""

    def _reader(self) -> "ReaderScreen | None":
        from tui.screens.reader import ReaderScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, ReaderScreen):
                return screen
        return None

    def _commands(self) -> Iterator[tuple[str, Callable[[], object], str]]:
        reader = self._reader()
        if reader is None:
            return
        for layer in LAYERS:
            yield (f"Toggle layer {layer.key}: {layer.name}", partial(reader.action_toggle_layer, layer.id),
                   "Show or hide these entities")
        yield ("Show or hide the article list", reader.action_toggle_list,
               "l; below 100 columns it waits behind this key")
        for index, entry in enumerate(reader.entries):
            yield (f"Open article: {sanitize(entry.title)}", partial(reader.open_article, index), entry.source or "")
        for name in sorted(getattr(self.app, "theme_specs", {})):
            yield (f"Switch theme: {name}", partial(setattr, self.app, "theme", name), "Colours of the reader")
        from tui.exports import FORMATS

        for fmt in FORMATS:
            yield (f"Export article: {fmt}", partial(reader.action_export, fmt),
                   "Into $NEWSLOUPE_EXPORT_DIR, else Documents/Newsloupe")
        yield ("Save screenshot (SVG)", reader.host.action_save_screenshot, "Into the export folder")
        analysis = reader.current_analysis
        for fact in analysis.facts if analysis else ():
            summary = sanitize(fact.text).replace("\n", " ")
            yield (f"Copy fact: {summary}", partial(reader.copy_fact, fact), f"{'An' if fact.kind[:1] in 'aeiou' else 'A'} {fact.kind} of this article")

    async def discover(self) -> Hits:
        for text, command, help_text in self._commands():
            if not text.startswith(("Open article", "Copy fact")):
                yield DiscoveryHit(Text(text), command, text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, command, help_text in self._commands():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, Text(text), command, text=text, help=help_text)
