"""What the reader's screens need of the app, as a Protocol: screens never import the app module.

The app satisfies it; a screen casts ``self.app`` to it once (its ``host`` property), so every
use is type-checked and no ``type: ignore`` is needed.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from rich.style import Style

from tui.library.reader_library import NullLibrary

if TYPE_CHECKING:
    from tui.workers.analysis_process import AnalysisHost


class ReaderHost(Protocol):
    #: The library facade (the null one when reading files without a library).
    library: NullLibrary
    #: Analyse a few articles ahead of the open one.
    background_analysis: bool
    mono: bool
    model_name: str | None
    #: Show the footer of main keys (config ``[reader] footer``).
    show_footer: bool
    #: The entries are the library's first page (more are read as the list's cursor nears the end).
    paged: bool

    #: The analysis worker once started (None before the first paint and after quitting).
    analysis_host: AnalysisHost | None

    def analysis_worker(self) -> AnalysisHost: ...

    def stop_analysis(self) -> None: ...

    def layer_styles(self) -> Mapping[str, Style]: ...

    def action_save_screenshot(self) -> None: ...
