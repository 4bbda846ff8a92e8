"""Times of day (``date_day_parts``), counted seasons and "year after year" (``date_sets``), year idioms (``date_year_idioms``)."""

from __future__ import annotations

from tests.extract.date_support import date_values
from tui.extract import analyse, date_day_parts, date_sets, date_spans


def _texts(doc, spans):  # type: ignore[no-untyped-def]
    return [(doc.text[s.start:s.end], s.reads_as) for s in spans]


def test_a_military_clock_after_at_reads_as_the_time_of_day(nlp):
    doc = nlp.make_doc("The convoy left at 2235 hours and the curfew starts (0600 hrs) daily.")
    spans = date_day_parts.read_clock_hours(doc, [])
    assert _texts(doc, spans) == [("2235 hours", "22:35"), ("0600 hrs", "06:00")]


def test_hours_that_are_a_count_or_no_clock_stay_lengths(nlp):
    doc = nlp.make_doc("Volunteers gave 1500 hours of work; the lab ran for 2500 hours at 2470 hours.")
    start = doc.text.index("1500")
    model = [date_spans.TimeSpan(start, start + len("1500 hours"))]
    assert date_day_parts.read_clock_hours(doc, model) == model  # no clock word before; 24:70 is no clock


def test_a_military_clock_becomes_a_time_fact_of_its_day(nlp):
    values = date_values(nlp, "The frigate docked at 2235 hours on Tuesday, the navy said.", "2026-11-18")
    assert values["2235 hours"] == "2026-11-17T22:35"


def test_the_early_hours_of_a_weekday_are_its_morning(nlp):
    values = date_values(nlp, "Shelling resumed in the early hours of Wednesday, residents said.", "2026-11-19")
    assert values == {"the early hours of Wednesday": "2026-11-18TMO"}


def test_the_early_hours_alone_are_the_morning_of_the_story_day(nlp):
    doc = nlp.make_doc("Police raided the flat in the small hours and again in the early hours of the morning.")
    spans = date_day_parts.read_early_hours(doc, [])
    assert _texts(doc, spans) == [("the small hours", "morning"), ("the early hours of the morning", "morning")]


def test_a_bare_part_of_the_day_after_a_preposition_is_a_time(nlp):
    values = date_values(nlp, "The ceasefire talks resumed in the afternoon.", "2026-11-18")
    assert values == {"the afternoon": "2026-11-18TAF"}


def test_a_part_of_the_day_that_names_a_thing_stays_out(nlp):
    doc = nlp("She read it in the morning paper and saw it on the evening news.")
    assert date_day_parts.add_parts_of_day(doc, []) == []


def test_a_count_of_seasons_is_the_season_of_every_year(nlp):
    # set.counted_seasons: the model marks "the past three" alone; the plural season joins it
    values = date_values(nlp, "Riots have shaken the town for the past three summers.", "2026-11-18")
    assert values == {"the past three summers": "XXXX-SU"}


def test_a_single_season_stays_a_date(nlp):
    assert date_values(nlp, "The river flooded last summer.", "2026-11-18") == {"last summer": "2026-SU"}


def test_after_midnight_starts_the_day_and_midnight_alone_ends_it(nlp):
    text = "Gunmen struck early Saturday, shortly after midnight. The curfew now ends at midnight."
    facts = analyse(text, nlp=nlp, published="2026-11-16").facts_of("date")
    assert [f.value for f in facts if f.span.text == "midnight"][0] == "2026-11-14T00:00"  # not Saturday's end
    doc = nlp.make_doc(text)
    first, second = (i for i in range(len(text)) if text.startswith("midnight", i))
    spans = date_day_parts.read_midnight_after(doc, [date_spans.TimeSpan(first, first + 8), date_spans.TimeSpan(second, second + 8)])
    assert [s.reads_as for s in spans] == ["00:00", None]


def test_a_unit_after_itself_is_one_set_not_two_dates(nlp):
    # set.unit_after_unit: each "year" alone would put this year on the timeline twice
    values = date_values(nlp, "Rents in the capital rose year after year, and night after night the queues grew.", "2026-11-18")
    assert values == {"year after year": "P1Y", "night after night": "P1D"}


def test_year_round_and_year_to_year_name_no_year(nlp):
    # span.year_idiom: the model's "year" in these would read as the year of publication
    text = ("The resort, a star in its day, is open year-round, though prices vary from year to year; "
            "the new pool opened this year.")
    assert date_values(nlp, text, "2026-11-18") == {"this year": "2026"}


def test_every_other_weekday_is_a_set_not_last_weekday(nlp):
    values = date_values(nlp, "The farmers' market is held every other Saturday in the square.", "2026-11-18")
    assert values == {"every other Saturday": "XXXX-WXX-6"}


def test_day_and_year_words_of_idioms_and_counts_are_no_dates(nlp):
    text = ("Back in the day the trial gave the drug on Day 1 and Day 2; the study did not examine trends by year, "
            "and the report is due by year end.")
    values = date_values(nlp, text, "2026-11-18")
    assert set(values) == {"year end"}


def test_a_rate_period_the_model_marked_alone_is_no_date(nlp):
    # set.rate_article: the model's bare "day" of "rallies a day" would read as the day of publication
    doc = nlp.make_doc("He held up to five rallies a day in the state.")
    start = doc.text.index("day")
    spans = date_sets.widen_bare_rate_periods(doc, [date_spans.TimeSpan(start, start + 3)])
    assert [doc.text[s.start:s.end] for s in spans] == ["a day"]


def test_a_title_of_the_year_is_no_date(nlp):
    values = date_values(nlp, "The magazine named her Person of the Year in December 2019.", "2026-11-18")
    assert values == {"December 2019": "2019-12"}
