"""Anchoring in stories told about another day: clocks with "last night", seasons, fiscal years,
narrative weekdays and months, "today" in speech reported later, clocks converted across midnight."""

from __future__ import annotations

from datetime import date

import pytest

from tests.extract.date_support import date_values
from tui.extract import analyse
from tui.extract.date_values import Anchor, Reading, normalise

#: A Thursday.
THURSDAY = "2024-03-14"


def _values(nlp, text: str, published: str = THURSDAY) -> dict[str, str | None]:
    return date_values(nlp, text, published)


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("9 p.m. last night", "2024-03-13T21:00"),
        ("last night at 9 p.m.", "2024-03-13T21:00"),
        ("11 p.m. last evening", "2024-03-13T23:00"),
        ("2 a.m. last night", "2024-03-14T02:00"),  # past midnight: the day of publication
        ("12:30 a.m. last night", "2024-03-14T00:30"),
    ],
)
def test_a_clock_with_last_night_is_on_the_night_before(phrase, value):
    """anchor.clock_last_night: the clock takes the day "last night" names, not the publication day."""
    anchor = Anchor(today=date(2024, 3, 14), story=date(2024, 3, 14), direction=-1)
    assert normalise(phrase, anchor)[0] == Reading("TIME", value)


def test_a_clock_with_last_night_in_a_sentence(nlp):
    assert _values(nlp, "The suspect was arrested at 9 p.m. last night near the station.")["9 p.m. last night"] == "2024-03-13T21:00"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Revenue for FY24 rose by a tenth.", "FY24", "2024"),
        ("The FY2023 figures were revised.", "FY2023", "2023"),
        ("The plan runs to FY 2030.", "FY 2030", "2030"),
    ],
)
def test_fiscal_years_written_short_are_their_years(nlp, sentence, expression, value):
    """date.fiscal_short: "FY24" is 2024 (TimeML gives "fiscal 1989" the year 1989)."""
    assert _values(nlp, sentence)[expression] == value


def test_a_fiscal_year_range_gives_both_ends(nlp):
    found = analyse("In FY 2012-13 the deficit grew.", nlp=nlp, published=THURSDAY).facts_of("date")
    assert [f.value for f in found] == ["2012", "2013"]


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("Exports slowed in the autumn, the ministry said.", "the autumn", "2023-FA"),
        ("Rain fell heavily during the winter.", "the winter", "2023-WI"),
    ],
)
def test_a_season_after_a_preposition_is_found(nlp, sentence, expression, value):
    """anchor.season_after_preposition: "in the autumn" is a season, told back in the past tense."""
    assert _values(nlp, sentence)[expression] == value


@pytest.mark.parametrize(
    "sentence",
    ["The fall in prices hurt exporters.", "After the fall of Rome, trade collapsed.", "He was hurt in the fall from the ladder."],
)
def test_the_fall_as_a_drop_is_no_season(nlp, sentence):
    assert not [v for k, v in _values(nlp, sentence).items() if "fall" in k]


def test_a_local_clock_converted_across_midnight_is_on_the_day_before(nlp):
    """anchor.clock_across_midnight: "8:30 p.m. (0130 GMT Friday)" is Thursday evening."""
    found = _values(nlp, "The fire started at 8:30 p.m. (0130 GMT Friday), police said.", published="2024-03-15")
    assert found["8:30 p.m."] == "2024-03-14T20:30"
    assert found["0130 GMT Friday"] == "2024-03-15T01:30"


def test_a_midnight_converted_in_brackets_is_the_start_of_the_day_it_begins(nlp):
    """anchor.clock_across_midnight: "midnight" alone is the end of its day (T24:00); pinned by its
    conversion to 0700 UTC of the paper's day it is that day's start, not the end of the day."""
    found = _values(nlp, "At midnight local time (0700 UTC), the utility began shutting off power.", published="2019-10-09")
    assert found["midnight local time"] == "2019-10-09T00:00"
    assert _values(nlp, "Polls closed at midnight.", published="2019-10-09")["midnight"] == "2019-10-09T24:00"
    late = _values(nlp, "The strike began at midnight local time (0400 GMT Wednesday).", published="2019-10-09")
    assert late["midnight local time"] == "2019-10-09T00:00"


