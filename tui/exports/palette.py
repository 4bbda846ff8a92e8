"""Colours of the entity layers for HTML and brat exports, keyed by spaCy label.

They are the reader's own: each label's layer (``tui.render.layers``) in the default
Okabe–Ito theme (``tui.render.themes``), so an exported page colours a name as the
reader does. Okabe–Ito stays distinguishable under the common colour-vision deficiencies.
"""

from __future__ import annotations

from types import MappingProxyType

from tui.render.layers import LAYERS
from tui.render.themes import OKABE_ITO_LAYERS

#: Labels that no layer shows stay neutral.
NEUTRAL = OKABE_ITO_LAYERS["other"]

#: spaCy label -> background colour (read-only).
LABEL_COLOURS: MappingProxyType[str, str] = MappingProxyType(
    {label: OKABE_ITO_LAYERS[layer.id] for layer in LAYERS for label in layer.labels}
)


def colour_for(label: str) -> str:
    """The layer colour of ``label`` (case-insensitive), neutral when it has no layer."""
    return LABEL_COLOURS.get(label.upper(), NEUTRAL)
