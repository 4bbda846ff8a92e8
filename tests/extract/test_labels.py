"""One label per entity: majority vote and the named type constraints, and the article linker's merges."""

from __future__ import annotations

import pytest

from tui.extract import analyse
from tui.extract.context import RawMention
from tui.extract.entities import link
from tui.extract.labels import (
    LABEL_RULES,
    constrain,
    digits_not_person,
    disease,
    exit_event,
    majority_label,
    platform,
    time_zone,
)


@pytest.mark.parametrize("rule, name, label, expected", [
    (disease, "COVID-19", "PERSON", "EVENT"),
    (disease, "COVID-19", "ORG", "EVENT"),
    (disease, "Kovid", "PERSON", None),
    (platform, "Twitter", "PERSON", "ORG"),
    (platform, "Twitter", "ORG", None),
    (time_zone, "UTC", "ORG", "TIME"),
    (digits_not_person, "STS-1", "PERSON", "PRODUCT"),
    (digits_not_person, "Jane Doe", "PERSON", None),
    (exit_event, "Brexit", "PERSON", "EVENT"),
    (exit_event, "Megxit", "ORG", "EVENT"),
    (exit_event, "anti-Brexit", "PERSON", "EVENT"),
    (exit_event, "Felix", "PERSON", None),
])
def test_each_label_rule(rule, name, label, expected):
    assert rule in LABEL_RULES
    assert rule(name, label) == expected


def test_majority_then_constraints():
    assert majority_label(["ORG", "GPE", "GPE"], "United States") == "GPE"
    assert majority_label(["PERSON", "PERSON", "ORG"], "Twitter") == "ORG"
    assert constrain("Angela Merkel", "PERSON") == "PERSON"


def _linked(text, spans):
    raw = [RawMention(text.index(s), text.index(s) + len(s), label) for s, label in spans]
    return link(text, raw)


def test_one_entity_for_a_name_labelled_two_ways():
    text = "United States troops left. Later the United States said no. United States envoys came."
    second = text.index("United States", 5)
    third = text.index("United States", second + 5)
    raw = [RawMention(0, 13, "GPE"), RawMention(second, second + 13, "ORG"), RawMention(third, third + 13, "GPE")]
    ents, mentions = link(text, raw)
    assert {m.entity for m in mentions} == {"gpe:united-states"}
    assert [e.label for e in ents] == ["GPE"] and {m.label for m in mentions} == {"GPE"}


def test_aliases_surnames_and_organisation_short_forms():
    text = "The U.S. and the United States. Donald Trump spoke; Trump left. Church of Scientology said the Church agreed."
    spans = [("U.S.", "GPE"), ("United States", "GPE"), ("Donald Trump", "PERSON"), ("Trump", "ORG"),
             ("Church of Scientology", "ORG"), ("Church", "ORG")]
    raw = []
    pos = 0
    for s, label in spans:
        i = text.index(s, pos)
        raw.append(RawMention(i, i + len(s), label))
        pos = i + len(s)
    ents, mentions = link(text, raw)
    by_text = {m.text: m.entity for m in mentions}
    assert by_text["U.S."] == by_text["United States"]
    assert by_text["Trump"] == by_text["Donald Trump"] == "person:donald-trump"
    assert by_text["Church"] == by_text["Church of Scientology"]
    assert next(m for m in mentions if m.text == "Trump").label == "PERSON"  # one label per entity


def test_google_is_not_the_google_science_fair():
    text = "Google runs the Google Science Fair."
    ents, mentions = link(text, [RawMention(0, 6, "ORG"), RawMention(15, 35, "ORG")])
    assert len({m.entity for m in mentions}) == 2


def test_twitter_is_an_organisation_in_a_real_article(nlp):
    a = analyse("Trump wrote on Twitter that he would win. Twitter later hid the post.", nlp=nlp)
    assert all(e.label != "PERSON" for e in a.entities if e.name == "Twitter")


def test_the_state_of_a_place_is_the_place():
    from tui.extract.labels import alias_key
    from tui.library.identity import canonical

    assert alias_key("state of texas") == "texas" and alias_key("state of") == "state of"
    assert canonical("the State of Texas", "GPE") == canonical("Texas", "GPE")
    ents, mentions = _linked("Texas is big. Leaders of the State of Texas met.", [("Texas", "GPE"), ("State of Texas", "GPE")])
    assert len({m.entity for m in mentions}) == 1
