"""A missing spaCy pipeline is exit 3 in one line for every command that loads one; hostile gold
files given to ``eval`` are one-line bad input (exit 2), and hostile tokens are scored inertly.
"""

from __future__ import annotations

import importlib.util
import json
import os
import random

import hostile_fixtures as fixtures
import pytest
from hostile_checks import assert_fails, assert_ok
from hostile_run import GOOD_ARTICLES

from tui.cli import exitcodes

MISSING = "no_such_pipeline"
#: Every command that loads the model; ``{article}``, ``{db}`` and ``{out}`` are filled in per test.
LOADERS = {
    "extract-table": ("extract", "{article}", "--format", "table"),
    "extract-json": ("extract", "{article}", "--format", "json"),
    "extract-jsonl": ("extract", "{article}", "--format", "jsonl"),
    "export-jsonl": ("export", "{article}", "--format", "jsonl"),
    "export-displacy": ("export", "{article}", "--format", "displacy"),
    "export-html": ("export", "{article}", "--format", "html"),
    "export-markdown": ("export", "{article}", "--format", "markdown"),
    "export-brat": ("export", "{article}", "--format", "brat", "-o", "{out}"),
    "export-all": ("export", "--all", "--db", "{db}", "--format", "jsonl"),
    "index": ("index", "--db", "{db}", "--processes", "1"),
    "reader": ("{article}",),
}
HAS_EVAL = importlib.util.find_spec("tui.cli.eval_cmd") is not None
needs_eval = pytest.mark.skipif(not HAS_EVAL, reason="newsloupe eval is not in this checkout yet")


@pytest.fixture()
def library_with_article(newsloupe, tmp_path):
    db = tmp_path / "library.db"
    assert_ok(newsloupe("add", GOOD_ARTICLES[0], "--db", db))  # adding needs no model
    return db


@pytest.mark.parametrize("command", LOADERS)
def test_missing_model_is_exit_3_in_one_line(newsloupe, inputs, tmp_path, library_with_article, command):
    article = fixtures.escape_article(inputs)
    fill = {"{article}": article, "{db}": library_with_article, "{out}": tmp_path / "brat"}
    argv = [str(fill.get(a, a)) for a in LOADERS[command]]
    # The reader must say so before taking over the screen: if it started, it would wait for keys.
    guard = 120 if command == "reader" else None
    run = newsloupe(*argv, "--model", MISSING, **({"guard": guard} if guard else {}))
    line = assert_fails(run, exitcodes.MODEL_MISSING, MISSING)
    assert "not installed" in line
    assert not (tmp_path / "brat").exists()  # nothing half-written


def test_missing_model_from_the_environment_is_exit_3(inputs, home):
    import subprocess
    import sys

    from hostile_run import sealed_env

    env = sealed_env(home) | {"NEWSLOUPE_MODEL": MISSING}
    done = subprocess.run([sys.executable, "-m", "tui", "extract", str(fixtures.wide_article(inputs))],
                          capture_output=True, env=env, cwd=home, timeout=600)
    assert done.returncode == exitcodes.MODEL_MISSING
    assert done.stderr.decode().count("\n") == 1 and MISSING in done.stderr.decode()


def _gum(shared_dir):
    return sorted((shared_dir / "data" / "gum_news" / "dep").glob("*.conllu"))[0]


@needs_eval
def test_eval_missing_model_is_exit_3(newsloupe, shared_dir):
    assert_fails(newsloupe("eval", _gum(shared_dir), "--model", MISSING), exitcodes.MODEL_MISSING, MISSING)


def _binary(folder):
    path = folder / "noise.conllu"
    path.write_bytes(random.Random(3).randbytes(3000))
    return path


def _empty(folder):
    path = folder / "empty.conllu"
    path.write_bytes(b"")
    return path


def _brat_out_of_range(folder):
    (folder / "talks.txt").write_text("Netanyahu \x1b[2J met Aliyev.\n", encoding="utf-8")
    path = folder / "talks.ann"
    path.write_text("T1\tPERSON 0 9\tNetanyahu\nT2\tPERSON 99 120\tnowhere\n", encoding="utf-8")
    return path


def _fifo(folder):
    path = folder / "pipe.conllu"
    os.mkfifo(path)
    return path


@needs_eval
@pytest.mark.parametrize(
    ("make", "phrase"),
    [(_binary, "noise.conllu"), (_empty, "empty.conllu"), (_brat_out_of_range, "outside the text"), (_fifo, "pipe.conllu")],
    ids=["binary", "empty", "brat-offsets", "fifo"],
)
@pytest.mark.parametrize("out", ["table", "json"])
def test_hostile_gold_file_is_one_line_exit_2(newsloupe, inputs, make, phrase, out):
    assert_fails(newsloupe("eval", make(inputs), "--format-out", out), exitcodes.BAD_INPUT, phrase)


@needs_eval
@pytest.mark.slow
@pytest.mark.parametrize("out", ["table", "json"])
def test_escape_sequences_in_gold_tokens_are_scored_inertly(newsloupe, inputs, shared_dir, out):
    """Gold tokens carrying OSC and bidi controls: the scores print, and nothing reaches the terminal raw."""
    source = _gum(shared_dir)
    rows = []
    for line in source.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and cols[0].isdigit() and cols[1][:1].isupper():
            cols[1] = cols[1] + "\x1b]2;PWNED\x07\u202e"
        rows.append("\t".join(cols))
    gold = inputs / "\x1b]2;gold.conllu" if out == "json" else inputs / "hostile.conllu"
    gold.write_text("\n".join(rows) + "\n", encoding="utf-8")
    run = newsloupe("eval", gold, "--format-out", out)
    assert_ok(run)
    if out == "json":
        assert json.loads(run.stdout)["gold"] == str(gold)
