"""The entity layers of the reader: which spaCy labels each holds, its key, and its colourless look.

Pure data (no Textual): the reader, the legend, the palette and the tests all read this table.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from tui.extract.records import record
from tui.extract.types import Analysis, Mention


@record
class Layer:
    """One toggleable layer: ``key`` is the digit that toggles it, ``id`` the name stored in prefs."""

    key: str
    id: str
    name: str
    labels: tuple[str, ...]
    #: Short tag shown before a mention when tags are on (``⟨PER⟩``).
    tag: str
    #: The Rich style that marks the layer without colour (NO_COLOR / --mono).
    mono_style: str


LAYERS: tuple[Layer, ...] = (
    Layer("1", "people", "People", ("PERSON",), "PER", "underline"),
    Layer("2", "orgs", "Organisations", ("ORG",), "ORG", "underline2"),
    Layer("3", "places", "Places", ("GPE", "LOC", "FAC"), "LOC", "bold"),
    Layer("4", "groups", "Groups", ("NORP",), "GRP", "italic"),
    Layer("5", "dates", "Dates and times", ("DATE", "TIME"), "DAT", "overline"),
    Layer("6", "events", "Events", ("EVENT",), "EVT", "reverse"),
    Layer("7", "numbers", "Numbers", ("MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"), "NUM", "dim"),
    Layer("8", "other", "Other", ("WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE"), "OTH", "strike"),
)
LAYER_IDS: tuple[str, ...] = tuple(layer.id for layer in LAYERS)
BY_ID: dict[str, Layer] = {layer.id: layer for layer in LAYERS}
BY_KEY: dict[str, Layer] = {layer.key: layer for layer in LAYERS}
_BY_LABEL: dict[str, Layer] = {label: layer for layer in LAYERS for label in layer.labels}


def layer_of_label(label: str) -> Layer | None:
    """The layer a spaCy entity label belongs to (None for labels no layer shows)."""
    return _BY_LABEL.get(label)


def tag_of_label(label: str) -> str:
    """How the reader names an entity's kind everywhere (sidebar, entities screen, dossier): its
    layer's tag ("PER" for PERSON, "LOC" for GPE); the label itself when no layer shows it."""
    layer = _BY_LABEL.get(label)
    return layer.tag if layer else label


def layer_of(mention: Mention) -> Layer | None:
    return _BY_LABEL.get(mention.label)


def counts_by_layer(analysis: Analysis | None) -> dict[str, int]:
    """Mentions per layer id (every layer present, 0 when absent or not analysed)."""
    counts: Counter[str] = Counter()
    if analysis is not None:
        for mention in analysis.mentions:
            layer = _BY_LABEL.get(mention.label)
            if layer is not None and not mention.nested:  # a name inside a name is counted once, as the name around it
                counts[layer.id] += 1
    return {layer_id: counts[layer_id] for layer_id in LAYER_IDS}


def clean_layer_ids(values: Iterable[object] | None, *, default: Iterable[str] = LAYER_IDS) -> frozenset[str]:
    """Layer ids from a stored preference; unknown values are dropped, a bad value gives ``default``."""
    if values is None or isinstance(values, (str, bytes)) or not isinstance(values, Iterable):
        return frozenset(default)
    return frozenset(v for v in values if isinstance(v, str) and v in BY_ID)


def mentions_on(mentions: Iterable[Mention], on: frozenset[str]) -> list[Mention]:
    """The mentions whose layer is switched on, in text order."""
    chosen = [m for m in mentions if (layer := _BY_LABEL.get(m.label)) is not None and layer.id in on and not m.nested]
    return sorted(chosen, key=lambda m: (m.start, m.end))
