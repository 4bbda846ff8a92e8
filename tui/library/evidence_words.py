"""The words around a fact's evidence, as one line: what tells two timeline rows of one article apart.

A date fact's summary repeats its value ("1924 = 1924"), and an article that names a year twice gave
two identical rows. The sentence words around the evidence say which mention each row is.
"""

from __future__ import annotations

import re

#: Characters read on each side of the evidence (the store sends only this window of the body).
WINDOW = 80
#: The words a timeline row gives: an 80-column timeline shows about 56 characters of a row's text, and
#: a date at the end of its sentence must still be in sight there (all the room would go before it).
ROW_WIDTH = 52
#: Where a sentence or paragraph ends: the words shown never cross it.
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]?[A-Z0-9])|\n")
#: Words whose point is an abbreviation's, not a sentence's end ("then-Rep. Esteban Torres", "on Dec. 18"):
#: titles, months, companies' forms. An initial ("U.S.", "Torres (D-Calif.)" ends on ".)") is one too.
_ABBREVIATIONS = frozenset(
    "mr mrs ms mx dr prof sen rep reps gov gen lt col capt cmdr sgt maj adm st ste jr sr rev hon pres supt atty"
    " jan feb mar apr jun jul aug sep sept oct nov dec inc corp co ltd no nos vol vs ft mt"
    " ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa"
    " tenn tex va vt wash wis wyo".split()
)
#: The word before a sentence-ending point.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[.!?]$")


def words_around(window: str, start: int, end: int, *, width: int = 70, cut_before: bool = False,
                 cut_after: bool = False) -> str:
    """The words of ``window`` around ``window[start:end]`` within its sentence, on one line of about
    ``width`` characters at most, an ellipsis where words were left out. ``cut_before``/``cut_after``: the
    window itself was cut from a longer text there (its edge word may be a piece of one)."""
    start, end = max(0, min(start, len(window))), max(0, min(end, len(window)))
    left = max((m.end() for m in _boundaries(window, 0, start)), default=0)
    right = next((m.start() for m in _boundaries(window, end, len(window))), len(window))
    cut_before, cut_after = cut_before and left == 0, cut_after and right == len(window)
    room = max(0, width - (end - start))
    before, after = window[left:start], window[end:right]
    # Most of the room before the evidence: what leads to a date ("born in", "on") says most.
    keep = min(len(before), max(room * 2 // 3, room - len(after)))
    shown_before = before[len(before) - keep:]
    if keep < len(before) or cut_before:
        cut_before = True
        shown_before = shown_before.split(" ", 1)[1] if " " in shown_before else ""
    shown_after = after[:room - keep]
    if len(shown_after) < len(after) or cut_after:
        cut_after = True
        shown_after = shown_after.rsplit(" ", 1)[0] if " " in shown_after else ""
    line = " ".join((shown_before + window[start:end] + shown_after).split())
    return ("\u2026" if cut_before else "") + line + ("\u2026" if cut_after else "")


def _boundaries(window: str, start: int, end: int) -> list[re.Match[str]]:
    """Sentence and paragraph ends in ``window[start:end]``, an abbreviation's point not among them."""
    return [m for m in _BOUNDARY.finditer(window, start, end)
            if "\n" in m.group() or not _after_abbreviation(window, m.start())]  # a paragraph always ends


def _after_abbreviation(window: str, point_end: int) -> bool:
    """The point before ``point_end`` ends an abbreviation: a listed word or one capital letter ("D.", "S.")."""
    if window[point_end - 1 : point_end] != ".":
        return False
    word = _WORD_BEFORE.search(window, max(0, point_end - 12), point_end)
    if word is None:
        return False
    letters = word.group(1)
    return letters.lower() in _ABBREVIATIONS or len(letters) == 1 and letters.isupper()
