"""Gold readers: GUM CoNLL-U ``Entity=`` mentions, CoNLL-2003 BIO columns and brat standoff.

Each reader rebuilds the document text so that character offsets of gold
spans index it exactly; the engine is then run on that same text, so its
predicted offsets and the gold offsets are comparable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote


class GoldError(ValueError):
    """A gold file that cannot be read (reported in one line)."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its text and the spans annotated in it."""

    name: str
    text: str
    mentions: tuple[GoldSpan, ...]
    #: Reported-speech spans (brat ``Quote`` annotations), when the file has any.
    quotes: tuple[GoldSpan, ...] = ()


FORMATS = ("conllu", "conll", "brat")

# One bracket of a CoNLL-U ``Entity=`` value: "(12-place-...-identity", "(7-time-...)" or "12)".
_OPEN_OR_CLOSE = re.compile(r"\((\d+)(?:\[[^\]]*\])?([^()]*)(\))?|(\d+)(?:\[[^\]]*\])?\)")
#: Field order of GUM's entity annotation (``# global.Entity``) when a file does not declare it.
_GUM_FIELDS = ("GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity")


# -- CoNLL-U (GUM) -------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class _Token:
    form: str
    upos: str
    xpos: str
    head: int  # index into the document's token list, -1 for the root
    space_after: bool
    misc: str
    #: Index of the first word of the multiword token this word belongs to, and that token's surface form.
    word_of: tuple[int, str] | None = None


def read_conllu(path: Path, *, named_only: bool = True, require_identity: bool = True) -> list[GoldDoc]:
    """GUM-style documents.

    ``named_only`` keeps the mentions whose head is a proper noun and, with
    ``require_identity``, whose entity carries a Wikipedia identity (GUM links
    only notable entities, so a named but unlinked person is then left out).
    """
    docs: list[GoldDoc] = []
    name = path.stem
    fields = _GUM_FIELDS
    tokens: list[_Token] = []
    starts: list[int] = []  # token index where each paragraph starts
    sentence: list[list[str]] = []

    def flush_sentence() -> None:
        base = len(tokens)
        ranges: dict[int, tuple[int, str, bool]] = {}  # word id -> (last id, surface, space after)
        for cols in sentence:
            if "-" in cols[0]:
                first, last = (int(x) for x in cols[0].split("-"))
                for wid in range(first, last + 1):
                    ranges[wid] = (first, cols[1], "SpaceAfter=No" not in cols[9] and wid == last)
        for cols in (c for c in sentence if "-" not in c[0]):
            wid = int(cols[0])
            head = int(cols[6]) if cols[6].isdigit() else 0
            misc = cols[9]
            space = "SpaceAfter=No" not in misc
            word_of = None
            if wid in ranges:
                first, surface, space = ranges[wid]
                word_of = (base + first - 1, surface)
            tokens.append(_Token(cols[1], cols[3], cols[4], base + head - 1 if head else -1, space, misc, word_of))
        sentence.clear()

    def flush_doc() -> None:
        if tokens:
            docs.append(_conllu_doc(name, tokens, starts, fields, named_only=named_only, require_identity=require_identity))
        tokens.clear()
        starts.clear()

    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from exc
    for lineno, line in enumerate(lines, 1):
        if line.startswith("#"):
            if line.startswith("# newdoc"):
                flush_sentence()
                flush_doc()
                name = line.partition("=")[2].strip() or path.stem
            elif line.startswith("# global.Entity"):
                fields = tuple(line.partition("=")[2].strip().split("-"))
            elif line.startswith("# newpar"):
                starts.append(len(tokens) + len(sentence))
            continue
        if not line.strip():
            flush_sentence()
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            raise GoldError(f"{path}:{lineno}: expected 10 tab-separated columns, found {len(cols)}")
        if "." in cols[0]:
            continue  # empty nodes carry no surface text
        sentence.append(cols)
    flush_sentence()
    flush_doc()
    if not docs:
        raise GoldError(f"{path}: no CoNLL-U tokens found")
    return docs


