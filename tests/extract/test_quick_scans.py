"""The date rules' quick whole-text scans find exactly what the plain scans find.

Several span rules scan the whole article: over the lower-cased text instead of with IGNORECASE
(``folded_search``), only where a match can begin (``scan_starts``), or after a test that proves
no match can be there (a holiday's name, a digit before "sec"). Each rule here runs twice on the
same doc, once the quick way and once the plain way (``folded`` refusing every text turns the
lower-cased twin and the prefilters off, ``matches_from`` becomes ``finditer``); the two must
give the same spans on written sentences (another case, a line break inside a name, a hyphenated
length, the characters that fold differently) and on generated ones.
"""

from __future__ import annotations

import re

import pytest
import spacy
from hypothesis import given, strategies as st

from tui.extract import (
    date_extents,
    date_lengths,
    date_news_phrases,
    date_report_periods,
    date_spans,
    date_times,
    date_wire_forms,
    folded_search,
)
from tui.extract.date_spans import TimeSpan
from tui.extract.folded_search import finditer_ignoring_case, has_twin

_BLANK = spacy.blank("en")

#: Patterns the rules scan whole articles with the quick way: a capital letter or an inline flag
#: added to one would silently send it back to the slow way.
QUICK_PATTERNS = {
    "date_spans._EXTRA": date_spans._EXTRA,
    "date_wire_forms._HOLIDAY": date_wire_forms._HOLIDAY,
    "date_lengths._MISSED_LENGTH": date_lengths._MISSED_LENGTH,
}
#: Rules with a quick scan; a blank tokenizer's doc is enough to compare the two ways (the few
#: that read tags read the same empty tags both ways).
TEXT_RULES = [
    date_wire_forms.add_holidays, date_lengths.add_missed_lengths, date_lengths.add_unit_long, date_lengths.add_vague_lengths,
    date_times.read_local_clocks, date_times.read_wire_clocks_before_weekdays, date_times.read_game_clocks,
    date_extents.add_clock_times, date_extents.add_year_ranges, date_extents.add_day_words,
    date_news_phrases.add_relative_day_phrases, date_report_periods.add_latest_periods,
    date_wire_forms.add_seconds_abbreviated, date_wire_forms.add_this_moment, date_spans.add_unmarked,
]
_MODULES = (folded_search, date_extents, date_lengths, date_news_phrases, date_report_periods, date_spans, date_times, date_wire_forms)


@pytest.mark.parametrize("name", sorted(QUICK_PATTERNS))
def test_the_rules_patterns_keep_their_quick_twin(name):
    assert has_twin(QUICK_PATTERNS[name]), f"{name} lost its lower-cased twin (a capital letter or an inline flag?)"


def _plain_way(monkeypatch):
    """Every text refused (no lower-cased twin, no prefilter) and every scan tried everywhere."""
    for module in _MODULES:
        if hasattr(module, "folded"):
            monkeypatch.setattr(module, "folded", lambda text: None)
        if hasattr(module, "matches_from"):
            monkeypatch.setattr(module, "matches_from", lambda pattern, text, starts: pattern.finditer(text))


def _both_ways(rule, doc, spans=()):
    quick = rule(doc, list(spans))
    with pytest.MonkeyPatch.context() as mp:
        _plain_way(mp)
        plain = rule(doc, list(spans))
    return quick, plain


