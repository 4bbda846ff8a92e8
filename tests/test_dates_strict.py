"""The fourth blind hand-labelled news TimeML set (benchmarks/data/dates_strict.json): the gold is sound
(offsets only, no text, split in halves fixed by document, no document of the other date sets), its
script is the modern set's (``--labels``), the script skips cleanly without ../shared, and the set
rebuilds from ../shared with the labelled characters."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
GOLD = DATA / "dates_strict.json"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def _source(doc: dict) -> str:
    return next(doc[k] for k in ("url", "gum", "page") if k in doc)


def test_gold_is_offsets_only_split_by_document_and_new_to_every_other_set():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = {d["id"]: d for d in gold["documents"]}
    assert len(docs) == 88
    for split in ("dev", "check"):
        mine = [d for d in docs.values() if d["split"] == split]
        assert len(mine) == 44
        assert {next(k for k in ("url", "gum") if k in d) for d in mine} == {"url", "gum"}  # both sources in each half
    others = {_source(d) for name in ("modern", "blind") for d in json.loads((DATA / f"dates_{name}.json").read_text(encoding="utf-8"))["documents"]}
    assert not others & {_source(d) for d in docs.values()}  # no document a date rule was tuned on or labelled before
    for t in gold["timexes"]:
        assert set(t) == {"doc", "start", "end", "sha1", "type", "value"}  # no article text is kept
        assert t["doc"] in docs and t["type"] in TYPES and t["value"] and 0 <= t["start"] < t["end"]
        assert re.fullmatch(r"[0-9a-f]{12}", t["sha1"])
    assert len(gold["timexes"]) > 850
    assert {t["doc"] for t in gold["timexes"]} == set(docs)


def test_the_strict_script_is_the_modern_script_with_other_labels(monkeypatch):
    strict, seen = load_benchmark("dates_strict_eval"), {}
    monkeypatch.setattr(strict, "modern_main", lambda argv, *, labels: seen.setdefault("call", (argv, labels)) and 0)
    strict.main(["--errors"])
    assert seen["call"] == (["--errors"], GOLD)


def test_the_script_skips_cleanly_without_shared(monkeypatch, tmp_path, capsys):
    modern = load_benchmark("dates_modern_eval")
    monkeypatch.setattr(modern, "SHARED", tmp_path / "absent")
    assert modern.main([], labels=GOLD) == 0
    assert capsys.readouterr().out.startswith("skipped:")


@pytest.fixture(scope="module")
def strict_tml(shared_dir, tmp_path_factory):
    return load_benchmark("dates_modern_eval").write_tml(tmp_path_factory.mktemp("strict"), GOLD)


def test_the_set_rebuilds_from_shared_with_the_labelled_characters(strict_tml):
    from tui.evaluate.timeml import read_tml, tml_files

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    read = [t for split in ("dev", "check") for p in tml_files(strict_tml[split]) for t in read_tml(p).timexes]
    assert len(read) == len(gold["timexes"])
    assert {hashlib.sha1(t.text.encode()).hexdigest()[:12] for t in read} == {t["sha1"] for t in gold["timexes"]}
    assert sorted((t.type, t.value) for t in read) == sorted((t["type"], t["value"]) for t in gold["timexes"])


def test_the_label_audit_counts_tagged_inner_and_untagged_uses():
    from tui.evaluate.timeml import TimemlDoc, Timex

    audit = load_benchmark("timex_label_audit")
    text = "Sales rose annually. Output grew 5% annually, and annually thereafter."
    at = list(re.finditer("annually", text))
    doc = TimemlDoc(name="d", dct="1998-01-01", title="", text=text, timexes=(
        Timex(start=at[0].start(), end=at[0].end(), type="SET", value="P1Y", text="annually"),
        Timex(start=at[1].start() - 3, end=at[1].end(), type="SET", value="P1Y", text="5% annually"),
    ))
    assert audit.tagging("annually", [doc]) == {"tagged": 1, "part": 1, "untagged": 1}
