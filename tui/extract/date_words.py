"""Words of time: number words, units, seasons and parts of day, and a phrase cleaner.

Shared by the span rules (``date_spans``) and the value rules (``date_values``).
"""

from __future__ import annotations

import functools
import re

# Defined apart so the reader's title guess can have them without this module's patterns.
from .month_names import MONTH_NAMES as MONTH_NAMES, WEEKDAYS as WEEKDAYS

MONTH_ABBREVIATIONS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
MONTHS: dict[str, int] = {**{m: i + 1 for i, m in enumerate(MONTH_NAMES)}, **MONTH_ABBREVIATIONS}
MONTH_RE = r"(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
WEEKDAY_RE = r"(?:" + "|".join(WEEKDAYS) + r"|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?"

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
#: Parts of the day as TimeML writes them after a date (``2013-03-22TAF``).
PARTS_OF_DAY = {
    "morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
    "midday": "MI", "mid-day": "MI", "daytime": "DT", "tonight": "NI",
}


def _first_word_of_each_code(words: dict[str, str]) -> dict[str, str]:
    return {code: word for word, code in reversed(words.items())}


#: The word a reader sees for a TimeML code: the first one listed ("autumn", not "fall"; "night").
SEASON_NAMES = _first_word_of_each_code(SEASONS)
PART_OF_DAY_NAMES = _first_word_of_each_code(PARTS_OF_DAY)

#: Duration units: TimeML letter and whether it is a time (PT...) unit.
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "weekend": ("WE", False),
    "month": ("M", False), "quarter": ("Q", False), "year": ("Y", False),
    "decade": ("DE", False), "century": ("C", False), "millennium": ("L", False),
}
UNIT_RE = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|weekends?|months?|quarters?|years?|decades?|"
    r"centur(?:y|ies)|millenni(?:um|a))"
)

ONES = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30,
}
FUZZY_COUNTS = ("a few", "few", "several", "some", "many", "a couple", "couple", "a number of", "numerous")

_NUMBER_WORD = "|".join(sorted([*ONES, *TENS, "hundred", "thousand"], key=len, reverse=True))
_NUMBER_RUN = re.compile(rf"\b(?:{_NUMBER_WORD})(?:[\s-]+(?:and\s+)?(?:{_NUMBER_WORD}))*\b")
_YEAR_WORDS = re.compile(
    rf"\b(eighteen|nineteen|twenty)[\s-]+((?:{'|'.join(TENS)})(?:[\s-]+(?:{'|'.join(k for k in ONES if ONES[k] < 10)}))?|"
    rf"(?:{'|'.join(k for k in ONES if ONES[k] >= 10)}))\b"
)
#: "the year two thousand (and five)": only after "year", or "two thousand people" would become 2000.
_TWO_THOUSAND = re.compile(rf"(?<=\byear )two thousand(?:\s+(?:and\s+)?({'|'.join(ONES)}))?\b")
_SMALL = "|".join(k for k in ONES if 0 < ONES[k] < 13)
#: "three-four months", "two-three weeks": a range of counts written with a hyphen.
_WORD_RANGE = re.compile(rf"\b({_SMALL})-({_SMALL})\b(?=\s+{UNIT_RE}\b)")
_ORDINAL_WORD = re.compile(
    rf"\b(?:(twenty|thirty)[\s-])?({'|'.join(ORDINALS)})\b"
)


def words_to_number(words: str) -> int | None:
    """"twenty four" -> 24, "two hundred" -> 200; None when the words are not a number."""
    total, current = 0, 0
    for word in re.split(r"[\s-]+", words.strip()):
        if word == "and":
            continue
        if word in ONES:
            if current % 100 and not (current % 10 == 0 and current % 100 >= 20 and ONES[word] < 10):
                return None  # "three-four months" is a range, not seven; "twenty-four" is a number
            current += ONES[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word == "thousand":
            total += max(current, 1) * 1000
            current = 0
        else:
            return None
    return total + current


def _year_words(match: re.Match[str]) -> str:
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[match.group(1)]
    rest = words_to_number(match.group(2))
    return str(century * 100 + rest) if rest is not None else match.group(0)


def _two_thousand(match: re.Match[str]) -> str:
    return str(2000 + (ONES[match.group(1)] if match.group(1) else 0))


#: "10-second", "thirty second": a count before "second" makes it the unit, not the ordinal
#: (a year does not: "the 1988 second quarter").
_COUNT_BEFORE_SECOND = re.compile(rf"(?:(?<!\d)\d{{1,3}}|\b(?:{'|'.join(ONES)}|{'|'.join(TENS)}))[\s-]$")


def _ordinal(match: re.Match[str]) -> str:
    if match.group(2) == "second" and not match.group(1) and _COUNT_BEFORE_SECOND.search(match.string, 0, match.start()):
        return match.group(0)  # "a 10-second blast" is a length of ten seconds
    tens = TENS.get(match.group(1) or "", 0)
    value = tens + ORDINALS[match.group(2)]
    suffix = "th" if 10 < value % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(value % 10, "th")
    return f"{value}{suffix}"


def _number_run(match: re.Match[str]) -> str:
    value = words_to_number(match.group(0))
    # "185 thousand" stays words: a digit run of four would read as a year.
    return str(value) if value is not None and value < 1000 else match.group(0)


@functools.lru_cache(maxsize=8192)  # pure; the date rules clean the same phrases again and again
def clean(text: str) -> str:
    """Lower case, straight quotes, one space, no edge punctuation, number words as digits.

    "Nineteen ninety-six" -> "1996", "the year two thousand" -> "the year 2000",
    "twenty four hours" -> "24 hours", "March eighth" -> "march 8th".
    """
    phrase = " ".join(text.lower().replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-").split())
    phrase = phrase.strip(" ,;:()\"'`").rstrip(".") if not re.search(r"\b[ap]\.m\.$", phrase.lower()) else phrase.strip(" ,;:()\"'`")
    phrase = _YEAR_WORDS.sub(_year_words, phrase)
    phrase = _TWO_THOUSAND.sub(_two_thousand, phrase)
    phrase = _ORDINAL_WORD.sub(_ordinal, phrase)
    phrase = re.sub(rf"\b(?:a\s+)?couple(?:\s+of)?(?=\s+(?:more\s+)?{UNIT_RE}\b)", "2", phrase)  # "the last couple of weeks"
    phrase = re.sub(r"\b(\w+)-and-a-half\b", r"\1 and a half", phrase)  # "two-and-a-half years"
    phrase = re.sub(r"\b(a|an|one) and a half\b", "1.5", phrase)
    phrase = _WORD_RANGE.sub(lambda m: f"{ONES[m.group(1)]} to {ONES[m.group(2)]}", phrase)  # "three-four months"
    phrase = _NUMBER_RUN.sub(_number_run, phrase)
    phrase = re.sub(r"\b(\d+) 1/2\b", lambda m: f"{int(m.group(1)) + 0.5:g}", phrase)
    phrase = re.sub(r"\b(\d+) and a half\b", lambda m: f"{int(m.group(1)) + 0.5:g}", phrase)
    return phrase
