"""The filter line of the library's list screens (entities, timeline).

``/`` is the key that focuses the filter, and the screen's footer offers it; the line has the focus
when the screen opens, so a user who presses ``/`` and then types a name filtered by "/name" and saw
an empty list. A ``/`` typed into the empty line is that key, not text; inside a filter ("AC/DC") it
is text.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input


class FilterInput(Input):
    """An Input that takes a ``/`` typed while it is empty for the key that focuses it."""

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "/" and not self.value:
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)
