"""The per-document word tables and the case-free search give what the slow ways give."""

from __future__ import annotations

import re

from hypothesis import given, strategies as st

from tui.extract import date_spans
from tui.extract.doc_text import doc_text, seed
from tui.extract.folded_search import spans_ignoring_case
from tui.extract.word_index import (
    nouns_by_lemma,
    sentences,
    tagged,
    word_texts,
    words_spelt,
    words_with_lemma,
)


def test_tables_match_the_tokens(nlp, seed_text):
    doc = nlp(seed_text)
    assert word_texts(doc) == [t.text for t in doc]
    assert tagged(doc, "PRON", "NOUN") == [t.i for t in doc if t.pos_ in ("PRON", "NOUN")]
    nouns: dict[str, list[int]] = {}
    for t in doc:
        if t.pos_ == "NOUN":
            nouns.setdefault(t.lemma_.lower(), []).append(t.i)
    assert nouns_by_lemma(doc) == nouns
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert words_spelt(doc, {"the", "said"}) == [t.i for t in doc if t.lower_ in ("the", "said")]
    assert words_with_lemma(doc, {"say", "meet"}) == [t.i for t in doc if t.lemma_.lower() in ("say", "meet")]
    assert words_with_lemma(doc, {"no such lemma"}) == []
    assert word_texts(doc) is word_texts(doc)  # built once per doc


def test_tables_of_an_empty_doc(nlp):
    doc = nlp("")
    assert word_texts(doc) == [] and tagged(doc, "NOUN") == []
    assert words_with_lemma(doc, {"say"}) == []
    assert nouns_by_lemma(doc) == {} and sentences(doc) == []


def test_seeded_text_is_the_docs_own_and_a_foreign_one_is_refused(nlp):
    doc = nlp("Talks were held in Ankara.\n\nThe ministry said so.")
    seed(doc, "not the text of this doc")
    assert doc_text(doc) == doc.text
    other = nlp("Talks were held in Ankara.")
    seed(other, other.text)
    assert doc_text(other) == other.text


_WORDS = ["now", "NOW", "Right now", "daily", "Daily", "twice a week", "the past", "The Near Term", "two-year",
          "ſeven times a day", "İstanbul now", "ıt", "nowadays", "snow", "now-", "-now", "x", " ", "\n", "é"]


@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_case_free_search_finds_what_ignorecase_finds(words):
    text = " ".join(words)
    expected = [m.span() for m in date_spans._EXTRA.finditer(text)]
    assert spans_ignoring_case(date_spans._EXTRA, text) == expected


def test_patterns_with_case_sensitive_syntax_take_the_slow_way():
    for source in (r"\SJan", r"\x41b", r"(?-i:ab)", r"(?P<x>a)(?P=x)", r"Ab"):
        pattern = re.compile(source, re.IGNORECASE)
        text = "ab AB xab Jan jan"
        assert spans_ignoring_case(pattern, text) == [m.span() for m in pattern.finditer(text)]