def _conllu_doc(
    name: str, tokens: list[_Token], par_starts: list[int], fields: tuple[str, ...], *, named_only: bool, require_identity: bool
) -> GoldDoc:
    # Paragraphs become blank-line separated, tokens keep their SpaceAfter.
    breaks = set(par_starts)
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    _word_base = [0]
    for i, tok in enumerate(tokens):
        if i in breaks and i:
            sep = "\n\n"
            if parts and parts[-1] == " ":
                parts.pop()
                pos -= 1
            parts.append(sep)
            pos += len(sep)
        if tok.word_of is None:
            offsets.append((pos, pos + len(tok.form)))
            parts.append(tok.form)
            pos += len(tok.form)
        else:
            # A word inside a multiword token ("Trump's" = "Trump" + "'s"): the surface is
            # written once; words that spell it out in order get their own slices of it.
            first, surface = tok.word_of
            if i == first:
                parts.append(surface)
                word_start, pos = pos, pos + len(surface)
                _word_base[0] = word_start
            offset = _word_base[0] + sum(len(t.form) for t in tokens[first:i])
            words = "".join(t.form for t in tokens[first:] if t.word_of and t.word_of[0] == first)
            if words == surface:
                offsets.append((offset, offset + len(tok.form)))
            else:
                offsets.append((_word_base[0], _word_base[0] + len(surface)))
        if tok.space_after and i + 1 < len(tokens):
            parts.append(" ")
            pos += 1
    text = "".join(parts)
    mentions = []
    for first, last, attrs in _entity_brackets(tokens, fields):
        etype = attrs.get("etype", "")
        if named_only and not ((attrs.get("identity") or not require_identity) and _proper_head(tokens, first, last)):
            continue
        while last > first and tokens[last].xpos == "POS":
            last -= 1  # named-entity conventions leave the possessive marker out of the name
        mentions.append(GoldSpan(offsets[first][0], offsets[last][1], etype))
    return GoldDoc(name, text, tuple(sorted(set(mentions), key=lambda m: (m.start, m.end, m.label))))


def _entity_brackets(tokens: list[_Token], fields: tuple[str, ...]):
    """(first token, last token, attributes) of every bracketed mention."""
    open_: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for i, tok in enumerate(tokens):
        value = next((p[7:] for p in tok.misc.split("|") if p.startswith("Entity=")), None)
        if not value:
            continue
        for m in _OPEN_OR_CLOSE.finditer(value):
            if m.group(1):
                parts = (m.group(1) + m.group(2)).split("-")
                attrs = dict(zip(fields[1:], parts[1:]))
                if len(parts) > len(fields):  # an identity holding '-'
                    attrs[fields[-1]] = "-".join(parts[len(fields) - 1 :])
                attrs = {k.lower() if k != "etype" else k: unquote(v) for k, v in attrs.items()}
                if m.group(3):
                    yield i, i, attrs
                else:
                    open_.setdefault(m.group(1), []).append((i, attrs))
            else:
                stack = open_.get(m.group(4))
                if stack:
                    first, attrs = stack.pop()
                    yield first, i, attrs


def _proper_head(tokens: list[_Token], first: int, last: int) -> bool:
    """The mention's syntactic head (its token governed from outside) is a proper noun."""
    for i in range(first, last + 1):
        head = tokens[i].head
        if not first <= head <= last:
            return tokens[i].upos == "PROPN"
    return False


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
    current: list = []  # [start, end, label] of the entity being read
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
    mentions, quotes = [], []
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


def load_gold(path: Path, fmt: str | None = None, *, named_only: bool = True, require_identity: bool = True) -> list[GoldDoc]:
    """Every gold document under ``path``."""
    if fmt is not None and fmt not in FORMATS:
        raise GoldError(f"unknown gold format {fmt!r} (choose from {', '.join(FORMATS)})")
    docs: list[GoldDoc] = []
    for file, kind in gold_files(path, fmt):
        if kind == "conllu":
            docs.extend(read_conllu(file, named_only=named_only, require_identity=require_identity))
        elif kind == "brat":
            docs.extend(read_brat(file))
        else:
            docs.extend(read_conll(file))
    return docs
