"""Names inside names and names written with their place or party: each rule alone, then through the engine."""

from __future__ import annotations

from itertools import pairwise

from tui.extract.nested_names import nested_mentions, person_with_party, place_with_region
from tui.extract.types import Entity, Mention


def _mentions(text: str, *pairs: tuple[str, str, str]) -> list[Mention]:
    out, pos = [], 0
    for span, label, entity in pairs:
        start = text.index(span, pos)
        out.append(Mention(start, start + len(span), span, label, entity))
        pos = start + len(span)
    return out


def _shown(text: str, mentions) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.entity) for m in mentions]


def test_known_name_inside_an_organisation_links_to_the_article_entity():
    text = "The Andy Warhol Foundation for the Visual Arts gave photographs. Andy Warhol died in 1987."
    mentions = _mentions(text, ("Andy Warhol Foundation for the Visual Arts", "ORG", "org:awf"),
                         ("Andy Warhol", "PERSON", "person:andy-warhol"))
    entities = [Entity("org:awf", "Andy Warhol Foundation for the Visual Arts", "ORG"),
                Entity("person:andy-warhol", "Andy Warhol", "PERSON")]
    ents, nested = nested_mentions(text, mentions, entities)
    assert _shown(text, nested) == [("Andy Warhol", "person:andy-warhol")]
    assert all(m.nested for m in nested) and tuple(ents) == tuple(entities)


def test_short_form_of_the_same_body_is_not_a_name_inside_it():
    text = "The Andy Warhol Foundation for the Visual Arts. The Andy Warhol Foundation said so."
    mentions = _mentions(text, ("Andy Warhol Foundation for the Visual Arts", "ORG", "org:awf-full"),
                         ("Andy Warhol Foundation", "ORG", "org:awf"))
    entities = [Entity("org:awf-full", "Andy Warhol Foundation for the Visual Arts", "ORG"),
                Entity("org:awf", "Andy Warhol Foundation", "ORG")]
    _, nested = nested_mentions(text, mentions, entities)
    assert nested == ()


def test_compass_region_and_known_place_become_entities_of_their_own():
    text = "She studied at the University of Southern Indiana and at Colorado State University."
    mentions = _mentions(text, ("University of Southern Indiana", "ORG", "org:usi"),
                         ("Colorado State University", "ORG", "org:csu"))
    entities = [Entity("org:usi", "University of Southern Indiana", "ORG"), Entity("org:csu", "Colorado State University", "ORG")]
    ents, nested = nested_mentions(text, mentions, entities)
    assert [(m.text, m.label) for m in nested] == [("Southern Indiana", "LOC"), ("Colorado", "GPE")]
    added = {e.id: e for e in ents[2:]}
    assert {e.name for e in added.values()} == {"Southern Indiana", "Colorado"}
    assert all(e.mention_count == 1 for e in added.values())


def test_nothing_inside_people_places_or_one_word_names():
    text = "Paris Hilton flew to New Jersey with Apple."
    mentions = _mentions(text, ("Paris Hilton", "PERSON", "person:paris-hilton"), ("New Jersey", "GPE", "gpe:new-jersey"),
                         ("Apple", "ORG", "org:apple"))
    _, nested = nested_mentions(text, mentions, [])
    assert nested == ()


def test_place_with_region_is_the_city_and_lists_of_places_are_not():
    text = "He flew from Seattle, Washington to Mecca, Saudi Arabia, then to France, Germany and Texas, California."
    mentions = _mentions(text, *((name, "GPE", name.lower()) for name in
                                 ("Seattle", "Washington", "Mecca", "Saudi Arabia", "France", "Germany", "Texas", "California")))
    assert _shown(text, place_with_region(text, mentions)) == [("Seattle, Washington", "seattle"),
                                                                ("Mecca, Saudi Arabia", "mecca")]


