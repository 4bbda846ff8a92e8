"""Sidebar rows wider than the sidebar end with "…": cut without a sign, "Leigh Sears: Lak" read as the
whole fact at 80 columns (the status line and ``v`` show the highlighted one whole)."""

from __future__ import annotations

import pytest
from reader_support import make_app, wait_analysed

from tui.extract.types import QuoteFact
from tui.widgets.facts_tree import FactsTree


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_rows_cut_at_the_sidebar_width_say_so(seed_analysis, size):
    app = make_app(seed_analysis)
    async with app.run_test(size=size) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        for node in tree.facts():
            node.parent.expand()
        await pilot.pause()
        # The quotes at the top: every size shows some of them (the longest rows), whatever it shows above.
        tree.scroll_to(y=next(n.line for n in tree.facts() if isinstance(n.data.fact, QuoteFact)), animate=False)
        await pilot.pause()
        width = tree.scrollable_content_region.width
        cut = whole = 0
        for node in tree.facts():
            shown = "".join(s.text for s in tree.render_line(node.line - tree.scroll_offset.y)).rstrip() \
                if tree.scroll_offset.y <= node.line < tree.scroll_offset.y + tree.size.height else None
            if shown is None:
                continue
            label = node.label.plain
            if label in shown:
                whole += 1
            else:
                assert shown.endswith("…") and len(shown) <= width, (shown, label)
                assert label.startswith(shown.split(" ", 1)[1][:-1].rstrip()), (shown, label)
                cut += 1
        assert cut  # the seed has rows wider than the sidebar at both sizes
