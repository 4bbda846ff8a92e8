"""Finding and trimming temporal expressions: small named rules over the parsed doc.

The model's DATE/TIME mentions are the start; ``SPAN_RULES`` then add what it misses (vague
references such as "now", "recently", "the past"; durations and sets such as "two-year",
"daily", "every Sunday"), drop what is no time at all (ages, bare numbers, "quarterly"),
trim the edges as TimeML writes them (no leading preposition; "last", "next" and the
determiner stay in), and split ranges ("2009-2010", "1957-58") into their two ends.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from .date_clock_words import add_plural_weekends, drop_habitual_nights, read_oclock
from .date_compared_periods import add_compared_quarters
from .date_day_parts import add_parts_of_day, read_clock_hours, read_early_hours, read_midnight_after
from .date_extents import (
    add_clock_times,
    add_day_words,
    add_range_ends,
    add_year_ranges,
    compound_duration,
    drop_ages_after_aged,
    drop_titles,
    fit_day_words,
    join_compound_durations,
    split_length_and_date,
    trim_container_nouns,
    trim_leading_ages,
    trim_names_after_units,
    trim_trailing_conjunctions,
    widen_to_determiner,
)
from .date_fiscal import add_fiscal_years
from .date_lengths import (
    add_missed_lengths,
    add_unit_long,
    add_vague_lengths,
    drop_named_lengths,
    drop_pay_measures,
    join_unit_alternatives,
    read_one_day_after_modals,
    split_length_and_anchor,
    split_length_of_period,
    trim_articles_before_length_adjectives,
    trim_shift_words,
    trim_verb_last,
    widen_lengths_per_period,
    widen_to_length_tails,
    widen_to_period_noun,
)
from .date_missed_spans import (
    add_bare_years,
    add_month_days,
    drop_movement_names,
    drop_named_weekdays,
    drop_recently_before_a_date,
    extend_the_day_before,
    join_weekday_and_clock,
    trim_counts_after_units,
    widen_clock_meridiem,
    widen_to_clock_word,
)
from .date_news_phrases import (
    add_fortnights,
    add_relative_day_phrases,
    drop_idioms,
    split_coordinated_days,
    widen_at_most,
)
from .date_quarter_forms import add_bare_quarters
from .date_report_periods import add_latest_periods
from .date_season_spans import widen_year_to_its_season
from .date_sets import (
    drop_paper_names,
    join_unit_after_unit,
    share_recurring_part,
    widen_bare_rate_periods,
    widen_to_counted_seasons,
    widen_to_frequency_counts,
)
from .date_strict_forms import STRICT_FORM_RULES
from .date_times import (
    extend_times,
    read_game_clocks,
    read_local_clocks,
    read_wire_clocks_before_weekdays,
    trim_articles_before_clocks,
    widen_clocks_to_local_time,
)
from .date_untagged import UNTAGGED_RULES
from .date_web_forms import add_couple_of_units, add_race_times, widen_decade_apostrophes
from .date_wire_copy import trim_at_dateline_dashes, trim_leading_verbs, widen_to_month_before
from .date_wire_forms import WIRE_FORM_RULES
from .date_words import MONTH_RE, UNIT_RE, WEEKDAYS
from .date_year_idioms import drop_year_idioms
from .date_year_modifiers import (
    add_years_before_nouns,
    decades_without_apostrophe,
    drop_street_blocks,
    widen_month_to_day_range,
)
from .date_zones import trim_opening_brackets
from .doc_text import doc_text
from .folded_search import spans_ignoring_case
from .time_zones import ZONE_RE
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .types import Mention


@dataclass(frozen=True, slots=True)
class TimeSpan:
    """A stretch of text read as one temporal expression."""

    start: int
    end: int
    #: For one end of a range, the whole written range ("1957-58").
    range: tuple[int, int] | None = None
    #: The model's mention it came from, if any (events look dates up by it).
    mention_start: int | None = None
    #: What to read instead of the written words ("58" of "1957-58" reads as "1958").
    reads_as: str | None = None


Rule = Callable[["Doc", list[TimeSpan]], list[TimeSpan]]

_WORD_BOUNDARY = r"(?<![\w-])"
#: Expressions the model leaves out, found in the text.
_EXTRA_ALTERNATIVES = (
        r"(?:right\s+)?now",
        r"currently|presently|nowadays|lately|recently|current",
        r"the\s+(?:(?:recent|distant|near|foreseeable)\s+)?(?:past|future)",
        r"(?:that|that\s+same|the\s+same)\s+(?:spring|summer|autumn|fall|winter|weekend|night|morning|afternoon|evening)",  # "That fall, he ran": the story's season
        r"(?:that|the)\s+same\s+(?:day|week|month|year)",  # span.same_day: "That same day, West announced": the story's day
        r"these\s+days",
        # anchor.season_after_preposition: "slowed in the autumn", "during the winter of 2019" (not "the fall of Rome");
        # "the" before the look-behinds (which take it along) lets the scan skip this branch at every other word
        r"the(?:(?<=\bin\sthe)|(?<=\bduring\sthe)|(?<=\bby\sthe)|(?<=\buntil\sthe)|(?<=\bover\sthe)|(?<=\bthrough\sthe))"
        r"\s+(?:early\s+|late\s+)?(?:spring|summer|autumn|fall|winter)(?:\s+of\s+(?:19|20)\d\d)?"
        r"(?!\s+(?:of|in|from|to|season|term|semester|collection|months|and\s+winter|and\s+spring)\b|-)",
        r"the\s+(?:near|short|long)\s+term",
        r"daily|weekly|monthly|hourly|nightly",
        r"overnight",  # time.overnight_adverb: "rebels attacked the town overnight" (TimeBank: TNI)
        # "On Sundays the shops are closed": a weekday in the plural recurs (SET XXXX-WXX-7); lower
        # case like every word here, or the whole pass loses its quick lower-cased twin (folded_search)
        rf"(?:{'|'.join(WEEKDAYS)})s",
        # "twice a week", "three times a day": a set (TimeML puts the count in freq)
        r"(?:once|twice|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few)\s+times)"
        r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|hour|minute|quarter|decade)",
        rf"(?:every|each)\s+(?:other\s+|few\s+|several\s+)?(?:(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty)\s+)?(?:{UNIT_RE}|{'|'.join(WEEKDAYS)}|{MONTH_RE}|spring|summer|autumn|winter)",
        r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)"
        r"-(?:second|minute|hour|day|week|month|year|decade|century)(?:-long)?(?!-old)",
        r"(?:the\s+)?(?:first|second|third|fourth)-quarter",
        r"(?:nineteen|eighteen)[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
        r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?)",
        r"the\s+year\s+two\s+thousand(?:\s+(?:and\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten))?",
)
#: One pass over the text finds them all (one regex per kind would read it a dozen times).
_EXTRA = re.compile(_WORD_BOUNDARY + "(?:" + "|".join(f"(?:{p})" for p in _EXTRA_ALTERNATIVES) + r")(?![\w-])", re.IGNORECASE)
#: Adjectives the model tags that TimeML does not mark ("quarterly results", "annual meeting").
_NOT_TIMES = re.compile(r"^(?:quarterly|annual|annually|seasonally|biannual|semiannual|seasonal)$", re.IGNORECASE)
#: Something in the phrase must be a time: a unit, a month or weekday, a clock, a year, a vague word.
_TIME_WORD = re.compile(
    rf"\b(?:{UNIT_RE}|{MONTH_RE}|{'|'.join(WEEKDAYS)}|today|tonight|tomorrow|yesterday|now|noon|midnight|midday|"
    r"morning|afternoon|evening|night|overnight|weekend|midweek|spring|summer|autumn|fall|winter|summers|winters|autumns|season|"
    r"christmas|thanksgiving|easter|halloween|new year's|new years|"
    r"past|future|recent\w*|current\w*|present\w*|nowadays|lately|soon|previously|formerly|daily|weekly|monthly|"
    r"hourly|nightly|yearly|annual\w*|period|term|times?|ago|earlier|later|once|hours?|decades?|centur\w+|millenni\w+|"
    rf"\d{{1,2}}:\d{{2}}|[ap]\.?m\.?|{ZONE_RE}|\d{{2,3}}0s|'\d0s|[a-z]+ties)\b"
    r"|(?<![\d.,$£€])\b(?:1[0-9]|20|21)\d\d\b(?![\d.,%]\d)|\b[12]\d{3}s?\b",
    re.IGNORECASE,
)
#: An age told in numbers: "53 years old", "aged 53", "an eleven-month-old"; lengths of a life, not dates.
_AGE = re.compile(
    r"\b(?:years?|months?|weeks?|days?)[\s-]+(?:old|older|younger)$|^aged?\s+\d|-(?:years?|months?|weeks?|days?)-old\b",
    re.IGNORECASE,
)
#: What follows a span that makes it an age after all: "eleven-month" + "-old", "two years" + " older".
_AGE_AFTER = re.compile(r"^(?:-old\b|\s+(?:old|older|younger)\b)", re.IGNORECASE)
#: "about a quarter of the staff", "three quarters as much": a fraction, not three months.
_FRACTION = re.compile(
    r"^(?:(?:about|around|nearly|almost|roughly|more than|less than|over|under|some|just over|just under)\s+)?"
    r"(?:a|one|two|three)[\s-]+quarters?$",
    re.IGNORECASE,
)
_FRACTION_AFTER = re.compile(r"^\s+(?:of\b(?!\s+(?:the\s+|this\s+|last\s+|next\s+|that\s+)?(?:fiscal\s+)?(?:year|\d{4})\b)|as\b)", re.IGNORECASE)
_PREPOSITIONS = re.compile(
    r"^(?:just|only|its|their|his|her|a(?=\s+(?:\d+(?:st|nd|rd|th)|first|second|third|fourth)\b)|at(?!\s+(?:least|most))|on|in|by|since|until|till|from|of|during|for|through|throughout|within|over|between|as of|"
    r"as early as|as late as|as recently as|beginning|starting|(?:shortly |just |soon |right |sometime )?(?:after|before)(?=\s+(?:\d|noon\b|midnight\b|midday\b)))\s+",
    re.IGNORECASE,
)
#: "a week ago", "about two years ago" at the end of a longer mention.
_AGO_TAIL = re.compile(
    rf"(?<![\w-])(?:(?:about|around|nearly|almost|roughly|some|just|only|more than|less than)\s+)?"
    rf"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty|a few|few|several|many|\d+)"
    rf"[\s-]+{UNIT_RE}\s+ago\b",
    re.IGNORECASE,
)
#: "3 p.m." keeps its last point (TimeML writes the abbreviation whole).
_CLOCK_POINT = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_TRAILING = re.compile(r"(?:[\s,;:.—–-]+|'s|’s)$")
_ZONES = re.compile(rf"^\s*\(?{ZONE_RE}\)?\b")
_YEAR_RANGE = re.compile(
    r"^(?:(?:the\s+)?(?:fiscal|season|year)\s+|FY\s?)?((?:1[0-9]|20)\d\d)\s*[-–/]\s*((?:1[0-9]|20)?\d\d)"
    r"(?:\s+(?:season|fiscal\s+year|financial\s+year|school\s+year|academic\s+year|term))?$",
    re.IGNORECASE,
)
_BETWEEN_YEARS = re.compile(r"^(?:between|from)\s+((?:1[0-9]|20)\d\d)\s+(?:and|to|through|until)\s+((?:1[0-9]|20)\d\d)$", re.IGNORECASE)


def text_of(doc: "Doc") -> str:
    """The doc's text, built once (see ``doc_text``)."""
    return doc_text(doc)


