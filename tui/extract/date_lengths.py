"""Span rules for lengths of time (DURATION), run by ``date_spans.SPAN_RULES``.

- ``widen_to_period_noun``: "a three-year period", "a one-year term": TimeML's extent takes the
  noun that only holds the length, and its article.
- ``widen_to_length_tails``: "the weeks ahead", "a years-long drought": the word after the unit
  that keeps it a length is part of it.
- ``drop_named_lengths``: "the Six-Day War", "the Hundred Years' War": a name, not a length.
- ``add_unit_long``: "a yearlong inquiry", "a decade-long war": the model leaves them out.
- ``drop_pay_measures``: "six months of base pay", "a year's salary": an amount of money.
- ``split_length_of_period``: "the first nine months of 1997" is a length and a year, two TIMEX3s.
- ``trim_shift_words``: "Three days later" is the length "Three days" (a DURATION: TimeML leaves
  "later" out; "a year earlier", a DATE, keeps it).
- ``trim_articles_before_length_adjectives``: "a two day (conference)" is "two day".
- ``add_vague_lengths``: "for some time", "for a while": a length of no told size (PXX).
- ``join_unit_alternatives``: "weeks or months", "recent weeks and months": one vague length.
- ``trim_verb_last``: "(could) last days" is the length "days".
- ``add_missed_lengths``: "over a week", "at least 20 more years", "several quarters" the model left out.
- ``widen_lengths_per_period``: "24 hours a day" is a set (P1D).
- ``read_one_day_after_modals``: "will one day be" is FUTURE_REF, not P1D.
- ``split_length_and_anchor``: "the twenty four hours preceding 10 a.m.", "two days after
  Christmas": a length, a signal and a time, two TIMEX3s (TimeML marks the signal apart).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .date_extents import trim_leading, trim_trailing
from .date_words import MONTH_NAMES, UNIT_RE, WEEKDAYS
from .doc_text import doc_text
from .folded_search import finditer_ignoring_case, folded
from .scan_starts import matches_from, starts_before
from .word_index import span_at

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from .date_spans import TimeSpan


_LENGTH_ADJECTIVE = re.compile(
    rf"^(?:(?:a|an|the)\s+)?(?:\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?:-(?:{UNIT_RE})|\s+(?:second|minute|hour|day|week|month|year))(?:-long)?$",
    re.IGNORECASE,
)
_PERIOD_NOUN = re.compile(r"\s+(?:period|term|span|stretch|spell|window)\b", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)\s+$", re.IGNORECASE)


def widen_to_period_noun(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"a" + "three-year" + "period": the noun that only holds the length is part of the
    expression (TimeBank marks "a three-year period" and "one-year term" whole); "a two-year
    contract" stays "two-year"."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if _LENGTH_ADJECTIVE.match(text[span.start:span.end]) and (noun := _PERIOD_NOUN.match(text, span.end)):
            article = None if re.match(r"(?:a|an|the)\s", text[span.start:span.end], re.IGNORECASE) else \
                _ARTICLE_BEFORE.search(text, max(0, span.start - 5), span.start)
            span = replace(span, start=article.start() if article else span.start, end=noun.end())
        out.append(span)
    return out


_NAMED_LENGTH = re.compile(
    rf"^(?:[A-Z][a-z]+|\d+)[\s-](?:{'|'.join(u.capitalize() for u in ('day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'minute', 'minutes'))})['’]?$"
)
_NAME_AFTER = re.compile(r"['’]?s?\s+(?:[A-Z][a-z]+)")
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


#: "The Last Days (of Dolwyn)", "Three Days (of the Condor)": words of a title, capitalised mid-sentence.
_TITLE_LENGTH = re.compile(
    r"^(?:The\s+)?(?:[A-Z][a-z]+\s+)+(?:Seconds|Minutes|Hours|Days|Nights|Weeks|Months|Years|Decades|Centuries)$"
)
_LOWER_WORD_BEFORE = re.compile(r"[a-z,]\s+$")


def drop_named_lengths(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the Six-Day War", "the Hundred Years' War", "the 24-Hour Race": count and unit both
    capitalised between "the" and another capitalised word name a thing (TimeML marks no time in a
    proper name), as do capitalised words of a title mid-sentence ("debut The Last Days of Dolwyn");
    "Six-day talks" at a sentence start keeps its length."""
    text = doc_text(doc)
    kept = []
    for span in spans:
        if (_NAMED_LENGTH.match(text[span.start:span.end]) and _NAME_AFTER.match(text, span.end)
                and _THE_BEFORE.search(text, max(0, span.start - 5), span.start)):
            continue
        if _TITLE_LENGTH.match(text[span.start:span.end]) and _LOWER_WORD_BEFORE.search(text, max(0, span.start - 3), span.start):
            continue  # "his 1949 movie debut The Last Days of Dolwyn"
        kept.append(span)
    return kept


