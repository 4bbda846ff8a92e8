"""Colours of the entity layers for HTML exports: the Okabe–Ito palette, keyed by spaCy label.

Okabe–Ito stays distinguishable under the common colour-vision deficiencies;
the same layer gets the same colour in the reader and in an exported page.
"""

from __future__ import annotations

from types import MappingProxyType

ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
#: Labels outside the named layers (numbers, quantities...) stay neutral.
NEUTRAL = "#BBBBBB"

_LAYERS: dict[str, tuple[str, ...]] = {
    ORANGE: ("PERSON",),
    SKY_BLUE: ("ORG",),
    BLUISH_GREEN: ("GPE", "LOC", "FAC"),
    REDDISH_PURPLE: ("NORP",),
    YELLOW: ("DATE", "TIME"),
    VERMILLION: ("EVENT", "LAW"),
    BLUE: ("WORK_OF_ART", "PRODUCT", "LANGUAGE"),
}

#: spaCy label -> background colour (read-only).
LABEL_COLOURS: MappingProxyType[str, str] = MappingProxyType(
    {label: colour for colour, labels in _LAYERS.items() for label in labels}
)


def colour_for(label: str) -> str:
    """The layer colour of ``label`` (case-insensitive), neutral when it has no layer."""
    return LABEL_COLOURS.get(label.upper(), NEUTRAL)
