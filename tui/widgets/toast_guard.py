"""A guard on Textual's toast timer: a toast never gets a negative (or zero) lifetime.

Textual 8.2.8 (the newest release, pinned in requirements.lock) takes a toast's lifetime
from ``notification.time_left`` when the toast is built, after ``ToastRack.add_toast``
checked that the notification had not expired. Building many toasts takes long enough
for a notification to expire in between; the toast's ``set_timer`` then gets a negative
interval, and Textual's timer loop (``skip`` on, ``next_timer < now`` for ever) spins
without yielding to the event loop: the reader stops answering keys. The reader also
never raises one toast per article (failures are counted), so the race needs many
notifications at once; this guard closes it whatever the count.
"""

from __future__ import annotations

#: The shortest lifetime a toast gets (seconds): long enough to be a positive timer interval.
MIN_TOAST_SECONDS = 0.05


#: The Toast classes already guarded (one: kept here rather than as a mark on the class).
_GUARDED: set[type] = set()


def guard_toast_timers() -> bool:
    """Clamp every toast's lifetime to at least MIN_TOAST_SECONDS; True once installed (idempotent)."""
    from textual.events import Mount
    from textual.widgets._toast import Toast

    if Toast in _GUARDED:
        return True
    original = Toast._on_mount

    def _on_mount(self: Toast, event: Mount) -> None:
        self._timeout = max(float(getattr(self, "_timeout", 0.0) or 0.0), MIN_TOAST_SECONDS)
        original(self, event)

    Toast._on_mount = _on_mount  # type: ignore[method-assign,assignment]
    _GUARDED.add(Toast)
    return True
