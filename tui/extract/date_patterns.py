"""The written shapes of dates in news: weekdays, months, durations, edges, relative days."""

from __future__ import annotations

import re

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)
NUMBER_WORDS = (
    r"\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
    r"eighty|ninety|hundred|thousand|dozen|dozens of|hundreds of|thousands of|several|few|many|some|a few|a couple of"
)
UNITS = r"seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|nights?"
#: "three years", "more than two decades", "95 years old": a length of time, not a date.
DURATION = re.compile(
    rf"^(?:the\s+)?(?:(?:past|last|next|first|coming|previous)\s+)?"
    rf"(?:(?:about|around|some|nearly|almost|over|more than|less than|at least|up to|roughly)\s+)?"
    rf"(?:(?:{NUMBER_WORDS})[\s-]+)+(?:{UNITS})(?:[\s-]+(?:old|long|later|earlier))?$"
)
#: "decades", "recent years": plural units with no count are spans of time too.
PLURAL_UNIT_ONLY = re.compile(
    r"^(?:(?:recent|past|coming|many|several)\s+)?(?:hours|days|weeks|months|years|decades|centuries)$"
)
SOFTENER = re.compile(r"^(?:earlier|later|early|late)\s+(?=this\b|last\b|next\b)")
DECADE = re.compile(r"^(?:the\s+)?(?:early\s+|mid-?\s*|late\s+)?'?(\d{2,3}0)'?s$")
YEAR = re.compile(r"^(?:(?:in|the year|year)\s+)?(\d{4})$")
ABSOLUTE_YEAR = re.compile(r"\b(1[5-9]\d\d|2[01]\d\d)\b")
TIME = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b|\bnoon\b|\bmidnight\b")
DAY_BEFORE = re.compile(
    r"^(?:the\s+)?(?:previous|preceding|prior)\s+(?:night|evening|day)$|^(?:the\s+)?(?:night|day|evening)\s+before$"
    r"|^yesterday(?:\s+(?:morning|afternoon|evening))?$|^last\s+(?:night|evening)$|^overnight$"
)
SAME_DAY = re.compile(r"^(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today|later\s+today)$")
WEEKDAY = re.compile(
    rf"^(?:(last|this|next|on|early|late)\s+)?({'|'.join(WEEKDAYS)})"
    r"(?:\s+(?:morning|afternoon|evening|night))?$"
)
#: Words that make a phrase datable at all: guards against dateparser reading "now" into noise.
DATABLE = re.compile(
    rf"\b\d+(?:st|nd|rd|th|s)?\b|\b(?:{'|'.join(WEEKDAYS + MONTHS)})\b|\b(?:yesterday|today|tomorrow|tonight|ago|last|next|"
    r"this|week|month|year|weekend|night|morning|evening|afternoon|earlier|later)\b"
)
#: Days told relative to another day of the story ("the next day", "that night").
DAY_AFTER = re.compile(r"^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)$|^the\s+day\s+after$")
THAT_DAY = re.compile(r"^(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)$")
#: Phrases relative to another moment in the story ("the previous night" after "on Thursday").
RELATIVE_TO_CONTEXT = re.compile(r"\b(?:previous|preceding|prior|before|earlier|later|following|next|same|that)\b")
#: Vague edges of a period ("late June", "the end of 2017", "around 8:30 p.m."): the period is the date.
EDGE = re.compile(
    r"^(?:(?:around|about|approximately|roughly|circa|some)\s+|(?:the\s+)?(?:end|beginning|start|middle|turn|spring|"
    r"summer|autumn|fall|winter)\s+of\s+(?:the\s+)?|(?:early|late|mid)(?:\s+|-))"
)
RECURRING = re.compile(r"^(?:daily|weekly|monthly|annual(?:ly)?|yearly|nightly|(?:every|each)\s+\w+)$")
CENTURY = re.compile(r"^(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+century$")
MONTH_NAMES = MONTHS[:12]
MONTH = re.compile(
    rf"^(?:(last|this|next)\s+)?({'|'.join(MONTH_NAMES)})(?:\s+(?:of\s+)?(this|last|next)\s+year)?$"
)
LEADING_PREPOSITION = re.compile(r"^(?:on|in|at|by|since|until|from|of|during)\s+")