_WRITTEN = [
    "Shops close on Bastille Day, on BASTILLE DAY and on bastille day.",
    "The parade is on Labor\nDay, after Labor  Day and before Labor Day.",  # a line break inside a name
    "Rallies marked International Women's Day; the Good Friday agreement; Easter Island.",
    "He left on St. Patrick's Day and came back for New Year's Eve.",
    "İstanbul shut on Christmas Day.",  # dotted capital I: the text changes length when lower-cased
    "Christmaſ and Chriſtmas Day",  # the long s matches s only with IGNORECASE
    "a decade-long war, an hour long speech, a two-year-long probe, a week-\nlong strike",
    "It lasted over a week, at least 20 more years, for a year, 60 Minutes, 28 Days Later, three quarters of the vote.",
    "FOR AT LEAST TWENTY MORE YEARS and for a Year, one day, One Day, aged 12 and 14 years.",
    "No holiday and no length here at all.",
    "At 0800 local time, 1430 LOCAL (0630 GMT), at 0830 GMT, 2053 Wednesday night, 12345 local, 1800 local residents.",
    "With 1:29 remaining, 4:12 LEFT in the third, 12:30:45 to go, 1:2 left, ::59 remaining.",
    "At 9 P.M., about 19:00, 8:00am, John 3:16, 5 percent, 7 pm, Around 10 a.m.",
    "The vote closed at 10:59 and 23:51.",  # each clock alone in its text: a prefilter must let each through
    "They met at 9 pm.",
    "They met at 9 A.M. sharp.",
    "In 1957-58, 2017–2018, No. 1990-1995, 19999-2000.",
    "TODAY he said; Yesterday; USA Today; later tonight; early\ntomorrow; todays.",
    "Sales in THE LATEST QUARTER and the most\nrecent period rose.",
    "He ran 11.42SEC, then 1min 44.5 sec, and 19.19\nsec; security sectors.",
    "At THIS MOMENT, this crucial moment of triumph; at present, At present levels.",
    "For some time, FOR A WHILE, for quite some time ago, before a while.",
    "Last Week, last week of June, This Morning, this morning, CBS This Morning, yesterday evening.",
    "TONIGHT and Next\nYear, thisweek, the last month, blast night, TOMORROW AFTERNOON.",
    "Right now, NOW, On SUNDAYS, twice a week, the near term, two-year, nowadays.",
]


@pytest.mark.parametrize("text", _WRITTEN)
@pytest.mark.parametrize("rule", TEXT_RULES, ids=lambda r: r.__name__)
def test_quick_scans_find_what_plain_scans_find(rule, text):
    doc = _BLANK(text)
    quick, plain = _both_ways(rule, doc, [TimeSpan(0, 4)] if text.startswith("Shops") else ())
    assert quick == plain


def test_holidays_in_every_case_are_still_found():
    from tui.extract.date_holidays import FIXED, MOVABLE

    for name in (*FIXED, *MOVABLE):
        written = name.title().replace("'S", "'s")
        doc = _BLANK(f"It happened on {written}, they said.")
        quick, plain = _both_ways(date_wire_forms.add_holidays, doc)
        assert quick == plain, name


def test_a_lower_case_name_kept_by_a_capital_elsewhere_reads_back_the_original_case(nlp):
    # the match may be over the lower-cased text: the unit's capital must come from the article
    text = "He spent 28 Days there. Then 28 days passed."
    doc = nlp(text)
    found = [text[s.start:s.end] for s in date_lengths.add_missed_lengths(doc, [])]
    assert found == ["28 days"]


_PIECES = ["Bastille Day", "bastille day", "LABOR DAY", "Labor\nDay", "Christmas", "christmas trees",
           "Good Friday agreement", "for", "at least", "two", "20", "a", "an", "more", "Years", "years",
           "week", "-", "long", "decade-long", "old", "of", "\n", ",", "İ", "ſ", "ı", "x", "Minutes", "one day",
           "0800", "2053", "1430", "local", "time", "GMT", "Wednesday", "night", "1:29", "12:30", "remaining", ":",
           "9", "P.M.", "am", "about", "1957-58", "2017", "–", "Today", "tonight", "latest", "recent", "quarter",
           "11.42sec", "sec", "moment", "this", "present", "At", "some", "while", "last", "Sundays", "now"]


@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_quick_scans_match_plain_scans_on_generated_text(pieces):
    text = " ".join(pieces)
    doc = _BLANK(text)
    for rule in TEXT_RULES:
        quick, plain = _both_ways(rule, doc)
        assert quick == plain, rule.__name__


@given(st.lists(st.sampled_from(_PIECES), max_size=24))
def test_twin_matches_have_the_same_groups(pieces):
    text = " ".join(pieces)
    pattern = date_lengths._MISSED_LENGTH
    quick = [(m.span(), [m.span(g) for g in ("rough", "count", "unit")]) for m in finditer_ignoring_case(pattern, text)]
    plain = [(m.span(), [m.span(g) for g in ("rough", "count", "unit")]) for m in pattern.finditer(text)]
    assert quick == plain


