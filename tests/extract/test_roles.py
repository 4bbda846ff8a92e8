"""Role facts from real news sentences: titles before names, appositions, relative clauses."""

from __future__ import annotations

import pytest

from tui.extract import analyse


def _roles(nlp, text: str):
    return analyse(text, nlp=nlp).facts_of("role")


@pytest.mark.parametrize(
    ("sentence", "summary", "affiliation"),
    [
        (
            "The meeting was led by Israeli National Security Adviser Tzachi Hanegbi and included senior representatives.",
            "Tzachi Hanegbi: Israeli National Security Adviser",
            "Israeli",
        ),
        ("The meeting was hosted by Azerbaijani President Ilham Aliyev.", "Ilham Aliyev: Azerbaijani President", "Azerbaijani"),
        (
            "He raised the issue in a recent meeting with U.S. President Donald Trump, who reportedly offered to help.",
            "Donald Trump: U.S. President",
            "U.S.",
        ),
        ("The meeting was held under the direction of Prime Minister Benjamin Netanyahu.", "Benjamin Netanyahu: Prime Minister", None),
        ("It could destabilize Syria under President Ahmed al-Sharaa, the official added.", "Ahmed al-Sharaa: President", None),
        ("Emergencies Minister Yevgeny Zinichev arrived at the scene on Tuesday.", "Yevgeny Zinichev: Emergencies Minister", None),
        (
            "Chelyabinsk regional Deputy Governor Oleg Klimov said 48 people were missing.",
            "Oleg Klimov: Chelyabinsk regional Deputy Governor",
            "Chelyabinsk",
        ),
        ("Secretary of State Mike Pompeo met with the delegation.", "Mike Pompeo: Secretary of State", None),
    ],
)
def test_title_before_name(nlp, sentence, summary, affiliation):
    (fact,) = _roles(nlp, sentence)
    assert fact.rule == "role.title_before_name"
    assert fact.text == summary
    assert (fact.affiliation.text if fact.affiliation else None) == affiliation
    # The evidence covers title and name, and every span indexes the sentence.
    start, end = fact.evidence[0]
    assert sentence[start:end] == summary.split(": ", 1)[1] + " " + fact.person.text
    for span in (fact.person, fact.role, fact.affiliation):
        if span is not None:
            assert sentence[span.start : span.end] == span.text


@pytest.mark.parametrize(
    ("sentence", "rule", "person", "role", "affiliation"),
    [
        (
            "Oleg Klimov, the deputy governor of Chelyabinsk, said rescuers were searching the rubble.",
            "role.apposition", "Oleg Klimov", "deputy governor", "Chelyabinsk",
        ),
        ("Tim Cook, chief executive of Apple, said the company would invest.", "role.apposition", "Tim Cook", "chief executive", "Apple"),
        (
            "Oleg Klimov, who is the deputy governor of Chelyabinsk, said rescuers were searching.",
            "role.relative_clause", "Oleg Klimov", "deputy governor", "Chelyabinsk",
        ),
        ("The spokesperson, Maria Zakharova, denied the claim.", "role.apposition", "Maria Zakharova", "spokesperson", None),
    ],
)
def test_appositions_and_relative_clauses(nlp, sentence, rule, person, role, affiliation):
    (fact,) = _roles(nlp, sentence)
    assert (fact.rule, fact.person.text, fact.role.text) == (rule, person, role)
    assert (fact.affiliation.text if fact.affiliation else None) == affiliation


def test_apposition_needs_the_comma_beside_the_name(nlp):
    sentence = (
        "Agnès Callamard, a UN rapporteur for the Office of the UN High Commissioner for Human Rights "
        "who had investigated the case, cautioned justice does not come swiftly."
    )
    roles = _roles(nlp, sentence)
    assert [f.role.text for f in roles] == ["UN rapporteur"]
    # The owner is the office's name, not the clause that follows it.
    assert roles[0].affiliation.text == "the Office of the UN High Commissioner for Human Rights"


@pytest.mark.parametrize(
    "sentence",
    [
        "Israel thanked Azerbaijan and Aliyev for facilitating the talks.",
        "Photo by Ozan Kose/AFP via Getty Images.",
        "A senior Israeli official said the talks were useful.",
    ],
)
def test_no_role_without_a_title_beside_a_name(nlp, sentence):
    assert _roles(nlp, sentence) == ()


