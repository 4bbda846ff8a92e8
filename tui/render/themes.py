"""Reader themes: TOML files in ``themes/`` with Textual colours and one colour per entity layer.

No Textual here: a theme file becomes a ``ThemeSpec`` (plain data); the app turns it
into a Textual theme. A broken file is reported by name and skipped, never raised.
"""

from __future__ import annotations

import os
import re
import sys
import tomllib
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from rich.color import Color, ColorParseError

from tui.extract.records import record
from tui.render.layers import LAYER_IDS

THEMES_ENV = "NEWSLOUPE_THEMES"
DEFAULT_THEME = "okabe-ito"
UI_COLOURS = ("primary", "secondary", "background", "surface", "panel", "foreground",
              "accent", "warning", "error", "success")
#: Okabe & Ito's colour-blind-safe palette, the default for entity layers. Its black
#: would vanish on a dark background, so "other" gets a light grey instead.
OKABE_ITO_LAYERS: dict[str, str] = {
    "people": "#E69F00", "orgs": "#56B4E9", "places": "#009E73", "groups": "#F0E442",
    "dates": "#CC79A7", "events": "#D55E00", "numbers": "#0072B2", "other": "#BBBBBB",
}
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,40}$")


class ThemeError(Exception):
    """A theme file that cannot be used; the message names the file."""


@record
class ThemeSpec:
    """A theme file: its Textual colours and the layers' colours."""

    name: str
    dark: bool
    colours: Mapping[str, str]
    #: Layer id -> highlight colour (every layer present).
    layers: Mapping[str, str] = field(default_factory=lambda: dict(OKABE_ITO_LAYERS))


FALLBACK = ThemeSpec(
    DEFAULT_THEME, True,
    {"primary": "#56B4E9", "secondary": "#E69F00", "background": "#121212", "surface": "#1C1C1C",
     "panel": "#262626", "foreground": "#E4E4E4", "accent": "#F0E442", "warning": "#E69F00",
     "error": "#D55E00", "success": "#009E73"},
)


def themes_dir() -> Path | None:
    """The themes folder: $NEWSLOUPE_THEMES, beside the package (a checkout), or in the install prefix."""
    candidates = []
    if os.environ.get(THEMES_ENV):
        candidates.append(Path(os.environ[THEMES_ENV]))
    candidates.append(Path(__file__).resolve().parents[2] / "themes")
    candidates.append(Path(sys.prefix) / "share" / "newsloupe" / "themes")
    for folder in candidates:
        if folder.is_dir():
            return folder
    return None


def _colour(value: object, where: str) -> str:
    if not isinstance(value, str):
        raise ThemeError(f"{where}: a colour must be a string like \"#E69F00\"")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeError(f"{where}: {value!r} is not a colour") from None
    return value


def parse_theme(data: Mapping[str, object], *, name: str) -> ThemeSpec:
    """A ThemeSpec from parsed TOML; missing layer colours fall back to Okabe–Ito."""
    colours_raw = data.get("colors", data.get("colours", {}))
    if not isinstance(colours_raw, dict):
        raise ThemeError(f"{name}: [colors] must be a table")
    colours = {key: _colour(colours_raw[key], f"{name}: colors.{key}") for key in UI_COLOURS if key in colours_raw}
    if "primary" not in colours:
        raise ThemeError(f"{name}: colors.primary is required")
    dark = data.get("dark", colours_raw.get("dark", True))
    if not isinstance(dark, bool):
        raise ThemeError(f"{name}: dark must be true or false")
    layers_raw = data.get("layers", {})
    if not isinstance(layers_raw, dict):
        raise ThemeError(f"{name}: [layers] must be a table")
    layers = dict(OKABE_ITO_LAYERS)
    for layer_id in LAYER_IDS:
        if layer_id in layers_raw:
            layers[layer_id] = _colour(layers_raw[layer_id], f"{name}: layers.{layer_id}")
    return ThemeSpec(name, dark, colours, layers)


#: A theme is a few dozen lines: anything bigger is not one.
MAX_THEME_BYTES = 256 * 1024


def load_theme_file(path: Path) -> ThemeSpec:
    name = path.stem
    if not _NAME.match(name):
        raise ThemeError(f"{path.name}: theme names are lower-case letters, digits and dashes")
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_THEME_BYTES + 1)
        if len(raw) > MAX_THEME_BYTES:
            raise ThemeError(f"{path.name}: larger than {MAX_THEME_BYTES // 1024} KB; not a theme")
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ThemeError(f"{path.name}: cannot read ({exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ThemeError(f"{path.name}: not valid TOML ({exc})") from None
    except (RecursionError, MemoryError):
        raise ThemeError(f"{path.name}: nested too deeply to read") from None
    try:
        return parse_theme(data, name=name)
    except ThemeError:
        raise
    except (TypeError, ValueError, AttributeError, KeyError, RecursionError) as exc:
        raise ThemeError(f"{path.name}: not a theme ({type(exc).__name__})") from None


def load_themes(folder: Path | None = None) -> tuple[dict[str, ThemeSpec], list[str]]:
    """Every usable theme in ``folder`` (default: ``themes_dir()``) and one message per broken file.

    The Okabe–Ito fallback is always present, so the reader has a theme even with no folder.
    """
    folder = folder if folder is not None else themes_dir()
    specs: dict[str, ThemeSpec] = {FALLBACK.name: FALLBACK}
    errors: list[str] = []
    if folder is None:
        return specs, errors
    for path in sorted(folder.glob("*.toml")):
        try:
            spec = load_theme_file(path)
        except ThemeError as exc:
            errors.append(str(exc))
            continue
        specs[spec.name] = spec
    return specs, errors


def load_chosen_theme(name: str, folder: Path | None = None) -> ThemeSpec | None:
    """The one theme ``name`` from ``folder`` (default: ``themes_dir()``), or None where it is not a
    usable file there (the caller then loads them all, to say why).

    The reader paints with its chosen theme alone: the others wait until the palette can offer them."""
    if not _NAME.match(name):
        return None
    folder = folder if folder is not None else themes_dir()
    if folder is None:
        return FALLBACK if name == FALLBACK.name else None
    path = folder / f"{name}.toml"
    try:
        if not path.is_file():
            return FALLBACK if name == FALLBACK.name and not path.exists() else None
        return load_theme_file(path)
    except (ThemeError, OSError):
        return None


def text_colour_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    r, g, b = Color.parse(background).get_truecolor()
    luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b
    return "#000000" if luminance > 110 else "#FFFFFF"
