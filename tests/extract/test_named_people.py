"""A name written after an owned kinship noun ("her son Archie") or a courtesy title ("Dr. Naomi Martisius") is
a person's, at every mention of it and of its surname; a surname of two words ("La Riva") after the full name
is a person's too. The rules alone on hand-made mentions, then through the engine on the real articles where
"Archie", "Naomi Martisius" and "La Riva" were organisations."""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import analyse, repairs
from tui.extract.named_people import kin_named, people_named_as_people, titled


def _labelled(text: str, mentions) -> list[tuple[str, str]]:
    return [(text[m.start : m.end], m.label) for m in mentions]


def test_the_rule_runs_before_the_majority_vote():
    rules = list(repairs.RULES)
    assert rules.index(people_named_as_people) < rules.index(repairs.majority_labels)


def test_a_child_named_after_her_son_is_a_person_at_every_mention(nlp):
    text = "She was pregnant with her son Archie. After Archie was born, Archie's skin was discussed."
    mentions = raw_mentions(text, ("Archie", "ORG"), ("Archie", "ORG"), ("Archie", "ORG"))
    assert _labelled(text, people_named_as_people(nlp(text), mentions)) == [("Archie", "PERSON")] * 3


@pytest.mark.parametrize("before", [
    "their unborn baby ", "the couple's daughter ", "his late wife, ", "Harris' son ", "her fiancée ",
])
def test_an_owned_kinship_noun_names_a_person(before):
    text = f"It was {before}Lilibet."
    assert kin_named(text, text.index("Lilibet"))


@pytest.mark.parametrize("text, name", [
    ("The mother ship Enterprise docked.", "Enterprise"),  # no one owns the noun
    ("It bought its sister company Instagram.", "Instagram"),  # "company" is no relative
    ("Shares of Brother Industries fell.", "Brother Industries"),
    ("Her brother's Toyota was found.", "Toyota"),
])
def test_a_name_after_other_words_is_left_as_tagged(nlp, text, name):
    mentions = raw_mentions(text, (name, "ORG"))
    assert people_named_as_people(nlp(text), mentions) == mentions