def test_a_date_before_the_title_is_not_part_of_it(nlp):
    roles = _roles(nlp, "On Wednesday Greek Foreign Minister George Katrougalos replied.")
    assert [f.text for f in roles] == ["George Katrougalos: Greek Foreign Minister"]


def test_seed_people_and_roles(seed_analysis):
    summaries = {f.text for f in seed_analysis.facts_of("role")}
    assert {
        "Tzachi Hanegbi: Israeli National Security Adviser",
        "Ilham Aliyev: Azerbaijani President",
        "Donald Trump: U.S. President",
        "Benjamin Netanyahu: Prime Minister",
        "Ahmed al-Sharaa: President",
    } <= summaries


def test_repeated_title_is_one_fact_with_all_its_evidence(seed_analysis):
    netanyahu = [f for f in seed_analysis.facts_of("role") if f.person.text == "Benjamin Netanyahu"]
    assert len(netanyahu) == 1
    assert len(netanyahu[0].evidence) == 2
    for start, end in netanyahu[0].evidence:
        assert seed_analysis.text[start:end] == "Prime Minister Benjamin Netanyahu"


def test_possessive_owner_is_the_affiliation(nlp):
    (fact,) = _roles(nlp, "El Paso's police chief Greg Allen said the suspect was cooperating.")
    assert fact.affiliation is not None and fact.affiliation.text == "El Paso"
    assert fact.role.text == "police chief"


def _context(nlp, text: str, spans: list[tuple[str, str]]):
    """A context whose mentions are exactly ``spans`` (text, label): the NER as given, repaired or not."""
    from tui.extract.context import DocContext
    from tui.extract.types import Entity, Mention

    mentions, entities = [], []
    for words, label in spans:
        start = text.index(words)
        entity_id = f"{label.lower()}:{words.lower().replace(' ', '-')}"
        mentions.append(Mention(start, start + len(words), words, label, entity_id))
        entities.append(Entity(entity_id, words, label, (), 1))
    mentions.sort(key=lambda m: m.start)
    return DocContext(nlp(text), tuple(mentions), tuple(entities))


@pytest.mark.parametrize(
    ("spans", "nationality"),
    [
        ([("Israeli National Security", "ORG"), ("Tzachi Hanegbi", "PERSON")], None),  # the model's fragment
        ([("Israeli", "NORP"), ("Tzachi Hanegbi", "PERSON")], "norp:israeli"),  # after repair
    ],
)
def test_title_is_read_the_same_whether_the_org_fragment_is_repaired_or_not(nlp, spans, nationality):
    from tui.extract.roles import extract_roles

    text = "The meeting was led by Israeli National Security Adviser Tzachi Hanegbi and included senior officials."
    (fact,) = extract_roles(_context(nlp, text, spans))
    assert fact.text == "Tzachi Hanegbi: Israeli National Security Adviser"
    assert (fact.role.text, fact.affiliation.text) == ("National Security Adviser", "Israeli")
    # The nationality is linked to the nationality, never to the wrong ORG fragment.
    assert fact.affiliation.entity == nationality


@pytest.mark.parametrize(
    ("sentence", "summaries"),
    [
        (
            "Massachusetts Institute of Technology professor Dr. Sara Seager said the planet was young.",
            ["Sara Seager: Massachusetts Institute of Technology professor"],  # the honorific is no office
        ),
        ("The council thanked the mayor of Fort Lee for the invitation.", []),  # "of" before a name
        ("The club's president and Juan Muñoz signed the contract.", []),  # the president is someone else
        (
            "Conservative Party leader and Prime Minister Boris Johnson won a majority.",
            ["Boris Johnson: Conservative Party leader and Prime Minister"],  # two offices, one person
        ),
    ],
)
def test_title_edges(nlp, sentence, summaries):
    assert [f.text for f in _roles(nlp, sentence)] == summaries


