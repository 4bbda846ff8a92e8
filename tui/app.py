"""The Newsloupe reader app: themes, preferences, keymap and the analysis cache around the reader screen."""

from __future__ import annotations

# First: what follows (Textual included) is imported without cyclic collection (see tui.startup).
from tui import startup

# isort: split

import os
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from rich.style import Style
from textual import work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.filter import NoColor
from textual.screen import Screen
from textual.theme import Theme
from textual.worker import get_current_worker

from tui.config import load_config
from tui.library.entries import ArticleEntry, Joining
from tui.library.list_order import newest_first
from tui.library.reader_library import LibraryProblem, NullLibrary, reader_library
from tui.library.store import Store
from tui.render.themes import DEFAULT_THEME, ThemeSpec
from tui.screens.reader import ReaderScreen
from tui.themes import AppThemes
from tui.widgets.article_list import ArticleList
from tui.widgets.cell_widths import count_cells_as_terminals_do
from tui.widgets.toast_guard import guard_toast_timers

if TYPE_CHECKING:
    # Started after the first paint: multiprocessing stays out of the start-up imports.
    from tui.messages import FeedsRefreshed, FilterByEntity, OpenArticle
    from tui.screens.help import HelpRow
    from tui.workers.analysis_jobs import Analyser
    from tui.workers.analysis_process import AnalysisHost


def spacy_analyser(model_name: str | None) -> Analyser:
    """Analyse with the spaCy pipeline, imported and loaded on first use (by the analysis worker).

    Through the engine's entry point, so an over-long article is refused with its one-line
    ``ArticleTooLong`` message instead of spaCy's own error. Picklable: the worker process gets it."""
    from tui.workers.analysis_jobs import SpacyAnalyser

    return SpacyAnalyser(model_name)


def reader_commands() -> type[Provider]:
    """The palette's reader commands, loaded when the palette first opens."""
    from tui.screens.commands import ReaderCommands

    return ReaderCommands


