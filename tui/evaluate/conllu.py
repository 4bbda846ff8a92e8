"""GUM CoNLL-U gold: mentions from the ``Entity=`` MISC brackets, text rebuilt with SpaceAfter.

The named mentions are those whose head is a proper noun and (by default)
whose entity carries a Wikipedia identity in its last field. Paragraphs
(``# newpar``) are separated by a blank line, as in an article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from .types import GoldDoc, GoldError, GoldSpan

# One bracket of a CoNLL-U ``Entity=`` value: "(12-place-...-identity", "(7-time-...)" or "12)".
_OPEN_OR_CLOSE = re.compile(r"\((\d+)(?:\[[^\]]*\])?([^()]*)(\))?|(\d+)(?:\[[^\]]*\])?\)")
#: Articles that CoNLL-style gold leaves outside a name.
ARTICLES = frozenset({"the", "a", "an"})

#: Field order of GUM's entity annotation (``# global.Entity``) when a file does not declare it.
_GUM_FIELDS = ("GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity")


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


def read_conllu(
    path: Path, *, named_only: bool = True, require_identity: bool = True, conll_spans: bool = True
) -> list[GoldDoc]:
    """GUM-style documents.

    ``conll_spans`` reads GUM's noun-phrase mentions the way CoNLL-style
    named-entity gold writes them: without a leading article ("the Taliban" ->
    "Taliban") or the possessive marker.

    ``named_only`` keeps the mentions whose head is a proper noun and, with
    ``require_identity``, whose entity carries a Wikipedia identity (GUM links
    only notable entities, so a named but unlinked person is then left out).
    """
    docs: list[GoldDoc] = []
    name = path.stem
    fields: tuple[str, ...] = _GUM_FIELDS
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
            docs.append(_conllu_doc(name, tokens, starts, fields, named_only=named_only, require_identity=require_identity,
                                    conll_spans=conll_spans))
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
    name: str, tokens: list[_Token], par_starts: list[int], fields: tuple[str, ...], *, named_only: bool, require_identity: bool,
    conll_spans: bool = True,
) -> GoldDoc:
    text, offsets = _layout(tokens, set(par_starts))
    mentions = []
    for first, last, attrs in _entity_brackets(tokens, fields):
        etype = attrs.get("etype", "")
        if named_only and not ((attrs.get("identity") or not require_identity) and _proper_head(tokens, first, last)):
            continue
        while last > first and tokens[last].xpos == "POS":
            last -= 1  # named-entity conventions leave the possessive marker out of the name
        if conll_spans and first < last and tokens[first].upos == "DET" and tokens[first].form.lower() in ARTICLES:
            first += 1
        mentions.append(GoldSpan(offsets[first][0], offsets[last][1], etype, attrs.get("identity") or ""))
    return GoldDoc(name, text, tuple(sorted(set(mentions), key=lambda m: (m.start, m.end, m.label))))


def _entity_brackets(tokens: list[_Token], fields: tuple[str, ...]) -> Iterator[tuple[int, int, dict[str, str]]]:
    """(first token, last token, attributes) of every bracketed mention."""
    open_: dict[str, list[tuple[int, dict[str, str]]]] = {}
    for i, tok in enumerate(tokens):
        value = next((p[7:] for p in tok.misc.split("|") if p.startswith("Entity=")), None)
        if not value:
            continue
        for m in _OPEN_OR_CLOSE.finditer(value):
            if m.group(1):
                parts = (m.group(1) + m.group(2)).split("-")
                attrs = dict(zip(fields[1:], parts[1:], strict=False))
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


def _layout(tokens: list[_Token], breaks: set[int]) -> tuple[str, list[tuple[int, int]]]:
    """The document text (paragraphs blank-line separated, SpaceAfter kept) and each word's offsets."""
    parts: list[str] = []
    offsets: list[tuple[int, int]] = []
    pos = 0
    for i, tok in enumerate(tokens):
        if i in breaks and i:
            if parts and parts[-1] == " ":
                parts.pop()
                pos -= 1
            parts.append("\n\n")
            pos += 2
        if tok.word_of is None:
            offsets.append((pos, pos + len(tok.form)))
            parts.append(tok.form)
            pos += len(tok.form)
        else:
            # A word of a multiword token ("Trump's" = "Trump" + "'s"): the surface is written
            # once; words that spell it out in order get their own slices, else the whole of it.
            first, surface = tok.word_of
            if i == first:
                parts.append(surface)
                pos += len(surface)
            base = pos - len(surface)
            words = [t.form for t in tokens[first:] if t.word_of and t.word_of[0] == first]
            if "".join(words) == surface:
                start = base + sum(len(w) for w in words[: i - first])
                offsets.append((start, start + len(tok.form)))
            else:
                offsets.append((base, base + len(surface)))
        if tok.space_after and i + 1 < len(tokens):
            parts.append(" ")
            pos += 1
    return "".join(parts), offsets
