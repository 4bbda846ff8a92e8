"""The status line's analysis words: the count speaks of the list opened on files, or of the library."""

from tui.render.status_words import analysis_words, failures_notice, plural


def test_the_count_names_what_it_counts():
    assert analysis_words(library_run=None, busy=False, pending=1204, listed=None, failures=0) == (
        "1,204 library articles not analysed: press I to analyse them all, or run newsloupe index")
    assert analysis_words(library_run=None, busy=False, pending=2, listed=5, failures=0) == (
        "2 of the 5 listed articles not analysed: press I to analyse them")
    assert analysis_words(library_run=(3, 10, 1), busy=False, pending=7, listed=10, failures=1) == (
        "analysing the listed articles: 3/10, 1 failed (I stops)")
    assert analysis_words(library_run=None, busy=True, pending=7, listed=None, failures=2) == (
        "analysing\u2026 \u00b7 2 articles could not be analysed (E)")
    assert analysis_words(library_run=None, busy=False, pending=0, listed=None, failures=0) == ""


def test_one_failure_is_told_whole_and_many_are_counted():
    assert failures_notice([("Budget", "too long")]) == "Budget: too long (press E to see it again)"
    assert failures_notice([("a", "x"), ("b", "y")]) == "2 articles could not be analysed: press E to see why"
    assert plural(1, "article") == "1 article" and plural(9997, "article") == "9,997 articles"
