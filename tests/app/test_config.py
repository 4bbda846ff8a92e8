"""The reader's config file: remapped keys, and clear problems instead of crashes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.config import load_config


def test_no_file_means_no_remapping(tmp_path):
    assert load_config(tmp_path / "absent.toml").keys == {}


def test_keys_are_read_by_binding_id(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[keys]\n"layer.people" = "p"\n"app.quit" = "ctrl+q"\n', encoding="utf-8")
    config = load_config(path, known_ids=frozenset({"layer.people", "app.quit"}))
    assert config.keys == {"layer.people": "p", "app.quit": "ctrl+q"}
    assert config.problems == ()


@pytest.mark.parametrize(("content", "problem"), [
    ("[keys\n", "not valid TOML"),
    ("keys = 3\n", "[keys] must be a table"),
    ('[keys]\n"layer.people" = 5\n', "must be a key name"),
    ('[keys]\n"layer.nobody" = "x"\n', "no binding has the id 'layer.nobody'"),
])
def test_bad_config_files_give_one_line_problems(tmp_path: Path, content, problem):
    path = tmp_path / "config.toml"
    path.write_text(content, encoding="utf-8")
    config = load_config(path, known_ids=frozenset({"layer.people"}))
    assert len(config.problems) == 1 and problem in config.problems[0]
    assert "\n" not in config.problems[0]
    assert config.keys == {}


def test_binding_ids_are_gathered_only_for_a_file_that_remaps_keys(tmp_path: Path) -> None:
    asked: list[int] = []

    def known() -> frozenset[str]:
        asked.append(1)
        return frozenset({"layer.people"})

    path = tmp_path / "config.toml"
    path.write_text("[reader]\nfooter = false\n", encoding="utf-8")
    assert load_config(path, known_ids=known).footer is False
    assert not asked
    path.write_text('[keys]\n"layer.people" = "p"\n"no.such" = "x"\n', encoding="utf-8")
    config = load_config(path, known_ids=known)
    assert asked and config.keys == {"layer.people": "p"}
    assert any("no.such" in p for p in config.problems)
