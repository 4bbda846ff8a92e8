"""Newsloupe's extraction engine: text in, an immutable, evidence-linked ``Analysis`` out.

This package never imports Textual; the reader, the CLI and the exports are views over it.
"""

from .model import DEFAULT_MODEL, ModelNotFound
from .pipeline import EXTRACTOR_VERSION, ArticleInput, analyse, analyse_doc, analyse_many
from .types import (
    Analysis,
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

__all__ = [
    "DEFAULT_MODEL", "EXTRACTOR_VERSION", "Analysis", "ArticleInput", "DateFact", "Entity",
    "EventFact", "Fact", "Mention", "ModelInfo", "ModelNotFound", "QuoteFact", "RoleFact",
    "Sentence", "Span", "analyse", "analyse_doc", "analyse_many",
]
