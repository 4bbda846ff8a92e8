"""A results period named by comparison is the reported quarter in the year it names
(``date_compared_periods``, anchor.compared_period)."""

from __future__ import annotations

from datetime import date

from tests.extract.date_support import date_values
from tui.extract.date_compared_periods import compared_periods, compared_years, latest_quarters


def test_the_year_ago_quarter_is_the_reported_quarter_a_year_before(nlp):
    text = "Acme reported third-quarter profit of $5 million, up from $3 million in the year-ago quarter."
    values = date_values(nlp, text, "2013-11-02")
    assert values["third-quarter"] == "2013-Q3"
    assert values["the year-ago quarter"] == "2012-Q3"


def test_a_quarter_told_by_the_day_it_ended_is_the_reported_one(nlp):
    text = "Acme earned $5 million for the quarter ended Sept. 30. It earned $3 million in the year-earlier period."
    assert date_values(nlp, text, "2013-11-02")["the year-earlier period"] == "2012-Q3"


def test_a_year_named_with_the_quarter_keeps_its_year(nlp):
    text = "Acme earned $5 million in the third quarter. Rival Bolt earned $376,000 in the 2012 quarter."
    assert date_values(nlp, text, "2013-11-02")["the 2012 quarter"] == "2012-Q3"


def test_a_period_in_a_sentence_about_nine_months_is_not_a_quarter():
    text = "Acme earned $5 million in the third quarter. In the first nine months, net was $306 million, against $195 million in the 2012 period."
    start = text.index("2012 period")
    values = [(text.index("the third quarter"), text.index("the third quarter") + 17, "2013-Q3"), (start, start + 4, "2012")]
    assert compared_periods(text, values, published=date(2013, 11, 2)) == {}


def test_a_quarter_still_to_come_or_a_compared_one_is_no_reported_quarter():
    text = "A fourth-quarter charge is expected. Profit rose from a year ago. Sales fell from the year-earlier period."
    def at(words: str, value: str) -> tuple[int, int, str]:
        return text.index(words), text.index(words) + len(words), value
    values = [at("fourth-quarter", "2013-Q4"), at("a year ago", "2012-Q3"), at("the year-earlier period", "2012")]
    assert compared_periods(text, values, published=date(2013, 11, 2)) == {}


def test_without_a_reported_quarter_the_same_period_last_year_stays_a_year(nlp):
    assert date_values(nlp, "Sales rose 4% from the same period last year.", "2013-11-02")["the same period last year"] == "2012"


def test_a_year_ago_in_a_sentence_about_the_quarter_is_that_quarter_a_year_before(nlp):
    text = "Acme reported third-quarter net of $5 million. Loans were $6.6 million in the quarter, against $361.8 million a year ago."
    assert date_values(nlp, text, "2013-11-02")["a year ago"] == "2012-Q3"


def test_a_year_earlier_in_a_sentence_about_nine_months_is_the_year_before(nlp):
    text = "Acme reported third-quarter net of $5 million. For the nine months, net rose to $9 million from $4 million a year earlier."
    assert date_values(nlp, text, "2013-11-02")["a year earlier"] == "2012"


def test_a_year_ago_is_not_read_from_a_quarter_still_to_come():
    text = "Acme reported third-quarter net. It expects a fourth-quarter charge. Unit profit was $6 million a year ago."
    def at(words: str, value: str) -> tuple[int, int, str]:
        return text.index(words), text.index(words) + len(words), value
    values = [at("third-quarter", "2013-Q3"), at("fourth-quarter", "2013-Q4"), at("a year ago", "2012-Q4")]
    assert compared_years(text, values, published=date(2013, 11, 2)) == {2: "2012-Q3"}


def test_a_year_ago_outside_results_stays_as_read(nlp):
    text = "The bridge opened a year ago, and traffic has doubled since."
    assert date_values(nlp, text, "2013-11-02")["a year ago"] == "2012"


def test_the_year_ago_third_quarter_and_the_quarter_a_year_ago_are_found_and_read(nlp):
    values = date_values(nlp, "National Intergroup in the year-ago third quarter earned $22.5 million.", "1989-11-01")
    assert values == {"the year-ago third quarter": "1988-Q3"}
    text = "Columbia lost $226 million in the third quarter. For the quarter a year ago, it earned $16.3 million."
    assert date_values(nlp, text, "1989-11-01")["the quarter a year ago"] == "1988-Q3"


def test_the_same_quarter_last_year_is_one_expression_and_does_not_move_the_story(nlp):
    text = "Acme lost $5 million in the third quarter, against a profit in the same quarter last year. Sales in the quarter fell."
    values = date_values(nlp, text, "1989-11-01")
    assert values["the same quarter last year"] == "1988-Q3"
    assert "last year" not in values
    assert values["the quarter"] == "1989-Q3"


def test_the_latest_quarter_is_not_a_quarter_only_forecast():
    text = "Acme said a strike will result in a fourth-quarter charge. Sales fell in the latest quarter."
    def at(words: str, value: str) -> tuple[int, int, str]:
        return text.index(words), text.index(words) + len(words), value
    values = [at("fourth-quarter", "2013-Q4"), at("the latest quarter", "2013-Q4")]
    assert latest_quarters(text, values, published=date(2013, 11, 2)) == {1: "2013-Q3"}


def test_a_fourth_quarter_reported_before_its_calendar_end_is_a_fiscal_quarter_and_stays():
    text = "Acme reported a 47% decline in fourth-quarter earnings. Sales in the latest period rose."
    def at(words: str, value: str) -> tuple[int, int, str]:
        return text.index(words), text.index(words) + len(words), value
    values = [at("fourth-quarter", "2013-Q4"), at("the latest period", "2013-Q4")]
    assert latest_quarters(text, values, published=date(2013, 11, 2)) == {}


def test_a_year_ago_after_a_sentence_about_the_quarter_ended_on_a_day_is_that_quarter(nlp):
    text = "Acme lost $5 million in the quarter ended Sept. 30. It had earned $3 million a year ago."
    assert date_values(nlp, text, "2013-11-02")["a year ago"] == "2012-Q3"
