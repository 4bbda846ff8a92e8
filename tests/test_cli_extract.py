"""``newsloupe extract``: json, jsonl and table outputs, offsets into the file, and bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tui.cli import exitcodes
from tui.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
SEED_ARTICLE = ROOT / "seeds" / "israel-turkey-azerbaijan-talks.txt"

MENTION_KEYS = {"start", "end", "text", "label", "entity"}
ENTITY_KEYS = {"id", "name", "label", "aliases", "mention_count"}
FACT_KEYS = {"kind", "text", "evidence", "rule", "confidence"}
FRONT_MATTER = "title: Magnitogorsk blast\ndate: 2019-01-04\nsource: Wikinews\nurl: https://example.org/a\n\n"
BODY = (
    "Emergencies Minister Yevgeny Zinichev arrived in Magnitogorsk on Monday night.\n\n"
    "Oleg Klimov, the deputy governor of Chelyabinsk, said rescuers were searching the rubble.\n"
)


@pytest.fixture(autouse=True)
def _loaded_model(nlp):
    """The session pipeline is loaded (and cached) before the command asks for it."""
    return nlp


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["extract", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _json(capsys, *argv: str):
    code, out, err = _run(capsys, *argv, "--format", "json")
    assert code == exitcodes.OK, err
    return json.loads(out), err


def test_json_schema_of_the_seed(capsys):
    doc, _ = _json(capsys, str(SEED_ARTICLE))
    assert {"source", "title", "published", "model", "extractor_version", "sentences", "mentions", "entities", "facts"} <= doc.keys()
    assert set(doc["model"]) == {"name", "version"} and doc["model"]["name"]
    assert doc["title"] == "Israel, Turkey hold talks in Azerbaijan over Syria tensions"
    assert all(MENTION_KEYS <= m.keys() for m in doc["mentions"])
    assert all(ENTITY_KEYS <= e.keys() for e in doc["entities"])
    assert all(FACT_KEYS <= f.keys() for f in doc["facts"])
    assert {f["kind"] for f in doc["facts"]} >= {"role", "event", "date"}
    entity_ids = {e["id"] for e in doc["entities"]}
    assert all(m["entity"] in entity_ids for m in doc["mentions"])


def test_offsets_index_the_decoded_file_without_front_matter(capsys):
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    doc, _ = _json(capsys, str(SEED_ARTICLE))
    for m in doc["mentions"]:
        assert text[m["start"] : m["end"]] == m["text"]
    for fact in doc["facts"]:
        for start, end in fact["evidence"]:
            assert 0 <= start < end <= len(text)


def test_offsets_index_the_body_after_front_matter(capsys, tmp_path: Path):
    path = tmp_path / "blast.txt"
    path.write_text(FRONT_MATTER + BODY, encoding="utf-8")
    doc, _ = _json(capsys, str(path))
    assert (doc["title"], doc["published"], doc["source"]) == ("Magnitogorsk blast", "2019-01-04", "Wikinews")
    assert doc["mentions"]
    for m in doc["mentions"]:
        assert BODY[m["start"] : m["end"]] == m["text"]
    roles = {f["text"] for f in doc["facts"] if f["kind"] == "role"}
    assert roles == {"Yevgeny Zinichev: Emergencies Minister", "Oleg Klimov: deputy governor of Chelyabinsk"}
    dates = {f["span"]["text"]: f["value"] for f in doc["facts"] if f["kind"] == "date"}
    assert dates["Monday night"] == "2018-12-31TNI"  # resolved against the front matter's date (TimeML: that night)


def test_jsonl_one_line_per_file_from_a_directory(capsys, tmp_path: Path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Police arrested a man in Gdańsk on Sunday.\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("not,an,article\n", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    code, out, err = _run(capsys, str(tmp_path), "--format", "jsonl")
    # The CSV is read by the one reader like every source: its bad header is one line and exit 2,
    # and the articles beside it still come out.
    assert code == exitcodes.BAD_INPUT and "notes.csv" in err and len(err.strip().splitlines()) == 1, err
    lines = out.splitlines()
    assert len(lines) == 2
    sources = [json.loads(line)["source"] for line in lines]
    assert sources[0].endswith("a.txt") and sources[1].endswith("b.md")


def test_undeclared_latin1_is_detected_with_a_warning(capsys, tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("The président Emmanuel Macron visited Brazil in August and met reporters at a café in Brasília on Monday.\n".encode("latin-1"))
    code, out, err = _run(capsys, str(path), "--format", "json")
    assert code == exitcodes.OK
    assert "warning" in err and "UTF-8" in err and "latin1.txt" in err and len(err.strip().splitlines()) == 1
    doc = json.loads(out)
    assert any(m["text"] == "Emmanuel Macron" for m in doc["mentions"])
    body = doc["text"]
    assert "président" in body and doc["meta"]["encoding"] in ("cp1252", "latin_1", "iso8859-15", "iso8859_15")
    for m in doc["mentions"]:
        assert body[m["start"] : m["end"]] == m["text"]


def test_binary_file_is_one_line_and_exit_2_while_others_are_processed(capsys, tmp_path: Path):
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    code, out, err = _run(capsys, str(tmp_path / "image.txt"), str(tmp_path / "good.txt"), "--format", "jsonl")
    assert code == exitcodes.BAD_INPUT
    assert err.strip().count("\n") == 0 and "binary" in err and "Traceback" not in err
    assert len(out.splitlines()) == 1 and json.loads(out)["source"].endswith("good.txt")


def test_missing_file_alone_is_exit_2(capsys, tmp_path: Path):
    code, out, err = _run(capsys, str(tmp_path / "nope.txt"))
    assert code == exitcodes.BAD_INPUT and out == ""
    assert len(err.strip().splitlines()) == 1 and "no such file" in err


def test_empty_file_is_one_line_and_exit_2(capsys, tmp_path: Path):
    path = tmp_path / "empty.txt"
    path.write_text("", encoding="utf-8")
    code, out, err = _run(capsys, str(path), "--format", "json")
    assert (code, out, err) == (exitcodes.BAD_INPUT, "", f"newsloupe: {path}: no text (an empty file)\n")


def test_missing_model_is_one_line_and_exit_3(capsys):
    code, out, err = _run(capsys, str(SEED_ARTICLE), "--model", "no_such_model")
    assert code == exitcodes.MODEL_MISSING
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "no_such_model" in err and "not installed" in err and "Traceback" not in err


def test_table_shows_people_events_attributions_dates_and_entities(capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "240")  # wide enough that no cell wraps
    code, out, err = _run(capsys, str(SEED_ARTICLE), "--format", "table")
    assert code == exitcodes.OK, err
    flat = " ".join(out.replace("│", " ").split())
    for expected in (
        "Tzachi Hanegbi", "Israeli National Security Adviser",  # people with their roles
        "Ilham Aliyev", "Azerbaijani President",
        "Israeli officials, Turkish officials in Azerbaijan",  # the meeting, its actors and place
        "hosted by Ilham Aliyev",
        "Channel 12 News", "Turkish sources",  # attributions
        "Feb. 4, 2025 2025-02-04",  # a date with its value beside it
        "Key entities", "Azerbaijan",
    ):
        assert expected in flat, expected


def test_table_never_interprets_article_text_as_markup(capsys, tmp_path: Path):
    path = tmp_path / "hostile.txt"
    path.write_text(
        "title: [bold]Breaking[/] [@click=app.bell]news[/]\n\n"
        "Prime Minister Benjamin Netanyahu met [red]officials[/] in Jerusalem on Monday.\x1b]0;pwned\x07\n",
        encoding="utf-8",
    )
    code, out, err = _run(capsys, str(path), "--format", "table")
    assert code == exitcodes.OK, err
    assert "[bold]Breaking[/] [@click=app.bell]news[/]" in out
    assert "\x1b" not in out and "\x07" not in out


def test_subprocess_entry_point(tmp_path: Path):
    path = tmp_path / "blast.txt"
    path.write_text(FRONT_MATTER + BODY, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(path), "--format", "jsonl"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode == exitcodes.OK, done.stderr
    doc = json.loads(done.stdout)
    assert doc["published"] == "2019-01-04"
    assert any(f["kind"] == "role" for f in doc["facts"])
    bad = subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(tmp_path / "missing.txt")],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert bad.returncode == exitcodes.BAD_INPUT
    assert "Traceback" not in bad.stderr and len(bad.stderr.strip().splitlines()) == 1
