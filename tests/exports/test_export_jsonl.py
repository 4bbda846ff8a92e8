"""JSON Lines export: read back with ``json`` and rebuilt with ``serialize.from_dict``."""

from __future__ import annotations

import json

from tui.exports import export_analysis
from tui.exports.jsonl import to_jsonl
from tui.extract.serialize import from_dict, to_dict


def test_one_article_is_one_line_even_with_unicode_line_separators(hostile_analysis):
    line = export_analysis(hostile_analysis, "jsonl")
    assert isinstance(line, str)
    assert "\u2028" in hostile_analysis.text and "\x85" in hostile_analysis.text
    # str.splitlines breaks on U+2028 and NEL too: they must be escaped in the line.
    assert line.endswith("\n") and len(line.splitlines()) == 1


def test_round_trip_rebuilds_the_same_analysis(hostile_analysis):
    data = json.loads(export_analysis(hostile_analysis, "jsonl"))
    assert data["text"] == hostile_analysis.text
    assert from_dict(data) == hostile_analysis


def test_every_fact_kind_survives_the_round_trip(hostile_analysis):
    rebuilt = from_dict(json.loads(export_analysis(hostile_analysis, "jsonl")))
    assert [f.kind for f in rebuilt.facts] == ["role", "event", "date", "quote", "quote"]
    quote = rebuilt.facts_of("quote")[1]
    assert quote.speaker is None and quote.cue is None and not quote.direct


def test_seed_analysis_round_trips_line_by_line(seed_analysis, hostile_analysis):
    lines = to_jsonl([seed_analysis, hostile_analysis]).splitlines()
    assert len(lines) == 2
    seed_back = from_dict(json.loads(lines[0]))
    assert to_dict(seed_back, include_text=True) == to_dict(seed_analysis, include_text=True)
    assert seed_back.text[seed_back.mentions[0].start:seed_back.mentions[0].end] == seed_back.mentions[0].text
