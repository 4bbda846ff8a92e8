"""Saving one article's export into a folder, as the reader does."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from tui.exports import UnknownFormat, export_analysis
from tui.exports.save import save_export


def test_text_formats_write_one_file_named_after_the_article(tmp_path, hostile_analysis):
    (path,) = save_export(hostile_analysis, "displacy", tmp_path / "out")
    assert path.name == "hostile.json"
    assert json.loads(path.read_text(encoding="utf-8"))["text"] == hostile_analysis.text


def test_brat_writes_the_pair_and_confs_byte_for_byte(tmp_path, hostile_analysis):
    crlf = replace(hostile_analysis, text=hostile_analysis.text.replace("\n", "\r\n"))
    paths = save_export(crlf, "brat", tmp_path, name="talks")
    assert sorted(p.name for p in paths) == ["annotation.conf", "talks.ann", "talks.txt", "visual.conf"]
    # No newline translation: offsets into the text are offsets into the file's characters.
    assert (tmp_path / "talks.txt").read_bytes().decode("utf-8") == crlf.text


def test_unknown_format_is_refused(hostile_analysis):
    with pytest.raises(UnknownFormat, match="pdf"):
        export_analysis(hostile_analysis, "pdf")
