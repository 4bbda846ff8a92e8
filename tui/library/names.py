"""File names as data: how a path that is not UTF-8 is stored, shown and found again.

On Linux a file name is bytes. Python hands an undecodable byte to us as a lone
surrogate (``surrogateescape``), which SQLite and JSON cannot hold. The library
stores such a location as a ``file://`` URI with those bytes percent-encoded, and
turns it back into the very same path when it is read; screens show U+FFFD.
"""

from __future__ import annotations

import os
from urllib.parse import quote, unquote_to_bytes

_URI = "file://"


def is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def stored_location(location: str | None) -> str | None:
    """What the library stores for a location: itself, or a ``file://`` URI for a non-UTF-8 path."""
    if location is None or is_utf8(location):
        return location
    return _URI + quote(os.fsencode(location), safe="/")


def location_path(stored: str | None) -> str | None:
    """The path (with surrogate escapes) a stored location names."""
    if stored is None or not stored.startswith(_URI + "/"):
        return stored
    return os.fsdecode(unquote_to_bytes(stored[len(_URI):]))
