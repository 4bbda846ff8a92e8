"""The hand-labelled modern-news TimeML set (benchmarks/data/dates_modern.json): the gold is sound,
rebuilds from ../shared, scores above the bar, and the ``extract --format jsonl`` path with
front-matter ``title:``/``date:`` (how a held-out set is scored) gives the values the eval reads."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "dates_modern.json"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def test_gold_is_offsets_only_and_split_in_two_halves():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in gold["documents"]}
    assert len(docs) == 40
    for split, count in (("dev", 28), ("check", 12)):
        mine = [d for d in docs.values() if d["split"] == split]
        assert len(mine) == count and {("url" in d) for d in mine} == {True, False}  # both sources in each half
    for t in gold["timexes"]:
        assert t["doc"] in docs and t["type"] in TYPES and t["value"] and 0 <= t["start"] < t["end"]
        assert set(t) == {"doc", "start", "end", "sha1", "type", "value"}  # no article text is kept
    assert len(gold["timexes"]) > 350


@pytest.fixture(scope="module")
def modern_tml(shared_dir, tmp_path_factory):
    return load_benchmark("dates_modern_eval").write_tml(tmp_path_factory.mktemp("modern"))


def test_the_set_rebuilds_from_shared_with_the_labelled_characters(modern_tml):
    from tui.evaluate.timeml import read_tml, tml_files

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    read = [t for split in ("dev", "check") for p in tml_files(modern_tml[split]) for t in read_tml(p).timexes]
    assert len(read) == len(gold["timexes"])
    assert {(t.type, t.value) for t in read} == {(t["type"], t["value"]) for t in gold["timexes"]}


def test_engine_clears_the_bar_on_both_halves(modern_tml, nlp):
    from tui.evaluate.timeml import evaluate_timeml

    for split in ("dev", "check"):
        overall = evaluate_timeml(modern_tml[split], nlp).overall
        assert overall.value_f1 >= 0.80, split
        assert overall.prf(overall.relaxed)[2] >= 0.88, split


def test_extract_jsonl_with_front_matter_gives_the_values_the_eval_scores(modern_tml, nlp, tmp_path):
    from tui.evaluate.timeml import date_facts_of, front_matter_file, read_tml, timeml_predictions, tml_files

    docs = [read_tml(p) for p in tml_files(modern_tml["dev"])]
    for doc in docs:
        (tmp_path / f"{doc.name}.txt").write_text(front_matter_file(doc), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tui", "extract", "--format", "jsonl", *sorted(str(p) for p in tmp_path.glob("*.txt"))],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )
    records = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    assert len(records) == len(docs)
    by_name = {Path(r["source"]).stem: r for r in records}
    expected = timeml_predictions(docs, nlp)
    for doc in docs:
        record = by_name[doc.name]
        assert (record["title"], record["published"]) == (doc.title, doc.dct)
        got = [(t.start, t.end, t.type, t.value) for t in date_facts_of(record)]
        assert got == [(t.start, t.end, t.type, t.value) for t in expected[doc.name]], doc.name
        assert got, doc.name
