"""The article pane: a Line API widget that keeps the article as wrapped lines and restyles only what it shows.

Wrapping depends on the text (and on tags), not on colours: toggling a layer keeps
every line's height and only drops the cached strips of the lines holding that layer's
mentions, so the next paint restyles those visible lines alone, whatever the article's length.

Layers, tags and styles are reactives bound down from the reader (``data_bind``); their
watchers are the only way the view is restyled.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence

from rich._wrap import divide_line  # what Text.wrap breaks lines with (rich is pinned)
from rich.console import Console
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.extract.types import Analysis, Mention
from tui.render.highlight import Highlighter, Mark, line_ranges
from tui.render.layers import BY_ID, mentions_on
from tui.render.sanitize import safe_text, sanitize
from tui.widgets.scroll_keys import scroll_bindings

EVIDENCE_STYLE = Style(underline=True, bold=True, reverse=True)
SEARCH_STYLE = Style(underline=True, italic=True)
CURRENT_STYLE = Style(reverse=True, bold=True, blink=False)
#: Longest paragraph wrapped for display: measuring a 2 MB single line would freeze the screen.
MAX_LINE_CHARS = 20_000
#: The longest line the text wraps to, in cells (the reading measure). Prose reads best at about 60 to
#: 80 characters a line; wider, the eye loses the next line's start (99 columns wrapped at 93). 76 keeps
#: the 80-column terminal's 74 as it was. A wider pane keeps the text at the left, under the title and the
#: legend, as a pager does (man, glow): the lines start where they did when the terminal is resized, and
#: the spare width is a margin on the right, between the text and the facts.
MEASURE = 76


def capped_lines(lines: Sequence[tuple[int, int]], limit: int = MAX_LINE_CHARS) -> tuple[list[tuple[int, int]], int]:
    """Line ranges cut to ``limit`` characters each, and how many characters the cuts hide."""
    capped = [(start, min(end, start + limit)) for start, end in lines]
    return capped, sum(end - start for start, end in lines) - sum(end - start for start, end in capped)


class ArticleView(ScrollView, can_focus=True):
    """Title, notice and body of one article, highlighted by layer."""

    BINDINGS = scroll_bindings("article")

    DEFAULT_CSS = """
    ArticleView { padding: 0 1; }
    """

    layers_on: reactive[frozenset[str]] = reactive(frozenset(BY_ID), init=False)
    tags: reactive[bool] = reactive(False, init=False)
    layer_styles: reactive[Mapping[str, Style]] = reactive(dict, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.analysis: Analysis | None = None
        self._title = Text()
        self._notice = Text()
        #: Characters of over-long paragraphs left out of the display (0: the whole text is shown).
        self.hidden_chars = 0
        self._safe = ""
        self._lines: list[tuple[int, int]] = [(0, 0)]
        self._highlighter = Highlighter.of((), on=frozenset(BY_ID), styles={})
        self._marks: dict[str, list[Mark]] = {}
        # Per block (0 = header, then one per article line): wrapped strips, and heights.
        self._strips: dict[int, list[Strip]] = {}
        self._heights: list[int] = []
        #: Per block: the width, plain text and line breaks its height was measured with (see ``_wrap``).
        self._breaks: dict[int, tuple[int, str, list[int]]] = {}
        self._tops: list[int] = []
        self._wrap_width = 0
        self._pending: tuple[int, bool] | None = None
        self._wrap_console = Console(width=80, color_system="truecolor", force_terminal=True, legacy_windows=False)
        #: The widget's style while a batch of lines renders (None outside ``render_lines``).
        self._lines_style: Style | None = None

    # -- attributes down ---------------------------------------------------------------

    def show_article(self, text: str, *, title: str | None, byline: str = "", analysis: Analysis | None) -> None:
        """Show a new article (``analysis`` may be None: text without layers)."""
        self.analysis = analysis
        self._safe = sanitize(text)
        self._lines, hidden = capped_lines(line_ranges(self._safe))
        self._title = safe_text(title or "(untitled)", "bold")
        if byline:
            self._title.append("\n")
            self._title.append_text(safe_text(byline, "dim italic"))
        self.hidden_chars = hidden
        if hidden:
            self._title.append(f"\n\u2026 (article truncated for display: {hidden:,} characters not shown)",
                               "bold yellow")
        self._highlighter = Highlighter.of(
            analysis.mentions if analysis else (),
            on=self._highlighter.on, styles=self._highlighter.styles, tags=self._highlighter.tags,
        )
        self._marks = {}
        self._notice = Text()
        self._relayout()
        self.scroll_to(0, 0, animate=False, immediate=True, force=True)

    def set_notice(self, notice: Text | str) -> None:
        """A line under the title ("analysing…", a missing model): the header block only."""
        self._notice = notice if isinstance(notice, Text) else Text(notice)
        self._relayout(blocks=[0])

    def watch_layers_on(self, on: frozenset[str]) -> None:
        if on == self._highlighter.on:
            return
        changed = on ^ self._highlighter.on
        self._highlighter = self._highlighter.but(on=on)
        # Tags change line lengths: the lines holding the toggled layers' mentions rewrap.
        self._restyle(self._blocks_with_layers(changed), rewrap=self._highlighter.tags)

    def watch_tags(self, tags: bool) -> None:
        if tags != self._highlighter.tags:
            self._highlighter = self._highlighter.but(tags=tags)
            self._relayout()

    def watch_layer_styles(self, styles: Mapping[str, Style]) -> None:
        # A new theme or mono: every line's colours change (a reactive calls this only on a change).
        if dict(styles) != dict(self._highlighter.styles):
            self._highlighter = self._highlighter.but(styles=dict(styles))
            self._restyle(None, rewrap=False)

    def set_marks(self, kind: str, ranges: Sequence[tuple[int, int]], style: Style) -> None:
        """Replace one kind of marks ("evidence", "search", "current"); only touched lines restyle."""
        before = self._marks.get(kind, [])
        after = [(s, e, style) for s, e in ranges]
        if not after and not before:
            return
        self._marks[kind] = after
        self._restyle(self._blocks_of_ranges([(s, e) for s, e, _ in before + after]), rewrap=False)

    # -- queries --------------------------------------------------------------------------

    def visible_mentions(self) -> list[Mention]:
        return mentions_on(self.analysis.mentions, self._highlighter.on) if self.analysis else []

    def line_text(self, y: int) -> str:
        """The plain text of virtual line ``y`` (for tests and the search count)."""
        return "".join(seg.text for seg in self._strip_at(y))

    def y_of_offset(self, offset: int) -> int:
        """The virtual line where character ``offset`` of the article is shown."""
        block = bisect_right([s for s, _ in self._lines], offset)  # 1-based line index = block
        block = max(1, min(block, len(self._lines)))
        start = self._lines[block - 1][0]
        consumed, row = 0, 0
        for strip in self._block_strips(block):
            length = sum(len(seg.text) for seg in strip)
            if start + consumed + length > offset:
                break
            consumed += length
            row += 1
        return self._tops[block] + min(row, self._heights[block] - 1)

    def offset_at_top(self) -> int:
        """The character offset of the article line at the top of the view (0 above the text)."""
        if not self._tops:
            return 0
        block = bisect_right(self._tops, int(self.scroll_y)) - 1
        return self._lines[block - 1][0] if block >= 1 else 0

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        if not self._wrap_width:
            # Not laid out yet: go there once the width is known.
            self._pending = (offset, top)
            return
        y = self.y_of_offset(offset)
        self.scroll_to(y=max(0, y if top else y - self.size.height // 3), animate=False, immediate=True, force=True)

    # -- layout and rendering ---------------------------------------------------------------

    def _wrap(self, block: int) -> list[Strip]:
        width = max(self._wrap_width, 10)
        if block == 0:
            text = self._title.copy()
            if self._notice.plain:
                text.append("\n")
                text.append_text(self._notice)
            text.append("\n")
        else:
            start, end = self._lines[block - 1]
            text = self._highlighter.render(self._safe, start, end, marks=self._all_marks())
            measured = self._breaks.get(block)
            if measured is not None and measured[0] == width and measured[1] == text.plain:
                # The breaks its height was measured with: what ``Text.wrap`` does for one line of
                # text without tabs, without breaking it a second time (Rich's costliest step here).
                lines = text.divide(measured[2])
                for line in lines:
                    line.rstrip_end(width)
                    line.truncate(width, overflow="fold")
                return [Strip(line.render(self._wrap_console), line.cell_len) for line in lines] or [Strip.blank(0)]
        lines = text.wrap(self._wrap_console, width)
        return [Strip(line.render(self._wrap_console), line.cell_len) for line in lines] or [Strip.blank(0)]

    def _all_marks(self) -> list[Mark]:
        return [mark for kind in ("evidence", "search", "current") for mark in self._marks.get(kind, [])]

    def _block_strips(self, block: int) -> list[Strip]:
        strips = self._strips.get(block)
        if strips is None:
            strips = self._strips[block] = self._wrap(block)
        return strips

    def _relayout(self, blocks: Sequence[int] | None = None) -> None:
        """Rewrap ``blocks`` (None: all) and recompute heights."""
        if not self._wrap_width:
            # No width yet (before the first layout): nothing is measured at a guessed width;
            # the layout gives the width before the first paint (``_size_updated``).
            self._strips.clear()
            self._breaks.clear()
            self._heights, self._tops = [], []
            self.refresh()
            return
        count = len(self._lines) + 1
        if blocks is None or len(self._heights) != count:
            self._strips.clear()
            self._breaks.clear()
            self._heights = [self._height(b) for b in range(count)]
        else:
            for b in blocks:
                self._strips.pop(b, None)
                self._heights[b] = self._height(b)
        tops, y = [], 0
        for h in self._heights:
            tops.append(y)
            y += h
        self._tops = tops
        self.virtual_size = Size(self._wrap_width, y)
        self.refresh()
        # A longer article brings the scrollbar, which narrows the text: wrap again to the new width.
        self.call_after_refresh(self._fit_width)

    def _height(self, block: int) -> int:
        """Lines ``block`` wraps to. Styles do not change the breaks, so the plain text (with its
        tags) is measured with Rich's own line divider, and no line is styled until shown."""
        if block == 0:
            return len(self._block_strips(block))
        start, end = self._lines[block - 1]
        line = self._highlighter.plain(self._safe, start, end)
        if "\t" in line or "\n" in line:  # Text.wrap expands tabs first: let it measure those lines itself
            return len(self._block_strips(block))
        width = max(self._wrap_width, 10)
        breaks = divide_line(line, width, fold=True)
        self._breaks[block] = (width, line, breaks)
        return len(breaks) + 1

    def _restyle(self, blocks: Sequence[int] | None, *, rewrap: bool) -> None:
        if rewrap:
            self._relayout(blocks)
            return
        if blocks is None:
            self._strips.clear()
        else:
            for b in blocks:
                self._strips.pop(b, None)
        self.refresh()

    def _blocks_with_layers(self, layer_ids: frozenset[str]) -> list[int] | None:
        if self.analysis is None:
            return []
        labels = {label for lid in layer_ids for label in BY_ID[lid].labels}
        return self._blocks_of_ranges([(m.start, m.end) for m in self.analysis.mentions if m.label in labels])

    def _blocks_of_ranges(self, ranges: Sequence[tuple[int, int]]) -> list[int]:
        starts = [s for s, _ in self._lines]
        blocks: set[int] = set()
        for s, e in ranges:
            first = bisect_right(starts, s)
            last = bisect_right(starts, max(s, e - 1))
            blocks.update(range(max(first, 1), last + 1))
        return sorted(blocks)

    def _strip_at(self, y: int) -> Strip:
        if not self._tops or y < 0 or y >= self.virtual_size.height:
            return Strip.blank(0)
        block = bisect_right(self._tops, y) - 1
        strips = self._block_strips(block)
        row = y - self._tops[block]
        return strips[row] if row < len(strips) else Strip.blank(0)

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        # Called by the layout before the frame is painted (the Resize event comes after it): wrapping
        # to the new width here means no frame ever shows the text wrapped to a stale or guessed width.
        changed = super()._size_updated(size, virtual_size, container_size, layout)
        self._fit_width()
        return changed

    def on_resize(self) -> None:
        # The region is settled only after the next layout: measure it then.
        self.call_after_refresh(self._fit_width)

    def _fit_width(self) -> None:
        width = min(self.scrollable_content_region.width, MEASURE)
        if width >= 10 and width != self._wrap_width:
            self._wrap_width = width
            self._relayout()
            if self._pending is not None:
                offset, top = self._pending
                self._pending = None
                self.scroll_to_offset(offset, top=top)

    def render_lines(self, crop: Region) -> list[Strip]:
        # The widget's style is worked out from every ancestor's styles on each read of
        # ``rich_style``: once for the lines of a paint, not twice a line (~2 ms of the first frame).
        self._lines_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._lines_style = None

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        strip = self._strip_at(scroll_y + y)
        width = self.scrollable_content_region.width
        style = self.rich_style if self._lines_style is None else self._lines_style
        return strip.crop_extend(scroll_x, scroll_x + width, style).apply_style(style)
