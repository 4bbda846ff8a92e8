"""Anchoring in narrative: a story told about another time than the publication date.

News tells most relative dates from the day it is written (HeidelTime's "news" documents); a
passage that tells a story of another year reads them from the story's last date instead
(HeidelTime's "narrative" documents, ``getLastMentionedX``). A news article holds both, so the
choice is made per expression, from what the paragraph has told so far:

- ``narrative_reference`` (anchor.narrative): a bare weekday told in the past tense by a verb that
  is not one of saying, in the sentence of a full date with its year written out (or the one
  after it) that lies over 60 days before publication, is read from that date: "The ferry left
  Dover on June 3, 2019. On Friday it ran aground" is Friday 7 June 2019 (the story moves on, so
  the first Friday on or after its day; a past perfect, "had left on Friday", looks back).
  Reported speech ("said Thursday") keeps the publication date, as news tells it, and so does an
  article that has already told a day of its own week: a news lead first, then background ("died on
  Sunday ... born on April 2, 1950. On Monday he was buried") is news again. Bare months
  are left to the publication date: in news a background year is followed by this year's months
  as often as by its own ("since 1980 ... In September, it announced"), so only "That June"
  (anchor.that_month) reads a month from the story.
- ``saying_day`` (anchor.reported_today): "today", "tonight", "this morning" (and "yesterday",
  "tomorrow", counted from the day of the saying) told in speech that
  was reported after the day it was spoken: after a saying verb whose sentence named an earlier
  day ("said on Tuesday that today is a sad day": Tuesday), or inside quotation marks in a story
  whose last day lies two to seven days before publication ("On Saturday, Caloundra beat
  Maroochydore. ... 'we made big ground on that gap today,' the coach said": Saturday).
  "said today" itself, and quotes in stories of yesterday or today, keep the publication day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_words import WEEKDAYS

_BARE_WEEKDAY = re.compile(rf"^(?:{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}")
WRITTEN_YEAR = re.compile(r"(?<![\d.,$])\b(?:1[6-9]|20)\d\d\b(?![\d.,%]\d)")
#: A weekday's story day must lie this far before publication: nearer, the week of publication is as likely.
_STORY_DAYS_AGO = 60


def narrative_reference(
    text: str,
    start: int,
    phrase: str,
    *,
    published: date | None,
    past: bool,
    perfect: bool,
    story_day: date | None,
    story_value: str | None,
    written_year: int | None,
    written_start: int | None,
) -> tuple[date, int] | None:
    """(the day to read from, the direction) for a bare weekday in a narrative passage, else None."""
    if not past or published is None or story_value is None or written_year is None or written_start is None:
        return None
    if "\n" in text[written_start:start] or not story_value[:4].isdigit() or int(story_value[:4]) != written_year:
        return None  # another paragraph, or the story has since moved to a year nobody wrote
    if story_day is None or not _DAY_VALUE.match(story_value) or (published - story_day).days <= _STORY_DAYS_AGO:
        return None
    if not _BARE_WEEKDAY.match(phrase):
        return None
    looks_back = perfect and not _BY_BEFORE.search(text, max(0, start - 8), start)  # "By Wednesday, markets had fallen"
    return story_day, -1 if looks_back else 1


TODAY_WORDS = re.compile(r"^(?:today|tonight|yesterday|tomorrow|last\s+night|this\s+(?:morning|afternoon|evening))$", re.IGNORECASE)
#: A saying verb right before the day it names: "said on Tuesday", "told reporters late Tuesday".
_SAID_ON = re.compile(
    r"\b(?:said|told(?:\s+\w+)?|announced|stated|added|declared|wrote|explained|insisted|warned|argued|claimed)"
    r"\s+(?:on\s+|late\s+|early\s+)?$",
    re.IGNORECASE,
)
#: How long after the story's day a quote may be published and still have been spoken on it.
_QUOTE_LAG = range(2, 8)
#: The day a "today" word names, counted from the day it was said ("last night" is the night before).
_WORD_OFFSET = {"yesterday": -1, "tomorrow": 1, "last": -1}


def saying_day(
    text: str,
    start: int,
    phrase: str,
    *,
    published: date | None,
    story_day: date | None,
    story_start: int | None,
    sentence_start: int,
    quoted: bool,
    story_before_quote: bool,
) -> date | None:
    """The day "today" was spoken on when that was before publication, else None."""
    if published is None or story_day is None or story_start is None or not TODAY_WORDS.match(phrase):
        return None
    if not 1 <= (published - story_day).days <= 7:
        return None
    if story_start >= sentence_start and _SAID_ON.search(text, sentence_start, story_start):
        return story_day  # "said on Tuesday that today ...": the day of the saying
    if quoted and story_before_quote and (published - story_day).days in _QUOTE_LAG:
        return story_day
    return None


#: Between a quote's closing mark and the day it was said: "," one resident said by telephone on "Sunday".
_ATTRIBUTION = re.compile(
    r"^[\s,.!?\"”’']*[^.!?\"“”\n]{0,80}?\b(?:said|says|told|wrote|added|explained|insisted|warned|declared)\b"
    r"[^.!?\"“”\n]{0,40}?(?:\bon\s+|\blate\s+|\bearly\s+)?$",
    re.IGNORECASE,
)


def today_said_on_a_named_day(text: str, values: list[tuple[int, int, str | None]], *, published: date | None) -> dict[int, str]:
    """anchor.reported_today, the attribution after the quote: '"Today it is quiet," one resident said
    on Sunday' (published Monday) is Sunday. ``values`` are (start, end, value) in text order; the
    answer maps the index of each "today" to move to its new value."""
    from .date_calendar import day_of_value, iso_day
    from .quote_marks import find_marked_quotes

    moved: dict[int, str] = {}
    candidates = [i for i, (start, end, value) in enumerate(values) if value and TODAY_WORDS.match(text[start:end])]
    if published is None or not candidates:
        return moved
    quotes = [(q.start, q.end) for q in find_marked_quotes(text) if q.closed]
    for i in candidates:
        start, _, value = values[i]
        quote_end = next((b for a, b in quotes if a <= start < b), None)
        said = next((j for j in range(i + 1, len(values)) if values[j][0] >= (quote_end or len(text))), None)
        if quote_end is None or said is None or value is None or not _ATTRIBUTION.match(text[quote_end:values[said][0]]):
            continue
        day, told = day_of_value(values[said][2]), day_of_value(value)
        if day is None or told is None or not 0 <= (published - day).days <= 7:
            continue
        # "yesterday" is a day before the saying; said on the publication day, the quote's "today" is that
        # day even when the story told an earlier one before the quote (anchor.quote_said_today)
        new = day + timedelta(days=_WORD_OFFSET.get(text[start:values[i][1]].lower().split()[0], 0))
        if new != told:
            moved[i] = iso_day(new) + value[10:]
    return moved
