"""Normalising one temporal expression to its TimeML type and value: the dispatcher of small named rules.

``normalise(text, anchor)`` cleans the phrase (``date_words.clean``) and tries ``VALUE_RULES``
in order; the first rule whose pattern matches and whose handler returns a ``Reading`` wins.
The anchor (``date_anchors``) brings the publication day, the last day the story mentioned and
the direction the governing verb points to; the rules never look at the sentence.

This module holds the table (name, pattern, handler) and the phrase clean-up before it; the
handlers live by role: sets ``date_set_values``, lengths ``date_length_values``, deictic
expressions ``date_deictic_values``, anaphoric ones ``date_story_values``, seasons, quarters,
years, decades and holidays ``date_period_values``, calendar dates, clock times and the
dateparser fallback ``date_calendar_values``. ``Anchor``, ``Reading`` and ``story_day`` are
``date_readings``'; importable from here too.
"""

from __future__ import annotations

import re
from datetime import date

from .date_calendar_values import absolute_fallback, calendar_date, day_of_month, numeric_date, week_of
from .date_compared_periods import COMPARED_QUARTER, compared_quarter
from .date_deictic_values import (
    day_word,
    day_word_shift,
    last_night,
    month_of_relative_year,
    part_day_word,
    relative_month,
    relative_unit,
    relative_weekday,
    this_month,
    this_part,
    this_week,
    units_ago,
    units_from_now,
    vague_reference,
    weekend,
)
from .date_durations import COMPOUND, DURATION_RULES, SHIFT_RULES
from .date_fiscal import FISCAL_SHORT, fiscal_year_value
from .date_holidays import HOLIDAY_RE
from .date_length_values import (
    compound_length,
    counted_length,
    half_unit,
    large_count_length,
    part_century,
    short_shift_length,
    uncounted_shift_length,
    uncounted_units,
)
from .date_month_weeks import UNITS_AND_A_HALF_AGO, WEEK_OF_MONTH, units_and_a_half_ago, week_of_month
from .date_period_values import (
    bare_year,
    century,
    current_quarter,
    current_year,
    decade,
    decade_words,
    half_year,
    holiday,
    hundreds,
    named_quarter,
    relative_century,
    relative_decade,
    season,
    the_quarter,
    web_form_date,
)
from .date_readings import DATE, DURATION, SET, Anchor, Handler, Reading, from_value_rule, story_day
from .date_set_values import every_few, every_month, every_season, every_unit, every_weekday, frequency, set_word
from .date_sets import SET_RULES
from .date_story_values import (
    in_the_day,
    overnight,
    story_adjacent_part,
    story_part,
    story_shift,
    story_weekday,
    that_unit,
)
from .date_web_forms import LARGE_COUNT, WEB_FORM
from .date_words import MONTH_RE, SEASONS, UNIT_RE, WEEKDAYS, clean
from .date_year_end import YEAR_END, year_end

__all__ = ["VALUE_RULES", "Anchor", "Reading", "normalise", "story_day"]


# Vague references: PRESENT_REF, PAST_REF, FUTURE_REF.
_PRESENT = r"now|right now|just now|currently|current|at present|presently|nowadays|these days|today's|the present|at the moment"
_PAST = (
    r"recently|recent|lately|previously|formerly|the past|in the past|once|earlier|before|"
    r"recent (?:days|years|decades|times)|the recent past|past (?:years|decades)|"
    r"recent (?:days|weeks|months|years) (?:and|or) (?:days|weeks|months|years)|"
    r"(?:several|a few|many|some|few) (?:days|weeks|months|years|decades) ago|years ago|decades ago|long ago|"
    r"the last (?:few|several) (?:days|weeks|months|years)"
)
_FUTURE = (
    r"soon|the future|future|the near future|the foreseeable future|the near term|the short term|the long term|"
    r"(?:the )?(?:coming|next|upcoming|future) (?:months|years|decades|quarters)|one day|someday|some day|eventually|shortly|"
    r"in the coming (?:days|weeks|months|years)|later|"
    # ref.days_ahead: "the coming days", "the days ahead" as "the coming months" (TimeBank FUTURE_REF);
    # only weeks stay a length (TimeBank: "coming weeks", "the weeks ahead" PXW)
    r"(?:the )?coming days|the (?:days|months|years|decades) ahead|a later date"
)


