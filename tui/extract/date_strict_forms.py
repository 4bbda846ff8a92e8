"""Span rules from the news set labelled strictly by TimeBank's practice (benchmarks/data/dates_strict.json).

- ``drop_counts_before_plurals``: "a survey of 1709 schoolchildren", "2000 soldiers": a four-digit
  number right before a plural noun, with no determiner before it, counts the noun; no year ("the
  2018 elections", "Italy's 2018 elections" keep theirs). The model's parse often hangs such a number
  elsewhere, so the words themselves decide.
- ``drop_seasons_before_nouns``: "its summer and winter habitats", "winter tyres": a bare season
  that qualifies the noun after it names a kind, not a season of a year ("over the summer" stays).
- ``join_weekday_and_part_of_day``: "the next Tuesday night": the model marks "the next Tuesday"
  and "night" apart; they are one TIME, as "last Tuesday night" is.
- ``add_lengths_back``: "A few days back, his mother died": "back" says "ago" (the model marks
  "a few days ago" but not this); read as the "ago" phrase it stands for.
- ``add_apostrophe_decades``: "the late '70s", "the '80s and '90s": decades written with an
  apostrophe for the century, which the model leaves out; read as "the late 1970s".
- ``split_day_ranges``: "May 24 to 26", "June 3-5": the model marks one span; TimeML writes two
  days ("26" reads as "May 26"), each keeping the whole written range, as "2009-2010" is split.
- ``add_half_units_ago``: "converted a year-and-a-half ago": the model marks nothing; the whole
  phrase is one DATE (``date_month_weeks.units_and_a_half_ago`` reads it).
- ``drop_titled_futures``: "Marty McFly from Back to the Future": "the Future" written with a
  capital inside a sentence is a title, not FUTURE_REF.
- ``drop_named_weekdays`` once more, last: "In the aftermath of Super Tuesday, yesterday and on
  Wednesday": the model's one mention is split into "Tuesday" and "yesterday" after the first pass
  dropped the named days, so "Super Tuesday" would come back as a Tuesday.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import as_one, overlaps_any
from .date_missed_spans import drop_named_weekdays
from .date_words import MONTH_RE, SEASONS, WEEKDAYS
from .doc_text import doc_text
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan

_FOUR_DIGITS = re.compile(r"\d{4}")
#: Plural nouns that are times, not counted things ("1990 levels" is no count either).
_TIME_PLURALS = frozenset({
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "centuries",
    "levels", "prices", "dollars", "terms",
})


def drop_counts_before_plurals(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.count_before_plural: "1709 schoolchildren" counts children; no year 1709."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if span.range is None and _FOUR_DIGITS.fullmatch(text, span.start, span.end) \
                and (words := span_at(doc, span.start, span.end, alignment_mode="expand")) is not None and len(words) == 1:
            token = words[0]
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            before = doc[token.i - 1] if token.i > 0 else None
            determined = before is not None and before.tag_ in {"DT", "PRP$", "POS", "WP$"}
            # "his 2008 and 2010 runs": the second of two years shares the first one's determiner
            paired = before is not None and before.lower_ in {"and", "or"} and token.i > 1 and _FOUR_DIGITS.fullmatch(doc[token.i - 2].text) is not None
            determined = determined or paired
            if after is not None and after.tag_ in {"NNS", "NNPS"} and after.lower_ not in _TIME_PLURALS and not determined:
                continue
        kept.append(span)
    return kept


_SEASON = re.compile(rf"(?:{'|'.join(SEASONS)})", re.IGNORECASE)


def drop_seasons_before_nouns(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.season_before_noun: "summer and winter habitats": a season qualifying a noun after it."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if _SEASON.fullmatch(text, span.start, span.end) and (words := span_at(doc, span.start, span.end, alignment_mode="expand")) \
                and len(words) == 1:
            token = words[0]
            modifier = token.head if token.dep_ == "conj" and _SEASON.fullmatch(token.head.lower_) else token
            head = modifier.head
            if modifier.dep_ in {"nmod", "compound", "amod"} and head.i > token.i and head.pos_ in {"NOUN", "PROPN"}:
                continue
        kept.append(span)
    return kept


_ENDS_WITH_WEEKDAY = re.compile(rf".*\b(?:{'|'.join(WEEKDAYS)})", re.IGNORECASE)
_PART_OF_DAY = re.compile(r"(?:morning|afternoon|evening|night)", re.IGNORECASE)


def join_weekday_and_part_of_day(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.weekday_part_of_day: "the next Tuesday" + "night" side by side are one time."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in sorted(spans, key=lambda s: s.start):
        if out and text[out[-1].end:span.start] == " " and _ENDS_WITH_WEEKDAY.fullmatch(text, out[-1].start, out[-1].end) \
                and _PART_OF_DAY.fullmatch(text, span.start, span.end):
            out[-1] = replace(out[-1], end=span.end)
            continue
        out.append(span)
    return out


_NUMBER_WORDS = r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|few|several|a\s+couple\s+of|\d+"
_LENGTH_BACK = re.compile(
    rf"(?<![\w-])(?:(?:about|around|some|just|only|nearly|almost)\s+)?(?:{_NUMBER_WORDS})\s+(?:days?|weeks?|months?|years?|decades?)\s+back\b"
    r"(?!\s+(?:to|home|in|into|on|from|at|then|when)\b)",
    re.IGNORECASE,
)


def _lengths_back(text: str) -> list[re.Match[str]]:
    """The "<count> <unit>s back" phrases, looked for only just before each "back" (cost: the rule is
    one of many over every article)."""
    found: list[re.Match[str]] = []
    at = text.find(" back")
    while at >= 0:
        if m := _LENGTH_BACK.search(text, max(0, at - 48), min(len(text), at + 40)):
            if not found or found[-1].start() != m.start():
                found.append(m)
        at = text.find(" back", at + 5)
    return found


def add_lengths_back(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.length_back: "a few days back", "two years back" are "ago" phrases."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    for m in _lengths_back(text):  # the length alone ("a few days") widens to its "back"
        out = as_one(out, TimeSpan(m.start(), m.end(), reads_as=m.group()[: -len("back")] + "ago"))
    return sorted(out, key=lambda s: s.start)


_APOSTROPHE_DIGITS = re.compile(r"['’]\d0s")
_APOSTROPHE_DECADE = re.compile(r"(?<![\w'’])(?:(the)\s+)?(?:(early|mid|late)[\s-]+)?['’](\d)0s\b", re.IGNORECASE)


def add_apostrophe_decades(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.apostrophe_decade: "the late '70s" is the decade 197 ('00s and '10s are this century's)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if not _APOSTROPHE_DIGITS.search(text):
        return spans
    out = list(spans)
    for m in _APOSTROPHE_DECADE.finditer(text):
        if overlaps_any(out, m.start(), m.end()):
            continue
        century = "20" if m.group(3) in {"0", "1"} else "19"
        edge = f"{m.group(2).lower()} " if m.group(2) else ""
        out.append(TimeSpan(m.start(), m.end(), reads_as=f"the {edge}{century}{m.group(3)}0s"))
    return sorted(out, key=lambda s: s.start)


_DAY_RANGE = re.compile(
    rf"(?P<first>(?P<month>{MONTH_RE})\s+\d{{1,2}})(?:st|nd|rd|th)?\s*(?:to|through|thru|until|till|-|–)\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?P<year>,?\s+\d{4})?",
    re.IGNORECASE,
)


def split_day_ranges(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.day_range: "May 24 to 26" is "May 24" and "26" (read as "May 26"), a range."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list["TimeSpan"] = []
    for span in spans:
        m = _DAY_RANGE.fullmatch(text, span.start, span.end)
        if m is None or span.range is not None or not int(text[m.start("first"):m.end("first")].split()[-1]) < int(m.group("day")) <= 31:
            out.append(span)
            continue
        whole, year = (span.start, span.end), m.group("year") or ""
        # "March 4-8, 2018": the year is written once, after the second day; both ends read it
        out.append(TimeSpan(span.start, m.end("first"), whole, span.mention_start, f"{m.group('first')}{year}" if year else None))
        out.append(TimeSpan(m.start("day"), span.end, whole, None, f"{m.group('month')} {m.group('day')}{year}"))
    return out


_HALF_AGO = re.compile(
    r"(?<![\w-])(?:(?:about|around|some|nearly|almost|roughly|more than|over)\s+)?(?:an?|one|two|three|four|five|six|\d+)[\s-]+"
    r"(?:year|month|week|day)s?[\s-]+and[\s-]+a[\s-]+half[\s-]+ago\b",
    re.IGNORECASE,
)


def add_half_units_ago(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.half_units_ago: "a year and a half ago" is one DATE."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    if "half" not in text:
        return spans
    out = list(spans)
    for m in _HALF_AGO.finditer(text):
        out = as_one(out, TimeSpan(m.start(), m.end(), reads_as=m.group().lower().replace("-", " ")))
    return sorted(out, key=lambda s: s.start)


_TITLED_FUTURE = re.compile(r"the\s+(?:Future|Past)")


def drop_titled_futures(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """span.titled_future: "Back to the Future" names a film; "the future" stays FUTURE_REF."""
    text = doc_text(doc)
    return [s for s in spans if not _TITLED_FUTURE.fullmatch(text, s.start, s.end)]


_DAY_NAME_WORDS = re.compile(r"\b(?:Super|Black|Cyber|Bloody|Giving|Manic|Mega|Patriots'?)\s")


def drop_named_weekdays_again(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """``drop_named_weekdays`` again, where a day's name is written at all (most texts have none)."""
    return drop_named_weekdays(doc, spans) if _DAY_NAME_WORDS.search(doc_text(doc)) else spans


#: The rules in the order they run (``date_spans.SPAN_RULES`` runs them before the overlaps are settled).
STRICT_FORM_RULES = (
    drop_counts_before_plurals,
    drop_seasons_before_nouns,
    join_weekday_and_part_of_day,
    add_lengths_back,
    add_apostrophe_decades,
    split_day_ranges,
    add_half_units_ago,
    drop_titled_futures,
    drop_named_weekdays_again,
)
