"""The entity window's heading as a user reads it: "1 mention" (not "1 mentions"), and the kind
named as the sidebar names it (LOC (Places)), not by spaCy's label (GPE)."""

from __future__ import annotations

from reader_support import make_app, wait_analysed
from textual.widgets import Static

from tui.screens.entity import EntityScreen


async def test_the_heading_counts_in_words_and_names_the_layer(seed_analysis):
    once = next(e for e in seed_analysis.entities if e.mention_count == 1)
    place = next(e for e in seed_analysis.entities if e.label == "GPE")
    app = make_app(seed_analysis)
    async with app.run_test(size=(120, 40)) as pilot:
        await wait_analysed(pilot, app)
        for entity, words in ((once, "  1 mention, "), (place, "  LOC (Places)")):
            app.push_screen(EntityScreen(seed_analysis, entity.id))
            await pilot.pause()
            heading = "\n".join(str(s.render()) for s in app.screen.query(Static))
            assert words in heading, heading
            assert "1 mentions" not in heading and "GPE" not in heading
            app.pop_screen()
            await pilot.pause()


def test_a_mention_line_stays_in_its_paragraph_and_marks_only_real_cuts():
    """"…Public Works Director.  MORE: Black-led gr…" ran into the next paragraph; a mention at the start of
    the text had a "…" before it though nothing was left out."""
    from tui.screens.entity import mention_context

    text = ("Officials met.\n\n\"We are here,\" said Steve Lederer who is Napa County Public Works Director.\n\n"
            "MORE: Black-led group strikes deal to revitalize Oakland Coliseum site.")
    start = text.index("Napa County Public Works")
    line = mention_context(text, start, start + len("Napa County Public Works")).plain
    assert line.endswith("Public Works Director.") and "MORE" not in line and line.startswith("\u2026")
    assert mention_context(text, 0, len("Officials")).plain == "Officials met."
    start = text.index("Lederer")
    assert mention_context(text, start, start + 7).plain.startswith('"We are here," said Steve Lederer')
