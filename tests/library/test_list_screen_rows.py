"""The entities and timeline screens as a user meets them at 80 columns: one line a row (cut with an
ellipsis, never wrapped into a stray "ment." line), and an entity's kind named as the sidebar names
it (PER, LOC, ...), not as spaCy labels it (PERSON, GPE)."""

from __future__ import annotations

from test_library_screens import Host
from textual.widgets import OptionList, Static

from tui.library import catalog
from tui.render.layers import LAYERS
from tui.screens.entities import EntitiesScreen
from tui.screens.timeline import TimelineScreen

SPACY_ONLY = {"PERSON", "GPE", "NORP", "FAC"}
TAGS = {layer.tag for layer in LAYERS}


async def test_entity_rows_take_one_line_and_say_the_sidebars_tag(filled_store):
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#entity-list", OptionList)
        assert listing.option_count == len(catalog.entities(filled_store, top=500))
        assert listing.virtual_size.height == listing.option_count
        kinds = {str(o.prompt).split("  ")[1] for o in listing.options}
        assert kinds & TAGS and not (kinds & SPACY_ONLY), kinds
        await pilot.press("enter")
        await pilot.pause()
        heading = str(app.screen.query_one("#dossier-heading", Static).render())
        assert not any(f"  {label}" in heading for label in SPACY_ONLY), heading


async def test_timeline_rows_take_one_line(filled_store):
    app = Host(lambda: TimelineScreen(filled_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        listing = app.screen.query_one("#timeline", OptionList)
        assert listing.option_count > 0
        assert listing.virtual_size.height == listing.option_count


async def test_entity_rows_show_their_article_count_at_80_columns(filled_store):
    """Below 100 columns the list takes half the width: at two fifths a row was cut before its count
    ("Recep Tayyip Erdoğan  PER…")."""
    app = Host(lambda: EntitiesScreen(filled_store))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        await pilot.pause()
        listing = app.screen.query_one("#entity-list", OptionList)
        assert listing.region.width >= 38
        strips = app.screen._compositor.render_update(full=True).strips
        shown = ["".join(s.text for s in strip)[listing.region.x:listing.region.right] for strip in strips]
        rows = [str(o.prompt) for o in listing.options][:5]
        for row in rows:  # name, tag and articles whole on screen (the mentions may be cut)
            assert any(row.split(" / ")[0] in line for line in shown), (row, shown)
        await pilot.resize_terminal(120, 30)
        await pilot.pause()
        assert listing.region.width < 120 // 2  # wider, the dossier has the larger share again
