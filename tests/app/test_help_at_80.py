"""The help at 80x24: the section titles stood in the keys column and made it as wide as "Layers,
search and marks", so at 80 columns "Layer Organisations", "Layer Dates and times" and half the
descriptions wrapped. The keys column is now as wide as the widest key."""

from __future__ import annotations

from reader_support import help_lines, make_app, wait_analysed


async def test_help_rows_fit_at_80_columns(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_analysed(pilot, app)
        lines = await help_lines(pilot, app)
        table = app.screen.query_one("#help-table").content
        for words in ("1 Layer People layer.people", "2 Layer Organisations layer.orgs",
                      "5 Layer Dates and times layer.dates", "/ Search search.open", "v Whole fact facts.whole"):
            assert words in lines, (words, lines[:30])
        # The keys, not the section titles, set the keys column's width.
        assert max(len(str(cell)) for cell in table.columns[0].cells) <= 16
