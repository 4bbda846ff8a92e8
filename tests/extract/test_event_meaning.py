"""Event types from meaning, multi-word triggers, event nouns, counts and times: the issue's own examples."""

from __future__ import annotations

import pytest

from tui.extract import analyse


def _events(nlp, text: str):
    return analyse(text, nlp=nlp, published="2020-07-20").facts_of("event")


@pytest.mark.parametrize(
    ("sentence", "kind", "trigger"),
    [
        # An idea attacked in words is a statement, a lawsuit dismissed a ruling, a minister dismissed a dismissal.
        ('Republican Representatives attacked the impeachment investigation as "Witch Hunt garbage".', "statement", "attacked"),
        ("Judge Marrero dismissed the president's lawsuit.", "ruling", "dismissed"),
        ("The president dismissed his defence minister on Monday.", "dismiss", "dismissed"),
        # Killed by a fire is a death; by a gunman an attack.
        ("A second fire on Saturday killed another person.", "death", "killed"),
        ("A gunman killed seven people in a shooting at a mall in El Paso.", "attack", "killed"),
        # Multi-word predicates and event nouns.
        ("The company filed a lawsuit against Apple in California.", "lawsuit", "lawsuit"),
        ("Joe Biden took office on January 20.", "take_office", "office"),
        ("A gunman opened fire at a Walmart store in El Paso, Texas.", "attack", "fire"),
        ("Donald Trump tested positive for COVID-19 on Friday.", "diagnosis", "tested"),
        ("Trump made a surprise announcement on Twitter.", "statement", "announcement"),
        ("Boris Johnson stepped down as foreign secretary.", "resign", "stepped"),
        ("Hurricane Laura was upgraded to hurricane status on Tuesday.", "disaster", "upgraded"),
        ("He first joined parliament in 1987.", "take_office", "joined"),
    ],
)
def test_type_from_meaning(nlp, sentence, kind, trigger):
    events = [e for e in _events(nlp, sentence) if e.trigger.text == trigger]
    assert [e.type for e in events] == [kind]


def test_the_cause_of_a_death_is_neither_actor_nor_victim(nlp):
    (death,) = [e for e in _events(nlp, "A second fire on Saturday killed another person.") if e.type == "death"]
    assert [t.text for t in death.targets] == ["another person"]
    assert death.actors == ()
    assert "caused by A second fire" in death.text


def test_casualties_place_and_time_of_a_crash(nlp):
    text = ("The bus crashed into a pickup truck, killing seven riders on U.S. Route 2 in Randolph, "
            "New Hampshire on the night of June 21.")
    death = next(e for e in _events(nlp, text) if e.type == "death")
    assert death.count == 7
    assert death.place is not None and death.place.text == "Randolph"
    assert death.time is not None and death.time.text == "the night of June 21"
    assert "7 dead" in death.text


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("Police said at least 71 people were arrested in Hong Kong.", 71),
        ("A gunman killed seven people in a shooting at a mall in El Paso.", 7),
    ],
)
def test_counts(nlp, sentence, count):
    assert [e.count for e in _events(nlp, sentence) if e.type in {"arrest", "attack"}] == [count]


def test_a_duration_is_never_the_time(nlp):
    (sentence,) = [e for e in _events(nlp, "An Iranian woman was sentenced 20 years in prison.") if e.type == "sentence"]
    assert sentence.time is None


def test_a_dated_event_noun(nlp):
    (death,) = _events(nlp, "Thousands attended the funeral after the July 17 death of John Lewis.")
    assert (death.type, [t.text for t in death.targets], death.time.text) == ("death", ["John Lewis"], "July 17")


def test_a_pronoun_participant_is_the_person_named_before(nlp):
    (joined,) = _events(nlp, "Akilisi Pohiva was prime minister of Tonga. He first joined parliament in 1987.")
    assert [a.text for a in joined.actors] == ["Akilisi Pohiva"]


def test_a_death_told_twice_is_one_event_with_both_sentences(nlp):
    text = ("Jacques Chirac died at home in Paris on Thursday. He was 86. "
            "The former president died surrounded by his family, his son-in-law said.")
    deaths = [e for e in _events(nlp, text) if e.type == "death"]
    assert len(deaths) == 1
    assert len(deaths[0].evidence) == 2


def test_a_shooting_that_kills_is_one_attack(nlp):
    text = "Nabil Hasan al-Quaety died in Aden on Tuesday after being shot in his car."
    events = _events(nlp, text)
    assert [e.type for e in events] == ["attack"]
    assert [t.text for t in events[0].targets] == ["Nabil Hasan al-Quaety"]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        # One happening told with two verbs is one event, its casualties counted.
        ("A suicide bomber blew himself up at a wedding in Kabul, killing 63 people.", [("attack", 63)]),
        ("A gunman shot and killed a police officer in Dallas on Sunday.", [("attack", None)]),
        ("The suspect was taken into custody by police in Manchester.", [("arrest", None)]),
        ("The earthquake killed more than 200 people and injured thousands.",
         [("death", 200), ("injure", None), ("disaster", None)]),
    ],
)
def test_one_happening_two_verbs(nlp, sentence, kinds):
    assert [(e.type, e.count) for e in _events(nlp, sentence)] == kinds


def test_a_cause_is_not_who_injured(nlp):
    injure = next(e for e in _events(nlp, "The earthquake killed more than 200 people and injured thousands.")
                  if e.type == "injure")
    assert injure.actors == () and "caused by The earthquake" in injure.text


def test_crimes_in_a_charge_are_no_events(nlp):
    events = _events(nlp, "State prosecutors charged the suspect in the shooting with capital murder.")
    assert "murder" not in [e.trigger.text for e in events]
    assert [e.type for e in events if e.trigger.text == "charged"] == ["charge"]
