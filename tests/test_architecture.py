"""The layering the product promises: extract <- library/render <- widgets <- screens <- app."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

PACKAGE = ROOT / "tui"

#: Layer of each top-level part of the package; a module may import only its own layer or lower.
LAYERS = {
    "extract": 0,
    "evaluate": 1,
    "library": 1,
    "render": 1,
    "exports": 1,
    "widgets": 2,
    "workers": 2,
    "screens": 3,
    "app": 4,
}
NO_TEXTUAL = ("extract", "evaluate", "library", "render", "exports")


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0].removesuffix(".py")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.level:  # relative: resolve against the module's package
                base = path.relative_to(ROOT).with_suffix("").parts[: -node.level]
                names.add(".".join((*base, node.module)))
            else:
                names.add(node.module)
    return names


MODULES = sorted(p for p in PACKAGE.rglob("*.py") if _part(p) in LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_one_way(path: Path) -> None:
    part = _part(path)
    for name in _imports(path):
        if name.startswith("tui."):
            target = name.split(".")[1]
            if target in LAYERS:
                assert LAYERS[target] <= LAYERS[part], f"{path.name} ({part}) imports {name}"
        if part in NO_TEXTUAL:
            assert not name.startswith("textual"), f"{path.name} imports {name}"


def test_extract_never_imports_textual_at_run_time() -> None:
    code = (
        "import sys, tui.extract, tui.extract.serialize, tui.extract.pipeline\n"
        "from tui.extract import analyse\n"
        "print('textual' in sys.modules, any(m.startswith('textual') for m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_importing_the_engine_does_not_import_spacy() -> None:
    # spaCy costs about a second: it must load only when a model is needed.
    code = "import sys, tui.extract, tui.cli.main\nprint('spacy' in sys.modules)\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"


def test_engine_exports_are_the_names_it_loads_lazily() -> None:
    # ``__all__`` is written out for linters and type checkers; it must list what ``__getattr__`` serves.
    import tui.extract as engine

    assert sorted(engine.__all__) == sorted(engine._HOMES)
    for name in engine.__all__:
        assert getattr(engine, name) is not None


def test_commands_share_one_common_module_and_never_import_the_entry_point() -> None:
    # Every command takes CliError, --db and the library from cli/common.py; cli/main.py only dispatches.
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        names = _imports(path)
        assert "tui.cli.main" not in names, path.name
        if path.name != "add_cmd.py":
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.ImportFrom) and node.module == "add_cmd":
                    assert not {a.name for a in node.names} & {"open_store", "add_db_argument", "CliError"}, path.name


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@pytest.mark.parametrize("part", ["evaluate", "cli"])
def test_modules_of_a_part_never_import_each_other_in_a_circle(part: str) -> None:
    # gold.py reads CoNLL-U through conllu.py; the gold types both need live in evaluate/types.py.
    paths = sorted((PACKAGE / part).rglob("*.py"))
    names = {_module_name(p) for p in paths}
    graph = {_module_name(p): {n for n in _imports(p) if n in names} for p in paths}

    def reaches(start: str, goal: str, seen: set[str]) -> bool:
        for nxt in graph[start] - seen:
            seen.add(nxt)
            if nxt == goal or reaches(nxt, goal, seen):
                return True
        return False

    circular = sorted(m for m in graph if reaches(m, m, set()))
    assert not circular, circular
