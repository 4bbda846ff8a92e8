"""Newsloupe's extraction engine: text in, an immutable, evidence-linked ``Analysis`` out.

This package never imports Textual; the reader, the CLI and the exports are views over it.
Names are exported lazily (PEP 562): ``import tui.extract.types`` does not load the rule
modules, which the reader needs only once its analysis worker runs.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import DEFAULT_MODEL, ModelNotFound
    from .pipeline import analyse, analyse_doc, analyse_many
    from .types import (
        Analysis,
        ArticleInput,
        DateFact,
        Entity,
        EventFact,
        Fact,
        Mention,
        ModelInfo,
        QuoteFact,
        RoleFact,
        Sentence,
        Span,
    )
    from .version import EXTRACTOR_VERSION

#: Exported name -> the submodule that defines it.
_HOMES = {
    "DEFAULT_MODEL": "model", "ModelNotFound": "model",
    "EXTRACTOR_VERSION": "version", "analyse": "pipeline", "analyse_doc": "pipeline", "analyse_many": "pipeline",
    **{name: "types" for name in ("Analysis", "ArticleInput", "DateFact", "Entity", "EventFact", "Fact", "Mention",
                                  "ModelInfo", "QuoteFact", "RoleFact", "Sentence", "Span")},
}

# Written out (not ``sorted(_HOMES)``) so that linters and type checkers see the exports.
__all__ = [
    "DEFAULT_MODEL", "EXTRACTOR_VERSION", "Analysis", "ArticleInput", "DateFact", "Entity", "EventFact", "Fact",
    "Mention", "ModelInfo", "ModelNotFound", "QuoteFact", "RoleFact", "Sentence", "Span",
    "analyse", "analyse_doc", "analyse_many",
]


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{home}", __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