class ReaderApp(App[None]):
    CSS_PATH = "reader.tcss"
    TITLE = "Newsloupe"
    COMMANDS = App.COMMANDS | {reader_commands}
    BINDINGS = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        # Short words for the footer (it fits 80 columns); the help shows the tooltip.
        Binding("e", "library_entities", "Entities", tooltip="Library entities", id="library.entities"),
        Binding("T", "library_timeline", "Timeline", tooltip="Library timeline", id="library.timeline"),
        Binding("ctrl+s", "save_screenshot", "Screenshot (SVG)", show=False, id="app.screenshot"),
        Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="feeds.refresh"),
    ]

    def __init__(
        self,
        entries: list[ArticleEntry],
        *,
        store: Store | None = None,
        theme: str | None = None,
        mono: bool = False,
        model_name: str | None = None,
        analyser: Analyser | None = None,
        background_analysis: bool = True,
        analysis_in_process: bool | None = None,
        config_path: Path | None = None,
        themes_folder: Path | None = None,
        notices: tuple[str, ...] = (),
        paged: bool = False,
        joining: Sequence[Joining] = (),
    ) -> None:
        super().__init__()
        # Before anything is measured: Telugu or Devanagari titles must not push borders out of line.
        count_cells_as_terminals_do()
        #: The list's one order, whatever the entries came from: newest first, undated last.
        self.entries = newest_first(entries)
        self.store = store
        #: The entries are the library's first page: the list reads more as its cursor nears the end.
        self.paged = paged and store is not None
        #: Listed articles the library does not hold yet: they join it after the first paint.
        self._joining = tuple(joining) if store is not None else ()
        #: What the reader asks of the library (the null facade when reading files without one).
        self.library: NullLibrary = reader_library(store)
        self.model_name = model_name
        self._analyser = analyser
        #: Look ahead: analyse the next few articles of the list after the open one.
        self.background_analysis = background_analysis
        #: The worker runs in its own process (the product); a thread serves tests whose stand-in
        #: analyser cannot be pickled.
        self.analysis_in_process = analyser is None if analysis_in_process is None else analysis_in_process
        self.analysis_host: AnalysisHost | None = None
        self.mono = mono or "NO_COLOR" in os.environ
        if self.mono and not any(isinstance(f, NoColor) for f in self._filters):
            # No colour anywhere, borders and toasts included (Textual adds this for NO_COLOR alone).
            self._filters.append(NoColor())
        self._notices = list(notices)
        self._notices_shown = False
        #: Our themes (only the chosen one is read before the first paint; see ``AppThemes``).
        self.themes = AppThemes(self, themes_folder, problems=self._theme_problems)
        notice = self.themes.start_with(theme or self.library.pref("theme", None) or DEFAULT_THEME)
        if notice:
            self._notices.append(notice)
        self.config = load_config(config_path, known_ids=self.binding_ids)
        self._notices += self.config.problems
        self.keymap = dict(self.config.keys)
        self.show_footer = self.config.footer
        #: Called once the first frame is on screen (the app's Ready), before anything else is done then.
        self.after_first_frame: list[Callable[[], object]] = []

    @property
    def theme_specs(self) -> Mapping[str, ThemeSpec]:
        """Every usable theme of the themes folder, by name (read on first use after the start)."""
        return self.themes.specs

    def _theme_problems(self, problems: list[str]) -> None:
        if not self._notices_shown:
            self._notices += problems
            return
        from tui.render.sanitize import sanitize

        for problem in problems:
            self.notify(sanitize(problem), severity="warning", markup=False, timeout=8)

    def get_default_screen(self) -> Screen[None]:
        return ReaderScreen(self.entries, joining=self._joining)

    def on_mount(self) -> None:
        guard_toast_timers()
        if self.keymap:
            self.set_keymap(self.keymap)
        self.set_class(self.mono, "-mono")
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        from tui.render.sanitize import sanitize

        if self.library.read_only:
            self._notices.append("the library is read-only here: reading works, nothing is saved")
        self._notices_shown = True
        for notice in self._notices:
            # File names, theme names and config keys are data: shown, never obeyed.
            self.notify(sanitize(notice), severity="warning", markup=False, timeout=8)

    def on_ready(self) -> None:
        # Posted once, after the first frame was painted.
        for call in self.after_first_frame:
            call()
        self.themes.load_all()  # the other themes join now, before the palette can open
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.first_frame_painted()

    # -- feeds ---------------------------------------------------------------------------------

    def action_refresh_feeds(self) -> None:
        location = self.library.location
        if location is None:
            self.notify("no library: feeds cannot be refreshed", severity="warning")
            return
        if any(w.group == "refresh" and w.is_running for w in self.workers):
            self.notify("already refreshing the feeds")
            return
        self.notify("refreshing the feeds…", timeout=3)
        self._refresh_feeds(location)

    @work(thread=True, exclusive=True, group="refresh")
    def _refresh_feeds(self, location: str) -> None:
        from tui.screens.feed_refresh import run_refresh_job

        worker = get_current_worker()
        run_refresh_job(location, post=self.post_message, cancelled=lambda: worker.is_cancelled)

    def on_feeds_refreshed(self, message: FeedsRefreshed) -> None:
        for article_id in message.new_ids:
            self.reader.add_library_article(article_id)
        self.reader.keep_order()
        for line in message.failures:
            self.notify(line, severity="warning", markup=False, timeout=8)
        self.notify(message.summary, markup=False)

    @property
    def reader(self) -> ReaderScreen:
        return next(s for s in self.screen_stack if isinstance(s, ReaderScreen))

    # -- look ------------------------------------------------------------------------------------

    def layer_styles(self) -> Mapping[str, Style]:
        return self.themes.layer_styles(mono=self.mono)

    def _theme_changed(self, theme: Theme) -> None:
        if self.themes.ours(theme.name):
            self._save_theme(theme.name)

    @work(thread=True, exclusive=True, group="theme-pref")
    def _save_theme(self, name: str) -> None:
        try:
            self.library.save_pref("theme", name)
        except LibraryProblem as exc:
            self.call_from_thread(self.notify, str(exc), severity="warning", markup=False)

    # -- the analysis worker ----------------------------------------------------------------------

    @property
    def analyser(self) -> Analyser:
        """What analyses the articles: the one given, else the spaCy pipeline's, made on first use
        (the worker starts after the first paint: its module stays out of the start-up imports)."""
        if self._analyser is None:
            self._analyser = spacy_analyser(self.model_name)
        return self._analyser

    def analysis_worker(self) -> AnalysisHost:
        """The analysis worker, started on first use (after the first paint: see the reader)."""
        if self.analysis_host is None:
            from tui.workers.analysis_process import AnalysisHost

            db_path, reader = self.library.location, self.reader
            scope = None if reader.scope is None else frozenset(reader.scope)
            self.analysis_host = AnalysisHost(self.analyser, db_path=db_path, post=reader.post_message,
                                              in_process=self.analysis_in_process, scope=scope)
        return self.analysis_host

    def stop_analysis(self) -> None:
        host, self.analysis_host = self.analysis_host, None
        if host is not None:
            host.stop()

    #: ``q`` was pressed: the app is closing.
    quitting = False

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Keys typed right after q ("qe" in one go) reach the app as it closes: a screen pushed then was
        # never composed, and its mount ended the run with a traceback and exit code 1.
        return action == "quit" or not self.quitting

    async def action_quit(self) -> None:
        self.quitting = True
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.remember_position()
                screen.flush_prefs()
        self.stop_analysis()
        self.exit()

    # -- the library's screens ------------------------------------------------------------------------

    def action_library_entities(self) -> None:
        from tui.screens.entities import EntitiesScreen

        if self.store is None:
            self.notify("No library is open: entities across articles need one", severity="warning")
        else:
            self.push_screen(EntitiesScreen(self.store))

    def action_library_timeline(self) -> None:
        from tui.screens.timeline import TimelineScreen

        if self.store is None:
            self.notify("No library is open: the timeline needs one", severity="warning")
        else:
            self.push_screen(TimelineScreen(self.store))

    def on_filter_by_entity(self, message: FilterByEntity) -> None:
        self.reader.filter_by_entity(message.entity_id, message.name)

    def on_open_article(self, message: OpenArticle) -> None:
        while not isinstance(self.screen, ReaderScreen) and len(self.screen_stack) > 1:
            self.pop_screen()
        self.reader.open_library_article(message.article_id, message.offset)

    def action_save_screenshot(self) -> None:
        """Textual's own SVG screenshot of the screen, into the export folder."""
        from datetime import datetime

        from tui.exports.folder import screenshot_path
        from tui.library.outputs import write_output
        from tui.render.sanitize import sanitize

        try:
            target = screenshot_path(datetime.now().isoformat(timespec="seconds"))
            # Through the checked writer: never over the library, a pipe or device; never half a file.
            path = str(write_output(target, self.export_screenshot(), library=self.library.path))
        except (OSError, ValueError) as exc:
            self.notify(sanitize(f"cannot save the screenshot: {exc}"), severity="error", markup=False)
            return
        self.notify(sanitize(path), title="Screenshot saved", markup=False)

    # -- help and keys --------------------------------------------------------------------------------

    def binding_sections(self) -> list[tuple[str, list[HelpRow]]]:
        from tui.screens.fact_text import FactTextScreen
        from tui.screens.help import HelpScreen, HelpScroll, binding_rows
        from tui.widgets.article_view import ArticleView
        from tui.widgets.facts_tree import FactsTree
        from tui.widgets.library_search import LibrarySearchBar
        from tui.widgets.list_filter import ListFilterBar
        from tui.widgets.list_line import ListLine
        from tui.widgets.search_bar import SearchBar

        parts: list[tuple[str, list[BindingType]]] = [
                 ("Reader", [*ReaderApp.BINDINGS, Binding("ctrl+p", "command_palette", "Command palette")]),
                 ("Layers, search and marks", ReaderScreen.BINDINGS), ("Article", ArticleView.BINDINGS),
                 ("Article list", ArticleList.BINDINGS), ("Facts (enter opens)", FactsTree.BINDINGS),
                 ("Search line", SearchBar.BINDINGS), ("Title filter line", ListFilterBar.BINDINGS + ListLine.BINDINGS),
                 ("Library search line", LibrarySearchBar.BINDINGS + ListLine.BINDINGS),
                 ("Help", HelpScreen.BINDINGS + HelpScroll.BINDINGS), ("Whole fact (v)", FactTextScreen.BINDINGS)]
        return [(title, binding_rows(self, bindings, self.keymap)) for title, bindings in parts]

    def binding_ids(self) -> frozenset[str]:
        from tui.screens.entity import EntityScreen
        from tui.screens.fact_text import FactTextScreen
        from tui.screens.failures import FailuresScreen
        from tui.screens.help import HelpScreen, HelpScroll
        from tui.widgets.article_view import ArticleView
        from tui.widgets.facts_tree import FactsTree
        from tui.widgets.library_search import LibrarySearchBar
        from tui.widgets.list_filter import ListFilterBar
        from tui.widgets.list_line import ListLine
        from tui.widgets.search_bar import SearchBar

        groups = (ReaderApp.BINDINGS, ReaderScreen.BINDINGS, ArticleView.BINDINGS, ArticleList.BINDINGS,
                  FactsTree.BINDINGS, SearchBar.BINDINGS, ListFilterBar.BINDINGS, HelpScreen.BINDINGS, HelpScroll.BINDINGS,
                  EntityScreen.BINDINGS, LibrarySearchBar.BINDINGS, FailuresScreen.BINDINGS, ListLine.BINDINGS,
                  FactTextScreen.BINDINGS)
        return frozenset(b.id for group in groups for b in group if isinstance(b, Binding) and b.id)

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen  # the help and its table load when first asked for

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.binding_sections()))


startup.imported()