#: "the days" + " ahead", "years" + "-long": a plural unit (with or without its count) and the tail.
_PLURAL_UNIT_END = re.compile(r"\b(?:seconds|minutes|hours|days|nights|weeks|months|years|decades)$", re.IGNORECASE)
_TAIL = re.compile(r"(?:\s+ahead\b(?!\s+of\b)|-long\b)", re.IGNORECASE)
_LEAD = re.compile(r"\s+ahead$", re.IGNORECASE)
#: "the days ahead" is a time to come; "six minutes ahead (of the field)" a lead in a race.
_COUNTLESS = re.compile(r"^(?:the\s+)?(?:(?:coming|next|few|several|many)\s+)*[a-z]+$", re.IGNORECASE)


def widen_to_length_tails(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the days" + "ahead" (TimeBank marks "the weeks ahead" whole), "years" + "-long": the tail
    belongs to the length (date_values reads both); "six minutes ahead of the field" is a lead,
    and the length is "six minutes"."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (lead := _LEAD.search(text, span.start, span.end)) and re.match(r"\s+of\b", text[span.end:span.end + 4]):
            span = replace(span, end=lead.start())  # "six minutes ahead" + "of the field": a lead, cut
        tail = _TAIL.match(text, span.end)
        if tail and _PLURAL_UNIT_END.search(text, span.start, span.end) and (
                tail.group().startswith("-") or _COUNTLESS.match(text[span.start:span.end])):
            span = replace(span, end=tail.end())
        out.append(span)
    return out



#: "the first nine months" + "of" + "1997" / "the year": a count of units, then the period it lies in.
_LENGTH_OF_PERIOD = re.compile(
    r"^((?:the\s+)?(?:first|last|past|final|latest)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
    r"(?:days|weeks|months))\s+of\s+((?:the\s+|this\s+|last\s+)?(?:fiscal\s+)?(?:year|\d{4}))$",
    re.IGNORECASE,
)


def split_length_of_period(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the first nine months" + "1997": TimeBank marks the length and the year it lies in apart
    (P9M and 1997), so both are found and the year is a date of its own."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list[TimeSpan] = []
    for span in spans:
        if span.range is None and (m := _LENGTH_OF_PERIOD.match(text[span.start:span.end])):
            out.append(replace(span, end=span.start + m.end(1)))
            out.append(TimeSpan(span.start + m.start(2), span.end))
            continue
        out.append(span)
    return out


#: "Three days later", "a few days later", "a minute and a half later", "ten years later": a length
#: and the word that places it (the value rules read such lengths as DURATION, with or without the
#: word). TimeBank tags the count alone before "later"/"after" with every unit ("twenty years",
#: "nearly two months", "a month" after ...); "a year earlier" stays whole, a date.
_SHORT_SHIFT = re.compile(
    r"^(?P<keep>(?:(?:about|around|some|nearly|almost|only|just|barely|less\s+than|more\s+than|over|at\s+least)\s+)?"
    r"(?:\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|a few|few|several|half\s+an?)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)(?:\s+and\s+a\s+half)?)(?:\s+(?:later|afterwards?))$",
    re.IGNORECASE,
)


def trim_shift_words(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"Three days later" -> "Three days": the length is the TIMEX3, "later" a signal (TimeBank,
    three of four; "a year earlier", a date, keeps "earlier")."""
    return trim_trailing(doc, spans, _SHORT_SHIFT)


_ARTICLE_LENGTH_ADJECTIVE = re.compile(
    r"^(?:a|an|the)\s+(?=(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty)[\s-]"
    r"(?:second|minute|hour|day|week|month|year|decade)$)",
    re.IGNORECASE,
)


def trim_articles_before_length_adjectives(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"a two day (conference)", "the 10 year (plan)": a count with a singular unit describes the
    noun after it, and the article is the noun's (as in "a two-day conference")."""
    return trim_leading(doc, spans, _ARTICLE_LENGTH_ADJECTIVE)



_LENGTH_SIGNAL_TIME = re.compile(
    rf"^((?:the\s+)?(?:(?:past|last|first|next|final)\s+)?(?:\d+(?:\.\d+)?|an?|one|[a-z]+(?:[\s-][a-z]+)?)\s+(?:{UNIT_RE}))"
    r"\s+(?:preceding|before|after|prior\s+to|following|since)\s+(.+)$",
    re.IGNORECASE,
)
_NAMES_A_TIME = re.compile(
    rf"\d|\b(?:noon|midnight|today|yesterday|tomorrow|{'|'.join(WEEKDAYS)}|christmas|easter|{'|'.join(MONTH_NAMES)})\b",
    re.IGNORECASE,
)


#: "a quarter before 11 a.m.", "half past 9": a clock told by the quarter hour, one time (10:45).
_QUARTER_CLOCK = re.compile(r"^(?:a\s+)?(?:quarter|half)\s+(?:before|to|past|after)\s+\d{1,2}(?::00)?(?:\s*[ap]\.?m\b|\s|$)", re.IGNORECASE)


def split_length_and_anchor(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the twenty four hours" + "preceding" + "10 a.m.": the length and the time it is counted
    from are two expressions (one read whole would be a time with a length's words in it)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out: list[TimeSpan] = []
    for span in spans:
        m = _LENGTH_SIGNAL_TIME.match(text[span.start:span.end])
        if m is not None and span.range is None and _NAMES_A_TIME.search(m.group(2)) and not _QUARTER_CLOCK.match(m.group(0)):
            out.append(replace(span, end=span.start + m.end(1)))
            out.append(TimeSpan(span.start + m.start(2), span.end))
            continue
        out.append(span)
    return out



#: "six months of base pay", "three months' salary", "a year's rent": time as a measure of money.
_PAY_AFTER = re.compile(
    r"(?:['’]s?\s+|\s+of\s+)(?:(?:his|her|their|its|base|basic|annual|full|gross|net)\s+)*"
    r"(?:pay|salary|salaries|wages?|rent|severance|allowance|pension)\b",
    re.IGNORECASE,
)


def drop_pay_measures(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"equal to six months of base pay", "three months' salary": the length measures an amount
    of money, and TimeBank leaves it unmarked."""
    text = doc_text(doc)
    return [s for s in spans if not (_PLURAL_OR_ONE_UNIT.search(text, s.start, s.end) and _PAY_AFTER.match(text, s.end))]


_PLURAL_OR_ONE_UNIT = re.compile(r"\b(?:days?|weeks?|months?|years?)$", re.IGNORECASE)



_UNIT_LONG = re.compile(r"(?<![\w-])(?:hour|day|night|week|month|year|decade|century)[\s-]?long(?![\w-])", re.IGNORECASE)


def add_unit_long(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"a yearlong inquiry", "the decade-long war", "an hour-long speech": one unit as a length
    (TIDES and TimeML mark such adjectives as they do "two-year")."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    lower = folded(text)
    # every match holds "long" at most 8 characters in ("century-long"): tried only there (``scan_starts``)
    for m in _UNIT_LONG.finditer(text) if lower is None else matches_from(_UNIT_LONG, text, starts_before("long", lower, within=8)):
        if not any(s.start < m.end() and m.start() < s.end for s in out):
            out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


#: "for some time", "for a while": a length of no told size (TimeBank marks "some time" and "a
#: while" after "for", 2 of 2; "for a long time" it leaves out, as does "at some time").
_VAGUE_LENGTH = re.compile(r"(?<![\w-])for\s+((?:quite\s+)?(?:some\s+time|a\s+while))(?![\w-])(?!\s+ago\b)", re.IGNORECASE)


def add_vague_lengths(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"for some time", "for a while": the model marks neither; each is a length (PXX)."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    lower = folded(text)
    # every match begins with "for": tried only there (``scan_starts``)
    for m in _VAGUE_LENGTH.finditer(text) if lower is None else matches_from(_VAGUE_LENGTH, text, starts_before("for", lower, within=0)):
        if not any(s.start < m.end(1) and m.start(1) < s.end for s in out):
            out.append(TimeSpan(m.start(1), m.end(1)))
    return sorted(out, key=lambda s: s.start)


_PLURAL_UNITS = r"(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)"
#: "weeks" + " or months", "recent weeks" + " and months": one vague length ("days to weeks" is a range).
_OR_UNIT_AFTER = re.compile(rf"\s+(?:or|and)\s+(?:even\s+|possibly\s+|perhaps\s+)?{_PLURAL_UNITS}\b", re.IGNORECASE)
_BARE_PLURAL = re.compile(rf"^(?:(?:recent|several|many|some)\s+)?{_PLURAL_UNITS}$", re.IGNORECASE)


def join_unit_alternatives(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"weeks or months", "recent weeks and months", "months or even years": one vague length
    (TimeBank marks both whole, 2 of 2); the model marks the units apart or the second not at all."""
    text = doc_text(doc)
    out: list["TimeSpan"] = []
    end_of_joined = -1
    for span in sorted(spans, key=lambda s: s.start):
        if span.start < end_of_joined:
            continue  # the second unit, now inside the joined span
        if span.range is None and _BARE_PLURAL.match(text[span.start:span.end]) and (m := _OR_UNIT_AFTER.match(text, span.end)):
            span = replace(span, end=m.end(), reads_as=None)
            end_of_joined = m.end()
        out.append(span)
    return out


#: "(could) last months": the verb "last" before a bare plural unit; "the last days", "last weeks' results" keep it.
_VERB_LAST = re.compile(rf"last\s+(?={_PLURAL_UNITS}$)", re.IGNORECASE)


def trim_verb_last(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"the talks could last days": the model takes the verb into the length; the length is "days"."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if (m := _VERB_LAST.match(text, span.start, span.end)) is not None:
            words = span_at(doc, span.start, span.end, alignment_mode="expand")
            before = doc[words[0].i - 1] if words is not None and len(words) and words[0].i > 0 else None
            # the tagger often calls it an adjective: after a modal, "to" or "not" it is the verb
            if words is not None and len(words) and (words[0].pos_ in {"VERB", "AUX"} or (
                    before is not None and (before.tag_ in {"MD", "TO"} or before.lower_ in {"not", "n't", "never", "also", "only"}))):
                span = replace(span, start=m.end())
        out.append(span)
    return out


_COUNT_WORDS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred"
)
_ROUGH = r"about|around|some|nearly|almost|over|more\s+than|less\s+than|fewer\s+than|at\s+least|up\s+to|roughly|only|just|another|barely|under"
#: A told length the model left out: "over a week", "at least 20 more years", "several quarters".
_MISSED_LENGTH = re.compile(
    rf"(?<![\w$£€#.,-])(?P<rough>(?:(?:{_ROUGH})\s+)*)"
    rf"(?P<count>an?|(?<![\d,.])\d{{1,3}}(?:\.\d+)?|(?:{_COUNT_WORDS})(?:[\s-](?:{_COUNT_WORDS}))?|several|a\s+few)"
    r"\s+(?:(?:more|additional|full|straight|consecutive)\s+)?"
    r"(?P<unit>seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|quarters?)(?![\w-])",
    re.IGNORECASE,
)
#: What makes the words no length: an age ("old"), or for quarters a fraction ("three quarters of the vote").
_AGE_AFTER = re.compile(r"\s*-?(?:old|older|younger)\b", re.IGNORECASE)
_FRACTION_AFTER = re.compile(r"\s+of\b", re.IGNORECASE)
#: Words before "a week" that make it a length: "for a week", "within a year", "lasted an hour", "running a month (behind)".
_LENGTH_WORD_BEFORE = re.compile(r"\b(?:for|within|lasted|last|lasts|lasting|take|takes|took|taking|spent|spend|spends|running|run|runs)\s+$", re.IGNORECASE)
_AGED_BEFORE = re.compile(r"\baged?\b[^.;:]*$", re.IGNORECASE)
_ONE_DAY = re.compile(r"one\s+day", re.IGNORECASE)


def add_missed_lengths(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """"a tour likely to last over a week", "for at least 20 more years", "after several quarters of
    losses": a count and a unit the model calls a number or leaves out (TimeBank marks them). "a
    year" with no word before it that makes it a length stays out (a rate or an idiom as often),
    and so do ages ("20 years old") and fractions ("three quarters of the vote")."""
    from .date_spans import TimeSpan

    text = doc_text(doc)
    out = list(spans)
    # over the lower-cased text when that finds the same (under half the time): the unit's case is read from ``text``
    for m in finditer_ignoring_case(_MISSED_LENGTH, text):
        if m.group("count").lower() in {"a", "an"} and not m.group("rough") and not _LENGTH_WORD_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        if not m.group("rough") and _ONE_DAY.fullmatch(m.group()):
            continue  # "he hopes one day to fly": some day (FUTURE_REF), which the value rules read when the model marks it
        if text[m.start("unit")].isupper() or _AGED_BEFORE.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the 60 Minutes program", "28 Days Later": titles; "aged 12 and 14 years": ages
        if _AGE_AFTER.match(text, m.end()) or (m.group("unit").lower().startswith("quarter") and _FRACTION_AFTER.match(text, m.end())
                                                and m.group("count").lower() in {"one", "two", "three", "a", "an", "1", "2", "3"}):
            continue
        if any(s.start < m.end() and m.start() < s.end for s in out):
            continue
        out.append(TimeSpan(m.start(), m.end()))
    return sorted(out, key=lambda s: s.start)


def widen_lengths_per_period(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """set.length_per_period: "at least 23 hours per day", "24 hours a day", "two days a week": so
    long in every day or week, one SET of that period (P1D, P1W; TimeML puts the length in quant)."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if span.range is None and _MISSED_LENGTH.fullmatch(text, span.start, span.end) and (rate := _PER_PERIOD.match(text, span.end)):
            span = replace(span, end=rate.end(), reads_as=f"per {rate.group(1).lower()}")
        out.append(span)
    return out


_PER_PERIOD = re.compile(r"\s+(?:a|an|per|each|every)\s+(day|week|month|year)\b", re.IGNORECASE)


#: "will one day be", "could one day replace": after a modal, "one day" is some day to come.
_MODAL_BEFORE = re.compile(r"\b(?:will|would|could|might|may|can|should|must|shall|to)\s+$", re.IGNORECASE)


def read_one_day_after_modals(doc: "Doc", spans: list["TimeSpan"]) -> list["TimeSpan"]:
    """ref.one_day: "Islam will one day be the second largest religion" is FUTURE_REF, not a day's
    length (TimeBank: FUTURE_REF there, P1D for "in the job one day")."""
    text = doc_text(doc)
    out = []
    for span in spans:
        if text[span.start:span.end].lower() == "one day" and _MODAL_BEFORE.search(text, max(0, span.start - 10), span.start):
            span = replace(span, reads_as="someday")
        out.append(span)
    return out
