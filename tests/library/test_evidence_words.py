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
