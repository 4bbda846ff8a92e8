"""The reader's modules load without cyclic collection: imported first by ``tui.app``, before Textual.

What an import makes (modules, classes, functions, Textual's tables) lives as long as the process:
the thirty-odd collections it would trigger find nothing to free, and came to a few percent of the
reader's start. ``tui.app`` calls ``imported()`` at its end: what was loaded is frozen out of the
collector's reach and collection resumes, unless the caller had it off already (``newsloupe``
imports the reader inside its start, where collection stays off until the first frame: see
``tui.cli.read_cmd``).
"""

from __future__ import annotations

import gc

_resume = gc.isenabled()
gc.disable()


def imported() -> None:
    """The reader's modules are loaded: freeze them and resume collection (once; only if it was on)."""
    global _resume
    if _resume:
        _resume = False
        gc.freeze()
        gc.enable()
