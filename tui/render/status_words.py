"""The status line's words for how the analysis stands: what runs, what is left, what failed. No Textual."""

from __future__ import annotations


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 article``, ``2 articles``, ``9,997 articles``."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def analysis_words(*, library_run: tuple[int, int, int] | None, busy: bool, pending: int | None,
                   listed: int | None, failures: int) -> str:
    """The analysis part of the status line.

    ``library_run``: (done, total, failed) while ``I`` runs; ``pending``: articles not analysed;
    ``listed``: how many articles the count covers when the reader was opened on files (None: the
    whole library, the list being the library)."""
    parts: list[str] = []
    if library_run is not None:
        done, total, failed = library_run
        what = "the library" if listed is None else "the listed articles"
        parts.append(f"analysing {what}: {done:,}/{total:,}" + (f", {failed:,} failed" if failed else "")
                     + " (I stops)")
    elif busy:
        parts.append("analysing\u2026")
    elif pending and listed is None:
        parts.append(f"{plural(pending, 'library article')} not analysed: press I to analyse them all,"
                     " or run newsloupe index")
    elif pending:
        parts.append(f"{pending:,} of the {plural(listed or 0, 'listed article')} not analysed: press I to analyse them")
    if failures and library_run is None:
        parts.append(f"{plural(failures, 'article')} could not be analysed (E)")
    return " \u00b7 ".join(parts)


def library_run_notice(*, done: int, failed: int, already: int, skipped: int, cancelled: bool,
                       listed: bool) -> str:
    """What ``I`` did, when it ends: "Analysed 12, 3 already done, 2 skipped (no pipeline for their
    language), 1 failed (E)"; ``done`` counts every article the run went through."""
    what = "Analysis of the listed articles" if listed else "Library analysis"
    analysed = max(done - failed - already - skipped, 0)
    parts = [f"analysed {analysed:,}"]
    if already:
        parts.append(f"{already:,} already done")
    if skipped:
        parts.append(f"{skipped:,} skipped (no pipeline for {'its' if skipped == 1 else 'their'} language)")
    if failed:
        parts.append(f"{failed:,} failed (E)")
    return f"{what} {'stopped' if cancelled else 'done'}: " + ", ".join(parts)


def failures_notice(failures: list[tuple[str, str]]) -> str:
    """One notification for failed analyses ((title, reason) each): the one, or how many."""
    if len(failures) == 1:
        title, reason = failures[0]
        return f"{title}: {reason} (press E to see it again)"
    return f"{plural(len(failures), 'article')} could not be analysed: press E to see why"
