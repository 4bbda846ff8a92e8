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


def test_the_library_run_notice_says_what_happened_to_each_article():
    from tui.render.status_words import library_run_notice

    assert library_run_notice(done=17, failed=1, already=3, skipped=1, cancelled=False, listed=False) == (
        "Library analysis done: analysed 12, 3 already done, 1 skipped (no pipeline for its language), 1 failed (E)")
    assert library_run_notice(done=2, failed=0, already=0, skipped=2, cancelled=False, listed=False) == (
        "Library analysis done: analysed 0, 2 skipped (no pipeline for their language)")
    assert library_run_notice(done=4, failed=0, already=0, skipped=0, cancelled=True, listed=True) == (
        "Analysis of the listed articles stopped: analysed 4")