def test_named_groups_keep_the_twin_but_inline_flags_and_back_references_do_not():
    assert has_twin(re.compile(r"(?P<count>\d+) days", re.IGNORECASE))
    assert not has_twin(re.compile(r"(?P<Count>\d+) days", re.IGNORECASE))
    assert not has_twin(re.compile(r"(?-i:a)b", re.IGNORECASE))
    assert not has_twin(re.compile(r"(?P<w>a)(?P=w)", re.IGNORECASE))


def test_starts_before_gives_each_place_once_in_order_when_words_are_close():
    from tui.extract.scan_starts import starts_before

    assert list(starts_before("long", "a longlong x long", within=3)) == [0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13]
    assert list(starts_before("for", "for", within=2)) == [0]
    assert list(starts_before("long", "no such word", within=8)) == []


def test_starts_at_merges_the_words_places_in_order_once():
    from tui.extract.scan_starts import starts_at

    text = "this is the last; lastthis"  # "is" inside "this" too, "this" and "is" at one place each
    assert list(starts_at(("this", "is", "last"), text)) == [0, 2, 5, 12, 18, 22, 24]
    assert list(starts_at(("this", "is", "last"), text)) == [i for i in range(len(text)) if text.startswith(("this", "is", "last"), i)]
    assert list(starts_at(("x",), "")) == []


@given(st.lists(st.sampled_from(["long", "day", "-", " ", "x", "hour", "century", "\n", "LONG"]), max_size=20))
def test_matches_from_the_starts_are_the_matches_of_finditer(pieces):
    from tui.extract.scan_starts import matches_from, starts_before

    text = "".join(pieces)
    pattern = date_lengths._UNIT_LONG
    quick = [m.span() for m in matches_from(pattern, text, starts_before("long", text.lower(), within=8))]
    assert quick == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Exports slowed In The Autumn of 2019.", ["The Autumn of 2019"]),
        ("Rain fell during\tthe\nwinter.", ["the\nwinter"]),
        ("It grew within the summer and by  the spring.", []),  # "within" is no "in"; one space only before "the"
        ("Troops left over the fall of Rome, until the late winter.", ["the late winter"]),
    ],
)
def test_a_season_after_a_preposition_with_the_look_behinds_after_the(text, found):
    # the look-behinds stand after "the" (and take it along) so the scan can skip the branch by its first letter
    for spans in (date_spans.spans_ignoring_case(date_spans._EXTRA, text), [m.span() for m in date_spans._EXTRA.finditer(text)]):
        assert [text[a:b] for a, b in spans] == found


def _literal_starts(pattern: re.Pattern[str]) -> set[str]:
    """The literal words every match of ``pattern`` begins with, one per branch (look-arounds skipped)."""
    from re import _constants as sre, _parser as parser  # type: ignore[attr-defined]

    def starts(items):  # (prefix, still literal) pairs
        out = {("", True)}
        for op, av in items:
            if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
                continue
            if op is sre.LITERAL:
                out = {(p + chr(av), True) if open_ else (p, False) for p, open_ in out}
            elif op is sre.SUBPATTERN or op is sre.BRANCH:
                inner = set().union(*(starts(s) for s in ([av[3]] if op is sre.SUBPATTERN else av[1])))
                out = {(p + q, o2) for p, open_ in out for q, o2 in (inner if open_ else {("", False)})}
            else:
                out = {(p, False) for p, _ in out}
        return out

    return {p for p, _ in starts(parser.parse(pattern.pattern, pattern.flags))}


def test_the_places_scans_begin_from_still_cover_their_patterns():
    # a branch added to one of these patterns must not begin where its rule does not look
    relative = _literal_starts(date_news_phrases._RELATIVE_DAY)
    assert all(p.startswith(date_news_phrases._RELATIVE_DAY_FIRST) for p in relative), relative
    units = _literal_starts(date_lengths._UNIT_LONG)
    assert units and max(map(len, units)) + 1 <= 8, units  # "long" at most 8 characters in: add_unit_long's reach
    assert _literal_starts(date_lengths._VAGUE_LENGTH) == {"for"}
    assert _literal_starts(date_lengths._UNIT_LONG) >= {"century", "hour"}  # the helper reads real branches
