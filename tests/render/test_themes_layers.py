"""Theme files and the layer table: shipped themes load, broken ones are reported, labels map to layers."""

from __future__ import annotations

import pytest

from tui.render.layers import BY_KEY, LAYER_IDS, LAYERS, clean_layer_ids, counts_by_layer, layer_of_label
from tui.render.themes import (
    DEFAULT_THEME,
    OKABE_ITO_LAYERS,
    UI_COLOURS,
    ThemeError,
    load_theme_file,
    load_themes,
    themes_dir,
)

SHIPPED = ("default-dark", "light", "high-contrast", "okabe-ito")


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_themes_define_every_colour_and_layer(name):
    folder = themes_dir()
    assert folder is not None and folder.name == "themes"
    spec = load_theme_file(folder / f"{name}.toml")
    assert set(spec.colours) == set(UI_COLOURS)
    assert set(spec.layers) == set(LAYER_IDS)
    assert len(set(spec.layers.values())) == len(LAYER_IDS)


def test_okabe_ito_is_the_default_and_uses_the_palette():
    specs, errors = load_themes()
    assert errors == []
    assert DEFAULT_THEME == "okabe-ito"
    assert set(SHIPPED) <= set(specs)
    palette = {"#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7"}
    assert palette <= set(specs["okabe-ito"].layers.values())
    assert dict(specs["okabe-ito"].layers) == OKABE_ITO_LAYERS


@pytest.mark.parametrize(("content", "message"), [
    ("[colors\n", "not valid TOML"),
    ("[colors]\nbackground = \"#000000\"\n", "colors.primary is required"),
    ("[colors]\nprimary = \"not-a-colour\"\n", "is not a colour"),
    ("[colors]\nprimary = \"#ffffff\"\n[layers]\npeople = 3\n", "layers.people"),
    ("dark = \"yes\"\n[colors]\nprimary = \"#ffffff\"\n", "dark must be true or false"),
])
def test_a_broken_theme_file_is_reported_not_raised(tmp_path, content, message):
    (tmp_path / "bad.toml").write_text(content, encoding="utf-8")
    with pytest.raises(ThemeError, match=message):
        load_theme_file(tmp_path / "bad.toml")
    specs, errors = load_themes(tmp_path)
    assert "bad" not in specs and DEFAULT_THEME in specs
    assert len(errors) == 1 and errors[0].startswith("bad")


def test_every_entity_label_has_one_layer_with_a_digit():
    labels = [label for layer in LAYERS for label in layer.labels]
    assert len(labels) == len(set(labels)) == 18
    assert [layer.key for layer in LAYERS] == list("12345678")
    assert layer_of_label("GPE") is layer_of_label("FAC") is BY_KEY["3"]
    assert layer_of_label("MISC") is None


def test_counts_by_layer_on_the_seed(seed_analysis):
    counts = counts_by_layer(seed_analysis)
    assert counts["people"] == sum(1 for m in seed_analysis.mentions if m.label == "PERSON") > 0
    assert sum(counts.values()) == sum(1 for m in seed_analysis.mentions if layer_of_label(m.label))
    assert counts_by_layer(None) == dict.fromkeys(LAYER_IDS, 0)


@pytest.mark.parametrize(("stored", "expected"), [
    (["people", "places"], {"people", "places"}),
    ([], set()),
    (["people", "nonsense", 3], {"people"}),
    ("people", set(LAYER_IDS)),
    (None, set(LAYER_IDS)),
])
def test_stored_layer_prefs_are_cleaned(stored, expected):
    assert clean_layer_ids(stored) == frozenset(expected)
