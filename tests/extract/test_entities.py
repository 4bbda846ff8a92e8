"""Entity linking: surnames, diacritics, acronyms, bracketed aliases, duplicates, ids and salience."""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tui.extract import entities
from tui.extract.context import RawMention


def _entity_of(ents, mentions, written: str):
    mention = next(m for m in mentions if m.text == written)
    return next(e for e in ents if e.id == mention.entity)


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Prime Minister Benjamin Netanyahu told aides. Netanyahu raised the issue.", "Benjamin Netanyahu", "Netanyahu"),
        ("It was hosted by Azerbaijani President Ilham Aliyev. Israel thanked Aliyev.", "Ilham Aliyev", "Aliyev"),
        ("Erdogan spoke first. Later, Recep Tayyip Erdoğan said Turkey would act.", "Recep Tayyip Erdoğan", "Erdogan"),
        ("Mr. Headley spoke. Marc Headley said the church lied.", "Marc Headley", "Mr. Headley"),
    ],
)
def test_a_short_name_joins_the_full_name(text, full, short):
    ents, mentions = entities.link(text, raw_mentions(text, *sorted([(full, "PERSON"), (short, "PERSON")], key=lambda p: text.index(p[0]))))
    entity = _entity_of(ents, mentions, short)
    assert entity.name == full and short in entity.aliases and entity.mention_count == 2
    assert _entity_of(ents, mentions, full) is entity


def test_two_people_sharing_a_surname_stay_apart_and_the_surname_goes_to_the_latest():
    text = "John Smith met Anna Smith. Later, Smith said she was pleased."
    ents, mentions = entities.link(text, raw_mentions(text, ("John Smith", "PERSON"), ("Anna Smith", "PERSON"), ("Smith", "PERSON")))
    assert len(ents) == 2
    assert _entity_of(ents, mentions, "Smith").name == "Anna Smith"


def test_a_first_name_alone_is_not_linked_by_surname():
    text = "Benjamin Netanyahu spoke. Benjamin Franklin was quoted."
    ents, _ = entities.link(text, raw_mentions(text, ("Benjamin Netanyahu", "PERSON"), ("Benjamin Franklin", "PERSON")))
    assert [e.name for e in ents] == ["Benjamin Netanyahu", "Benjamin Franklin"]


@pytest.mark.parametrize(
    "text, long, short",
    [
        ("Officers from the Federal Security Service (FSB) detained him. The FSB said he confessed.", "the Federal Security Service", "FSB"),
        ("The European Central Bank raised rates. The ECB said inflation was high.", "The European Central Bank", "ECB"),
    ],
)
def test_an_acronym_joins_its_organisation(text, long, short):
    ents, mentions = entities.link(text, raw_mentions(text, (long, "ORG"), (short, "ORG")))
    assert len(ents) == 1 and ents[0].aliases == (short,)


def test_a_bracketed_name_is_an_alias_of_the_place_before_it():
    text = "Turkish deployment in the Palmyra (Tadmor) region would cross a red line."
    ents, mentions = entities.link(text, raw_mentions(text, ("the Palmyra", "FAC"), ("Tadmor", "FAC")))
    assert len(ents) == 1
    assert ents[0].name == "the Palmyra" and ents[0].aliases == ("Tadmor",) and ents[0].id == "fac:palmyra"


def test_a_country_and_its_people_stay_apart():
    text = "Israel said Israeli jets struck. Israel denied it."
    ents, _ = entities.link(text, raw_mentions(text, ("Israel", "GPE"), ("Israeli", "NORP"), ("Israel", "GPE")))
    assert sorted((e.id, e.mention_count) for e in ents) == [("gpe:israel", 2), ("norp:israeli", 1)]


def test_ids_are_stable_slugs_of_the_folded_name():
    assert entities.entity_id("PERSON", "Recep Tayyip Erdoğan") == "person:recep-tayyip-erdoğan"
    text = "Recep Tayyip Erdoğan spoke."
    ents, _ = entities.link(text, raw_mentions(text, ("Recep Tayyip Erdoğan", "PERSON")))
    assert ents[0].id == "person:recep-tayyip-erdogan"


