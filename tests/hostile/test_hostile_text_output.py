"""Hostile article text through ``extract`` and ``export``: shown literally, never acted on by the terminal.

All text fixtures go through one run per format (each run loads spaCy once), and
each fixture's title and body are then found in the output exactly as written
(JSON) or as the sanitiser shows them (tables).
"""

from __future__ import annotations

import json

import pytest
from hostile_checks import assert_ok, warnings
from hostile_fixtures import TEXT_FIXTURES, write_text_fixtures

from tui.render.sanitize import sanitize

pytestmark = pytest.mark.slow

NAMES = tuple(TEXT_FIXTURES)


@pytest.fixture()
def articles(inputs):
    paths = write_text_fixtures(inputs)
    return [paths[name] for name in NAMES]


def _expected_title(name: str) -> str:
    return TEXT_FIXTURES[name][1]


def _expected_phrase(name: str) -> str:
    return TEXT_FIXTURES[name][2]


def test_extract_table_shows_every_title_literally(newsloupe, articles):
    run = newsloupe("extract", *articles, "--format", "table")
    assert_ok(run)
    for name in NAMES:
        # Markup such as [@click=app.bell] is printed as text; escapes become visible placeholders.
        assert sanitize(_expected_title(name)) in run.stdout, name
    assert "\u241b]2;PWNED" in run.stdout  # the OSC title, defused but visible
    # One warning per badly encoded or undeclared file, naming it; the other files decode silently.
    encoding = [w for w in warnings(run) if "UTF-8" in w]
    assert len(encoding) == 4, warnings(run)
    assert sum("latin1.txt" in w for w in encoding) == 1 and sum("raw-c1.txt" in w for w in encoding) == 1
    assert sum("utf16be.txt: not UTF-8 and no encoding declared; read as utf-16-be" in w for w in encoding) == 1
    assert sum("utf32.txt: not UTF-8 and no encoding declared; read as utf-32-le" in w for w in encoding) == 1


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_json_keeps_titles_exactly(newsloupe, articles, fmt):
    run = newsloupe("extract", *articles, "--format", fmt)
    assert_ok(run)
    if fmt == "json":
        docs = json.loads(run.stdout)
    else:
        docs = [json.loads(line) for line in run.stdout.splitlines()]
    assert [d["title"] for d in docs] == [_expected_title(n) for n in NAMES]


def test_extract_mentions_index_the_decoded_text(newsloupe, articles):
    """Offsets survive BOMs, CRLF, combining marks and emoji: each mention's text is the text at its span."""
    from tui.library.sources import read_one

    run = newsloupe("extract", *articles, "--format", "jsonl")
    docs = [json.loads(line) for line in run.stdout.splitlines()]
    for name, path, doc in zip(NAMES, articles, docs, strict=True):
        body = read_one(path).text
        assert doc["text"] == body, name
        assert doc["mentions"], name
        for m in doc["mentions"]:
            assert body[m["start"]:m["end"]] == m["text"], (name, m)


def test_export_jsonl_keeps_the_body_exactly(newsloupe, articles):
    run = newsloupe("export", *articles, "--format", "jsonl")
    assert_ok(run)
    docs = [json.loads(line) for line in run.stdout.splitlines()]
    assert len(docs) == len(NAMES)
    for name, doc in zip(NAMES, docs, strict=True):
        assert doc["title"] == _expected_title(name)
        assert _expected_phrase(name) in doc["text"], name


def test_export_displacy_is_json_with_the_raw_text(newsloupe, articles):
    run = newsloupe("export", *articles, "--format", "displacy")
    assert_ok(run)
    docs = json.loads(run.stdout)
    assert len(docs) == len(NAMES)
    for name, doc in zip(NAMES, docs, strict=True):
        assert _expected_phrase(name) in doc["text"], name


def test_export_html_escapes_markup_and_drops_controls(newsloupe, articles):
    run = newsloupe("export", *articles, "--format", "html")
    assert_ok(run)
    assert "[@click=app.bell]ring[/]" in run.stdout
    # No raw control survives into the page; the article's words do.
    assert "PWNED" in run.stdout and "東京で会談" in run.stdout


def test_export_markdown_is_inert(newsloupe, articles):
    run = newsloupe("export", *articles, "--format", "markdown")
    assert_ok(run)
    for name in NAMES:
        assert sanitize(_expected_title(name)).split()[0] in run.stdout, name


def test_export_brat_writes_one_pair_per_article(newsloupe, articles, tmp_path):
    out = tmp_path / "brat"
    run = newsloupe("export", *articles, "--format", "brat", "-o", out)
    assert_ok(run)
    texts = sorted(p.name for p in out.glob("*.txt"))
    assert len(texts) == len(NAMES)
    for txt in out.glob("*.txt"):
        assert txt.with_suffix(".ann").is_file()
