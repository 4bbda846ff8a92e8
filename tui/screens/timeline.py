"""The library's timeline screen: dated events and date facts in date order, each opening its article."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static
from textual.widgets.option_list import Option

from tui.extract.date_calendar import date_label
from tui.library import catalog
from tui.library.catalog import LinkedFact
from tui.library.store import Store
from tui.messages import OpenArticle
from tui.render.sanitize import safe_text

from .entities import open_target_id, parse_open_target

KIND_STYLE = {"event": "bold cyan", "date": "magenta"}


def timeline_prompt(entry: LinkedFact, title: str) -> Text:
    prompt = Text(f"{date_label(entry.date or ''):<12}  ", style="bold")
    prompt.append(f"{entry.kind:<5}  ", style=KIND_STYLE.get(entry.kind, ""))
    prompt.append_text(safe_text(entry.summary))
    prompt.append("  — ", style="dim")
    prompt.append_text(safe_text(title, "dim italic"))
    return prompt


class TimelineScreen(Screen[None]):
    """Every dated fact of the library, oldest first; Enter opens the article at the evidence."""

    DEFAULT_CSS = """
    TimelineScreen #timeline { height: 1fr; }
    TimelineScreen #timeline-status { height: 1; padding: 0 1; }
    """
    BINDINGS = [
        Binding("escape", "back", "Back"),
        Binding("slash", "focus_filter", "Filter"),
    ]

    def __init__(self, store: Store, *, entity: str | None = None, name: str | None = None) -> None:
        super().__init__(name=name)
        self.store = store
        self.entity = entity
        self.entries: list[LinkedFact] = []
        self.titles: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield Input(placeholder="filter the timeline…", id="timeline-filter")
        yield Static(id="timeline-status")
        yield OptionList(id="timeline", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.entries = catalog.timeline(self.store, entity=self.entity)
        self.titles = {row.id: row.title for row in self.store.articles()}
        self.show_entries("")
        self.query_one("#timeline", OptionList).focus()

    def show_entries(self, query: str) -> None:
        needle = query.strip().casefold()
        shown = [
            (n, e) for n, e in enumerate(self.entries)
            if not needle or needle in e.summary.casefold() or needle in self.titles.get(e.article_id, "").casefold()
            or needle in (e.date or "")
        ]
        listing = self.query_one("#timeline", OptionList)
        listing.set_options(
            Option(timeline_prompt(e, self.titles.get(e.article_id, "")), id=open_target_id(e.article_id, e.start, n))
            for n, e in shown
        )
        if shown:
            listing.highlighted = 0
        status = f"{len(shown)} of {len(self.entries)} dated facts" if self.entries else "No dated facts yet: run `newsloupe index`."
        self.query_one("#timeline-status", Static).update(Text(status, style="dim"))

    def on_input_changed(self, event: Input.Changed) -> None:
        self.show_entries(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one("#timeline", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        target = parse_open_target(event.option.id)
        if target is not None:
            self.post_message(OpenArticle(*target))

    def action_focus_filter(self) -> None:
        self.query_one("#timeline-filter", Input).focus()

    def action_back(self) -> None:
        if len(self.app.screen_stack) > 1:
            self.app.pop_screen()