def test_person_with_party_is_the_person():
    text = "James To of the Democratic Party and DAB's Starry Lee won; Lee of Hong Kong too. Apple's iPhone sold."
    mentions = _mentions(text, ("James To", "PERSON", "p:to"), ("Democratic Party", "ORG", "o:dp"), ("DAB", "ORG", "o:dab"),
                         ("Starry Lee", "PERSON", "p:lee"), ("Lee", "PERSON", "p:lee"), ("Hong Kong", "GPE", "g:hk"),
                         ("Apple", "ORG", "o:apple"), ("iPhone", "PRODUCT", "x:iphone"))
    assert _shown(text, person_with_party(text, mentions)) == [("James To of the Democratic Party", "p:to"),
                                                                ("DAB's Starry Lee", "p:lee"), ("Lee of Hong Kong", "p:lee")]


def test_engine_keeps_flat_mentions_for_its_rules_and_adds_nested_ones(nlp):
    from tui.extract.pipeline import analyse_doc
    from tui.extract.serialize import from_dict, to_dict
    from tui.extract.types import ArticleInput

    text = "Students at the University of Southern Indiana met in Evansville, Indiana on Monday."
    analysis = analyse_doc(nlp(text), ArticleInput(text=text), nlp)
    nested = [m for m in analysis.mentions if m.nested]
    assert ("Southern Indiana", "LOC") in [(m.text, m.label) for m in nested]
    assert any(m.text == "Evansville, Indiana" and m.entity.endswith("evansville") for m in nested)
    # The first mention at an offset (what a click there opens) is a flat one.
    first_at: dict[int, bool] = {}
    for m in analysis.mentions:
        first_at.setdefault(m.start, m.nested)
    assert first_at[text.index("Evansville")] is False
    # The flat mentions never overlap; nested ones survive the JSON round trip.
    flat = [m for m in analysis.mentions if not m.nested]
    assert all(a.end <= b.start for a, b in pairwise(flat))
    assert from_dict(to_dict(analysis, include_text=True)).mentions == analysis.mentions


def test_place_before_venue_only_when_nothing_else_is_found_and_the_words_may_name_a_place():
    text = "Matches at Volgograd Arena, the National Stadium, Union Station and Texas Stadium."
    mentions = _mentions(text, *((name, "FAC", "fac:" + name.lower().replace(" ", "-")) for name in
                                 ("Volgograd Arena", "National Stadium", "Union Station", "Texas Stadium")))
    ents, nested = nested_mentions(text, mentions, [])
    assert [(m.text, m.label) for m in nested] == [("Volgograd", "GPE"), ("Texas", "GPE")]
    assert {e.name for e in ents} == {"Volgograd", "Texas"}


def test_place_in_place_needs_a_word_for_a_part_and_a_known_place():
    text = "From Hong Kong Island and Mexico City to Washington D.C. and Kansas City; Hong Kong voted."
    mentions = _mentions(text, ("Hong Kong Island", "GPE", "gpe:hki"), ("Mexico City", "GPE", "gpe:mexico-city"),
                         ("Washington D.C.", "GPE", "gpe:dc"), ("Kansas City", "GPE", "gpe:kansas-city"),
                         ("Hong Kong", "GPE", "gpe:hong-kong"))
    entities = [Entity("gpe:hong-kong", "Hong Kong", "GPE")]
    _, nested = nested_mentions(text, mentions, entities)
    assert [(m.text, m.entity) for m in nested] == [("Hong Kong", "gpe:hong-kong"), ("Mexico", "gpe:mexico"),
                                                     ("Kansas", "gpe:kansas")]


def test_a_city_with_its_state_and_country_is_the_city():
    text = "Born in Evansville, Indiana, United States, she moved."
    mentions = _mentions(text, ("Evansville", "GPE", "e"), ("Indiana", "GPE", "i"), ("United States", "GPE", "u"))
    assert _shown(text, place_with_region(text, mentions)) == [
        ("Evansville, Indiana", "e"), ("Evansville, Indiana, United States", "e"), ("Indiana, United States", "i")]