def from_mentions(mentions: Sequence["Mention"]) -> list[TimeSpan]:
    """The model's DATE and TIME mentions (not the repeats of earlier text)."""
    return [
        TimeSpan(m.start, m.end, mention_start=m.start)
        for m in mentions
        if m.label in {"DATE", "TIME"} and not m.duplicate
    ]


def trim_prepositions(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """"in 1998" -> "1998", "since Monday" -> "Monday": TimeML leaves prepositions out."""
    out = []
    for span in spans:
        start, end = span.start, span.end
        if m := re.match(r"\d{1,3}\s+(?:in|on|at|by|since|until)\s+(?=\S)", text_of(doc)[start:end]):
            start += m.end()  # "(aged) 53 in 2019": the age is no part of the date
        while m := _PREPOSITIONS.match(text_of(doc)[start:end]):
            start += m.end()
        if (m := _AGO_TAIL.search(text_of(doc), start, end)) and m.end() == end and m.start() > start \
                and not _TIME_WORD.search(text_of(doc)[start:m.start()]):
            start = m.start()  # "struck the coast a week ago": the model took the object along
        if (m := _TRAILING.search(text_of(doc)[start:end])) and not _CLOCK_POINT.search(text_of(doc)[start:end]):
            end -= len(m.group())
        out.append(replace(span, start=start, end=end) if start < end else span)
    return out


def drop_non_times(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """No ages (", 53,", "aged 53", "52 years old"), bare numbers, scores or "quarterly"."""
    kept = []
    for span in spans:
        text = text_of(doc)[span.start:span.end]
        if _NOT_TIMES.match(text) or _AGE.search(text) or not _TIME_WORD.search(text):
            continue
        after = text_of(doc)[span.end:span.end + 24]
        if _AGE_AFTER.match(after) and re.search(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)\b", text, re.IGNORECASE):
            continue
        if _FRACTION.match(text) and _FRACTION_AFTER.match(after):
            continue
        if _BARE_PART.match(text) and _part_of_day_is_no_time(doc, span):
            continue
        if _BARE_FREQUENCY.match(text) and _before_a_paper(doc, span):
            continue
        kept.append(span)
    return kept


_BARE_PART = re.compile(r"^(?:the\s+)?(?:morning|afternoon|evening|night)$", re.IGNORECASE)
_BARE_FREQUENCY = re.compile(r"^(?:daily|weekly|monthly)$", re.IGNORECASE)


def _part_of_day_is_no_time(doc: "Doc", span: TimeSpan) -> bool:
    """"Good evening" is a greeting, "morning talk show" and "night shift" a kind of thing:
    TimeML marks neither."""
    text = text_of(doc)
    if re.search(r"\bgood\s*$", text[max(0, span.start - 6):span.start], re.IGNORECASE):
        return True
    words = span_at(doc, span.start, span.end, alignment_mode="expand")
    if words is None or not len(words):
        return False
    word = words[-1]
    return word.dep_ in {"compound", "amod", "nmod"} and word.head.pos_ == "NOUN" and word.head.i > word.i


#: Words before a bare four-digit number that make it a year ("in 1842", "the Act of 1867").
_YEAR_SIGNALS = frozenset({
    "in", "since", "by", "until", "till", "from", "of", "during", "before", "after", "around", "circa", "c.", "to", "early", "late", "mid", "year", "the", "through", "between", "spring", "summer", "autumn", "fall", "winter",
})
#: Words before a number that make it a label, not a year ("flight 1344", "No. 1430").
_LABEL_WORDS = frozenset({"no", "no.", "#", "number", "flight", "section", "route", "room", "article", "code", "item", "bill", "resolution"})


def drop_numbers_that_are_not_years(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """A bare four-digit number is a year only when it reads as one.

    "1846 persons", "1260 kilometers", "flight 1344" and "DMCA 1201" are counts and labels; a
    year before 1900 needs a word that introduces years ("in 1842", "the Act of 1867").
    """
    text = text_of(doc)
    kept = []
    for span in spans:
        if not re.fullmatch(r"\d{4}(?:/\d{2,4})?", text[span.start:span.end]) or span.range is not None:
            kept.append(span)
            continue
        tokens = span_at(doc, span.start, span.end, alignment_mode="expand")
        if tokens is None or not len(tokens):
            kept.append(span)
            continue
        token = tokens[0]
        before = doc[token.i - 1] if token.i > 0 else None
        previous = before.lower_ if before is not None else ""
        head_is_time = _TIME_WORD.fullmatch(token.head.lower_) is not None
        # "1846 persons", "2000 people": a count of a plural; "its 1988 recapitalization" is a year.
        # ... but "the 2019 IAAF World Athletics Championships" names the year of the event.
        plural = token.head.tag_ == "NNS" or (token.head.tag_ == "NNPS" and not 1900 <= int(token.text[:4]) <= 2100)
        counts_something = token.dep_ == "nummod" and token.head.i > token.i and plural and not head_is_time
        labelled = previous in _LABEL_WORDS or (before is not None and before.is_upper and len(previous) > 1 and before.pos_ == "PROPN")
        if counts_something or labelled:
            continue
        if _WIRE_CLOCK.fullmatch(token.text) and _ZONES.match(text[span.end:span.end + 8]):
            kept.append(span)  # span.wire_clock: "at 1430 GMT" is a clock time, not the year 1430
            continue
        listed = previous in {"and", "or", ","} and token.dep_ == "conj" and re.fullmatch(r"\d{4}", token.head.text) is not None
        if not 1900 <= int(token.text[:4]) <= 2100 and previous not in _YEAR_SIGNALS and not listed and not _ERA.match(text[span.end:span.end + 5]):
            continue
        kept.append(span)
    return kept


_ERA = re.compile(r"\s*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)\b")
_WIRE_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")


def add_time_zones(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """"15:00 GMT", "(0930 UTC)": the zone belongs to the time."""
    out = []
    for span in spans:
        if m := _ZONES.match(text_of(doc)[span.end:span.end + 8]):
            text = m.group().rstrip(")")
            span = replace(span, end=span.end + len(text))
        out.append(span)
    return out


def add_unmarked(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """Vague references, durations and sets the model did not mark ("now", "two-year", "daily")."""
    taken = [(s.start, s.end) for s in spans]
    found: list[TimeSpan] = []
    text = text_of(doc)
    for start, end in spans_ignoring_case(_EXTRA, text):  # as _EXTRA.finditer, half the time
        if any(a < end and start < b for a, b in taken):
            continue
        if not _reads_as_time(doc, start, end):
            continue
        taken.append((start, end))
        found.append(TimeSpan(start, end))
    return sorted([*spans, *found], key=lambda s: s.start)


def _reads_as_time(doc: "Doc", start: int, end: int) -> bool:
    """Guards for the ambiguous words: "now that", "current account", "future tense"."""
    word = text_of(doc)[start:end].lower()
    following = text_of(doc)[end:end + 12].lower().lstrip()
    if word in {"current", "future"}:
        token = span_at(doc, start, end, alignment_mode="expand")
        if token is None or token[0].pos_ != "ADJ":
            return False
        return not re.match(r"(?:account|affairs|events|exchange|trend|flow|price|account|generation|tense)", following)
    if word == "now" and following.startswith("that"):
        return True
    if word == "overnight":  # the adverb alone: the model marks "overnight trading" itself when it does
        token = span_at(doc, start, end, alignment_mode="expand")
        return token is not None and token[0].pos_ == "ADV"
    if word in {"daily", "weekly", "monthly"}:
        # "the Daily Telegraph", "a weekly newspaper": kept only as the adverb "every day".
        token = span_at(doc, start, end, alignment_mode="expand")
        return token is not None and token[0].pos_ == "ADV" and not _names_a_paper(doc, token[0].i)
    return True


_PAPER_WORDS = frozenset({"newspaper", "newspapers", "paper", "papers", "tabloid"})


def _before_a_paper(doc: "Doc", span: TimeSpan) -> bool:
    """span.daily_paper: "the Alwan daily newspaper" names a kind of paper, not a set (a model's
    "daily" elsewhere, as in "a daily tally", stays)."""
    words = span_at(doc, span.start, span.end, alignment_mode="expand")
    if words is None or not len(words) or words[-1].i + 1 >= len(doc):
        return False
    return doc[words[-1].i + 1].lower_ in _PAPER_WORDS


def _names_a_paper(doc: "Doc", i: int) -> bool:
    """span.daily_paper: "the business daily reported", "a French weekly": after a determiner (and
    at most one word of its own phrase) "daily" is the newspaper, whatever tag the model gave it."""
    before = [doc[j] for j in range(max(0, i - 2), i)]
    if before and before[-1].pos_ in {"DET", "PRON"}:
        return True
    return len(before) == 2 and before[0].pos_ == "DET" and before[1].pos_ in {"ADJ", "NOUN", "PROPN"}


#: A rate's period: "$50,000 a year", "three meals a day", "100 km an hour" (the word before decides).
_RATE = re.compile(r"(?<![\w-])(?:a|an|per)\s+(?:second|minute|hour|day|night|week|month|year|decade)\b(?![\w-])", re.IGNORECASE)


def _after_an_amount(doc: "Doc", start: int) -> bool:
    """The word before is a number, an amount ("$33 million"), a count of things ("CDs") or "twice"."""
    words = span_at(doc, start, start + 1, alignment_mode="expand")
    if words is None or not len(words) or words[0].i == 0:
        return False
    before = doc[words[0].i - 1]
    return (before.like_num or before.tag_ in {"CD", "NNS", "NNPS"} or before.lower_ in {"%", "once", "twice", "times"}
            or before.ent_type_ in {"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


def mark_rates(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """"$50,000 a year": the period of a rate is a set (TimeML SET P1Y), not a year's length.

    Only the model's own mentions are read so: rates it left out stay out (TimeBank's
    annotators marked two of eight)."""
    text = text_of(doc)
    out: list[TimeSpan] = []
    for span in spans:
        if _RATE.fullmatch(text, span.start, span.end) and _after_an_amount(doc, span.start):
            span = replace(span, reads_as="per " + text[span.start:span.end].split(None, 1)[1])
        out.append(span)
    return out


_LABEL_BEFORE = re.compile(r"(?:\bNo\.?|#|\bnumber)\s*$", re.IGNORECASE)


def split_ranges(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """"2009-2010", "1957-58", "between 1990 and 1995": two expressions, each with the whole range."""
    out: list[TimeSpan] = []
    for span in spans:
        text = text_of(doc)[span.start:span.end]
        m = _YEAR_RANGE.match(text) or _BETWEEN_YEARS.match(text)
        if m is None:
            out.append(span)
            continue
        first, second = m.group(1), m.group(2)
        last = int(first[:4 - len(second)] + second) if len(second) < 4 else int(second)
        if not 0 < last - int(first) <= 30 or _LABEL_BEFORE.search(text_of(doc)[max(0, span.start - 6):span.start]):
            out.append(span)  # "No. 1430/2019" is a label, and centuries apart are no range
            continue
        whole = (span.start, span.end)
        out.append(TimeSpan(span.start + m.start(1), span.start + m.end(1), whole, span.mention_start))
        out.append(TimeSpan(span.start + m.start(2), span.start + m.end(2), whole, None, str(last)))
    return out


#: "January and March", "Monday and Tuesday": two named days or months, each its own expression.
_NAMED_PAIR = re.compile(
    rf"^(?:{'|'.join(WEEKDAYS)}|{MONTH_RE})\s+and\s+(?:{'|'.join(WEEKDAYS)}|{MONTH_RE})(?:\s+\d{{4}})?$", re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+(?:(ended|ending|to|through|thru|until|till|and|on)|(-|–))\s+", re.IGNORECASE)
#: "the second quarter on Tuesday": two expressions when a day is named after "on" ...
_DAY_NAMED = re.compile(rf"^(?:{'|'.join(WEEKDAYS)}|{MONTH_RE}\s+\d{{1,2}}\b)", re.IGNORECASE)
#: ... unless what comes before is a time of that day ("noon on Friday").
_CLOCK_OR_PART = re.compile(r"\d\s*[ap]\.?m\b|\d:\d\d|\b(?:noon|midnight|morning|afternoon|evening|night)\b", re.IGNORECASE)


def split_two_times(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    """"the quarter ended Sept. 30", "Aug. 26 to Oct. 20": two expressions (a range when "to")."""
    out: list[TimeSpan] = []
    for span in spans:
        text = text_of(doc)[span.start:span.end]
        m = _SPLIT.search(text)
        if m is None or not _TIME_WORD.search(text[:m.start()]) or not _TIME_WORD.search(text[m.end():]) or compound_duration(text):
            out.append(span)
            continue
        if (m.group(1) or "").lower() == "and" and not re.search(r"\d", text) and not _NAMED_PAIR.match(text):
            out.append(span)  # "weeks and months" is one vague length; "January and March" are two months
            continue
        if (m.group(1) or "").lower() == "on" and (_CLOCK_OR_PART.search(text[:m.start()]) or not _DAY_NAMED.match(text[m.end():])):
            out.append(span)  # "10 a.m. on Friday", "the morning on which ..." stay whole
            continue
        whole = (span.start, span.end) if (m.group(1) or "-").lower() not in {"ended", "ending", "on"} else None
        out.append(TimeSpan(span.start, span.start + m.start(), whole, span.mention_start))
        out.append(TimeSpan(span.start + m.end(), span.end, whole, None))
    return out


def without_overlaps(doc: "Doc", spans: list[TimeSpan]) -> list[TimeSpan]:
    out: list[TimeSpan] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if span.start < span.end and (not out or span.start >= out[-1].end):
            out.append(span)
    return out


#: The rules in the order they run (after ``from_mentions``).
SPAN_RULES: tuple[Rule, ...] = (
    trim_at_dateline_dashes,
    widen_to_month_before,
    drop_named_weekdays,
    trim_counts_after_units,
    widen_to_determiner,
    widen_at_most,
    trim_container_nouns,
    trim_trailing_conjunctions,
    trim_names_after_units,
    trim_leading_ages,
    trim_prepositions,
    trim_opening_brackets,
    trim_articles_before_clocks,
    widen_to_counted_seasons,
    join_unit_after_unit,
    drop_non_times,
    drop_titles,
    drop_ages_after_aged,
    drop_numbers_that_are_not_years,
    add_time_zones,
    add_unmarked,
    widen_year_to_its_season,
    add_relative_day_phrases,
    add_fortnights,
    add_couple_of_units,
    add_month_days,
    add_bare_years,
    add_years_before_nouns,
    drop_street_blocks,
    decades_without_apostrophe,
    widen_month_to_day_range,
    add_fiscal_years,
    add_latest_periods,
    add_compared_quarters,
    add_bare_quarters,
    drop_recently_before_a_date,
    drop_movement_names,
    add_unit_long,
    add_vague_lengths,
    add_missed_lengths,
    widen_lengths_per_period,
    read_one_day_after_modals,
    trim_verb_last,
    join_unit_alternatives,
    drop_paper_names,
    drop_named_lengths,
    drop_pay_measures,
    widen_to_period_noun,
    widen_to_length_tails,
    fit_day_words,
    add_day_words,
    add_clock_times,
    add_race_times,
    read_local_clocks,
    read_oclock,
    add_plural_weekends,
    read_clock_hours,
    read_early_hours,
    add_parts_of_day,
    read_midnight_after,
    drop_habitual_nights,
    read_game_clocks,
    add_year_ranges,
    add_range_ends,
    widen_bare_rate_periods,
    mark_rates,
    widen_to_frequency_counts,
    split_ranges,
    split_two_times,
    split_coordinated_days,
    *WIRE_FORM_RULES,
    trim_leading_verbs,
    split_length_and_date,
    split_length_of_period,
    split_length_and_anchor,
    trim_shift_words,
    trim_articles_before_length_adjectives,
    join_compound_durations,
    widen_clock_meridiem,
    extend_times,
    widen_decade_apostrophes,
    extend_the_day_before,
    widen_to_clock_word,
    join_weekday_and_clock,
    read_wire_clocks_before_weekdays,
    widen_clocks_to_local_time,
    share_recurring_part,
    drop_idioms,
    *STRICT_FORM_RULES,
    drop_year_idioms,
    *UNTAGGED_RULES,
    without_overlaps,
)


def find_time_spans(doc: "Doc", mentions: Sequence["Mention"], *, rules: Sequence[Rule] = SPAN_RULES) -> list[TimeSpan]:
    spans = from_mentions(mentions)
    for rule in rules:
        spans = rule(doc, spans)
    return spans
