"""The words around a fact's evidence, within its sentence, on one line."""

from __future__ import annotations

from tui.library.evidence_words import words_around

TEXT = "He said so. The former leader, born in 1924 in Kutama, died in Singapore on Friday at the age of 95. Next."


def _around(text: str, words: str, **options) -> str:
    start = text.index(words)
    return words_around(text, start, start + len(words), **options)


def test_the_sentence_of_the_evidence_and_no_other():
    assert _around(TEXT, "1924", width=200) == ("The former leader, born in 1924 in Kutama, died in Singapore on"
                                                " Friday at the age of 95.")


def test_a_long_sentence_is_cut_at_words_with_an_ellipsis_most_room_before():
    line = _around(TEXT, "1924", width=30)
    assert line == "…leader, born in 1924 in…" and len(line) <= 30


def test_a_window_cut_from_a_longer_text_says_so():
    window = TEXT[20:70]
    assert _around(window, "1924", cut_before=True, cut_after=True).startswith("…leader, born in 1924")
    assert _around(window, "1924", cut_before=True, cut_after=True).endswith("…")


def test_a_timeline_row_keeps_a_date_at_its_sentences_end_in_sight_at_80_columns():
    from tui.library.catalog import _context

    body = ("Elsewhere. The colonial office ordered the new stamps to be printed by the British government for use"
            " in all of its colonies from 1842. Next sentence.")
    start = body.index("1842")
    window_start = max(0, start - 80)
    window = body[window_start:start + 4 + 80]
    row = (1, "date", "1842 = 1842", "1842", None, start, start + 4, "", window_start, window, len(body))
    line = _context(row)
    # an 80-column timeline shows about 56 characters of a row's text
    assert "1842" in line[:56] and line.endswith("1842.")


def test_an_abbreviations_point_ends_no_sentence_but_a_paragraph_still_ends():
    """Rule: the point of a title, a month or a state ("then-Rep. Esteban", "on Dec. 18", "(D-Calif.)") or of an
    initial ("U.S.") ends no sentence; a line break always does. Politico's page gave the timeline rows
    "In 1998, then-Rep." and "18, a Wednesday and the day the House voted ..."."""
    text = ("Mixed success.\n\nIn 1998, then-Rep. Esteban Torres (D-Calif.) declared his retirement. "
            "He told the staff on Dec. 18, a Wednesday. The U.S. House voted.\n\nSenator Smith Inc.\n\nNext.")
    assert _around(text, "1998", width=200) == "In 1998, then-Rep. Esteban Torres (D-Calif.) declared his retirement."
    assert _around(text, "a Wednesday", width=200) == "He told the staff on Dec. 18, a Wednesday."
    assert _around(text, "House", width=200) == "The U.S. House voted."
    assert _around(text, "Smith", width=200) == "Senator Smith Inc."


def test_the_timeline_rows_of_a_real_page_are_whole_at_abbreviations(shared_dir, nlp):
    from tui.extract import analyse
    from tui.library.sources import read_one

    article = read_one(shared_dir / "data/web/pages/politico.com.retirement.html")
    analysis = analyse(article.text, nlp=nlp, title=article.title, published=article.published)
    [year] = [f for f in analysis.facts_of("date") if f.span.text == "1998"]
    line = words_around(analysis.text, year.span.start, year.span.end, width=52)
    assert line.startswith("In 1998, then-Rep. Esteban") and "Torres" in line, line
