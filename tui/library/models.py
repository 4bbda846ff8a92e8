"""The model an analysis would be made with, known without importing spaCy.

A cached analysis is keyed by the pipeline's name and version; reading them
from the installed package's ``meta.json`` lets the reader find the cache
entry without paying spaCy's import (about a second).
"""

from __future__ import annotations

import functools
import importlib.util
import json
from pathlib import Path

from tui.extract.model import info_from_meta, model_name
from tui.extract.types import ModelInfo


@functools.lru_cache(maxsize=8)
def installed_model_info(name: str | None = None) -> ModelInfo | None:
    """ModelInfo(name, version) as ``model.load(name)`` would report it; None when not found.

    ``name`` defaults like ``model.load``: $NEWSLOUPE_MODEL, then the default pipeline.
    A path to a pipeline folder works too (its meta.json is read).
    """
    target = model_name(name)
    folder = Path(target) if Path(target).is_dir() else None
    if folder is None:
        try:
            spec = importlib.util.find_spec(target)
        except (ImportError, ValueError):
            return None
        if spec is None or spec.origin is None:
            return None
        folder = Path(spec.origin).parent
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return info_from_meta(meta)
