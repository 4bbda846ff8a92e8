"""The exports stay light: importing them (as the CLI and the reader do) loads neither spaCy nor Textual."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_importing_the_exports_loads_neither_spacy_nor_textual():
    code = (
        "import sys, tui.exports, tui.exports.bundle, tui.cli.export_cmd\n"
        "print(any(m.split('.')[0] in ('spacy', 'textual') for m in sys.modules))\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert out.stdout.strip() == "False"