def test_the_royal_baby_of_a_real_page_is_a_person(nlp, shared_dir):
    """CNN's page on the royal interview: the model tagged "Archie" ORG at all eight mentions, "her son
    Archie" among them, and the entity was an organisation."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/edition.cnn.com-royal.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    archie = [e for e in analysis.entities if e.name == "Archie"]
    assert [e.label for e in archie] == ["PERSON"] and archie[0].mention_count == 8


def test_a_name_after_a_courtesy_title_is_a_person_with_its_surname(nlp):
    text = "A study by archaeologist Dr. Naomi Martisius was published. Dr Martisius told Wikinews. ((Naomi Martisius)) So."
    mentions = raw_mentions(text, ("Naomi Martisius", "ORG"), ("Dr Martisius", "ORG"), ("Naomi Martisius", "ORG"))
    assert _labelled(text, people_named_as_people(nlp(text), mentions)) == [
        ("Naomi Martisius", "PERSON"), ("Dr Martisius", "PERSON"), ("Naomi Martisius", "PERSON")]


@pytest.mark.parametrize("text, name", [
    ("He drank Dr Pepper with Mr. Cooper.", "Dr Pepper"),  # a name opening with a title may be a brand's
    ("She was crowned Miss America.", "America"),  # a pageant, no one's title
])
def test_a_title_inside_a_name_or_a_pageant_tells_no_person(nlp, text, name):
    mentions = raw_mentions(text, (name, "ORG"))
    assert people_named_as_people(nlp(text), mentions) == mentions
    assert not titled(text, text.index(name))


def test_a_two_word_surname_after_the_full_name_is_a_person(nlp):
    text = "The nominee Gloria La Riva spoke. La Riva said she opposed charter schools."
    mentions = raw_mentions(text, ("Gloria La Riva", "PERSON"), ("La Riva", "ORG"))
    assert _labelled(text, repairs.label_surnames(nlp(text), mentions)) == [
        ("Gloria La Riva", "PERSON"), ("La Riva", "PERSON")]
    before = "La Riva spoke first. Then Gloria La Riva spoke."
    mentions = raw_mentions(before, ("La Riva", "ORG"), ("Gloria La Riva", "PERSON"))
    assert repairs.label_surnames(nlp(before), mentions)[0].label == "ORG"  # only after the full name


def _wikinews(shared_dir, title_words: str) -> tuple[str, str, str]:
    import csv

    csv.field_size_limit(10**9)
    for name in ("wikinews_2019.csv", "wikinews_2020.csv"):
        with (shared_dir / "data/wikinews/data" / name).open(encoding="utf-8") as f:
            for row in csv.DictReader(f):
                if title_words in row["title"]:
                    return row["text"], row["title"], row["date"]
    raise AssertionError(title_words)


@pytest.mark.parametrize("title_words, name, at_least", [
    ("Naomi Martisius", "Naomi Martisius", 60),  # an interview: "((Naomi Martisius))" before each answer
    ("campaign trail in the USA, October 2020", "Gloria La Riva", 20),  # "La Riva" 23 times after "Gloria La Riva" once
])
def test_the_people_of_real_wikinews_articles_are_people(nlp, shared_dir, title_words, name, at_least):
    text, title, date = _wikinews(shared_dir, title_words)
    analysis = analyse(text, nlp=nlp, title=title, published=date)
    [person] = [e for e in analysis.entities if e.name == name]
    assert person.label == "PERSON" and person.mention_count >= at_least
    assert not [e.name for e in analysis.entities if e.label == "ORG" and name.split()[-1] in e.name]


def test_a_name_before_a_noun_names_its_owner_not_the_relative(nlp):
    """The Telegraph: "her wealthy father, Future Publishing founder Chris Anderson" made the company a person."""
    text = "She died at the home of her wealthy father, Future Publishing founder Chris Anderson."
    mentions = raw_mentions(text, ("Future Publishing", "ORG"), ("Chris Anderson", "PERSON"))
    assert people_named_as_people(nlp(text), mentions) == mentions


def test_a_person_the_model_already_knows_lends_its_surname_nothing(nlp):
    text = "| Gainsborough | Sir Edward Leigh |\n\n| Leigh | James Grundy |"
    mentions = raw_mentions(text, ("Gainsborough", "GPE"), ("Edward Leigh", "PERSON"), ("Leigh", "GPE"),
                            ("James Grundy", "PERSON"))
    assert people_named_as_people(nlp(text), mentions) == mentions


@pytest.mark.parametrize("full, short, label", [
    ("Rocky De La Fuente", "De La Fuente", "PERSON"),
    ("Will Red Hat", "Red Hat", "ORG"),  # "((WN)) Will Red Hat employees be barred ...?" taken for a person
    ("Bolton North East", "North East", "LOC"),  # a constituency in a table taken for a person
])
def test_only_a_surname_opening_with_a_particle_is_two_words_long(nlp, full, short, label):
    text = f"{full} spoke first. Later {short} spoke."
    mentions = raw_mentions(text, (full, "PERSON"), (short, label if label != "PERSON" else "ORG"))
    assert repairs.label_surnames(nlp(text), mentions)[1].label == label


@pytest.mark.parametrize("text, name", [
    ("Avenatti took payments made to porn actress Stormy Daniels.", "Stormy Daniels"),
    ("On Thursday, Sviatlana Tsikhanouskaya, an opposition candidate, spoke in Minsk.", "Sviatlana Tsikhanouskaya"),
    ("Rallies backed presidential candidate Sviatlana Tsikhanouskaya.", "Sviatlana Tsikhanouskaya"),
    ("Connie Moganedi, spokeswoman for the police department, said so.", "Connie Moganedi"),
    ("It was confirmed by Sadie Weiner, Hagan's former spokeswoman, on Monday.", "Sadie Weiner"),
])
def test_a_name_with_a_noun_only_a_person_is_is_a_person(nlp, text, name):
    mentions = raw_mentions(text, (name, "ORG"))
    assert [m.label for m in people_named_as_people(nlp(text), mentions)] == ["PERSON"]


@pytest.mark.parametrize("text, name", [
    ("Shares of market leader Apple rose.", "Apple"),  # "leader" also names companies
    ("Acme, a firm whose founder retired, grew.", "Acme"),  # the founder is someone else
    ("It quoted analyst Gartner on Monday.", "Gartner"),
    ("Speaking to Agence France-Presse, the president of the league, Jamel Msallem, said so.", "Agence France-Presse"),
    ("Speaking to Reuters, a spokesman, who asked not to be named, said so.", "Reuters"),
    ("He told CNN, the head of the agency said.", "CNN"),
    ("Light from the young star AB Aurigae was measured.", "AB Aurigae"),
])
def test_nouns_that_also_describe_companies_tell_no_person(nlp, text, name):
    mentions = raw_mentions(text, (name, "ORG"))
    assert people_named_as_people(nlp(text), mentions) == mentions


def test_a_place_followed_by_what_it_qualifies_is_no_person(nlp):
    """Wikinews: "Michael Avenatti, the California, US lawyer who represented ..." made California a person."""
    text = "A jury convicted Michael Avenatti, the California, US lawyer who represented her."
    mentions = raw_mentions(text, ("Michael Avenatti", "PERSON"), ("California", "GPE"))
    assert people_named_as_people(nlp(text), mentions) == mentions


@pytest.mark.parametrize("text, name, label", [
    # A holder written after the office's title: the model read a name it did not know as an organisation.
    ("Chancellor Olaf Scholz visited Paris on Tuesday. Scholz met Macron.", "Olaf Scholz", "PERSON"),
    ("Prime Minister Keir Starmer spoke first.", "Keir Starmer", "PERSON"),
    ("Sen. Tim Scott voted against it.", "Tim Scott", "PERSON"),
    # An institution or a building named after an office holder keeps its label.
    ("President Kennedy Center staff walked out.", "Kennedy Center", "ORG"),
])
def test_a_name_after_an_office_title_is_a_person_unless_an_institutions(nlp, text, name, label):
    mentions = raw_mentions(text, (name, "ORG"))
    assert _labelled(text, people_named_as_people(nlp(text), mentions)) == [(name, label)]
