"""The events scorer: matching by trigger containment and compatible type, arguments by role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli.main import main
from tui.evaluate.events import (
    EventGoldError,
    EventScores,
    compatible,
    load_events_gold,
    names_match,
    score_article,
)
from tui.extract.types import Analysis, EventFact, ModelInfo, Span

TEXT = "Police arrested John Smith in Leeds. He said nothing."
GOLD = {"articles": [{"split": "dev", "url": "u", "title": "t", "date": "2020-01-01", "text": TEXT, "events": [
    {"type": "arrest", "triggers": [{"start": 7, "end": 15, "text": "arrested"}],
     "actors": ["Police"], "targets": ["John Smith"], "place": "Leeds"},
    {"type": "statement", "triggers": [{"start": 40, "end": 44, "text": "said"}], "actors": ["John Smith"]},
]}]}


def _event(kind: str, start: int, end: int, actors=(), targets=(), place=None) -> EventFact:
    return EventFact(text=kind, evidence=((start, end),), rule="r", confidence=0.5, type=kind,
                     trigger=Span(start, start + 1, TEXT[start]), actors=actors, targets=targets, place=place)


def _analysis(*facts) -> Analysis:
    return Analysis(text=TEXT, title=None, published=None, source=None, model=ModelInfo("m", "1"),
                    extractor_version="x", facts=facts)


def test_types_compatible_within_families_only():
    assert compatible("death", "attack") and compatible("statement", "warning")
    assert not compatible("death", "injure") and not compatible("arrest", "meet")


def test_names_match_surname_and_not_pronouns():
    assert names_match("Jacques Chirac", ["Chirac"])
    assert names_match("the bill", ["bill"])
    assert not names_match("Chirac", ["He"])
    assert not names_match("Chirac", ["Sarkozy"])


def test_match_by_evidence_and_score_arguments(tmp_path: Path):
    path = tmp_path / "events_gold.json"
    path.write_text(json.dumps(GOLD))
    article = load_events_gold(path, None)[0]
    arrest = _event("arrest", 0, 36, actors=(Span(0, 6, "Police"),), targets=(Span(16, 26, "John Smith"),),
                    place=Span(30, 35, "Leeds"))
    wrong_type = _event("meet", 37, 52, actors=(Span(37, 39, "He"),))
    scores = EventScores()
    pairs = score_article(article, _analysis(arrest, wrong_type), scores)
    assert pairs[0][1] is arrest and pairs[1][1] is None
    assert (scores.events.tp, scores.events.fp, scores.events.fn) == (1, 1, 1)
    assert (scores.arguments.tp, scores.arguments.fp, scores.arguments.fn) == (3, 0, 0)


def test_bad_offsets_refused(tmp_path: Path):
    bad = json.loads(json.dumps(GOLD))
    bad["articles"][0]["events"][0]["triggers"][0]["start"] = 3
    path = tmp_path / "events_gold.json"
    path.write_text(json.dumps(bad))
    with pytest.raises(EventGoldError):
        load_events_gold(path, None)


def test_cli_missing_text_is_one_line(tmp_path: Path, capsys):
    data = json.loads(json.dumps(GOLD))
    del data["articles"][0]["text"]
    path = tmp_path / "events_gold.json"
    path.write_text(json.dumps(data))
    code = main(["eval", str(path), "--format", "events", "--texts", str(tmp_path)])
    assert code != 0
    assert "no text for u" in capsys.readouterr().err


ROOT = Path(__file__).resolve().parent.parent
WIKINEWS = ROOT.parent / "shared" / "data" / "wikinews"


@pytest.mark.skipif(not WIKINEWS.is_dir(), reason="../shared/data/wikinews is absent")
def test_shipped_gold_reads_against_wikinews():
    articles = load_events_gold(ROOT / "benchmarks" / "data" / "events_gold.json", WIKINEWS)
    assert len(articles) >= 30
    assert {a.split for a in articles} == {"dev", "test"}
    assert sum(len(a.events) for a in articles) > 150  # every trigger offset was checked on load
