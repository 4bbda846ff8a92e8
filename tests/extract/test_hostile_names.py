"""Names in the hostile files: control-sequence names, escape parameters and accented loanwords name nothing.

The files are the ones the hostile suite writes (``tests/hostile/hostile_fixtures.py``), read as the reader
reads them (``read_one``: decoding, front matter) and analysed whole.
"""

from __future__ import annotations

import pytest

from tests.extract.mention_support import raw_mentions
from tests.hostile import hostile_fixtures as hostile
from tui.extract import analyse, repairs
from tui.extract.control_sequences import drop_control_sequence_names
from tui.extract.loanwords import drop_accented_loanwords
from tui.library.sources import read_one


def _spans(text: str, mentions) -> list[str]:
    return [text[m.start : m.end] for m in mentions]


_LEAD_NAMES = {"Benjamin Netanyahu", "Ilham Aliyev", "Baku", "Monday"}


def _names(nlp, path) -> set[str]:
    article = read_one(path)
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    return {m.text for m in analysis.mentions}


@pytest.mark.parametrize(("write", "others"), [
    (hostile.escape_article, set()),          # was "C1 CSI" (PRODUCT)
    (hostile.raw_c1_article, set()),          # was "2J" (CARDINAL), the parameters after a raw 0x9b
    (hostile.invalid_utf8_article, {"München"}),  # was "Café" (PERSON)
])
def test_the_hostile_files_name_only_their_people_places_and_dates(nlp, tmp_path, write, others):
    assert _names(nlp, write(tmp_path)) == _LEAD_NAMES | others


def test_control_function_names_are_no_names_but_csi_in_the_news_is(nlp):
    """Rule: a mention made only of ECMA-48 control names ("C1 CSI") is no name when it holds a code set's name
    or a control character follows it; "CSI" alone in ordinary news (the series) stays."""
    text = "C1 CSI \x9b2J here. ESC is a key. CSI returns to CBS. The PM spoke."
    doc = nlp(text)
    mentions = raw_mentions(text, ("C1 CSI", "PRODUCT"), ("ESC", "ORG"), ("CSI", "WORK_OF_ART"), ("CBS", "ORG"),
                            ("PM", "PERSON"))
    assert _spans(text, drop_control_sequence_names(doc, mentions)) == ["CSI", "CBS", "PM"]
    assert drop_control_sequence_names in repairs.RULES


def test_a_number_after_an_escape_is_its_parameters_but_a_name_after_a_lost_quote_stays(nlp):
    text = "Raw \ufffd2J and \x1b]0;PWNED bytes. \ufffdObama said\ufffd 12 things."
    doc = nlp(text)
    mentions = raw_mentions(text, ("2J", "CARDINAL"), ("0;PWNED", "PRODUCT"), ("Obama", "PERSON"), ("12", "CARDINAL"))
    assert _spans(text, drop_control_sequence_names(doc, mentions)) == ["Obama", "12"]


def test_an_accented_loanword_is_no_name_but_an_accented_person_introduced_in_full_is(nlp):
    """Rule: a one-word name with a French accent that folds to a dictionary word ("Café", "Fiancé") is no
    name, unless the article writes it inside a longer name or after a title ("Émile Durkheim ... Émile").
    Places are never touched ("Québec")."""
    text = "Café in Québec opened. Fiancé arrives. Émile Durkheim wrote. Émile said so. Mr Noël came."
    doc = nlp(text)
    mentions = raw_mentions(text, ("Café", "PERSON"), ("Québec", "GPE"), ("Fiancé", "PERSON"),
                            ("Émile Durkheim", "PERSON"), ("Émile", "PERSON"), ("Noël", "PERSON"))
    assert _spans(text, drop_accented_loanwords(doc, mentions)) == ["Québec", "Émile Durkheim", "Émile", "Noël"]
    assert drop_accented_loanwords in repairs.RULES


def test_a_brand_keeps_its_accent_and_its_name(nlp):
    """Rule: only a person's name is read as a loanword; "Hermès" folds to a dictionary word ("hermes") and
    stays the organisation it is."""
    text = "Hermès reported record sales in Paris on Monday."
    mentions = raw_mentions(text, ("Hermès", "ORG"), ("Paris", "GPE"))
    assert _spans(text, drop_accented_loanwords(nlp(text), mentions)) == ["Hermès", "Paris"]
    assert ("Hermès", "ORG") in {(m.text, m.label) for m in analyse(text, nlp=nlp).mentions}


def test_the_hostile_wide_file_keeps_its_decomposed_cafe_unnamed(nlp):
    assert not {"Cafe\u0301", "Café"} & {m.text for m in analyse(hostile.LEAD + hostile.WIDE, nlp=nlp).mentions}


def test_an_escape_sequence_speaks_no_quote_and_acts_in_no_event(nlp, tmp_path):
    """The escapes file's "clipboard \\x1b]52;c;SGVsbG8=\\x07 written" was a quote of a speaker "clipboard ..." and
    a statement event. Rule: no speaker or participant is written with a control character."""
    article = read_one(hostile.escape_article(tmp_path))
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    assert analysis.facts_of("quote") == ()
    assert [e.text for e in analysis.facts_of("event")] == ["meet: Benjamin Netanyahu → Ilham Aliyev in Baku, Monday"]
    said = analyse('"We will go on," clipboard manager Jane Smith said.', nlp=nlp).facts_of("quote")
    assert [q.speaker.text for q in said if q.speaker] == ["Jane Smith"]
