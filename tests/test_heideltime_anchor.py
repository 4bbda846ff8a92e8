"""The HeidelTime anchor script: its inline tags become offsets into the document's own text, and
without HeidelTime it says so in one line and exits 2 (HeidelTime is no dependency of Newsloupe)."""

from __future__ import annotations

from tests.benchmark_scripts import load_benchmark

anchor = load_benchmark("heideltime_anchor")

TEXT = "Sales rose 5% & more in the past three years.\n\nHe left on Friday, said AT&T."
OUTPUT = (
    '<?xml version="1.0"?>\n<!DOCTYPE TimeML SYSTEM "TimeML.dtd">\n<TimeML>\n'
    'Sales rose 5% &amp; more in <TIMEX3 tid="t1" type="DURATION" value="P3Y">the past three years</TIMEX3>.\n\n'
    'He left on <TIMEX3 tid="t2" type="DATE" value="1998-08-07">Friday</TIMEX3>, said AT&amp;T.\n\n</TimeML>\n'
)


def test_tags_become_offsets_into_the_original_text():
    found = anchor.aligned(OUTPUT, TEXT)
    assert [(TEXT[t.start:t.end], t.type, t.value) for t in found] == [
        ("the past three years", "DURATION", "P3Y"), ("Friday", "DATE", "1998-08-07")]


def test_a_repeated_phrase_is_placed_after_the_text_before_it():
    text = "Friday came. Then Friday again."
    out = '<TimeML>\nFriday came. Then <TIMEX3 tid="t1" type="DATE" value="X">Friday</TIMEX3> again.\n</TimeML>'
    (only,) = anchor.aligned(out, text)
    assert only.start == text.rindex("Friday")


def test_without_heideltime_one_line_and_exit_2(tmp_path, capsys):
    code = anchor.main([str(tmp_path), "--jar", str(tmp_path / "missing.jar"), "--treetagger", str(tmp_path)])
    err = capsys.readouterr().err
    assert code == 2 and len(err.strip().splitlines()) == 1 and "HeidelTime not found" in err
