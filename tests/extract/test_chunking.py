"""Long articles are parsed in pieces that join back into the exact text, offsets intact."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, strategies as st

from tui.extract import chunking


@given(st.lists(st.text(alphabet="ab. \n", min_size=0, max_size=900), min_size=1, max_size=30))
def test_pieces_cover_the_text_contiguously(paragraphs):
    text = "\n\n".join(paragraphs)
    ranges = chunking.piece_ranges(text, piece=500)
    assert "".join(text[a:b] for a, b in ranges) == text
    assert all(b > a for a, b in ranges)
    assert all(prev[1] == nxt[0] for prev, nxt in pairwise(ranges))
    assert all(b - a <= 1000 or "\n\n" not in text[a:b] for a, b in ranges)


def test_one_huge_paragraph_is_cut_at_sentence_ends():
    text = "The minister met the mayor. " * 2000
    ranges = chunking.piece_ranges(text)
    assert len(ranges) > 5 and max(b - a for a, b in ranges) <= 2 * chunking.PIECE
    assert all(text[b - 2 : b] == ". " for a, b in ranges[:-1])


def test_long_article_parsed_in_pieces_keeps_every_offset(nlp, seed_text):
    text = "\n\n".join([seed_text] * (chunking.LONG_TEXT // len(seed_text) + 2))
    assert len(text) > chunking.LONG_TEXT
    doc = chunking.parse(nlp, text)
    assert doc.text == text
    assert doc.ents and all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    whole = nlp(seed_text)
    first = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.end_char <= len(seed_text)]
    assert first == [(e.start_char, e.end_char, e.label_) for e in whole.ents]  # paragraphs parse alike


def test_long_article_analysis_offsets_index_the_text(nlp, seed_text):
    from tui.extract import analyse

    text = "\n\n".join([seed_text] * (chunking.LONG_TEXT // len(seed_text) + 2))
    analysis = analyse(text, nlp=nlp)
    assert analysis.text == text
    assert all(text[m.start : m.end] == m.text for m in analysis.mentions)
    assert all(0 <= a < b <= len(text) for f in analysis.facts for a, b in f.evidence)
