"""Expressions TimeML annotators leave untagged (``date_untagged``), each beside the use that stays,
and one they always tag that the model leaves out (``date_report_periods``)."""

from __future__ import annotations


def _facts(nlp, text, published="1990-08-15"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_daily_before_a_noun_is_no_set_but_the_adverb_is(nlp):
    assert _facts(nlp, "Estimates put it at less than 5% of Nasdaq's average daily volume.") == []
    assert _facts(nlp, "Qantas plans daily flights between Sydney and Bombay.") == []
    assert _facts(nlp, "Protesters filled the streets daily.") == [("daily", "SET", "P1D")]
    assert _facts(nlp, "Staff deal with the public on a daily basis.") == [("daily", "SET", "P1D")]


def test_the_foreseeable_future_is_left_untagged_but_the_future_stays(nlp):
    assert _facts(nlp, "Ukraine would remain neutral for the foreseeable future, he said.") == []
    assert _facts(nlp, "More charges may be laid in the future, police said.") == [("the future", "DATE", "FUTURE_REF")]


def test_future_before_a_noun_qualifies_it(nlp):
    facts = _facts(nlp, "We asked him about the future investigations of the team.")
    assert not any("future" in words for words, _, _ in facts)


def test_ages_before_persons_and_plural_olds_are_no_lengths(nlp):
    assert _facts(nlp, "Police found her 11-month daughter alive.") == []
    facts = _facts(nlp, "The study compared suicides by 10-19 year olds with gun ownership.")
    assert not any("year" in words for words, _, _ in facts)
    assert _facts(nlp, "The 11-month siege ended.") == [("11-month", "DURATION", "P11M")]


def test_a_quarter_as_much_is_a_fraction(nlp):
    facts = _facts(nlp, "Congress approved a budget with about a quarter as much money as requested.")
    assert facts == []
    assert _facts(nlp, "Profit rose in the quarter.", "1989-10-27") == [("the quarter", "DATE", "1989-Q3")]


def test_the_latest_period_is_the_reported_quarter(nlp):
    facts = _facts(nlp, "Sales in the latest period were $1.76 billion, a 13% increase from last year.", "1989-10-27")
    assert ("the latest period", "DATE", "1989-Q3") in facts
