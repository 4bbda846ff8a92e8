"""``--model`` with no name is one clear line and exit 2 (it meant the default pipeline in silence), and a
pipeline's name is shown once quoted in the "not installed" line, whatever quotes it holds."""

from __future__ import annotations

import pytest

from tui.cli import exitcodes
from tui.cli.main import main
from tui.extract.model import missing_message

EMPTY = "argument --model: an empty name: give a spaCy pipeline's name"


@pytest.mark.parametrize("argv, phrase", [
    (["extract", "{path}", "--model", ""], EMPTY),
    (["extract", "{path}", "--model", "  "], EMPTY),
    (["extract", "{path}", "--model", "de="], "argument --model: de= names no pipeline: give one after '=' (de=NAME)"),
    (["index", "--db", "{db}", "--model", ""], EMPTY),
    (["export", "{path}", "--format", "jsonl", "--model", ""], EMPTY),
    (["{path}", "--model", ""], EMPTY),
])
def test_an_empty_model_name_is_one_line_and_exit_2(tmp_path, capsys, argv, phrase):
    path = tmp_path / "a.txt"
    path.write_text("Angela Merkel visited Paris.\n", encoding="utf-8")
    args = [str(path) if a == "{path}" else str(tmp_path / "lib.db") if a == "{db}" else a for a in argv]
    assert main(args) == exitcodes.BAD_INPUT
    captured = capsys.readouterr()
    lines = captured.err.splitlines()
    assert captured.out == "" and len(lines) == 1 and phrase in lines[0], lines
    assert not (tmp_path / "lib.db").exists()


def test_a_quoted_model_name_is_quoted_once():
    assert missing_message("''").startswith("spaCy model \"''\" is not installed")
    assert missing_message("de_core_news_sm").startswith("spaCy model 'de_core_news_sm' is not installed")
