"""The second blind hand-labelled modern-news TimeML set (benchmarks/data/dates_blind.json): the gold
is sound (offsets only, no text, no document of the modern set), its script is the modern set's
(``--labels``), it rebuilds from ../shared with the labelled characters, and the engine scores
above the bar on both halves. Skips cleanly when ../shared is absent."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "dates_blind.json"
MODERN = ROOT / "benchmarks" / "data" / "dates_modern.json"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def test_gold_is_offsets_only_split_in_halves_and_new_to_the_modern_set():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in gold["documents"]}
    assert len(docs) == 51
    for split, count in (("dev", 25), ("check", 26)):
        mine = [d for d in docs.values() if d["split"] == split]
        assert len(mine) == count
        assert {next(k for k in ("url", "gum", "page") if k in d) for d in mine} == {"url", "gum", "page"}  # every source in each half
    modern = {d["id"] for d in json.loads(MODERN.read_text(encoding="utf-8"))["documents"]}
    assert not modern & set(docs)  # no document a date rule was tuned on
    for t in gold["timexes"]:
        assert set(t) == {"doc", "start", "end", "sha1", "type", "value"}  # no article text is kept
        assert t["doc"] in docs and t["type"] in TYPES and t["value"] and 0 <= t["start"] < t["end"]
        assert re.fullmatch(r"[0-9a-f]{12}", t["sha1"])
    assert len(gold["timexes"]) > 300
    assert {t["doc"] for t in gold["timexes"]} == set(docs)


def test_the_blind_script_is_the_modern_script_with_other_labels(monkeypatch):
    blind, seen = load_benchmark("dates_blind_eval"), {}
    monkeypatch.setattr(blind, "modern_main", lambda argv, *, labels: seen.setdefault("call", (argv, labels)) and 0)
    blind.main(["--errors"])
    assert seen["call"] == (["--errors"], GOLD)


@pytest.fixture(scope="module")
def blind_tml(shared_dir, tmp_path_factory):
    return load_benchmark("dates_modern_eval").write_tml(tmp_path_factory.mktemp("blind"), GOLD)


def test_the_set_rebuilds_from_shared_with_the_labelled_characters(blind_tml):
    from tui.evaluate.timeml import read_tml, tml_files

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    read = [t for split in ("dev", "check") for p in tml_files(blind_tml[split]) for t in read_tml(p).timexes]
    assert len(read) == len(gold["timexes"])
    assert sorted((t.type, t.value) for t in read) == sorted((t["type"], t["value"]) for t in gold["timexes"])


def test_engine_clears_the_bar_on_both_halves(blind_tml, nlp):
    from tui.evaluate.timeml import evaluate_timeml

    for split in ("dev", "check"):
        overall = evaluate_timeml(blind_tml[split], nlp).overall
        assert overall.value_f1 >= 0.80, split
        assert overall.prf(overall.relaxed)[2] >= 0.90, split
