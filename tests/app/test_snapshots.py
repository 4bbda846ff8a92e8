"""Snapshots of the reader on the seed article (analysis finished before each shot; no clock, no spinner).

The analysis is the seed's, frozen in tests/app/data: the pictures change when the reader
changes, not when an extraction rule does (regenerate the JSON with the script in its README).
"""

from __future__ import annotations

import pytest
from reader_support import frozen_seed_analysis, make_app, wait_analysed


@pytest.fixture(scope="module")
def seed_analysis():
    return frozen_seed_analysis()

SIZE = (120, 40)


def _after(*keys: str):
    async def run_before(pilot) -> None:
        await wait_analysed(pilot, pilot.app)
        if keys:
            await pilot.press(*keys)
        await pilot.pause()

    return run_before


def test_seed_with_every_layer_on(snap_compare, seed_analysis):
    assert snap_compare(make_app(seed_analysis, theme="default-dark"), terminal_size=SIZE, run_before=_after())


def test_seed_with_people_off(snap_compare, seed_analysis):
    assert snap_compare(make_app(seed_analysis, theme="default-dark"), terminal_size=SIZE, run_before=_after("1"))


def test_a_fact_selected_marks_its_evidence(snap_compare, seed_analysis):
    app = make_app(seed_analysis, theme="default-dark")
    assert snap_compare(app, terminal_size=SIZE, run_before=_after("tab", "tab", "j", "j"))


def test_help(snap_compare, seed_analysis):
    assert snap_compare(make_app(seed_analysis, theme="default-dark"), terminal_size=SIZE, run_before=_after("f1"))


def test_okabe_ito_theme(snap_compare, seed_analysis):
    assert snap_compare(make_app(seed_analysis, theme="okabe-ito"), terminal_size=SIZE, run_before=_after())


def test_mono_with_tags(snap_compare, seed_analysis):
    assert snap_compare(make_app(seed_analysis, mono=True), terminal_size=SIZE, run_before=_after())


def test_80x24_a_fact_selected_under_the_article(snap_compare, seed_analysis):
    """The default terminal: the article over the facts, each the whole width, the list behind l."""
    app = make_app(seed_analysis, theme="default-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("tab", "j", "j", "j", "j"))


def test_80x24_the_list_opened(snap_compare, seed_analysis):
    app = make_app(seed_analysis, theme="default-dark")
    assert snap_compare(app, terminal_size=(80, 24), run_before=_after("l"))
