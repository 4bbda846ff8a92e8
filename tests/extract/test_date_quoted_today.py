"""anchor.quote_said_today: a quote's "today" said on the publication day is that day, whatever the story told before."""

from __future__ import annotations

from tests.extract.date_support import date_values


def test_a_quoted_today_said_on_the_publication_day_is_not_the_story_day_before(nlp):
    text = 'The flood hit the town on Monday. "We are rebuilding today," the mayor told reporters on Wednesday.'
    values = date_values(nlp, text, "2013-03-20")
    assert values["Monday"] == "2013-03-18"
    assert values["today"] == "2013-03-20"


def test_a_quoted_last_night_is_the_night_before_the_saying(nlp):
    text = 'The flood hit on Monday. "Last night was terrible," the mayor said on Wednesday.'
    assert date_values(nlp, text, "2013-03-20")["Last night"] == "2013-03-19TNI"


def test_a_quoted_today_said_on_an_earlier_day_is_still_that_day(nlp):
    assert date_values(nlp, '"Today it is quiet," one resident said on Sunday.', "2013-03-20")["Today"] == "2013-03-17"