def test_a_weekday_with_a_zone_ahead_of_the_paper_is_the_day_after_publication(nlp):
    """anchor.zone_ahead: told in the past in a Thursday paper, a GMT or local-time Friday is the next day."""
    found = _values(nlp, "The fire started at 8:30 p.m. (0130 GMT Friday), police said.")
    assert found["0130 GMT Friday"] == "2024-03-15T01:30"
    assert found["8:30 p.m."] == "2024-03-14T20:30"
    local = _values(nlp, "The mayor was found dead, police reported Friday morning, local time (UTC+0900).")
    assert local["Friday morning"] == "2024-03-15TMO"


def test_a_converted_clock_that_names_its_own_day_keeps_it(nlp):
    found = _values(nlp, "Rebels attacked the town at 1:30 a.m. Saturday local time (1630 GMT Friday) last week.")
    assert found["1630 GMT Friday"] == "2024-03-08T16:30"
    assert _values(nlp, "The vote closed Friday evening.")["Friday evening"] == "2024-03-08TEV"  # no zone: the past reading


def test_a_weekday_after_a_dated_story_of_another_year_follows_that_day(nlp):
    """anchor.narrative: the story moves on from its written date; "the next day" follows the weekday."""
    found = _values(nlp, "The ferry left Dover on June 3, 2019. On Friday it ran aground off Calais, and the next day the crew left.")
    assert found["Friday"] == "2019-06-07"
    assert found["the next day"] == "2019-06-08"
    perfect = _values(nlp, "The ferry sank on June 3, 2019. It had left Dover on Friday.")
    assert perfect["Friday"] == "2019-05-31"  # a past perfect looks back from the story's day


@pytest.mark.parametrize(
    "text",
    [
        "The ferry left Dover on June 3, 2019. The owners said Friday that it was safe.",  # reported speech: publication
        "The ferry left Dover on June 3, 2019.\n\nOn Friday the owners sold it.",  # another paragraph
        "The ferry left Dover on June 3, 2019. It was repaired. It was sold. On Friday the owners were fined.",  # sentences apart
    ],
)
def test_a_weekday_away_from_the_story_keeps_the_publication_date(nlp, text):
    assert _values(nlp, text)["Friday"] == "2024-03-08"


def test_a_bare_month_after_a_background_year_stays_in_the_papers_time(nlp):
    """Bare months are not narrative-anchored: "since 1980 ... In September" is this year's."""
    found = _values(nlp, "It has doubled its profits since 1980. In September, it announced a takeover.", published="2024-10-30")
    assert found["September"] == "2024-09"


def test_today_in_speech_reported_on_an_earlier_day_is_that_day(nlp):
    """anchor.reported_today: "said on Tuesday that today ..." is Tuesday; "said today" is the publication day."""
    text = "The minister said today that rates would rise. He said on Tuesday that today is a sad day."
    found = [f.value for f in analyse(text, nlp=nlp, published=THURSDAY).facts_of("date")]
    assert found == ["2024-03-14", "2024-03-12", "2024-03-12"]
    other = _values(nlp, "Sales rose on Tuesday and today they fell, he said.")
    assert other["today"] == "2024-03-14"


def test_today_quoted_in_a_story_of_days_before_is_the_storys_day(nlp):
    text = (
        "On Saturday, the Hawks beat the Lions in the third round.\n\n"
        '"We played much better today," the Hawks coach said.'
    )
    assert _values(nlp, text, published="2024-03-19")["today"] == "2024-03-16"
    yesterday = 'On Monday, the Hawks beat the Lions.\n\n"We played much better today," the coach said.'
    assert _values(nlp, yesterday, published="2024-03-19")["today"] == "2024-03-19"  # a day later: as likely said today


def test_the_following_day_moves_the_story_on(nlp):
    """anchor.story_moves_on: "that afternoon" after "the following day" is that next day's afternoon."""
    text = "Police said the man was arrested on Monday. He appeared in court the following day and was released that afternoon."
    found = _values(nlp, text)
    assert found["the following day"] == "2024-03-12"
    assert found["that afternoon"] == "2024-03-12TAF"


def test_that_weekend_is_the_weekend_of_the_storys_day(nlp):
    text = "The storm hit the coast on Aug. 24, 2005. By that weekend, the city was flooded."
    assert _values(nlp, text)["that weekend"] == "2005-W34-WE"
    assert normalise("that weekend", Anchor(today=date(2024, 3, 14), story=date(2005, 8, 24)))[0] == Reading("DATE", "2005-W34-WE")


def test_by_a_weekday_with_a_past_perfect_in_narrative_is_ahead_of_the_story(nlp):
    text = "The crisis began on Sept. 15, 2008, when the bank collapsed. By Wednesday, markets had fallen 10 percent."
    assert _values(nlp, text)["Wednesday"] == "2008-09-17"


