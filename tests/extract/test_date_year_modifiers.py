"""Years that modify a noun, decades without an apostrophe and a month's day range before a name
(``date_year_modifiers``), the en-dash day range kept whole by ``date_wire_copy`` and "that same day"
found by ``date_spans``, each beside the use that stays."""

from __future__ import annotations


def _facts(nlp, text, published="2019-10-18"):
    from tui.extract import analyse

    analysis = analyse(text, nlp=nlp, published=published)
    return [(text[f.span.start:f.span.end], f.type, f.value) for f in analysis.facts if f.kind == "date"]


def test_a_year_after_a_determiner_dates_the_noun_after_it(nlp):
    assert _facts(nlp, "Few own a fursuit, according to a 2011 study of the fandom.") == [("2011", "DATE", "2011")]
    assert _facts(nlp, "Following Democratic victories in the 2018 midterm elections, Cummings became chair.") == [
        ("2018", "DATE", "2018")]
    assert _facts(nlp, "Its name derives from the call of textile workers during a 1912 strike.") == [("1912", "DATE", "1912")]
    assert _facts(nlp, "Just ahead of the 2020 Democratic National Convention, his brother died.") == [("2020", "DATE", "2020")]


def test_two_years_sharing_a_determiner_are_both_years(nlp):
    facts = _facts(nlp, "He grew the party through his 2008 and 2010 runs for US Congress.")
    assert facts == [("2008", "DATE", "2008"), ("2010", "DATE", "2010")]


def test_a_count_or_a_measure_after_a_determiner_stays_no_year(nlp):
    assert _facts(nlp, "The festival continues a 2000 year old tradition along the 2000 km long pipe.") == []
    assert _facts(nlp, "The army sent 2000 soldiers to the border.") == []
    assert _facts(nlp, "Police were called to the 2000 block of Main Street.") == []


def test_a_decade_without_its_century_is_a_decade_of_the_1900s(nlp):
    facts = _facts(nlp, "The site was re-excavated in the 90s, and first dug in the early 80s.", "2020-06-28")
    assert facts == [("the 90s", "DATE", "199"), ("the early 80s", "DATE", "198")]
    assert _facts(nlp, "Temperatures will reach highs in the 50s on the coast.", "2020-06-28") == []


def test_a_day_range_with_an_en_dash_gives_both_days(nlp):
    facts = _facts(nlp, "The convention was held July 27–28 in Mesquite, Texas.", "2019-08-05")
    assert facts == [("July 27", "DATE", "2019-07-27"), ("28", "DATE", "2019-07-28")]


def test_a_month_before_its_day_range_takes_the_days_along(nlp):
    facts = _facts(nlp, "She drew two percent in the September 25–27 Léger poll.", "2020-10-29")
    assert facts == [("September 25", "DATE", "2020-09-25"), ("27", "DATE", "2020-09-27")]
    assert _facts(nlp, "She drew two percent in the September poll.", "2020-10-29") == [("September", "DATE", "2020-09")]


def test_that_same_day_is_the_day_the_story_is_at(nlp):
    facts = _facts(nlp, "On July 4, Trump held a rally in Washington. That same day, Kanye West made an announcement.", "2020-08-31")
    assert facts == [("July 4", "DATE", "2020-07-04"), ("That same day", "DATE", "2020-07-04")]
    assert _facts(nlp, "On July 4, Trump held a rally. Kanye West, the same man, spoke.", "2020-08-31") == [("July 4", "DATE", "2020-07-04")]


def test_a_real_article_dates_the_runs_and_the_strike_it_names(nlp, shared_dir):
    import csv

    from tui.extract import analyse

    with (shared_dir / "data/wikinews/data/wikinews_2020.csv").open(encoding="utf-8") as f:
        row = next(r for r in csv.DictReader(f) if "his 2008 and 2010 runs" in r["text"])
    analysis = analyse(row["text"], nlp=nlp, title=row["title"], published=row["date"])
    text = row["text"]
    dated = {(text[f.span.start:f.span.end], f.value) for f in analysis.facts if f.kind == "date"}
    assert {("2008", "2008"), ("2010", "2010"), ("2014", "2014"), ("2016", "2016"), ("1912", "1912")} <= dated
