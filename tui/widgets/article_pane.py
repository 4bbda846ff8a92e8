"""The article pane: legend, highlighted article and its search line, with the walk and search state.

Layers, tags and layer styles arrive from the reader by ``data_bind`` and go on down to the
legend and the view; nothing here writes them back. The pane keeps where ``[``/``]`` stand as
a character offset into the text (not an index into the visible mentions), so toggling a layer
never loses the place, and the matches of the in-article search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import Input

from tui.extract.types import Analysis, Mention
from tui.render.layers import BY_ID, counts_by_layer, tag_of_label
from tui.render.sanitize import sanitize
from tui.widgets.article_view import CURRENT_STYLE, EVIDENCE_STYLE, SEARCH_STYLE, ArticleView
from tui.widgets.legend import Legend

if TYPE_CHECKING:
    # The search line loads when first opened: it is no part of the first paint.
    from tui.widgets.search_bar import SearchBar


def next_mention(mentions: Sequence[Mention], position: int, step: int, *, inclusive: bool) -> int:
    """Index of the mention after (``step`` > 0) or before ``position`` in text order, wrapping round.

    ``inclusive``: a mention starting exactly at ``position`` counts as after it (the walk starts
    at the top of the view, not from a mention already walked to)."""
    starts = [m.start for m in mentions]
    if step > 0:
        at = bisect_left(starts, position) if inclusive else bisect_right(starts, position)
        return at % len(mentions)
    return (bisect_left(starts, position) - 1) % len(mentions)


class ArticlePane(Vertical):
    """Legend over the article, and the article's search line under it."""

    layers_on: reactive[frozenset[str]] = reactive(frozenset(BY_ID), init=False)
    tags: reactive[bool] = reactive(False, init=False)
    layer_styles: reactive[Mapping[str, Style]] = reactive(dict, init=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        #: Where ``[``/``]`` stand: the start offset of the mention walked to (None: not walking).
        self.mention_at: int | None = None
        self.hits: list[tuple[int, int]] = []
        self.hit = -1

    def compose(self) -> ComposeResult:
        bound = (ArticlePane.layers_on, ArticlePane.tags, ArticlePane.layer_styles)
        yield Legend(id="legend").data_bind(*bound)
        yield ArticleView(id="article").data_bind(*bound)
        # The search line is mounted when first opened (search_bar): hidden, it is no part of the first paint.

    async def search_bar(self) -> SearchBar:
        """The article's search line, mounted under the article the first time it opens."""
        from tui.widgets.search_bar import SearchBar

        found = self.query(SearchBar)
        if found:
            return found.first()
        bar = SearchBar(id="search")
        await self.mount(bar)
        return bar

    @property
    def view(self) -> ArticleView:
        return self.query_one(ArticleView)

    @property
    def legend(self) -> Legend:
        return self.query_one(Legend)

    def show(self, text: str, *, title: str | None, byline: str = "", analysis: Analysis | None) -> None:
        """A new article (or a new look of it): marks, walk and matches start again."""
        self.view.show_article(text, title=title, byline=byline, analysis=analysis)
        # No counts before the analysis (or with none: no pipeline for its language): not zeros.
        self.legend.counts = counts_by_layer(analysis) if analysis is not None else {}
        self.forget_marks()

    def forget_marks(self) -> None:
        self.mention_at, self.hits, self.hit = None, [], -1

    # -- walking mentions ---------------------------------------------------------------------

    def current_mention(self) -> Mention | None:
        """The mention walked to, while its layer is on."""
        if self.mention_at is None:
            return None
        return next((m for m in self.view.visible_mentions() if m.start == self.mention_at), None)

    def step_mention(self, step: int) -> str:
        """Walk to the next (or previous) mention from where the walk stands, else from the view's top."""
        mentions = self.view.visible_mentions()
        if not mentions:
            return "no mentions in the layers that are on"
        if self.mention_at is None:
            index = next_mention(mentions, self.view.offset_at_top(), step, inclusive=True)
        else:
            index = next_mention(mentions, self.mention_at, step, inclusive=False)
        mention = mentions[index]
        self.mention_at = mention.start
        self.view.set_marks("current", [(mention.start, mention.end)], CURRENT_STYLE)
        self.view.scroll_to_offset(mention.start)
        label = sanitize(mention.text).replace("\n", " ")
        # The kind as the legend and the tags name it (NUM, not spaCy's CARDINAL).
        return f"{label} ({tag_of_label(mention.label)}) {index + 1}/{len(mentions)}"

    def mark_current(self, start: int, end: int) -> None:
        self.view.set_marks("current", [(start, end)], CURRENT_STYLE)
        self.view.scroll_to_offset(start)

    def mark_evidence(self, spans: Sequence[tuple[int, int]]) -> None:
        self.view.set_marks("evidence", list(spans), EVIDENCE_STYLE)
        if spans:
            self.view.scroll_to_offset(spans[0][0])

    def clear_marks(self) -> None:
        for kind in ("evidence", "current", "search"):
            self.view.set_marks(kind, [], CURRENT_STYLE)
        self.forget_marks()

    def set_notice(self, notice: Text | str) -> None:
        self.view.set_notice(notice)

    # -- searching ----------------------------------------------------------------------------

    def search(self, text: str, query: str) -> int:
        """Mark every match of ``query`` in ``text``; how many there are."""
        from tui.widgets.search_bar import find_all

        self.hits = find_all(sanitize(text), query)
        self.hit = -1
        self.view.set_marks("search", self.hits, SEARCH_STYLE)
        return len(self.hits)

    def mark_terms(self, hits: list[tuple[int, int]], *, scroll: bool) -> None:
        self.view.set_marks("search", hits, SEARCH_STYLE)
        if hits and scroll:
            self.view.scroll_to_offset(hits[0][0])

    def search_step(self, step: int) -> str:
        if not self.hits:
            typed = any(bar.value for bar in self.query("#search").results(Input))
            return "no matches" if typed else "search with /"
        self.hit = (self.hit + step) % len(self.hits)
        start, end = self.hits[self.hit]
        self.mark_current(start, end)
        return f"match {self.hit + 1}/{len(self.hits)}"
