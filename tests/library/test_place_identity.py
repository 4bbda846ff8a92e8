"""Ambiguous place names: the place each article means, and the library identities that follow."""

from __future__ import annotations

import pytest

from tui.extract.types import ArticleInput


def _names(nlp, text: str) -> dict[str, str]:
    from tui.extract.pipeline import analyse_doc
    from tui.library.place_identity import library_names

    analysis = analyse_doc(nlp(text), ArticleInput(text=text), nlp)
    names = library_names(analysis)
    return {e.name: names[e.id] for e in analysis.entities if e.id in names}


@pytest.mark.parametrize("text, written, meant", [
    ("Officials in Washington said on Monday that sanctions would follow.", "Washington", "Washington, D.C."),
    ("Boeing builds jets near Seattle, Washington, and Washington lawmakers want more.", "Washington", "Washington State"),
    ("Farmers in Washington state lost crops; Washington expects rain.", "Washington", "Washington State"),
    ("Voters in Idaho, Michigan, and Washington backed him.", "Washington", "Washington State"),
    ("Envoys from Paris and Washington met.", "Washington", "Washington, D.C."),
    ("Tourists returned to New York after the storm, the mayor said.", "New York", "New York City"),
    ("He grew up in Buffalo, New York, and New York voters chose him.", "New York", "New York State"),
    ("Korea beat Germany 2-0 in Kazan on Wednesday.", "Korea", "South Korea"),
])
def test_the_article_says_which_place_it_means(nlp, text, written, meant):
    assert _names(nlp, text).get(written) == meant


def test_korea_beside_north_korea_stays_the_peninsula(nlp):
    assert "Korea" not in _names(nlp, "North Korea fired a missile. Korea has been divided since 1945.")


def test_washington_state_and_the_capital_are_two_identities_in_a_library(store, nlp):
    from tui.extract import analyse

    arts = []
    for text in ("Fires spread near Spokane, Washington on Monday, and Washington officials warned residents.",
                 "Lawmakers in Washington voted on the budget.", "The march reached Washington, D.C. on Saturday."):
        arts.append(store.add_article(ArticleInput(text, title="t")))
        store.put_analysis(arts[-1], analyse(text, nlp=nlp, title="t"))
    links = store.library_links()
    place = [{lib for eid, lib in links[art].items() if "washington" in eid} for art in arts]
    assert place[1] == place[2] and place[0] != place[1] and len(place[0]) == 1
    assert store.relink() > 0 and store.library_links() == links
