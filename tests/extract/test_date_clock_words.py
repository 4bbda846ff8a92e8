"""Clock times in words, habitual nights and the weekends as a set (``date_clock_words``, ``date_sets``)."""

from __future__ import annotations


def _facts(nlp, text, published="2020-03-12"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_oclock_is_a_time_of_the_story_day(nlp):
    assert _facts(nlp, "The meeting ended at 1 o'clock, officials said.") == [("1 o'clock", "TIME", "2020-03-12T01:00")]
    assert ("twelve o'clock", "TIME", "2020-03-12T12:00") in _facts(nlp, "The bells rang at twelve o'clock on Thursday.")
    assert _facts(nlp, "The shop opens at 9 o'clock a.m. again.") == [("9 o'clock a.m.", "TIME", "2020-03-12T09:00")]


def test_habitual_at_night_is_no_one_night_but_a_past_night_stays(nlp):
    assert _facts(nlp, "Where do you go when you are sick at night?") == []
    assert _facts(nlp, "Take a car at night and attack the convoy.") == []
    assert _facts(nlp, "The attack happened at night, police said.") == [("night", "TIME", "2020-03-12TNI")]


def test_the_weekends_are_a_set(nlp):
    assert _facts(nlp, "Protesters gather on the weekends in the square.") == [("the weekends", "SET", "XXXX-WXX-WE")]
    assert _facts(nlp, "Protesters gathered at the weekend.") == [("the weekend", "DATE", "2020-W10-WE")]


def test_plural_weekends_the_model_leaves_out_are_a_set(nlp):
    facts = _facts(nlp, "If you want to avoid the crowds, definitely avoid the weekends.")
    assert facts == [("the weekends", "SET", "XXXX-WXX-WE")]


def test_a_night_under_a_modal_of_habit_is_no_one_night(nlp):
    assert _facts(nlp, "Because of this, she would Google the words of the anthem at night to avoid embarrassment.") == []
    assert _facts(nlp, "The convoy will arrive at night, officials said.") == [("night", "TIME", "2020-03-12TNI")]


def test_a_morning_of_habit_is_no_one_morning_but_a_past_morning_stays(nlp):
    assert _facts(nlp, "We also used to go in the morning and come back home.") == []
    assert _facts(nlp, "Dealers placed heavy buy orders in the morning.") == [("the morning", "TIME", "2020-03-12TMO")]


def test_a_verb_coordinated_with_a_past_tells_one_evening(nlp):
    facts = _facts(nlp, "The aircraft overshot the runway in the evening and slid off before breaking into two pieces.")
    assert facts == [("the evening", "TIME", "2020-03-12TEV")]


def test_an_infinitive_takes_the_tense_of_its_governor(nlp):
    facts = _facts(nlp, "He told me to be ready in the morning.")
    assert facts == [("the morning", "TIME", "2020-03-12TMO")]
