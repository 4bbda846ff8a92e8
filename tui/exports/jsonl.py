"""JSON Lines export: one analysis per line in the public schema, text included."""

from __future__ import annotations

from collections.abc import Iterable

from tui.extract.serialize import to_dict, to_json
from tui.extract.types import Analysis

_LINE_ENDS = {ord(ch): f"\\u{ord(ch):04x}" for ch in "\x85\u2028\u2029"}


def to_jsonl_line(analysis: Analysis) -> str:
    """One analysis as a single JSON line (``serialize.to_dict`` with the text), newline-terminated.

    ``json.dumps`` escapes the newlines inside the text, so one article is one line.
    Characters that ``str.splitlines`` treats as line ends but JSON leaves raw
    (NEL, U+2028, U+2029) are written as escapes too: they only occur inside strings.
    """
    line = to_json(to_dict(analysis, include_text=True))
    return line.translate(_LINE_ENDS) + "\n"


def to_jsonl(analyses: Iterable[Analysis]) -> str:
    return "".join(to_jsonl_line(a) for a in analyses)
