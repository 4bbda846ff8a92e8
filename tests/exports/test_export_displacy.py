"""displaCy exports: the manual JSON rendered by spaCy's own ``displacy.render``, and the HTML page kept inert."""

from __future__ import annotations

import html
import json
from dataclasses import replace
from html.parser import HTMLParser

import pytest

from tui.exports import export_analysis
from tui.exports.displacy_export import render_html, to_displacy
from tui.exports.palette import LABEL_COLOURS, NEUTRAL, colour_for
from tui.extract.types import Mention


class _Elements(HTMLParser):
    """Collects start tags and the text shown, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.shown: list[str] = []

    def handle_starttag(self, tag, attrs):  # type: ignore[no-untyped-def]
        self.tags.append(tag)

    def handle_data(self, data):  # type: ignore[no-untyped-def]
        self.shown.append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def test_manual_format_spans_slice_the_text(hostile_analysis):
    doc = json.loads(export_analysis(hostile_analysis, "displacy"))
    assert set(doc) == {"text", "ents", "title"}
    assert [(e["start"], e["end"], e["label"]) for e in doc["ents"]] == [
        (m.start, m.end, m.label) for m in hostile_analysis.mentions
    ]
    assert [doc["text"][e["start"]:e["end"]] for e in doc["ents"]] == [m.text for m in hostile_analysis.mentions]
    # displaCy inserts the title as markup: it is escaped in the JSON, the text is not.
    assert doc["title"] == html.escape(hostile_analysis.title)
    assert doc["text"] == hostile_analysis.text


def test_spacy_renders_the_manual_json(hostile_analysis, seed_analysis):
    from spacy import displacy

    for analysis in (hostile_analysis, seed_analysis):
        doc = json.loads(export_analysis(analysis, "displacy"))
        shown = _parse(displacy.render(doc, style="ent", manual=True, jupyter=False))
        assert shown.tags.count("mark") == len(analysis.mentions)
        assert "script" not in shown.tags


def test_html_page_keeps_script_in_text_and_title_inert(hostile_analysis):
    page = export_analysis(hostile_analysis, "html")
    assert isinstance(page, str)
    parsed = _parse(page)
    assert "script" not in parsed.tags and "b" not in parsed.tags
    shown = "".join(parsed.shown)
    assert "<script>alert('x')</script>" in shown
    assert "Talks <script>alert('title')</script>" in shown
    assert "\x1b" not in page  # terminal escapes are made visible, not passed on


def test_html_colours_follow_the_layers(hostile_analysis):
    page = render_html([hostile_analysis])
    assert f"background: {LABEL_COLOURS['PERSON']}" in page
    assert f"background: {LABEL_COLOURS['GPE']}" in page
    assert LABEL_COLOURS["PERSON"] != LABEL_COLOURS["GPE"]


@pytest.mark.parametrize(
    ("label", "colour"),
    [("PERSON", "#E69F00"), ("org", "#56B4E9"), ("LOC", "#009E73"), ("NORP", "#F0E442"), ("DATE", "#CC79A7"),
     ("CARDINAL", "#0072B2"), ("LAW", NEUTRAL), ("NOT_A_LABEL", NEUTRAL)],
)
def test_palette_is_okabe_ito_by_layer(label, colour):
    assert colour_for(label) == colour


def test_exports_colour_each_label_as_the_reader_does():
    from tui.render.layers import layer_of_label
    from tui.render.themes import FALLBACK

    for label, colour in LABEL_COLOURS.items():
        assert colour == FALLBACK.layers[layer_of_label(label).id]


def test_overlapping_mentions_are_not_rendered_twice(hostile_analysis):
    first = hostile_analysis.mentions[1]  # "Ilham Aliyev"
    inner = Mention(first.start + 6, first.end, "Aliyev", "PERSON", first.entity)
    doc = to_displacy(replace(hostile_analysis, mentions=(*hostile_analysis.mentions, inner)))
    starts = [e["start"] for e in doc["ents"]]
    assert inner.start not in starts and first.start in starts
    ends = [e["end"] for e in doc["ents"]]
    assert all(end <= nxt for end, nxt in zip(ends, starts[1:], strict=False))


def test_several_articles_render_on_one_page(hostile_analysis, seed_analysis):
    parsed = _parse(render_html([hostile_analysis, seed_analysis]))
    assert parsed.tags.count("figure") == 2
    assert parsed.tags.count("mark") == len(hostile_analysis.mentions) + len(seed_analysis.mentions)
