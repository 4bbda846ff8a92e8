"""Wire copy's datelines and the dates around them (``date_wire_copy``, ``date_anchors.dateline_day``)."""

from __future__ import annotations

from datetime import date

from tui.extract import analyse
from tui.extract.date_anchors import dateline_day
from tui.extract.date_wire_copy import weekdays_between_dateline_and_creation


def _dates(nlp, text: str, published: str) -> list[tuple[str, str | None]]:
    return [(f.span.text, f.value) for f in analyse(text, published=published, nlp=nlp).facts_of("date")]


def test_a_date_before_a_dateline_dash_ends_at_the_dash(nlp):
    for dash in ("--", "-", "—"):
        found = _dates(nlp, f"March 21, 2013 {dash} Cyprus said it would resume talks Monday.", "2013-03-22")
        assert found[0] == ("March 21, 2013", "2013-03-21"), dash
    # a time after the dash is a range's end and stays its own expression
    assert ("Friday", "2013-03-22") in _dates(nlp, "Sessions run Monday -- Friday this week.", "2013-03-22")


def test_a_dateline_after_a_headline_or_without_a_place_still_gives_the_filing_day():
    published = date(1998, 8, 8)
    assert dateline_day("Bomb hits embassy\nNAIROBI, Kenya, Aug. 7 (AP) _ Bombs", published) == date(1998, 8, 7)
    assert dateline_day("By JOHN SMITH\nAssociated Press Writer\n\nNAIROBI, Kenya, Aug. 7 (AP) _ Bombs", published) == date(1998, 8, 7)
    assert dateline_day("August 7, 1998 -- A bomb exploded today", published) == date(1998, 8, 7)
    assert dateline_day("Friday, Aug. 7, 1998 -- A bomb", published) == date(1998, 8, 7)
    # a date further into the story is no dateline
    assert dateline_day("A bomb exploded near the embassy.\nAug. 7 - police said nothing", published) is None


def test_a_weekday_between_the_dateline_and_the_creation_time_is_that_day(nlp):
    text = "NAIROBI, August 7 (Xinhua) -- A bomb exploded today near the embassy. Police said Saturday they had arrested two men."
    found = dict(_dates(nlp, text, "1998-08-08"))
    assert found["today"] == "1998-08-07"  # told from the dateline
    assert found["Saturday"] == "1998-08-08"  # not the Saturday a week before the dateline


def test_weekdays_between_dateline_and_creation_moves_only_days_read_back_past_the_dateline():
    text = "Saturday Tuesday Friday"
    values = [(0, 8, "1998-08-01"), (9, 16, "1998-08-04"), (17, 23, "1998-08-07")]
    moved = weekdays_between_dateline_and_creation(text, values, dateline=date(1998, 8, 7), published=date(1998, 8, 8))
    assert moved == {0: "1998-08-08"}  # Tuesday lies before the dateline; Friday is its own day
    assert weekdays_between_dateline_and_creation(text, values, dateline=date(1998, 8, 8), published=date(1998, 8, 8)) == {}


def test_a_headline_at_the_top_of_the_body_tells_past_events_in_the_present(nlp):
    from tui.extract.date_wire_copy import in_headline

    text = "Obama arrives in Israel Wednesday\nJERUSALEM (AP) -- President Barack Obama landed for a three-day visit."
    assert in_headline(text, text.index("Wednesday")) and not in_headline(text, text.index("landed"))
    assert dict(_dates(nlp, text, "2013-03-22"))["Wednesday"] == "2013-03-20"
    # a plan still points ahead in a headline ("to resume"), and a hard-wrapped first sentence is no headline
    assert dict(_dates(nlp, "Cyprus talks to resume Monday\n\nNICOSIA (Reuters) - Talks stalled.", "2013-03-22"))["Monday"] == "2013-03-25"
    wrapped = "The summit opens Monday, officials said\nand the talks go on."
    assert not in_headline(wrapped, wrapped.index("Monday"))
    assert dict(_dates(nlp, wrapped, "2013-03-22"))["Monday"] == "2013-03-25"


def test_a_date_starts_after_the_verb_the_model_took_along(nlp):
    found = _dates(nlp, "The strike began Sept. 21, 1997 and ended Oct. 10.", "1998-08-10")
    assert [text for text, _ in found] == ["Sept. 21, 1997", "Oct. 10"]


