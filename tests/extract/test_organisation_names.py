"""Names of organisations the model took for people: a name ending in a designator ("Resorts", "Partners",
"Hospital") is an organisation's. The rule alone on hand-made mentions, then through the engine on the
real page where "Camp Margaritaville Resorts" was a person."""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.organisation_names import people_named_as_organisations


def _labelled(text: str, mentions) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in mentions]


def test_the_rule_runs_among_the_repairs_before_surnames_are_read():
    rules = list(repairs.RULES)
    assert rules.index(people_named_as_organisations) < rules.index(repairs.label_surnames)


@pytest.mark.parametrize("text, span, label", [
    ("WhiTim Napa LLC represents Camp Margaritaville Resorts.", "Camp Margaritaville Resorts", "ORG"),
    ("Support came from Ben Franklin Technology Partners.", "Ben Franklin Technology Partners", "ORG"),
    ("He died at John Radcliffe Hospital.", "John Radcliffe Hospital", "ORG"),
    ("Shares of Warren Buffett Holdings Inc. rose.", "Warren Buffett Holdings Inc.", "ORG"),
    # charities and NGOs named for their reach ("Befrienders Worldwide", CNN's page on the royal baby)
    ("Befrienders Worldwide also provides contact information.", "Befrienders Worldwide", "ORG"),
    ("Transparency International published its index.", "Transparency International", "ORG"),
    # people whose surname is a word of organisations, and a person with an affiliation
    ("Tyra Banks and Charlotte Church sang.", "Tyra Banks", "PERSON"),
    ("Professor Carl Lipo of Binghamton University said so.", "Carl Lipo of Binghamton University", "PERSON"),
    ("Jimmy Buffett sang.", "Jimmy Buffett", "PERSON"),
])
def test_a_person_named_with_a_designator_is_an_organisation(nlp, text, span, label):
    doc = nlp(text)
    assert _labelled(text, people_named_as_organisations(doc, raw_mentions(text, (span, "PERSON")))) == [(span, label)]


def test_a_second_designator_after_and_joins_the_name():
    """"Margaritaville Hotels" (ORG) and "Resorts" (PERSON): one organisation, no person "Resorts"."""
    import spacy

    text = "Margaritaville Hotels and Resorts has properties all over the country."
    doc = spacy.blank("en")(text)
    mentions = raw_mentions(text, ("Margaritaville Hotels", "ORG"), ("Resorts", "PERSON"))
    assert _labelled(text, people_named_as_organisations(doc, mentions)) == [("Margaritaville Hotels and Resorts", "ORG")]
    untagged = raw_mentions(text, ("Margaritaville Hotels", "ORG"))
    assert _labelled(text, people_named_as_organisations(doc, untagged)) == [("Margaritaville Hotels and Resorts", "ORG")]
    other = "Margaritaville Hotels and Jimmy Buffett"
    mentions = raw_mentions(other, ("Margaritaville Hotels", "ORG"), ("Jimmy Buffett", "PERSON"))
    assert people_named_as_organisations(spacy.blank("en")(other), mentions) == mentions


def test_the_resort_of_a_real_page_is_no_person(nlp, shared_dir):
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/abc7news.com-Napa.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    labels = {m.text: m.label for m in analysis.mentions if not m.nested}
    assert labels["Camp Margaritaville Resorts"] == "ORG"
    assert labels["WhiTim Napa LLC"] == "ORG"  # was a PRODUCT: an LLC is a company
    assert labels["Margaritaville Hotels and Resorts"] == "ORG" and "Resorts" not in labels
    assert not [e.name for e in analysis.entities if e.label == "PERSON" and "Margaritaville" in e.name]
    assert labels["Jimmy Buffett"] == "PERSON"


def test_a_name_ending_in_a_legal_form_is_a_company_whatever_it_was_taken_for(nlp):
    """Rule: "WhiTim Napa LLC" tagged PRODUCT, "Acme Widgets Inc." tagged WORK_OF_ART are ORG; a product named
    with no legal form ("Windows Phone") stays a product."""
    text = "WhiTim Napa LLC bought Acme Widgets Inc. and sold Windows Phone."
    mentions = raw_mentions(text, ("WhiTim Napa LLC", "PRODUCT"), ("Acme Widgets Inc.", "WORK_OF_ART"),
                            ("Windows Phone", "PRODUCT"))
    assert [(text[m.start : m.end], m.label) for m in people_named_as_organisations(nlp(text), mentions)] == [
        ("WhiTim Napa LLC", "ORG"), ("Acme Widgets Inc.", "ORG"), ("Windows Phone", "PRODUCT")]


def test_a_charity_named_for_its_reach_on_a_real_page_is_no_person(nlp, shared_dir):
    """CNN, 2019: "Befrienders Worldwide", the crisis line under the story, was tagged PERSON."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/edition.cnn.com-royal.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    assert [e.label for e in analysis.entities if e.name == "Befrienders Worldwide"] == ["ORG"]
