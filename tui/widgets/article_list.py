"""The article list: a Line API widget with three lines per article, so 10,000 rows cost only the rows on screen.

A title wraps onto two lines (similar headlines differ at their ends); the third line has the
date, entity count and source, or, while a library search is shown, a snippet of the text.

(An OptionList measures every option's height when it is filled; here every row has
the same height, and a row is rendered when it scrolls into view.)
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.library.entries import ArticleEntry
from tui.render.sanitize import safe_text

UNREAD, READ = "\u25cf", " "  # ● marks an unread article
ROW_HEIGHT = 3
TITLE_LINES = 2
_WRAP_CONSOLE = Console(width=400, color_system=None, force_terminal=False)


def entry_lines(entry: ArticleEntry, width: int = 400, snippet: Text | None = None) -> tuple[Text, ...]:
    """Read marker and title (wrapped to two lines, cut with an ellipsis beyond); then date, the entity
    count once analysed, and source (the longest, last), or ``snippet`` in their place."""
    style = "bold" if not entry.read else ""
    title = safe_text(" ".join(entry.title.split()), style)
    lines = list(title.wrap(_WRAP_CONSOLE, max(1, width - 2), overflow="fold"))[:TITLE_LINES + 1]
    if len(lines) > TITLE_LINES:
        lines = lines[:TITLE_LINES]
        last = lines[-1]
        last.rstrip()
        last.truncate(max(1, width - 3))
        lines[-1] = last + Text("\u2026", style=style)  # cut below: the ellipsis says so
    head = [Text(f"{READ if entry.read else UNREAD} ", style="bold") + lines[0] if lines else Text("")]
    head.append(Text("  ") + lines[1] if len(lines) > 1 else Text(""))
    if snippet is not None:
        return (*head, Text("  ") + snippet)
    # ★ in the margin under the read marker: found at a glance (S lists them), and at 80 columns the date
    # beside it still fits whole ("★ · 2023-11-0…" cut it).
    margin = "\u2605 " if entry.starred else "  "
    details = [(entry.published or "")[:10]]
    if entry.error:
        details.append("unreadable")
    elif entry.reading:
        details.append("reading\u2026")
    elif entry.entity_count is not None:
        details.append(f"{entry.entity_count} ent.")
    details = [d for d in (*details, entry.source) if d]
    line = safe_text(margin + " \u00b7 ".join(details).replace("\n", " "), "dim")
    if entry.starred:
        line.stylize("bold", 0, 1)
    return (*head, line)


def snippet_text(snippet: str, hit_style: str = "bold reverse") -> Text:
    """A search snippet with its matched words (between HIT_START and HIT_END) styled."""
    from tui.library.search import HIT_END, HIT_START
    from tui.render.sanitize import sanitize

    text = Text(style="italic")
    for n, part in enumerate(snippet.split(HIT_START)):
        hit, _, rest = part.partition(HIT_END) if n else ("", "", part)
        if hit:
            text.append(sanitize(hit), style=hit_style)
        text.append(sanitize(rest))
    return text


class ArticleList(ScrollView, can_focus=True):
    """Rows keyed by position. Posts ``Highlighted`` as the cursor moves and ``Selected`` on enter.

    A filter shows a subset: rows then map to entry indexes, and every index this widget
    takes or posts (``highlighted``, the messages) stays an index into the full entries.
    """

    BINDINGS = [
        Binding("j,down", "cursor(1)", "Next article", show=False, id="list.down"),
        Binding("k,up", "cursor(-1)", "Previous article", show=False, id="list.up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="list.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="list.page_up"),
        # g and G as in the article and the help (vi keys), home and end as everywhere.
        Binding("g,home", "first", "First article", show=False, id="list.first"),
        Binding("G,end", "last", "Last article", show=False, id="list.last"),
        Binding("enter", "select", "Open article", show=False, id="list.open"),
        Binding("slash", "screen.library_search", "Search the library (titles and text)", show=False,
                id="list.search"),
        Binding("n", "screen.library_hit(1)", "Next search result", show=False, id="list.search_next"),
        Binding("N", "screen.library_hit(-1)", "Previous search result", show=False, id="list.search_previous"),
        Binding("u", "screen.toggle_read", "Mark read / unread", show=False, id="list.toggle_read"),
    ]
    COMPONENT_CLASSES = {"article-list--cursor"}
    DEFAULT_CSS = """
    ArticleList > .article-list--cursor { background: $block-cursor-blurred-background; }
    ArticleList:focus > .article-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    """

    highlighted: reactive[int | None] = reactive(None)

    class Highlighted(Message):
        """The cursor moved to entry ``index``."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class Selected(Message):
        """Entry ``index`` was chosen (enter or a click)."""

        def __init__(self, index: int) -> None:
            super().__init__()
            self.index = index

    class MoreWanted(Message):
        """The cursor or the view nears the end of the unfiltered list: the screen may add a page."""

    class SnippetsWanted(Message):
        """Rows on screen have no search snippet yet: the screen fetches them (``set_snippets``)."""

        def __init__(self, indexes: list[int]) -> None:
            super().__init__()
            self.indexes = indexes

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._entries: list[ArticleEntry] = []
        #: Entry index of each shown row while a filter is on (None: every entry, in order).
        self._rows: list[int] | None = None
        self._row_of: dict[int, int] = {}
        self._cache: dict[tuple[int, int, bool, bool], list[Strip]] = {}
        self._render_console = Console(width=200, color_system="truecolor", force_terminal=True)
        #: The widget's style and content width while a batch of lines renders (None outside ``render_lines``).
        self._lines_style: Style | None = None
        self._lines_width: int | None = None
        #: Snippets by entry index while a library search is shown (None: no search).
        self._snippets: dict[int, Text] | None = None
        self._asked: set[int] = set()
        self._ask_scheduled = False
        #: The screen can add rows (a paged library): ``MoreWanted`` is posted near the end.
        self.pages = False
        self._more_asked = False

    # -- attributes down -------------------------------------------------------------------

    def set_entries(self, entries: Sequence[ArticleEntry]) -> None:
        self._entries = list(entries)
        self._rows, self._row_of = None, {}
        self._cache.clear()
        self._resize_rows()
        self.highlighted = 0 if self._entries else None

    def add_entry(self, entry: ArticleEntry) -> None:
        self._entries.append(entry)
        self._resize_rows()

    def add_entries(self, entries: Sequence[ArticleEntry]) -> None:
        """A next page: listed at the end (shown unless a filter is on); another may be asked for."""
        self._entries.extend(entries)
        self._more_asked = False
        self._resize_rows()

    def _near_end(self, row: int) -> None:
        """Ask for more rows once ``row`` (the cursor's or one drawn) is within a screen or two of the end."""
        if self.pages and not self._more_asked and self._rows is None and row >= len(self._entries) - 100:
            self._more_asked = True
            self.post_message(self.MoreWanted())

    def set_filter(self, indexes: Sequence[int] | None) -> None:
        """Show only the entries at ``indexes`` (in that order); None shows every entry again."""
        current = self.highlighted
        self._rows = None if indexes is None else [i for i in indexes if 0 <= i < len(self._entries)]
        self._row_of = {index: row for row, index in enumerate(self._rows or ())}
        self._cache.clear()
        self.scroll_to(y=0, animate=False, immediate=True)
        self._resize_rows()
        if self._rows is None or current in self._row_of:
            self.highlighted = current
            if current is not None:
                self.scroll_to_region(self._row_region(current), animate=False, immediate=False)
        else:
            self.highlighted = self._rows[0] if self._rows else None

    def set_search(self, searching: bool) -> None:
        """Show snippets in place of the details line (fetched as rows come on screen), or stop."""
        self._snippets = {} if searching else None
        self._asked.clear()
        self._cache.clear()
        self.refresh()

    def set_snippets(self, snippets: dict[int, Text]) -> None:
        if self._snippets is None:
            return
        self._snippets.update(snippets)
        for index in snippets:
            self._forget(index)

    def _want_snippet(self, index: int) -> None:
        if self._snippets is None or index in self._asked:
            return
        self._asked.add(index)
        if not self._ask_scheduled:
            self._ask_scheduled = True
            self.call_later(self._ask_snippets)

    def _ask_snippets(self) -> None:
        self._ask_scheduled = False
        wanted = [i for i in self._asked if self._snippets is not None and i not in self._snippets]
        if wanted:
            self.post_message(self.SnippetsWanted(sorted(wanted)))

    @property
    def filtered(self) -> bool:
        return self._rows is not None

    @property
    def shown_indexes(self) -> list[int]:
        """Entry indexes of the rows shown, top to bottom."""
        return list(self._rows) if self._rows is not None else list(range(len(self._entries)))

    def _resize_rows(self) -> None:
        self.virtual_size = Size(self.virtual_size.width, self.row_count * ROW_HEIGHT)
        self.refresh()

    def update_entry(self, index: int, entry: ArticleEntry) -> None:
        self._entries[index] = entry
        self._forget(index)

    @property
    def option_count(self) -> int:
        return len(self._entries)

    @property
    def row_count(self) -> int:
        return len(self._rows) if self._rows is not None else len(self._entries)

    def _entry_at(self, row: int) -> int:
        return self._rows[row] if self._rows is not None else row

    def _row_at(self, index: int) -> int | None:
        if self._rows is None:
            return index
        return self._row_of.get(index)

    # -- cursor ------------------------------------------------------------------------------

    def validate_highlighted(self, index: int | None) -> int | None:
        if index is None or not self._entries:
            return None
        if self._rows is not None and index not in self._row_of:
            # An article outside the filter is open: no row stands for it.
            return None
        return max(0, min(index, len(self._entries) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self._forget(index)
        if new is not None:
            self.scroll_to_region(self._row_region(new), animate=False, immediate=False)
            self.post_message(self.Highlighted(new))
            self._near_end(new)

    def action_cursor(self, step: int) -> None:
        if not self.row_count:
            return
        row = None if self.highlighted is None else self._row_at(self.highlighted)
        row = 0 if row is None else max(0, min(row + step, self.row_count - 1))
        self.highlighted = self._entry_at(row)

    def action_page(self, step: int) -> None:
        rows = max(1, self.scrollable_content_region.height // ROW_HEIGHT - 1)
        self.action_cursor(step * rows)

    def action_first(self) -> None:
        if self.row_count:
            self.highlighted = self._entry_at(0)

    def action_last(self) -> None:
        if self.row_count:
            self.highlighted = self._entry_at(self.row_count - 1)

    def action_select(self) -> None:
        if self.highlighted is not None:
            self.post_message(self.Selected(self.highlighted))

    def on_click(self, event: Click) -> None:
        row = (event.y + int(self.scroll_y)) // ROW_HEIGHT
        if 0 <= row < self.row_count:
            index = self._entry_at(row)
            self.highlighted = index
            self.post_message(self.Selected(index))

    # -- rendering -------------------------------------------------------------------------

    def _row_region(self, index: int) -> Region:
        row = self._row_at(index) or 0
        return Region(0, row * ROW_HEIGHT, max(1, self.scrollable_content_region.width), ROW_HEIGHT)

    def _forget(self, index: int) -> None:
        for key in [k for k in self._cache if k[0] == index]:
            del self._cache[key]
        self.refresh()

    def _row(self, index: int, width: int) -> list[Strip]:
        cursor = index == self.highlighted
        key = (index, width, cursor, self.has_focus)
        strips = self._cache.get(key)
        if strips is None:
            if cursor:
                base = self.get_component_rich_style("article-list--cursor")
            else:
                base = self.rich_style if self._lines_style is None else self._lines_style
            strips = []
            snippet = None
            if self._snippets is not None:
                snippet = self._snippets.get(index)
                if snippet is None:
                    self._want_snippet(index)
            for line in entry_lines(self._entries[index], width, snippet):
                line.truncate(width, overflow="ellipsis", pad=True)
                segments = list(line.render(self._render_console))
                strips.append(Strip(Segment.apply_style(segments, base), width).crop(0, width))
            self._cache[key] = strips
        return strips

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's style and width are worked out from its ancestors' styles on each read: once
        # for the lines of a paint, not once a row and a line.
        self._lines_style = self.rich_style
        self._lines_width = self.scrollable_content_region.width
        try:
            return super().render_lines(crop)
        finally:
            self._lines_style = self._lines_width = None

    def render_line(self, y: int) -> Strip:
        scroll_y = int(self.scroll_y)
        width = self.scrollable_content_region.width if self._lines_width is None else self._lines_width
        row, line = divmod(scroll_y + y, ROW_HEIGHT)
        if not 0 <= row < self.row_count or width <= 0:
            return Strip.blank(width, self.rich_style)
        if line == 0:
            self._near_end(row)
        return self._row(self._entry_at(row), width)[line]

    def on_focus(self) -> None:
        self._cache.clear()
        self.refresh()

    def on_blur(self) -> None:
        self._cache.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()
