"""The sidebar's key entities are named ones: dates ("Monday", "last week") are in the Dates section with
their values, not among the key entities as raw words; the extract report and the dossier rank alike."""

from __future__ import annotations

from reader_support import make_app, wait_analysed

from tui.extract.key_entities import key_entities
from tui.extract.types import DateFact
from tui.widgets.facts_tree import FactsTree

SIZE = (120, 40)
TEXT = ("title: Minister rejects the plan\ndate: 2024-03-05\n\n"
        "Foreign Minister Hakan Fidan spoke in Ankara on Monday.\n\n"
        '"Nothing has changed since last week," said Ilham Aliyev, whose 2 advisers left at 9 a.m.\n')


async def test_key_entities_leave_dates_and_numbers_to_their_own_places(seed_analysis, nlp, tmp_path):
    from tui.extract import analyse

    path = tmp_path / "plan.txt"
    path.write_text(TEXT, encoding="utf-8")

    def analyser(article):
        if article.text == seed_analysis.text:
            return seed_analysis
        return analyse(article.text, title=article.title, published=article.published, nlp=nlp)

    app = make_app(seed_analysis, path, analyser=analyser)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        if app.reader.current_entry.title != "Minister rejects the plan":
            await pilot.press("j", "enter")
            await wait_analysed(pilot, app)
        assert app.reader.current_entry.title == "Minister rejects the plan"
        analysis = app.reader.current_analysis
        assert {e.label for e in analysis.entities} & {"DATE", "TIME", "CARDINAL"}  # the engine found them
        tree = app.reader.query_one(FactsTree)
        section = next(s for s in tree.root.children if str(s.label).startswith("Key entities"))
        listed = [n.data.entity for n in section.children if n.data is not None]
        assert {e.name for e in listed} >= {"Hakan Fidan", "Ankara", "Ilham Aliyev"}
        assert not {e.label for e in listed} & {"DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT"}
        assert [e.name for e in listed] == [e.name for e in key_entities(analysis, limit=len(listed))]
        dates = next(s for s in tree.root.children if str(s.label).startswith("Dates"))
        assert "Monday" in {n.data.fact.span.text for n in dates.children if isinstance(n.data.fact, DateFact)}
