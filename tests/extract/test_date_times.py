"""Times of day (``date_times``): wire clocks, and a clock or part of the day joined to its day."""

from __future__ import annotations

from tui.extract import analyse, date_spans, date_times


def _texts(doc, spans):
    return [doc.text[s.start:s.end] for s in spans]


def test_a_local_wire_clock_reads_as_a_time_of_day(nlp):
    doc = nlp.make_doc("Talks resumed at 0800 local time; the flight at 1430 local (0630 GMT) was late.")
    spans = date_times.read_local_clocks(doc, [])
    # the GMT conversion the model left out is a clock too, its zone in the span (time.zone_clock)
    assert _texts(doc, spans) == ["0800", "1430", "0630 GMT"]
    assert [s.reads_as for s in spans] == ["08:00", "14:30", "06:30"]


def test_a_local_wire_clock_the_model_marked_whole_is_read_as_the_clock(nlp):
    doc = nlp.make_doc("Talks resumed at 0800 local time.")
    start = doc.text.index("0800")
    spans = date_times.read_local_clocks(doc, [date_spans.TimeSpan(start, start + len("0800 local time"))])
    assert _texts(doc, spans) == ["0800"] and spans[0].reads_as == "08:00"


def test_numbers_that_are_no_clock_stay_out(nlp):
    doc = nlp.make_doc("The 2500 local residents and 1800 local people gave 1500 hours of work; room 1260 local.")
    assert _texts(doc, date_times.read_local_clocks(doc, [])) == []  # 25:00 and 12:60 are no clocks


def test_a_wire_clock_with_its_zone_joins_the_day_after_it(nlp):
    doc = nlp.make_doc("The strike began at 2300 GMT Thursday.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("2300"), start("2300") + 8), date_spans.TimeSpan(start("Thursday"), start("Thursday") + 8)]
    assert _texts(doc, date_times.extend_times(doc, spans)) == ["2300 GMT Thursday"]


def test_local_times_and_wire_clocks_become_time_facts(nlp):
    text = "Talks resumed Friday at 0800 local time (2300 GMT Thursday) in Geneva."
    facts = analyse(text, nlp=nlp, published="1998-02-13").facts_of("date")
    found = {f.span.text: (f.type, f.value) for f in facts}
    assert found["0800 local time"][0] == "TIME" and found["0800 local time"][1].endswith("T08:00")
    assert found["2300 GMT Thursday"] == ("TIME", "1998-02-12T23:00")


def test_an_article_before_a_clock_is_no_part_of_it(nlp):
    doc = nlp.make_doc("The board convened for a 6:15 a.m. conference call and the 9 p.m. news.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("a 6:15"), start("a 6:15") + len("a 6:15 a.m.")),
             date_spans.TimeSpan(start("the 9"), start("the 9") + len("the 9 p.m."))]
    assert _texts(doc, date_times.trim_articles_before_clocks(doc, spans)) == ["6:15 a.m.", "9 p.m."]


def test_overnight_is_the_night_before_the_story_day():
    from datetime import date

    assert date_times.night_before(date(1989, 10, 27)) == "1989-10-26TNI"
    assert date_times.night_before(None) is None


def test_two_weekdays_share_the_part_of_the_day_after_them(nlp):
    text = "Two new flights will leave Bombay on Monday and Tuesday nights from March 30."
    facts = analyse(text, nlp=nlp, published="1998-02-13").facts_of("date")
    found = {f.span.text: (f.type, f.value) for f in facts}
    assert found["Monday"] == ("SET", "XXXX-WXX-1TNI")
    assert found["Tuesday nights"] == ("SET", "XXXX-WXX-2TNI")


def test_a_wire_clock_keeps_apart_from_a_day_word(nlp):
    doc = nlp.make_doc("It launched at 1922 UTC yesterday from Florida.")
    start = doc.text.index
    spans = [date_spans.TimeSpan(start("1922"), start("1922") + 8), date_spans.TimeSpan(start("yesterday"), start("yesterday") + 9)]
    assert _texts(doc, date_times.extend_times(doc, spans)) == ["1922 UTC", "yesterday"]