def test_a_title_word_opening_a_table_cell_is_no_role(nlp, shared_dir):
    """The Daily Mail's table of MPs ("| Bishop Auckland | Dehenna Davison |", "| Watford | Dean Russell |")
    gave the roles "Auckland: Bishop" and "Russell: Dean". Rule: one title word opening a table cell is the
    cell's name (a place's, a first name), no title; a title in prose ("Bishop Tutu said") still is."""
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/dailymail.co.uk.food.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    roles = {f.person.text: f.role.text for f in analysis.facts_of("role")}
    assert "Auckland" not in roles and "Russell" not in roles, roles
    assert roles["Liz Truss"].endswith("Trade Secretary")
    text = "| Seat | MP |\n\n|---|---|\n\n| Watford | Dean Russell |\n\nLater, Bishop Desmond Tutu said the vote mattered."
    prose = {f.person.text: f.role.text for f in analyse(text, nlp=nlp).facts_of("role")}
    assert prose.get("Desmond Tutu") == "Bishop" and "Russell" not in prose, prose


def test_a_first_name_between_a_role_noun_and_a_surname_is_the_persons(nlp, shared_dir):
    """Wikinews (Slovakia's prime minister tests positive): "Council spokesperson Barend Leyts" gave the person
    "Leyts" and the role "Council spokesperson Barend". Rule: a capitalised word no role dictionary knows,
    between a role noun in small letters and a one-word PERSON, is the first name; "President Trump" and
    "Prime Minister Boris Johnson" keep their titles."""
    import csv

    with (shared_dir / "data/wikinews/data/wikinews_2020.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if r["title"].startswith("Prime Minister of Slovakia Igor Matovič"))
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"][:10])
    roles = {f.person.text: f.role.text for f in analysis.facts_of("role")}
    assert roles.get("Barend Leyts") == "Council spokesperson" and "Leyts" not in roles, roles
    for text, name in (("US President Trump spoke.", "Trump"), ("Prime Minister Boris Johnson spoke.", "Boris Johnson")):
        assert [m.text for m in analyse(text, nlp=nlp).mentions if m.label == "PERSON"] == [name]


@pytest.mark.parametrize(
    ("sentence", "summary"),
    [
        # A field's words before the country are the sentence's, not the title's.
        ("States sued over the state of emergency United States President Donald Trump declared on Friday.",
         "Donald Trump: United States President"),
        # The advisor is somebody else: the name's own title is the one after "for".
        ("A former advisor for U.S. President Donald Trump was sentenced on Wednesday.", "Donald Trump: U.S. President"),
        # Rank and time words still stand before a party or a country.
        ("The bill was backed by senior Tory MP Neil Parish.", "Neil Parish: senior Tory MP"),
        ("She met former U.S. President Barack Obama in Chicago.", "Barack Obama: former U.S. President"),
        # Two titles of one person, joined by "and"; a ministry's field after "of".
        ("Deputy Prime Minister for Finance and Minister of Economy Richard Sulik spoke first.",
         "Richard Sulik: Deputy Prime Minister for Finance and Minister of Economy"),
        ("The decree was signed by Minister of Justice Maria Kolesnikova.", "Maria Kolesnikova: Minister of Justice"),
        # An owner after "of the" is still the title's, and a title never opens with the article.
        ("Today, former Vice President of the United States Joe Biden was projected to win.",
         "Joe Biden: former Vice President of the United States"),
        ("It was the idea of the Prime Minister Boris Johnson, aides said.", "Boris Johnson: Prime Minister"),
    ],
)
def test_a_title_before_a_name_is_the_names_own(nlp, sentence, summary):
    assert [f.text for f in _roles(nlp, sentence) if f.rule == "role.title_before_name"] == [summary]


@pytest.mark.parametrize("sentence, fact", [
    # CBS, the Times of Israel and Wikinews pages: "Bernice Scott: The group founder", "Raquel Montoya-Lewis: The
    # state newest Supreme Court Justice", "Sadie Weiner: Hagan former spokeswoman".
    ("The group's founder, Bernice Scott, is a force in South Carolina politics.", "Bernice Scott: group's founder"),
    ("The state’s newest Supreme Court Justice, Raquel Montoya-Lewis, was sworn in.",
     "Raquel Montoya-Lewis: state’s newest Supreme Court Justice"),
    ("Hagan died, according to Sadie Weiner, Hagan's former spokeswoman, on Monday.",
     "Sadie Weiner: Hagan's former spokeswoman"),
])
def test_an_owner_before_a_role_in_apposition_keeps_its_possessive(nlp, sentence, fact):
    assert fact in [f.text for f in analyse(sentence, nlp=nlp).facts_of("role")]
