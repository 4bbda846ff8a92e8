"""The facts sidebar's events: the type is said once, and speech events, which the Quotes section
already lists, fold under one closed node on a quote-heavy article so the other events stay in view."""

from __future__ import annotations

from reader_support import make_app, wait_analysed

from tui.extract.types import EventFact
from tui.widgets.facts_tree import FOLD_AT, FOLDED_EVENT_TYPE, FactsTree, fact_label

SIZE = (120, 40)

SPEAKERS = ("Anna Berg", "Tomas Lind", "Maria Holm", "Erik Dahl", "Sara Ek", "Jonas Ahl", "Lena Roos")


def quote_heavy(tmp_path):
    lines = ["title: Council votes\n", "Anna Berg met Tomas Lind in Uppsala on Monday to discuss the budget."]
    lines += [f'"The plan number {i} is sound," {name} said.' for i, name in enumerate(SPEAKERS, 1)]
    path = tmp_path / "council.txt"
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_event_label_says_its_type_once(seed_analysis):
    meet = next(f for f in seed_analysis.facts if isinstance(f, EventFact) and f.type == "meet")
    label = str(fact_label(meet))
    assert label.startswith("[meet] ") and not label.startswith("[meet] meet:")


async def test_many_statements_fold_and_the_other_events_stay_in_view(seed_analysis, nlp, tmp_path):
    from tui.extract import analyse

    def analyser(article):
        if article.text == seed_analysis.text:
            return seed_analysis
        return analyse(article.text, title=article.title, nlp=nlp)

    app = make_app(seed_analysis, quote_heavy(tmp_path), analyser=analyser)
    async with app.run_test(size=SIZE) as pilot:
        await wait_analysed(pilot, app)
        await pilot.press("j", "enter")  # the second article: the council
        await wait_analysed(pilot, app)
        assert app.reader.current == 1
        tree = app.reader.query_one(FactsTree)
        events = next(s for s in tree.root.children if str(s.label).startswith("Events"))
        statements = [f for f in app.reader.current_analysis.facts if isinstance(f, EventFact) and f.type == FOLDED_EVENT_TYPE]
        assert len(statements) >= FOLD_AT
        group = next(n for n in events.children if n.data is None)
        assert str(group.label) == f"{FOLDED_EVENT_TYPE} ({len(statements)})" and not group.is_expanded
        direct = [n.data.fact for n in events.children if n.data is not None]
        assert direct and all(f.type != FOLDED_EVENT_TYPE for f in direct)
        listed = [n.data.fact for n in tree.facts() if isinstance(n.data.fact, EventFact)]
        assert len(listed) == len(direct) + len(statements)  # folded, not lost


def test_the_summary_drops_only_the_type_it_starts_with(seed_analysis):
    from dataclasses import replace

    from tui.widgets.facts_tree import event_summary

    meet = next(f for f in seed_analysis.facts if isinstance(f, EventFact) and f.type == "meet")
    assert event_summary(replace(meet, text="meet: Israel, Turkey in Azerbaijan")) == "Israel, Turkey in Azerbaijan"
    assert event_summary(replace(meet, text="meet (negated): Harry → Charles")) == "(negated) Harry → Charles"
    assert event_summary(replace(meet, text="meeting of minds: A")) == "meeting of minds: A"
