"""The held-out scoring path: a TimeML article written as a front-matter file, in every form a
converter may write, gives the same date facts (spans into the body as written, values) as the
plain ``title:``/``date:`` file ``newsloupe eval --format timeml`` scores."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.evaluate.timeml import date_facts_of, read_tml
from tui.extract import analyse_many
from tui.extract.serialize import to_dict
from tui.library.sources import read_one

#: Wire copy with weekdays, "today" and a dateline-free body: the anchor decides most values.
DOCUMENT = "data/timebank/TimeBank/APW19980322.0749.tml"


def _forms(title: str, dct: str, body: str) -> dict[str, tuple[str, str]]:
    """(file text, the body as the file holds it) by form."""
    day, compact = dct[:10], dct[:10].replace("-", "")
    return {
        "bare": (f"title: {title}\ndate: {dct}\n\n{body}", body),
        "yaml": (f'---\ntitle: "{title}"\ndate: "{day}T10:15:00+01:00"\n---\n{body}', body),
        "bom_basic_date": (f"\ufefftitle: {title}\ndate: {compact}\n\n{body}", body),
        "quoted_clock": (f"title: '{title}: a story'\ndate: '{day}T10:15'\n\n{body}", body),
        "words_and_extra_keys": (f"id: 7\ntitle: {title}\ndate: {day}T10:15:00Z\nsource: wire\n\n{body}", body),
        "no_blank_line": (f"title: {title}\ndate: {day}\n{body.lstrip()}", body.lstrip()),
        "crlf": (f"title: {title}\r\ndate: {day}\r\n\r\n{body.replace(chr(10), chr(13) + chr(10))}", body.replace("\n", "\r\n")),
    }


def test_every_converter_form_gives_the_same_date_facts(tmp_path: Path, shared_dir: Path, nlp) -> None:
    path = shared_dir / DOCUMENT
    if not path.is_file():
        pytest.skip(f"{DOCUMENT} is absent")
    doc = read_tml(path)
    forms = _forms(doc.title or "Untitled", doc.dct, doc.text)
    articles = []
    for name, (content, _) in forms.items():
        file = tmp_path / f"{name}.txt"
        file.write_bytes(content.encode("utf-8"))
        articles.append(read_one(file, languages=False))
    results = {name: list(date_facts_of(to_dict(a))) for name, a in zip(forms, analyse_many(articles, nlp=nlp), strict=True)}
    for name, facts in results.items():
        body = forms[name][1]
        assert all(body[f.start:f.end] == f.text for f in facts), name  # spans index the body as written
    reference = [(f.text, f.type, f.value) for f in results["bare"]]
    assert len(reference) > 10
    for name, facts in results.items():
        assert [(f.text, f.type, f.value) for f in facts] == reference, name
