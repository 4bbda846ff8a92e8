"""Where Newsloupe writes what the user asks for, outside its library: exports and screenshots.

No Textual. The library and config paths live beside their readers (``library.store``,
``config``); this module holds the export folder, used by the reader and its palette.
"""

from __future__ import annotations

import os
from pathlib import Path

EXPORT_ENV = "NEWSLOUPE_EXPORT_DIR"
#: The folder made under the user's documents folder.
EXPORT_SUBFOLDER = "Newsloupe"


def documents_dir() -> Path:
    """The platform's documents folder (``~/Documents``, or XDG's ``DOCUMENTS`` folder)."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


def export_folder() -> Path:
    """``$NEWSLOUPE_EXPORT_DIR`` (``.`` there asks for the current folder), else ``<documents>/Newsloupe``.

    Absolute, so a notice can name the full path of what was written."""
    chosen = os.environ.get(EXPORT_ENV)
    folder = Path(chosen).expanduser() if chosen else documents_dir() / EXPORT_SUBFOLDER
    return folder.absolute()
