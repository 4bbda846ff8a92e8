"""What every hostile run must satisfy: inert output, one line per problem, the documented exit code."""

from __future__ import annotations

import re

from hostile_run import Run

#: Anything a terminal would act on: C0 controls but tab and newline, DEL, C1 controls,
#: bidi embeddings/overrides/isolates. Written by the tool, they came from the input.
ACTIVE_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
#: Lines a command prints on stderr besides its problems: progress and summaries.
_STATUS = re.compile(
    r"^(added \d+ new article|indexing |interrupted: |\d+ article\(s\) analysed|newsloupe: wrote \d+ )"
)


def active_characters(data: bytes) -> list[str]:
    """The control characters in ``data`` (which must be UTF-8), as ``U+XXXX`` names."""
    text = data.decode("utf-8")  # output that is not UTF-8 is itself a failure
    return sorted({f"U+{ord(c):04X}" for c in ACTIVE_CHARACTERS.findall(text)})


def assert_inert(run: Run) -> None:
    """Neither stdout nor stderr carries a control character, and no traceback."""
    assert active_characters(run.out) == [], f"stdout of {run}"
    assert active_characters(run.err) == [], f"stderr of {run}"
    assert "Traceback" not in run.stderr, str(run)


def problems(run: Run) -> list[str]:
    """The stderr lines that report a problem (not warnings, progress or summaries)."""
    lines = [line for line in run.err_lines if line.strip()]
    return [line for line in lines if not _STATUS.match(line) and not line.startswith("newsloupe: warning: ")]


def warnings(run: Run) -> list[str]:
    return [line for line in run.err_lines if line.startswith("newsloupe: warning: ")]


def assert_fails(run: Run, code: int, *phrases: str) -> str:
    """The run failed with ``code`` and exactly one problem line naming every phrase; returns that line."""
    assert_inert(run)
    assert run.code == code, str(run)
    found = problems(run)
    assert len(found) == 1, str(run)
    line = found[0]
    assert line.startswith("newsloupe"), line
    assert "internal error" not in line, line
    for phrase in phrases:
        assert phrase in line, line
    return line


def assert_ok(run: Run) -> None:
    """Exit 0, inert, and no problem line (warnings are allowed)."""
    assert_inert(run)
    assert run.code == 0, str(run)
    assert problems(run) == [], str(run)
