"""The library's timeline screen: dated events and date facts in date order, each opening its article."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import OptionList, Static

from tui.extract.date_calendar import date_label
from tui.library import catalog
from tui.library.catalog import LinkedFact
from tui.library.store import Store
from tui.library.titles import shown_title
from tui.render.sanitize import safe_text
from tui.widgets.filter_input import FilterInput
from tui.widgets.fitting_footer import FittingFooter
from tui.widgets.row_list import RowList
from tui.widgets.target_options import ArticleOption

from .library_list import LibraryListScreen

KIND_STYLE = {"event": "bold cyan", "date": "magenta"}


#: The date column's least width ("2020-01-29"); a longer label ("2010-12-28 20:00") widens it for all rows.
DATE_WIDTH = 12


def timeline_prompt(entry: LinkedFact, title: str, *, date_width: int = DATE_WIDTH) -> Text:
    prompt = Text(f"{date_label(entry.date or ''):<{date_width}}  ", style="bold")
    prompt.append(f"{entry.kind:<5}  ", style=KIND_STYLE.get(entry.kind, ""))
    prompt.append_text(safe_text(entry.summary))
    prompt.append("  — ", style="dim")
    prompt.append_text(safe_text(title, "dim italic"))
    return prompt


class TimelineScreen(LibraryListScreen):
    """Every dated fact of the library, oldest first; Enter opens the article at the evidence."""

    DEFAULT_CSS = """
    TimelineScreen #timeline { height: 1fr; text-wrap: nowrap; text-overflow: ellipsis; }
    TimelineScreen #timeline-status { height: 1; padding: 0 1; }
    """
    FILTER_ID = "timeline-filter"
    LIST_ID = "timeline"

    def __init__(self, store: Store, *, entity: str | None = None, name: str | None = None) -> None:
        super().__init__(store, name=name)
        self.entity = entity
        self.entries: list[LinkedFact] = []
        self.titles: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder="filter the timeline…", id=self.FILTER_ID)
        yield Static(id="timeline-status")
        yield RowList(id=self.LIST_ID, markup=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.entries = catalog.timeline(self.store, entity=self.entity)
        self.titles = {row.id: shown_title(row.title, row.lead, row.location) for row in self.store.articles()}
        self.show_entries("")
        self.listing.focus()

    def show_entries(self, query: str) -> None:
        needle = query.strip().casefold()
        shown = [
            e for e in self.entries
            if not needle or needle in e.summary.casefold() or needle in self.titles.get(e.article_id, "").casefold()
            or needle in (e.date or "")
        ]
        listing = self.listing
        # One date column for the rows shown: a time of day or "summer 2004" pushed its row's kind out of line.
        width = max((len(date_label(e.date or "")) for e in shown), default=DATE_WIDTH)
        listing.set_options(
            ArticleOption(timeline_prompt(e, self.titles.get(e.article_id, ""), date_width=max(width, DATE_WIDTH)),
                          article_id=e.article_id, offset=e.start)
            for e in shown
        )
        if shown:
            listing.highlighted = 0
        status = f"{len(shown)} of {len(self.entries)} dated facts" if self.entries else "No dated facts yet: run `newsloupe index`."
        self.query_one("#timeline-status", Static).update(Text(status, style="dim"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_option(event.option)