@pytest.mark.parametrize(
    ("sentence", "expression", "value"),
    [
        ("The shelling lasted until late Sunday.", "late Sunday", "2024-03-17"),
        ("Fighting continued until Saturday, residents said.", "Saturday", "2024-03-16"),
        ("The hearing was postponed until Friday.", "Friday", "2024-03-22"),  # a delay still looks ahead
    ],
)
def test_until_after_a_past_verb_of_lasting_looks_back(nlp, sentence, expression, value):
    """anchor.lasted_until: "lasted until late Sunday" (published Monday) ended yesterday."""
    assert _values(nlp, sentence, published="2024-03-18")[expression] == value


def test_today_in_a_quote_said_on_a_day_named_after_it_is_that_day(nlp):
    text = '"Today it is quiet," one resident said by telephone on Sunday.'
    found = _values(nlp, text, published="2024-03-18")
    assert found["Today"] == "2024-03-17"
    same_day = _values(nlp, '"Today it is quiet," one resident said on Monday.', published="2024-03-18")
    assert same_day["Today"] == "2024-03-18"


def test_that_night_after_a_dated_story_is_found_and_read_from_it(nlp):
    text = "He was sentenced on Friday. The crime happened on Christmas Eve 2011. That night, he had been drinking."
    assert _values(nlp, text, published="2013-03-22")["That night"] == "2011-12-24TNI"


def test_a_day_that_was_expected_lies_ahead_of_the_telling(nlp):
    """anchor.was_expected: "more was expected Saturday" in a Friday paper is the next day."""
    found = _values(nlp, "The storm dumped a foot of snow overnight, and more was expected Saturday.", published="2013-03-22")
    assert found["Saturday"] == "2013-03-23"
    assert _values(nlp, "The storm dumped snow on Boston Saturday.", published="2013-03-22")["Saturday"] == "2013-03-16"


def test_the_second_month_of_a_range_runs_forward_from_the_first(nlp):
    """anchor.month_range: "between late November and early December" ends after it begins."""
    text = (
        "Officials said Thursday, adding that the health ministry has given enough medicine to athletes at the "
        "games slated for between late November and early December in Manila."
    )
    found = _values(nlp, text, published="2005-11-10")
    assert (found["late November"], found["early December"]) == ("2005-11", "2005-12")


def test_months_in_a_list_keep_their_own_readings():
    from tui.extract.date_month_ranges import second_month_after_the_first

    text = "from November to February; in March and February"
    values = [(5, 13, "2023-11"), (17, 25, "2023-02"), (30, 35, "2024-03"), (40, 48, "2024-02")]
    assert second_month_after_the_first(text, values) == {1: "2024-02"}


def test_yesterday_quoted_in_a_story_of_days_before_counts_from_the_storys_day(nlp):
    text = 'On Saturday, the Hawks beat the Lions.\n\n"Yesterday we trained hard," the Hawks coach said.'
    assert _values(nlp, text, published="2024-03-19")["Yesterday"] == "2024-03-15"
    after = '"Yesterday we trained hard," the coach said on Saturday.'
    assert _values(nlp, after, published="2024-03-19")["Yesterday"] == "2024-03-15"


def test_a_year_after_the_autumn_of_takes_the_season_in(nlp):
    """span.season_of_year: the model marks only "2022" of "the autumn of 2022"."""
    assert _values(nlp, "Exports slowed in the autumn of 2022.")["the autumn of 2022"] == "2022-FA"


def test_a_zoned_clock_converted_across_midnight_is_on_the_day_before(nlp):
    """anchor.clock_across_midnight with the local zone named ("8:30 p.m. EST"), and the bracket left out."""
    found = _values(nlp, "The fire started at 8:30 p.m. EST (0130 GMT Friday), police said.", published="2024-03-15")
    assert found["8:30 p.m. EST"] == "2024-03-14T20:30"
    reverse = _values(nlp, "The quake struck at 0130 GMT Friday (8:30 p.m. EST Thursday).", published="2024-03-15")
    assert reverse["8:30 p.m. EST Thursday"] == "2024-03-14T20:30"


def test_a_weekday_after_background_in_an_article_that_told_its_news_stays_in_the_news_week(nlp):
    text = "The actor died on Sunday, his family said. He was born on April 2, 1950. On Monday he was buried in Leeds."
    assert _values(nlp, text)["Monday"] == "2024-03-11"
