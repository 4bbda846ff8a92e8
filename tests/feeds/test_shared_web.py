"""The real pages and feeds in ../shared/data/web: main text checks, one text everywhere, encodings.

The pages carry trafilatura's own checks (``with`` snippets the main text must hold,
``without`` ones it must not). trafilatura itself misses some of them; the reader must
keep every check trafilatura passes, on every path: ``extract``, ``add`` (the store) and
the reader's article pane. Skips cleanly without ../shared.
"""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path

import pytest

from tui.cli import exitcodes
from tui.cli.main import main


@pytest.fixture(scope="module")
def pages(shared_dir) -> dict[str, dict]:
    folder = shared_dir / "data/web/pages"
    checks = json.loads((folder / "evaldata.json").read_text(encoding="utf-8"))
    return {str(folder / c["file"]): c for c in checks.values() if (folder / c["file"]).is_file()}


@pytest.fixture(scope="module")
def trafilatura_passes(pages) -> dict[str, tuple[set[str], set[str]]]:
    """Per page: the ``with`` snippets trafilatura alone finds, and the ``without`` ones it keeps out."""
    import trafilatura

    out = {}
    for path, check in pages.items():
        text = trafilatura.extract(Path(path).read_bytes().decode("utf-8", "replace"), include_comments=False) or ""
        out[path] = ({s for s in check["with"] if s in text}, {s for s in check["without"] if s not in text})
    return out


def _assert_checks(texts: dict[str, str], pages, trafilatura_passes) -> None:
    missing = []
    for path, text in texts.items():
        found, kept_out = trafilatura_passes[path]
        missing += [(Path(path).name, "with", s) for s in found if s not in text]
        missing += [(Path(path).name, "without", s) for s in kept_out if s in text]
    assert not missing, missing
    assert set(texts) == set(pages)


def test_reader_keeps_every_check_trafilatura_passes(pages, trafilatura_passes):
    from tui.library.sources import read_one

    texts = {path: read_one(path).text for path in pages}
    _assert_checks(texts, pages, trafilatura_passes)
    for path, text in texts.items():
        assert "<div" not in text and "<p" not in text and "<!DOCTYPE" not in text, path


@pytest.mark.slow
def test_extract_and_add_hold_the_same_main_text(tmp_path, capsys, pages, trafilatura_passes, shared_dir):
    folder = shared_dir / "data/web/pages"
    assert main(["extract", str(folder), "--format", "jsonl"]) == exitcodes.OK
    docs = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    # Every article comes out in the order the files are read (a page's source is its site, not its path).
    from tui.library.sources import read_paths

    read = [str(path) for path, item in read_paths([str(folder)]).articles if item.article is not None]
    assert len(read) == len(docs)
    by_path = dict(zip(read, docs, strict=True))
    texts = {path: by_path[path]["text"] for path in pages}
    _assert_checks(texts, pages, trafilatura_passes)
    for doc in docs:  # the offsets index the text given
        for m in doc["mentions"]:
            assert doc["text"][m["start"]:m["end"]] == m["text"]
        assert set(doc["meta"]) >= {"encoding", "origin"} and doc["meta"]["origin"] == "page"
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(folder)]) == exitcodes.OK
    from tui.library.store import Store

    with Store.open(db) as store:
        stored = {row.location: store.article_text(row.id) for row in store.articles()}
    for path in pages:
        assert stored[str(Path(path).resolve())] == texts[path], path


async def test_the_reader_pane_shows_the_same_main_text(pages, trafilatura_passes):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "app"))
    from reader_support import NO_CONFIG, shown_words

    from tui.app import ReaderApp
    from tui.extract.types import Analysis, ModelInfo
    from tui.library.entries import entries_from_paths

    def stand_in(article):  # the pane's text, without paying for spaCy
        return Analysis(text=article.text, title=article.title, published=article.published, source=article.source,
                        model=ModelInfo("stand-in", "0"), extractor_version="test")

    entries = entries_from_paths(sorted(pages))
    app = ReaderApp(entries, analyser=stand_in, background_analysis=False, config_path=NO_CONFIG)
    shown: dict[str, str] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        for index, entry in enumerate(app.reader.entries):  # in the list's order (newest first)
            app.reader.open_article(index)
            await pilot.pause()
            assert app.reader.current_input is not None
            shown[entry.path] = shown_words(app.reader.view)
            assert " ".join(app.reader.current_input.text.split())[:200] in shown[entry.path]
    _assert_checks(shown, pages, trafilatura_passes)


