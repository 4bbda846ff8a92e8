"""The facts sidebar names who spoke ("a senior Israeli official", "Doug McCallum"), the words at the
cue beside it, and marks those words (the evidence) when the quote is highlighted."""

from __future__ import annotations

from reader_support import make_app, wait_analysed

from tui.extract.types import QuoteFact
from tui.widgets.facts_tree import FactsTree, speaker_label

SIZE = (120, 40)


async def test_the_sidebar_names_the_official_and_marks_the_words_at_the_cue(seed_analysis):
    app = make_app(seed_analysis)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        tree = app.reader.query_one(FactsTree)
        nodes = [n for n in tree.facts() if isinstance(n.data.fact, QuoteFact)]
        labels = [str(n.label) for n in nodes]
        official = next(n for n, label in zip(nodes, labels, strict=True) if label.startswith("a senior Israeli official"))
        assert str(official.label).startswith("a senior Israeli official (the official): ")
        assert not any(label.startswith("the official") for label in labels)
        assert any(label.startswith("Benjamin Netanyahu: ") for label in labels)  # not "Prime Minister Benjamin ..."
        tree.focus()
        tree.move_cursor(official)
        await pilot.pause()
        fact = official.data.fact
        marked = [m[:2] for m in app.reader.view._marks["evidence"]]
        assert marked == list(fact.evidence)
        local = fact.speaker_local
        assert any(a <= local.start and local.end <= b for a, b in marked)  # "the official" is marked
        assert not any(a <= fact.speaker.start < b for a, b in marked)  # the earlier description is not


def test_the_label_dims_the_words_only_when_they_do_not_name_the_speaker(nlp):
    from tui.extract import analyse

    a = analyse("Surrey Mayor Doug McCallum announced the plan. McCallum spoke first.\n\n"
                "\"We will build it as fast as we can,\" the mayor said. \"It is time,\" McCallum said.", nlp=nlp)
    names = {e.id: e.name for e in a.entities}
    labels = [speaker_label(q, names) for q in a.facts_of("quote") if isinstance(q, QuoteFact)]
    assert [str(label) for label in labels] == ["Doug McCallum (the mayor)", "Doug McCallum"]
    assert labels[0].spans and labels[0].spans[-1].style == "dim"