#: Words before a count that do not change its value ("about", "the past", "another").
_APPROX = r"(?:(?:as long as|as much as|as little as|as many as|as few as|upwards of|in excess of|about|around|some|nearly|almost|over|more than|less than|at least|up to|roughly|only|just|barely|no more than|fewer than|under|approximately|at most|well over|close to|an estimated|the|a|another|its|their|his|her|a full|full|the past|the last|the next|the first|the 1st|the previous|the coming|the final|the latest|the remaining|the additional|an additional|additional|past|last|next|first|1st|previous|coming|final|those|these|another|more|\d+ more|the initial|initial|the year-earlier|year-earlier|the year-ago|year-ago)\s+)*"
_N = r"(?P<count>\d+(?:\.\d+)?(?:\s+(?:to|or|and)\s+\d+)?|an?|one|few|a few|several|some|many|couple|numerous|a number of)"
_SEASON = rf"({'|'.join(SEASONS)})"
_EDGE = r"(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the turn of|end of|start of|beginning of|earlier|later|sometime|some time|around|about|approximately|circa|by|until|since|before|after)[\s-]+)*"

#: (name, pattern over the cleaned phrase, handler): first match wins, so the order matters.
VALUE_RULES: tuple[tuple[str, re.Pattern[str], Handler], ...] = tuple(
    (name, re.compile(pattern), handler)
    for name, pattern, handler in (
        ("ref.present", rf"^(?:{_PRESENT})$", vague_reference("PRESENT_REF")),
        ("ref.past", rf"^(?:{_PAST})$", vague_reference("PAST_REF")),
        ("ref.future", rf"^(?:{_FUTURE})$", vague_reference("FUTURE_REF")),
        ("set.word", r"^(daily|nightly|weekly|monthly|yearly|hourly)$", set_word),
        ("set.every_weekday", rf"^(?:every|each)\s+({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$", every_weekday),
        ("set.weekday_plural", rf"^({'|'.join(WEEKDAYS)})(?:s|\s+(mornings|afternoons|evenings|nights))$", every_weekday),
        ("set.every_month", rf"^(?:every|each)\s+({MONTH_RE})$", every_month),
        ("set.frequency", rf"^(?:once|twice|thrice|(?:\d+|several|many|a few|few) times)\s+(?:a|an|per|each|every)\s+({UNIT_RE})$", frequency),
        *((name, pattern, from_value_rule(SET, value_of)) for name, pattern, value_of in SET_RULES),
        ("set.every_unit", rf"^(?:(?:roughly|about|around|nearly|almost|approximately)\s+)?(?:every|each|per)\s+(?:(\d+(?:\.\d+)?|other)\s+)?({UNIT_RE})$", every_unit),
        ("set.every_few", rf"^(?:every|each)\s+(?:few|several|couple of|so many)\s+({UNIT_RE})$", every_few),
        ("set.every_season", r"^(?:every|each)\s+(spring|summer|autumn|fall|winter)$", every_season),
        ("date.half_units_ago", UNITS_AND_A_HALF_AGO, units_and_a_half_ago),
        ("date.ago", rf"^{_APPROX}(\d+|an?|one)[\s-]+({UNIT_RE})(?:\s+or\s+so)?\s+(?:ago|back)$", units_ago),
        ("duration.short_shift", rf"^{_APPROX}(?:(?P<count>\d+(?:\.\d+)?|an?|one|few|a few|several)[\s-]+)?(?P<unit>seconds?|minutes?|hours?|days?|weeks?)[\s-]+(?:earlier|later|after|afterwards?)$", short_shift_length),
        ("duration.fuzzy_shift", rf"^{_APPROX}(?:(?:a few|few|several|some|many|couple|numerous)\s+)?(?P<unit>months|years|decades|quarters)[\s-]+(?:earlier|later|after|afterwards?)$", uncounted_shift_length),
        *((name, pattern, from_value_rule(DURATION, value_of)) for name, pattern, value_of in SHIFT_RULES),
        ("date.compared_quarter", COMPARED_QUARTER, compared_quarter),
        ("date.year_earlier", r"^(?:the\s+)?(?P<count>)(?P<unit>year)-(?P<dir>earlier|ago)(?:\s+(?:quarter|period|months?))?$", story_shift),
        ("date.story_shift", rf"^{_APPROX}(?:(?P<count>\d+|an?|one)[\s-]+)?(?P<unit>{UNIT_RE})[\s-]+(?P<dir>earlier|later|before|after)$", story_shift),
        ("date.story_adjacent_part", r"^(?:the\s+)?(previous|preceding|prior|following|next)\s+(morning|afternoon|evening|night)$", story_adjacent_part),
        ("date.story_adjacent", r"^(?:the\s+(?P<dir>previous|preceding|prior|following|next)|(?P<dir2>previous|preceding|prior|following))(?P<count>)\s+(?P<unit>day|night|week|month|quarter|year)$", story_shift),
        ("date.story_weekday", rf"^the\s+(previous|preceding|prior|following|next)\s+({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$", story_weekday),
        ("date.story_part", r"^(?:the\s+|mid-?\s*(?!night|day$)|late\s+|early\s+)?(day|morning|afternoon|evening|night)$", story_part),
        ("date.that_unit", r"^(?:earlier |later |late |early )?(?:(?:in |on )?that|the same|that same)\s+(day|week|weekend|month|year|morning|afternoon|evening|night)$", that_unit),
        ("date.in_the_day", r"^(?:earlier|later|early|late)\s+in\s+the\s+(day|morning|afternoon|evening|night)$|^the\s+(?:end|rest|start|beginning)\s+of\s+the\s+(day)$", in_the_day),
        ("date.day_word_shift", r"^the day (before yesterday|after tomorrow)$", day_word_shift),
        ("date.day_word", r"^(?:early |late |earlier |later )?(today|tonight|yesterday|tomorrow)(?:\s+(morning|afternoon|evening|night))?$", day_word),
        ("date.part_day_word", r"^(?:early |late |mid-?\s*)?(morning|afternoon|evening|night)\s+(today|yesterday|tomorrow)$", part_day_word),
        ("date.last_night", r"^(?:late\s+)?(?:last night|last evening)$", last_night),
        ("time.overnight", r"^(?:late\s+)?overnight$", overnight),
        ("date.this_part", r"^(?:earlier |later |late |early )?this\s+(morning|afternoon|evening)$", this_part),
        ("date.relative_weekday", rf"^(last|next|this|this coming|this past|coming|past)\s+({'|'.join(WEEKDAYS)})(?:\s+(morning|afternoon|evening|night))?$", relative_weekday),
        ("date.week_of_month", WEEK_OF_MONTH, week_of_month),
        ("date.relative_month", rf"^(last|next|this|coming|past)\s+({MONTH_RE})$", relative_month),
        ("date.season", rf"^(?:the\s+)?{_EDGE}(?:(last|this|next|coming|past|the|this past|this coming|that|that same|the same)\s+)?{_SEASON}(?:\s+(?:of\s+)?(\d{{4}})(?:[-/–]\d{{2}}(?:\d{{2}})?)?)?$", season),
        ("date.quarter", r"^(?:the\s+|its\s+|a\s+)?(?:(?P<rel>this|last|next) year's\s+)?(?:fiscal[\s-]+)?(?:(?P<year>\d{4})\s+)?(?:fiscal[\s-]+)?(?P<q>final|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarters?(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year2>\d{4})|\s+(?:of\s+)?(?P<rel2>this|last|next)\s+(?:fiscal\s+)?year)?$", named_quarter),
        ("date.quarter_q", r"^(?P<q>q[1-4])(?:\s+(?P<year>\d{4}))?$", named_quarter),
        ("date.current_quarter", r"^(?:the\s+)?(?:current|present|this)\s+(?:fiscal\s+)?quarter$", current_quarter),
        ("date.year_end", YEAR_END, year_end),
        ("date.current_year", r"^(?:(?:earlier|later|early|late)\s+in\s+)?(?:the\s+)?(?:current\s+|full\s+|entire\s+|whole\s+|calendar\s+)?(?:fiscal\s+)?year(?:[\s-]end|'s end)?$|^(?:around\s+)?year[\s-]end$|^the (?:end|beginning|start|middle|rest) of the year$", current_year),
        ("date.this_month", r"^(?:the\s+)?(?:end|beginning|start|middle|rest)\s+of\s+the\s+month$|^(?:earlier|later|early|late)\s+in\s+the\s+month$", this_month),
        ("date.weekend", r"^(the|this|last|next|past|coming|this past|this coming)?\s*weekend$", weekend),
        ("date.the_quarter", r"^(?:the\s+)?(?:latest|current|recent|most recent|same|last)?\s*(?:fiscal\s+)?(?:quarter|period|three months)$", the_quarter),
        ("date.half", r"^(?:the\s+)?(1st|2nd|last|latter|final)[\s-]+half(?:\s+of\s+(?:fiscal\s+)?(?:(\d{4})|(this|last|next|the) year))?$", half_year),
        ("date.relative_unit", rf"^{_EDGE}(this|current|the current|last|past|the past|previous|the last|next|coming|the coming|the next|this coming)\s+(second|minute|hour|day|night|week|weekend|month|quarter|year)$", relative_unit),
        ("date.relative_decade", r"^(this|last|next|the past|the last|the next)\s+decade$", relative_decade),
        ("date.relative_century", r"^(this|last|next|the past|the last|the next)\s+century$", relative_century),
        ("date.web_form", WEB_FORM, web_form_date),
        ("date.hundreds", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(1[0-9])00'?s$", hundreds),
        ("date.decade", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(\d{3}0)'?s$", decade),
        # "the '80s", "the mid-80s" (not "his 50s", an age)
        ("date.decade", r"^(?:the\s+(?:early\s+|mid-?\s*|late\s+)?'?|(?:early\s+|mid-?\s*|late\s+)?')(\d0)s$", decade),
        ("date.decade_words", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$", decade_words),
        ("date.century", r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?(\d{1,2})(?:st|nd|rd|th)[\s-]+century$", century),
        ("date.fiscal_short", FISCAL_SHORT, lambda m, a: Reading(DATE, fiscal_year_value(m.group(1), a.today))),
        ("date.year", r"^(?:(?:the\s+)?(?:fiscal|calendar|year|the year|model year|school year|fy)\s*)?(\d{4})(?:\s+(?:fiscal\s+)?(?:year|period))?$", bare_year),
        ("date.numeric", r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$", numeric_date),
        ("duration.compound", COMPOUND, compound_length),
        ("duration.large_count", LARGE_COUNT, large_count_length),
        *((name, pattern, from_value_rule(DURATION, value_of)) for name, pattern, value_of in DURATION_RULES),
        ("duration.count", rf"^{_APPROX}{_N}(?:\s+or\s+(?:so|more|\d+))?[\s-]+(?:(?:trading|business|working|calendar|full|straight|consecutive)\s+)?(?P<unit>{UNIT_RE})(?:[\s-]+(?:old|long|or so|or more|ahead|running))?(?:\s+of\s+(?:the\s+|this\s+|last\s+)?(?:year|\d{{4}}|fiscal\s+\d{{4}}))?$", counted_length),
        ("duration.fuzzy", rf"^(?:the\s+)?(?:past\s+|last\s+|next\s+|coming\s+|recent\s+|1st\s+|early\s+|several\s+|many\s+)?({UNIT_RE.replace('?', '')})(?:\s+ahead)?$", uncounted_units),
        ("date.holiday", rf"^(?:(last|this|next|this past|this coming|coming|the)\s+)?({HOLIDAY_RE})(?:\s+(?:of\s+)?(\d{{4}}))?$", holiday),
        ("duration.half_unit", r"^(?:(?:about|around|nearly|almost|more than|less than|over|under|at least|just over|only|another)\s+)?half\s+(?:an?|the)\s+(minute|hour|day|week|month|year|decade|century)$", half_unit),
        ("duration.part_century", r"^(?:the|a)\s+(?:(?:past|last|next|coming|previous|first)\s+)?(half|quarter)[\s-]+century$", part_century),
        ("date.from_now", rf"^(\d+|an?|one)[\s-]+({UNIT_RE})\s+from\s+(?:now|today)$", units_from_now),
        ("date.this_week", r"^(?:the\s+)?(?:(?:end|beginning|start|middle|rest)\s+of\s+(?:the|this)\s+week|midweek)$|^(?:earlier|later|early|late)\s+in\s+the\s+week$", this_week),
        ("date.week_of", r"^(?:the\s+)?week\s+of\s+(.+)$", week_of),
        ("date.day_of_month", rf"^(?:({'|'.join(WEEKDAYS)}),?\s+)?the\s+(\d{{1,2}})(?:st|nd|rd|th)$", day_of_month),
        ("date.month_of_relative_year", rf"^(?:(?:early|late)\s+|mid-?\s*)?({MONTH_RE})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?\s+(?:of\s+)?(last|this|next)\s+year$", month_of_relative_year),
        ("calendar", r"^.*$", calendar_date),
        ("absolute_fallback", r"^.*\b\d{4}\b.*$", absolute_fallback),
    )
)


#: "'98", "March '09": a year written with two digits (not "the '80s", a decade).
_TWO_DIGIT_YEAR = re.compile(r"(?<![\w'])'(\d{2})\b(?!s)")


def _full_year(m: re.Match[str], today: date | None) -> str:
    """date.two_digit_year: the century that puts the year at most ten years after publication
    (1950-2049 without a publication date)."""
    two = int(m.group(1))
    ceiling = (today.year if today else 2039) + 10
    year = ceiling - (ceiling - two) % 100
    return f"{year:04d}"


_LEADING_PREPOSITION = re.compile(
    r"^(?:on|in|at(?!\s+(?:least|most))|by|since|until|till|from|of|during|for|through|throughout|before|after)\s+"
)
_THOUSANDS_COMMA = re.compile(r"(?<=\d),(?=\d{3}\b)")
_NUMBER_AND_A_HALF = re.compile(r"\b(\d+(?:\.\d+)?) (\w+) and a half\b")
_ONE_AND_A_HALF = re.compile(r"\b(?:an?|one) (\w+) and a half\b")
#: "the past year and a half": a length after "the past", "the next" ... told without a count (P1Y6M, not last year).
_THE_UNIT_AND_A_HALF = re.compile(
    r"\b(the (?:past|last|next|coming|previous|first|following) )(second|minute|hour|day|week|month|year|decade) and a half\b"
)


def normalise(text: str, anchor: Anchor) -> tuple[Reading, str] | None:
    """The TimeML reading of ``text`` and the name of the rule that gave it, or None."""
    phrase = clean(text)
    phrase = _LEADING_PREPOSITION.sub("", phrase)
    phrase = _THOUSANDS_COMMA.sub("", phrase)  # "1,000 years"
    phrase = _NUMBER_AND_A_HALF.sub(lambda m: f"{float(m.group(1)) + 0.5:g} {m.group(2)}", phrase)
    phrase = _ONE_AND_A_HALF.sub(r"1.5 \1", phrase)
    phrase = _THE_UNIT_AND_A_HALF.sub(r"\g<1>1.5 \2s", phrase)
    if "'" in phrase:
        phrase = _TWO_DIGIT_YEAR.sub(lambda m: _full_year(m, anchor.today), phrase)
    if not phrase:
        return None
    for name, pattern, handler in VALUE_RULES:
        if (m := pattern.match(phrase)) is not None:
            try:
                reading = handler(m, anchor)
            except (ValueError, KeyError, OverflowError):
                reading = None
            if reading is not None:
                return reading, name
    return None
