"""Date values in the sidebar in words: TimeML's "P2Y", "XXXX-WXX-3" or "PRESENT_REF" are for
programs, a reader sees "2 years", "a Wednesday", "the present". Exports keep the value itself."""

from __future__ import annotations

from dataclasses import replace

import pytest
from reader_support import make_app, wait_analysed

from tui.extract.types import DateFact
from tui.render.date_values_in_words import set_words, value_words
from tui.widgets.facts_tree import FactsTree


@pytest.mark.parametrize(("value", "words"), [
    ("PRESENT_REF", "the present"), ("PAST_REF", "the past"),
    ("P2Y", "2 years"), ("P1Y", "1 year"), ("PT60S", "60 seconds"), ("PXW", "some weeks"),
    ("P1DT2H", "1 day, 2 hours"), ("P3DE", "3 decades"),
    ("P1E", "1 decade"), ("PXE", "some decades"), ("PXC", "some centuries"), ("P2L", "2 millennia"),
    ("XXXX-WXX-3", "a Wednesday"), ("XXXX-WXX-2TNI", "a Tuesday night"),
    ("XXXX-02", "February, year unknown"), ("XXXX-12-25", "December 25, year unknown"),
    ("XXXX-XX-XXT11:25", "11:25, day unknown"),
    ("200", "the 2000s"), ("199", "the 1990s"), ("20", "the 21st century"), ("19", "the 20th century"),
    ("2020-11-07T16:25", "2020-11-07 16:25"), ("2019-SU", "summer 2019"), ("2019-10-08", "2019-10-08"),
    ("SOMETHING_NEW", "SOMETHING_NEW"),
])
def test_value_words(value, words):
    assert value_words(value) == words


@pytest.mark.parametrize(("value", "freq", "words"), [
    ("P1W", None, "every week"), ("P1W", "2X", "twice a week"), ("P1M", "1X", "once a month"),
    ("P1D", "3X", "3 times a day"), ("P2W", None, "every 2 weeks"), ("PXY", None, "every few years"),
    ("PT1H", None, "every hour"), ("XXXX-WXX-7", None, "every Sunday"), ("XXXX-WXX-2TNI", None, "every Tuesday night"),
    ("XXXX-07", None, "every July"), ("XXXX-SU", None, "every summer"), ("XXXX-XX-XXTMO", None, "every morning"),
    ("XXXX", None, "every year"), ("XXXX-WXX-WE", None, "every weekend"), ("SOMETHING_NEW", None, "SOMETHING_NEW"),
])
def test_a_set_is_said_as_how_often_it_recurs(value, freq, words):
    assert set_words(value, freq=freq) == words


def _sidebar_date_rows(app) -> list[str]:
    return [str(n.label) for n in app.reader.query_one(FactsTree).facts()
            if n.data is not None and isinstance(n.data.fact, DateFact)]


async def test_the_sidebar_says_a_duration_and_a_weekday_in_words(seed_analysis):
    dates = [f for f in seed_analysis.facts if isinstance(f, DateFact)]
    assert len(dates) >= 2
    changed = {id(dates[0]): replace(dates[0], value="P2Y"), id(dates[1]): replace(dates[1], value="XXXX-WXX-3")}
    analysis = replace(seed_analysis, facts=tuple(changed.get(id(f), f) for f in seed_analysis.facts))
    app = make_app(analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_analysed(pilot, app)
        rows = _sidebar_date_rows(app)
        assert any(r.endswith("\u2192 2 years") for r in rows), rows
        assert any(r.endswith("\u2192 a Wednesday") for r in rows), rows
        assert not any("P2Y" in r or "XXXX" in r for r in rows), rows


async def test_the_sidebar_says_a_set_as_how_often_it_recurs(seed_analysis):
    dates = [f for f in seed_analysis.facts if isinstance(f, DateFact)]
    changed = replace(dates[0], value="P1W", type="SET", freq="2X", granularity=None)
    analysis = replace(seed_analysis, facts=tuple(changed if f is dates[0] else f for f in seed_analysis.facts))
    app = make_app(analysis)
    async with app.run_test(size=(160, 40)) as pilot:
        await wait_analysed(pilot, app)
        rows = _sidebar_date_rows(app)
        assert any(r.endswith("\u2192 twice a week") for r in rows), rows
        assert not any(r.endswith("\u2192 1 week") for r in rows), rows
