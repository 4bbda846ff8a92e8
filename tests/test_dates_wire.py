"""The blind hand-labelled wire-news TimeML set (benchmarks/data/dates_wire.json): labels only, a
split fixed by file name, a script that skips cleanly without the texts, and (when the folder of
silver ``.tml`` texts is given in $NEWSLOUPE_WIRE_TML) a rebuild that keeps the labelled characters."""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path

import pytest

from tests.benchmark_scripts import load_benchmark

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "data" / "dates_wire.json"
TYPES = {"DATE", "TIME", "DURATION", "SET"}


def test_gold_is_labels_only_with_the_split_fixed_by_name():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    docs = gold["documents"]
    assert len(docs) == 38
    names = sorted(d["file"] for d in docs)
    # dev and check alternate over the sorted file names (fixed before any labelling)
    assert {d["file"]: d["split"] for d in docs} == {n: ("dev", "check")[i % 2] for i, n in enumerate(names)}
    ids = {d["id"] for d in docs}
    for t in gold["timexes"]:
        assert set(t) == {"doc", "start", "end", "sha1", "type", "value"}  # no article text is kept
        assert t["doc"] in ids and t["type"] in TYPES and t["value"] and 0 <= t["start"] < t["end"]
        assert re.fullmatch(r"[0-9a-f]{12}", t["sha1"])
    assert len(gold["timexes"]) > 200


def test_the_script_skips_cleanly_without_the_texts(capsys, tmp_path, monkeypatch):
    monkeypatch.delenv("NEWSLOUPE_WIRE_TML", raising=False)
    assert load_benchmark("dates_wire_eval").main([]) == 0
    assert capsys.readouterr().out.startswith("skipped:")
    assert load_benchmark("dates_wire_eval").main(["--texts", str(tmp_path / "absent")]) == 0
    assert "absent" in capsys.readouterr().out


@pytest.fixture(scope="module")
def wire_texts():
    folder = os.environ.get("NEWSLOUPE_WIRE_TML")
    if not folder or not Path(folder).is_dir():
        pytest.skip("no folder of silver .tml texts in $NEWSLOUPE_WIRE_TML")
    return Path(folder)


def test_the_set_rebuilds_with_the_labelled_characters(wire_texts, tmp_path):
    from tui.evaluate.timeml import read_tml, tml_files

    folders = load_benchmark("dates_wire_eval").write_tml(wire_texts, tmp_path)
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    read = [t for split in ("dev", "check") for p in tml_files(folders[split]) for t in read_tml(p).timexes]
    assert len(read) == len(gold["timexes"])
    assert {hashlib.sha1(t.text.encode()).hexdigest()[:12] for t in read} == {t["sha1"] for t in gold["timexes"]}
