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