def _expected_encodings(folder: Path):
    for path in sorted(folder.glob("*.xml")):
        data = path.read_bytes()
        head = next((h for h in (data[:3000].decode(c, "ignore") for c in
                                 ("latin-1", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
                     if "Expect:" in h), "")
        want = re.search(r"encoding == '([^']+)'", head)
        header = re.search(r"Header:\s*Content-type:\s*(.*)", head, re.I)
        if want is None or (want.group(1) == "us-ascii" and "charset=" not in (header.group(1) if header else "")):
            continue  # no expectation, or RFC 3023's text/xml default (our UTF-8 reading is its superset)
        yield path, codecs.lookup(want.group(1)).name, header.group(1).strip() if header else ""


def test_real_feeds_decode_as_their_http_header_bom_or_declaration_says(shared_dir):
    from tui.library.encoding import charset_from_content_type, decode

    cases = list(_expected_encodings(shared_dir / "data/web/feeds/encoding"))
    assert len(cases) > 40
    wrong = []
    for path, want, content_type in cases:
        got = decode(path.read_bytes(), name=path.name, http_charset=charset_from_content_type(content_type))
        name = codecs.lookup(got.encoding.replace("-sig", "")).name
        if name != want and not (want in ("ascii", "iso8859-1") and name == "cp1252"):
            wrong.append((path.name, want, got.encoding))
    assert not wrong, wrong


def test_undeclared_cjk_and_cyrillic_feeds_read_as_text_with_a_warning(shared_dir, tmp_path, capsys):
    folder = shared_dir / "data/web/feeds/illformed"
    db = str(tmp_path / "lib.db")
    for name in ("koi8r.xml", "shiftjis.xml", "euckr.xml", "windows1255.xml"):
        assert main(["add", "--db", db, str(folder / name)]) == exitcodes.OK
        err = capsys.readouterr().err
        assert f"{name}: not UTF-8 and no encoding declared" in err
    from tui.library.store import Store

    with Store.open(db) as store:
        titles = [row.title for row in store.articles()]
    assert any(t.startswith("Как пережить") for t in titles), titles
    assert any("RSS" in t and "\ufffd" not in t for t in titles), titles


def test_the_json_feed_example_adds_its_two_items(shared_dir, tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    assert main(["add", "--db", db, str(shared_dir / "data/web/feeds/jsonfeed-example.json")]) == exitcodes.OK
    assert "added 2 new article(s)" in capsys.readouterr().err


def test_broken_feeds_are_one_line_never_a_silent_zero(shared_dir, tmp_path, capsys):
    db = str(tmp_path / "lib.db")
    for path in sorted((shared_dir / "data/web/feeds/illformed").glob("*.xml")):
        code = main(["add", "--db", db, str(path)])
        err = capsys.readouterr().err.strip().splitlines()
        summary = err[-1]
        if summary.startswith("added 0 new"):
            assert code == exitcodes.BAD_INPUT and any(path.name in line for line in err[:-1]), (path.name, err)
        else:
            assert code == exitcodes.OK, (path.name, err)


#: feedparser's own expectations for an entry's description, as the text a reader sees.
_ENTRY_TEXTS = {
    "double-encoded-html.xml": "\u2026",  # "&#226;&#128;&#166;": UTF-8 encoded twice, not "â€¦"
    "bozo_double-encoded-html.xml": "\u2026",
    "demoronize-1.xml": "don\u2019t",
    "demoronize-2.xml": "don\u2019t",
    "demoronize-3.xml": "don\u2019t",
    "euc-kr-item.xml": "\ub144",
    "http_text_xml_charset_2.xml": "This is a \xa3\u201ctest.\u201d",
}


@pytest.mark.parametrize("name", sorted(_ENTRY_TEXTS))
def test_real_feed_entries_read_as_feedparser_expects(shared_dir, name):
    from tui.library.sources import read_source

    items = list(read_source(shared_dir / "data/web/feeds/encoding" / name))
    assert [i.article.text for i in items if i.article is not None] == [_ENTRY_TEXTS[name]]
