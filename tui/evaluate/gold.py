"""Gold documents and their readers: CoNLL-2003 BIO columns, brat standoff, and loading any format.

GUM CoNLL-U lives in ``conllu.py``.

Each reader rebuilds the document text so that character offsets of gold
spans index it exactly; the engine is then run on that same text, so its
predicted offsets and the gold offsets are comparable.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .conllu import read_conllu
from .types import GoldDoc, GoldError, GoldSpan

FORMATS = ("conllu", "conll", "brat")



# -- CoNLL-2003 BIO --------------------------------------------------------------
def read_conll(path: Path) -> list[GoldDoc]:
    """BIO/IOB1 columns (token first, tag last); ``-DOCSTART-`` splits documents, blank lines sentences."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    docs: list[GoldDoc] = []
    parts: list[str] = []
    spans: list[GoldSpan] = []
    current: list[Any] = []  # [start, end, label] of the entity being read
    pos = 0
    line_start = True

    def close() -> None:
        if current:
            spans.append(GoldSpan(current[0], current[1], current[2]))
            current.clear()

    def flush() -> None:
        nonlocal pos, line_start
        close()
        text = "".join(parts).rstrip("\n")
        if text.strip():
            docs.append(GoldDoc(f"{path.stem}-{len(docs) + 1}", text, tuple(spans)))
        parts.clear()
        spans.clear()
        pos, line_start = 0, True

    for lineno, line in enumerate(lines, 1):
        cols = line.split()
        if not cols:
            close()
            if not line_start:
                parts.append("\n")
                pos += 1
                line_start = True
            continue
        if cols[0] == "-DOCSTART-":
            flush()
            continue
        if len(cols) < 2:
            raise GoldError(f"{path}:{lineno}: expected a token and a tag")
        token, tag = cols[0], cols[-1]
        if not line_start:
            parts.append(" ")
            pos += 1
        start, end = pos, pos + len(token)
        parts.append(token)
        pos = end
        line_start = False
        prefix, _, label = tag.partition("-")
        if tag == "O" or not label:
            if tag != "O":
                raise GoldError(f"{path}:{lineno}: tag {tag!r} is not O, B-X or I-X")
            close()
        elif prefix == "B" or prefix not in ("I", "E") or not current or current[2] != label:
            close()
            current.extend([start, end, label])
        else:
            current[1] = end
            if prefix == "E":
                close()
    flush()
    if not docs:
        raise GoldError(f"{path}: no tokens found")
    return docs


# -- brat standoff ---------------------------------------------------------------
QUOTE_TYPES = ("quote", "quotation", "directquote", "indirectquote")


def read_brat(path: Path) -> list[GoldDoc]:
    """A ``.ann`` file beside its ``.txt``: T lines become mentions, Quote T lines quotes."""
    ann = path.with_suffix(".ann")
    txt = path.with_suffix(".txt")
    try:
        text = txt.read_text(encoding="utf-8")
        lines = ann.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the .txt/.ann pair: {exc}") from exc
    mentions: list[GoldSpan] = []
    quotes: list[GoldSpan] = []
    for lineno, line in enumerate(lines, 1):
        if not line.startswith("T"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise GoldError(f"{ann}:{lineno}: a T line needs an id, a type with offsets, and text")
        type_, _, where = cols[1].partition(" ")
        try:
            frags = [tuple(int(x) for x in frag.split()) for frag in where.split(";")]
            start, end = frags[0][0], frags[-1][1]
        except (ValueError, IndexError) as exc:
            raise GoldError(f"{ann}:{lineno}: bad offsets {where!r}") from exc
        if not 0 <= start < end <= len(text):
            raise GoldError(f"{ann}:{lineno}: offsets {start}-{end} lie outside the text")
        (quotes if type_.lower() in QUOTE_TYPES else mentions).append(GoldSpan(start, end, type_))
    return [GoldDoc(ann.stem, text, tuple(mentions), tuple(quotes))]


def detect_format(path: Path) -> str:
    if path.suffix == ".conllu":
        return "conllu"
    if path.suffix in (".ann", ".txt") and path.with_suffix(".ann").exists():
        return "brat"
    return "conll"


def gold_files(path: Path, fmt: str | None) -> list[tuple[Path, str]]:
    """The gold files under ``path`` (a file or a folder) with their formats."""
    if not path.exists():
        raise GoldError(f"{path}: no such file or directory")
    if path.is_file():
        return [(path, fmt or detect_format(path))]
    found = []
    for child in sorted(path.rglob("*")):
        if not child.is_file():
            continue
        kind = fmt or detect_format(child)
        if kind == "conllu" and child.suffix == ".conllu":
            found.append((child, kind))
        elif kind == "brat" and child.suffix == ".ann":
            found.append((child, kind))
        elif kind == "conll" and child.suffix in (".conll", ".bio", ".iob", ".txt") and not child.with_suffix(".ann").exists():
            found.append((child, kind))
    if not found:
        raise GoldError(f"{path}: no gold files found" + (f" of format {fmt}" if fmt else ""))
    return found


def load_gold(
    path: Path, fmt: str | None = None, *, named_only: bool = True, require_identity: bool = True, conll_spans: bool = True
) -> list[GoldDoc]:
    """Every gold document under ``path``."""
    if fmt is not None and fmt not in FORMATS:
        raise GoldError(f"unknown gold format {fmt!r} (choose from {', '.join(FORMATS)})")
    docs: list[GoldDoc] = []
    for file, kind in gold_files(path, fmt):
        if kind == "conllu":
            docs.extend(read_conllu(file, named_only=named_only, require_identity=require_identity, conll_spans=conll_spans))
        elif kind == "brat":
            docs.extend(read_brat(file))
        else:
            docs.extend(read_conll(file))
    return docs