def test_duplicated_text_is_kept_but_not_counted():
    caption = "Photo of Ankara by Ozan Kose."
    text = f"{caption}\n{caption}\nAnkara is the capital."
    second = len(caption) + 1
    raw = [RawMention(9, 15, "GPE"), RawMention(second + 9, second + 15, "GPE"), RawMention(text.rindex("Ankara"), text.rindex("Ankara") + 6, "GPE")]
    ents, mentions = entities.link(text, raw, duplicates=((second, second + len(caption)),))
    assert [m.duplicate for m in mentions] == [False, True, False]
    assert ents[0].mention_count == 2


def test_salience_favours_the_frequent_the_early_and_the_title():
    text = "Israel and Turkey met. Israel spoke. Israel left. Late in the day Russia was named."
    raw = raw_mentions(text, ("Israel", "GPE"), ("Turkey", "GPE"), ("Israel", "GPE"), ("Israel", "GPE"), ("Russia", "GPE"))
    ents, _ = entities.link(text, raw, title="Turkey holds talks")
    by_name = {e.name: e.salience for e in ents}
    assert all(0.0 <= s <= 1.0 for s in by_name.values())
    assert by_name["Israel"] > by_name["Russia"]
    assert by_name["Turkey"] > by_name["Russia"]


def test_the_seed_article_entities(seed_analysis):
    by_id = {e.id: e for e in seed_analysis.entities}
    assert by_id["person:benjamin-netanyahu"].mention_count == 2
    assert "Aliyev" in by_id["person:ilham-aliyev"].aliases
    assert by_id["person:recep-tayyip-erdogan"].name == "Recep Tayyip Erdoğan"
    assert "Tadmor" in by_id["fac:palmyra"].aliases
    assert "gpe:israel" in by_id and "norp:israeli" in by_id
    # Israel, Turkey, Azerbaijan and Syria are in the headline and among the most salient names.
    key = sorted((e for e in seed_analysis.entities if e.label in ("GPE", "PERSON", "ORG")), key=lambda e: -e.salience)[:5]
    assert {"gpe:israel", "gpe:turkey", "gpe:syria", "gpe:azerbaijan"} <= {e.id for e in key}
    assert all(m.entity in by_id for m in seed_analysis.mentions)


def test_korea_is_south_korea_unless_the_article_names_north_korea():
    def raw(text, *names):
        out, pos = [], 0
        for name in names:
            start = text.index(name, pos)
            out.append(RawMention(start, start + len(name), "GPE"))
            pos = start + len(name)
        return out

    text = "South Korea won. Korea scored twice."
    ents, mentions = entities.link(text, raw(text, "South Korea", "Korea"))
    assert _entity_of(ents, mentions, "Korea") is _entity_of(ents, mentions, "South Korea")
    text = "South Korea and North Korea met. Korea was split in 1945."
    ents, mentions = entities.link(text, raw(text, "South Korea", "North Korea", "Korea"))
    assert _entity_of(ents, mentions, "Korea").name == "Korea"


def test_an_organisation_named_with_a_country_the_article_names_later_joins_its_short_form():
    text = "The United Kingdom Home Office wrote. The Home Office said the UK would act."
    raw = [RawMention(text.index("United"), text.index(" wrote"), "ORG"),
           RawMention(text.index("Home Office said"), text.index(" said"), "ORG"),
           RawMention(text.index("UK"), text.index("UK") + 2, "GPE")]
    ents, mentions = entities.link(text, raw)
    assert _entity_of(ents, mentions, "Home Office") is _entity_of(ents, mentions, "United Kingdom Home Office")


def test_a_name_set_in_capitals_by_a_dateline_is_named_as_running_text_writes_it(nlp):
    """"NAPA COUNTY, Calif. (KGO) --" then "Napa County": the entity is "Napa County" (the sidebar listed
    "NAPA COUNTY"); acronyms keep their capitals."""
    from tui.extract import analyse

    analysis = analyse("NAPA COUNTY, Calif. (KGO) -- A plan to bring a resort to Napa County is one step closer. "
                       "NATO officials met the county's supervisors.", nlp=nlp)
    names = {e.name for e in analysis.entities}
    assert "Napa County" in names and "NAPA COUNTY" not in names
    assert "NATO" in names
    napa = next(e for e in analysis.entities if e.name == "Napa County")
    assert napa.mention_count == 2
