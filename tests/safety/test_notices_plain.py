"""Notices built from anything but a literal are shown as plain text, never parsed as markup.

A notice may carry an exception's message, a file name or an entity's name: words from articles and
from disk. Rich markup in them would be interpreted (or raise), so every ``notify`` whose message is
not a plain string literal must say ``markup=False``.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "tui"


def _unsafe_notices(source: str) -> list[int]:
    """Lines of ``notify`` calls whose message is computed and whose markup is not turned off."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "notify" and node.args):
            continue
        message = node.args[0]
        if isinstance(message, ast.Constant) and isinstance(message.value, str):
            continue
        markup = next((kw.value for kw in node.keywords if kw.arg == "markup"), None)
        if not (isinstance(markup, ast.Constant) and markup.value is False):
            lines.append(node.lineno)
    return lines


def test_the_check_finds_a_computed_notice_with_markup() -> None:
    assert _unsafe_notices("self.notify(str(exc))\nself.notify('fixed [b]words[/b]')\n") == [1]
    assert _unsafe_notices("self.notify(str(exc), markup=False)\n") == []


@pytest.mark.parametrize("path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_computed_notices_are_plain_text(path: Path) -> None:
    assert _unsafe_notices(path.read_text(encoding="utf-8")) == []
