"""Key-to-screen latency in the reader: from a key event sent to the app until a frame showing its effect.

``LatencyProbe(app)`` hooks the app's ``_display`` (called with every composed frame, headless
or not). ``await probe.press(pilot, key, shown)`` sends the key and waits until a frame is
composed while ``shown()`` holds, returning the milliseconds in between. Pilot's own press
waits for the app to go idle (about 90 ms even in a bare app), so it is not used for timing.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

from textual import events


class LatencyProbe:
    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.app = app
        self._waiting: tuple[float, Callable[[], bool]] | None = None
        self._done: float | None = None
        original = app._display

        def display(screen, renderable):  # type: ignore[no-untyped-def]
            original(screen, renderable)
            if self._waiting is not None and renderable is not None:
                sent, shown = self._waiting
                if shown():
                    self._done = (time.perf_counter() - sent) * 1000
                    self._waiting = None

        app._display = display

    async def press(self, key: str, shown: Callable[[], bool], timeout: float = 5.0) -> float:
        """Milliseconds from sending ``key`` to the first frame composed with ``shown()`` true."""
        self._done = None
        self._waiting = (time.perf_counter(), shown)
        self.app.post_message(events.Key(key, key if len(key) == 1 else None))
        deadline = time.perf_counter() + timeout
        while self._done is None:
            if time.perf_counter() > deadline:
                self._waiting = None
                raise AssertionError(f"no frame showed the effect of {key!r} within {timeout} s")
            await asyncio.sleep(0.001)
        return self._done


async def list_moves(probe: LatencyProbe, article_list, count: int, gap: float = 0.05) -> list[float]:
    """Move the list cursor down and up ``count`` times; milliseconds per key until the frame shows it."""
    timings = []
    for n in range(count):
        target = (article_list.highlighted or 0) + (1 if n % 2 == 0 else -1)
        timings.append(await probe.press("j" if n % 2 == 0 else "k", lambda t=target: article_list.highlighted == t))
        await asyncio.sleep(gap)
    return timings
