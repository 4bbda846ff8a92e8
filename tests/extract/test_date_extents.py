"""The span rules for what the model misses or cuts short (``date_extents``), on real sentences."""

from __future__ import annotations

import pytest

from tui.extract import date_extents, date_spans


def _found(nlp, text):
    from tui.extract import entities, repairs

    doc = nlp(text)
    _, mentions = entities.link_mentions(doc, repairs.repair_mentions(doc))
    return doc, [doc.text[s.start:s.end] for s in date_spans.find_time_spans(doc, mentions)]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # Wikinews: clock times the model reads as numbers ("local time" belongs to the clock, as a zone does)
        ("The fire reportedly started at about 19:00 local time (1700 UTC).", ["about 19:00 local time", "1700 UTC"], []),
        ("Firefighters had control of the blaze by 8:00am local time.", ["8:00am local time"], []),
        ("At around 11:25am US east coast time, the ceremony began.", ["around 11:25am"], []),
        # a verse, a ratio and a price are no clock
        ("He quoted John 3:16 and a map at 1:50,000 cost $9.30.", [], ["3:16", "1:50", "9.30"]),
        # a range of years the model reads as a number, and the end of a range it leaves out
        ("The sharks declined sharply during 2017–2018.", ["2017", "2018"], ["2017–2018"]),
        ("He was elected in every election from 2006 to 2014.", ["2006", "2014"], []),
        # the determiner the model left out, and the noun that only holds a length
        ("This month's spotlight is on the campaign.", ["This month"], ["month"]),
        ("Early in the month, he received support.", ["Early in the month"], ["the month"]),
        ("The party ticket won that same year.", ["that same year"], ["same year"]),
        ("In the span of one week, three attacks occurred.", ["one week"], ["the span of one week"]),
        ("I hated the idea of every summer having to find a friend.", ["every summer"], []),
        # deictic days the model left out or ran on, and the names that only look like them
        ("Today, Russian opposition leader Alexei Navalny was detained.", ["Today"], []),
        ("Numbers fell at Punta Tombo[...] Today, it's approaching its lowest.", ["Today"], []),
        ("The mayor has declared tomorrow a day of mourning.", ["tomorrow"], ["tomorrow a day"]),
        ("As of early today local time, the storm had weakened.", ["early today"], []),
        ("The report was cited by USA Today, and she appeared on the Today show.", [], ["Today"]),
        ("The offer runs from today through Nov. 17.", ["today", "Nov. 17"], []),
        # modifiers and counts in words
        ("Their investigation could last as long as two years.", ["as long as two years"], []),
        ("The transponders transmit every ten seconds.", ["every ten seconds"], []),
        # one length in several units is one expression; a title is none
        ("The journey takes two hours and 30 minutes by train.", ["two hours and 30 minutes"], ["two hours"]),
        ("The shuttle spent 11 days, 19 hours and 48 minutes in orbit.", ["11 days, 19 hours and 48 minutes"], ["11 days"]),
        ("The 60 Minutes program aired, and the film \"28 Days Later\" was a hit.", [], ["60 Minutes", "28 Days Later"]),
        ("The sentence ranges between 10 and 15 years in prison.", ["10 and 15 years"], []),
        ("On Sundays the shops are closed.", ["Sundays"], []),
        ("The star is 520 light years away, astronomers said on Monday.", ["Monday"], ["years", "520 light years"]),
        ("Those aged between 18 and 25 years were surveyed; the victims, aged 12 and 14 years, recovered.", [],
         ["18 and 25 years", "14 years"]),
        ("The census counted suicides by 10–19 year olds from 2005 through 2015.", ["2005", "2015"], ["10–19 year olds from 2005"]),
        ("During the past few years Minetest has had some phases of fast development.", ["the past few years"], []),
        ("This was a sanctioned project ten years back, but work had not started.", ["ten years back"], []),
        # "after" is a signal, not part of the time (TimeML leaves it out as it does "in" and "on")
        ("He made the announcement just after 7:30 a.m. EDT on television.", ["7:30 a.m. EDT"], ["just after 7:30 a.m. EDT"]),
        # one span the model ran over two expressions, or past its date
        ("He was hospitalized for several months this year.", ["several months", "this year"], ["several months this year"]),
        ("Between January and March, exports fell.", ["January", "March"], ["January and March"]),
        # split in two, then "Super Tuesday" names a day as everywhere else (date_strict_forms re-drops named days)
        ("In the aftermath of Super Tuesday, yesterday and on Wednesday, two candidates quit.", ["yesterday", "Wednesday"],
         ["Tuesday, yesterday", "Tuesday"]),
        ("On June 12, minutes before the vote, the documents were released.", ["June 12"], ["June 12, minutes"]),
        ("Actress Doris Day died on Monday at her home.\n\n\nDay's animal foundation rescued animals.", ["Monday"], ["Day"]),
        # the noun that only holds a length is part of it; a name with a length in it is no time
        ("Profits rose over a three-year period, and he won a one-year term on a two-year contract.",
         ["a three-year period", "a one-year term", "two-year"], ["three-year", "a two-year contract"]),
        ("The Six-Day War and the Hundred Years' War shaped the region; six-day talks followed.", ["six-day"], ["Six-Day", "Hundred Years"]),
        ("What happens in the days ahead will test them after a years-long drought.", ["the days ahead", "years-long"], ["the days"]),
        ("She finished more than six minutes ahead of the field.", ["more than six minutes"], ["more than six minutes ahead"]),
        # a length and the year it lies in are two; "later" is no part of a length; nor an adjective's article
        ("Jobs grew for the first nine months of 1997 and through the first nine months of the year.",
         ["the first nine months", "1997", "the year"], ["the first nine months of 1997"]),
        ("This gap eventually closes. Three days later, prices rose; a few days later they fell.", ["Three days", "a few days"],
         ["Three days later", "a few days later"]),
        ("They held a two day conference on the crisis.", ["two day"], ["a two day"]),
        ("In a thirty hour period of Monday and Tuesday, Dorian stalled.", ["a thirty hour period"], []),
        ("It counted 79,332 cases in the twenty four hours preceding 10 a.m. on April 4.", ["the twenty four hours", "10 a.m."],
         ["the twenty four hours preceding 10 a.m."]),
        ("The Israeli daily Haaretz and Greek daily Kathimerini reported it; data is updated daily.", ["daily"], ["daily Haaretz"]),
        ("He stayed at Bontddu Hall while filming his 1949 movie debut The Last Days of Dolwyn.", [], ["The Last Days"]),
        ("It happened around 4:30 or 5:30 a.m. EST.", ["around 4:30", "5:30 a.m. EST"], ["around 4:30 or"]),
        ("After a yearlong inquiry into the decade-long war, he gave an hour-long speech.", ["yearlong", "decade-long", "hour-long"], []),
        ("The bonus is equal to six months of base pay, or three months' salary, paid within two months.", ["two months"],
         ["six months", "three months"]),
    ],
)
def test_extents_find_what_the_model_misses(nlp, text, present, absent):
    _, found = _found(nlp, text)
    for words in present:
        assert words in found
    for words in absent:
        assert words not in found


