"""The library's timeline screen: dated events and date facts in date order, each opening its article."""

from __future__ import annotations

import re
from collections import Counter

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


#: The date column's least width ("2020-01-29").
DATE_WIDTH = 10
_DAY_AND_TIME = re.compile(r"^(\d{4}-\d{2}-\d{2})T(.+)$")
_WEEKEND = re.compile(r"^(\d{4}-W\d{2})-WE$")


def date_columns(value: str) -> tuple[str, str]:
    """(the day, week, month, season or year; the time of day or "weekend", else "") of a date value.

    The date column holds the first part only: a clock or a part of the day ("2019-01-04 afternoon") made
    the column as wide as its longest label on every row; it leads the row's text instead."""
    if m := _DAY_AND_TIME.match(value):
        return m.group(1), date_label(value)[len(m.group(1)) + 1:]
    if m := _WEEKEND.match(value):
        return m.group(1), "weekend"
    return date_label(value), ""


def row_text(entry: LinkedFact) -> str:
    """What a row says of its fact: an event's summary; a date's words in their sentence (its summary,
    "1924 = 1924", tells one mention of a year from another in no way)."""
    if entry.kind == "date" and entry.context:
        return entry.context
    return entry.summary


def timeline_prompt(entry: LinkedFact, title: str, *, date_width: int = DATE_WIDTH, words: str | None = None) -> Text:
    day, time_of_day = date_columns(entry.date or "")
    prompt = Text(f"{day:<{date_width}}  ", style="bold")
    prompt.append(f"{entry.kind:<5}  ", style=KIND_STYLE.get(entry.kind, ""))
    if time_of_day:
        prompt.append(f"{time_of_day} ", style="bold")
    prompt.append_text(safe_text(row_text(entry) if words is None else words))
    prompt.append("  — ", style="dim")
    prompt.append_text(safe_text(title, "dim italic"))
    return prompt


def told_apart(entries: list[LinkedFact], titles: dict[int, str], sources: dict[int, str]) -> list[str]:
    """Each row's text, with the words around its evidence added to an event row that reads as another row of
    its article does, and the article's source before a row still alike (one story read from two sources)."""
    texts = [row_text(e) for e in entries]
    in_article = Counter((e.date, e.kind, text, e.article_id) for e, text in zip(entries, texts, strict=True))
    for i, e in enumerate(entries):
        if in_article[(e.date, e.kind, texts[i], e.article_id)] > 1 and e.kind != "date" and e.context:
            texts[i] = f"{texts[i]} «{e.context}»"
    alike = Counter((e.date, e.kind, text, titles.get(e.article_id, "")) for e, text in zip(entries, texts, strict=True))
    for i, e in enumerate(entries):
        source = sources.get(e.article_id, "")
        if alike[(e.date, e.kind, texts[i], titles.get(e.article_id, ""))] > 1 and source:
            texts[i] = f"{source}: {texts[i]}"  # first: the row's end is cut at 80 columns
    return texts


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
        self.sources: dict[int, str] = {}

    def compose(self) -> ComposeResult:
        yield FilterInput(placeholder="filter the timeline…", id=self.FILTER_ID)
        yield Static(id="timeline-status")
        yield RowList(id=self.LIST_ID, markup=False)
        yield FittingFooter()

    def on_mount(self) -> None:
        self.entries = catalog.timeline(self.store, entity=self.entity)
        rows = self.store.articles()
        self.titles = {row.id: shown_title(row.title, row.lead, row.location) for row in rows}
        self.sources = {row.id: row.source or "" for row in rows}
        self.show_entries("")
        self.listing.focus()

    def show_entries(self, query: str) -> None:
        needle = query.strip().casefold()
        shown = [
            e for e in self.entries
            if not needle or needle in e.summary.casefold() or needle in self.titles.get(e.article_id, "").casefold()
            or needle in (e.date or "") or needle in e.context.casefold()
        ]
        listing = self.listing
        # One date column for the rows shown ("summer 2004" pushed its row's kind out of line), as wide as its
        # days, weeks and seasons: a time of day is written at the start of its row's text.
        width = max((len(date_columns(e.date or "")[0]) for e in shown), default=DATE_WIDTH)
        words = told_apart(shown, self.titles, self.sources)
        listing.set_options(
            ArticleOption(timeline_prompt(e, self.titles.get(e.article_id, ""), date_width=max(width, DATE_WIDTH),
                                          words=text),
                          article_id=e.article_id, offset=e.start)
            for e, text in zip(shown, words, strict=True)
        )
        if shown:
            listing.highlighted = 0
        status = f"{len(shown)} of {len(self.entries)} dated facts" if self.entries else "No dated facts yet: run `newsloupe index`."
        self.query_one("#timeline-status", Static).update(Text(status, style="dim"))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.open_option(event.option)
