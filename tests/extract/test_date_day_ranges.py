"""anchor.day_range_year: both ends of "from July 13 to 17 of last year" are days of that year (``date_day_ranges``)."""

from __future__ import annotations

from datetime import date

from tests.extract.date_support import date_values
from tui.extract.date_day_ranges import days_of_a_relative_year


def test_a_range_of_days_ending_in_a_relative_year_gives_both_ends_that_year(nlp):
    values = date_values(nlp, "The festival will run from July 13 to 17 of next year.", "2013-03-20")
    assert values["July 13"] == "2014-07-13"
    assert values["17 of next year"] == "2014-07-17"


def test_the_second_end_is_a_day_of_the_first_ends_month(nlp):
    values = date_values(nlp, "Voting took place between May 3 and 5 last year.", "2013-03-20")
    assert (values["May 3"], values["5 last year"]) == ("2012-05-03", "2012-05-05")


def test_a_day_number_not_joined_by_a_range_word_is_left_alone():
    text = "On July 13, 17 of last year's cases were closed."
    values = [(3, 10, "2013-07-13"), (12, 27, "2012")]
    assert days_of_a_relative_year(text, values, published=date(2013, 3, 20)) == {}