def test_year_ranges_skip_labels_and_far_apart_years(nlp):
    doc = nlp("See pages 1990-1995, and the treaty of 1815-1914.")
    assert date_extents.add_year_ranges(doc, []) == []


def test_range_end_needs_a_year_before_it(nlp):
    doc = nlp("It rose from 5 to 2014 points in 2006 and 2014.")
    start = doc.text.index("2006")
    spans = date_extents.add_range_ends(doc, [date_spans.TimeSpan(start, start + 4)])
    assert [doc.text[s.start:s.end] for s in spans] == ["2006", "2014"]


@pytest.mark.parametrize(
    ("words", "compound"),
    [("two hours and 30 minutes", True), ("11 days, 19 hours and 48 minutes", True), ("2 hours", False),
     ("30 minutes and two hours", False), ("two hours and 30 people", False)],
)
def test_compound_durations_have_descending_units(words, compound):
    assert date_extents.compound_duration(words) is compound


def test_names_after_a_unit_are_cut_but_days_and_months_stay(nlp):
    doc = nlp("the past few years Minetest grew; the past two days Tuesday")
    first, second = date_spans.TimeSpan(0, 27), date_spans.TimeSpan(34, 59)
    spans = date_extents.trim_names_after_units(doc, [first, second])
    assert [doc.text[s.start:s.end] for s in spans] == ["the past few years", "the past two days Tuesday"]