def test_that_season_is_the_season_of_the_year_the_story_is_at(nlp):
    found = dict(_dates(nlp, "Smith was elected in 1994. That fall, he announced a run. That summer was hot.", "1998-08-10"))
    assert found["That fall"] == "1994-FA" and found["That summer"] == "1994-SU"
    assert dict(_dates(nlp, "That summer, the drought hit farmers hard.", "1998-08-10"))["That summer"] == "1998-SU"


def test_a_present_written_as_its_past_does_not_point_ahead(nlp):
    text = "Financial stocks hurt the composite as well as the Nasdaq index, which fell 1.4%, on Friday, to 437.68."
    assert dict(_dates(nlp, text, "1989-10-30"))["Friday"] == "1989-10-27"
    assert dict(_dates(nlp, "The summit opens Friday in Geneva.", "1989-10-30"))["Friday"] == "1989-11-03"


def test_a_bare_participle_tells_the_past(nlp):
    text = "The ceasefire, which began at midnight Saturday (2200 GMT Friday), held through Sunday."
    assert dict(_dates(nlp, text, "1998-08-18"))["Sunday"] == "1998-08-16"
    assert dict(_dates(nlp, "The talks are scheduled through Sunday.", "1998-08-18"))["Sunday"] == "1998-08-23"


def test_a_short_month_name_before_the_day_belongs_to_the_date(nlp):
    assert _dates(nlp, "NICOSIA | Fri Mar 22, 2013 10:15am EDT", "2013-03-22")[0] == ("Mar 22, 2013", "2013-03-22")
    assert _dates(nlp, "Updated Mar 22 2013", "2013-03-22") == [("Mar 22 2013", "2013-03-22")]


def test_a_day_right_after_the_reporting_verb_is_when_it_was_said(nlp):
    assert dict(_dates(nlp, "He said on Thursday he plans to visit Moscow in September.", "1998-08-10"))["Thursday"] == "1998-08-06"
    assert dict(_dates(nlp, "The minister said on Thursday that he will visit Moscow.", "1998-08-10"))["Thursday"] == "1998-08-06"
    # the reported clause's own day still points ahead
    assert dict(_dates(nlp, "The minister said he will visit Moscow on Thursday.", "1998-08-10"))["Thursday"] == "1998-08-13"


def test_a_day_that_approaches_is_still_ahead(nlp):
    assert dict(_dates(nlp, "Meanwhile, a series of news events broke as Election Day drew closer.", "2020-11-02"))["Election Day"] == "2020-11-03"
    assert dict(_dates(nlp, "As Christmas approached, shoppers crowded the stores.", "2020-12-20"))["Christmas"] == "2020-12-25"
    assert dict(_dates(nlp, "Shoppers crowded the stores at Christmas.", "2020-12-20"))["Christmas"] == "2019-12-25"


def test_today_owning_a_thing_of_the_age_is_the_present(nlp):
    found = _dates(nlp, "That past is out of step with today’s Democratic politics. Today's meeting was canceled.", "2020-02-19")
    assert found == [("today", "PRESENT_REF"), ("Today", "2020-02-19")]
    found = _dates(nlp, "She compared the situation today with their time in London. Officials met today.", "2021-03-08")
    assert found == [("today", "PRESENT_REF"), ("today", "2021-03-08")]


def test_a_value_moved_to_the_present_is_a_reference_off_the_timeline(nlp):
    (fact,) = analyse("Their lives today are calm.", published="2021-03-08", nlp=nlp).facts_of("date")
    assert (fact.value, fact.granularity, fact.rule) == ("PRESENT_REF", "reference", "date.reference")


def test_a_headline_after_the_opening_blank_line_of_a_timeml_text_is_one_too():
    from tui.extract.date_wire_copy import in_headline

    text = "\nObama arrives in Israel Wednesday\n\nJERUSALEM (AP) -- President Barack Obama landed."
    assert in_headline(text, text.index("Wednesday")) and not in_headline(text, text.index("landed"))


def test_a_day_word_opening_a_quote_in_any_quote_style_is_a_date(nlp):
    found = _dates(nlp, "He said, ``Tomorrow we go.'' She replied: «Today is fine.»", "1998-08-10")
    assert found == [("Tomorrow", "1998-08-11"), ("Today", "1998-08-10")]
    assert _dates(nlp, "He reads USA Today every morning.", "1998-08-10") == [("every morning", "XXXX-XX-XXTMO")]
