"""Highlighted Text: layers styled by offset on real sentences, tags, marks, and hostile text shown literally."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings, strategies as st
from rich.console import Console
from rich.style import Style

from tui.extract.types import Mention
from tui.render.highlight import Highlighter, highlight_text, layer_styles, line_ranges
from tui.render.layers import LAYER_IDS
from tui.render.sanitize import sanitize
from tui.render.themes import OKABE_ITO_LAYERS

STYLES = layer_styles(OKABE_ITO_LAYERS)
MONO = layer_styles(OKABE_ITO_LAYERS, mono=True)


def mentions(sentence: str, *found: tuple[str, str]) -> list[Mention]:
    out = []
    for words, label in found:
        start = sentence.index(words)
        out.append(Mention(start, start + len(words), words, label, f"{label}:{words}"))
    return out


SENTENCES = [
    ("The meeting was held under the direction of Prime Minister Benjamin Netanyahu.",
     [("Benjamin Netanyahu", "PERSON")]),
    ("Turkish officials met the previous night in Azerbaijan.",
     [("Turkish", "NORP"), ("the previous night", "TIME"), ("Azerbaijan", "GPE")]),
    ("The World Health Organization declared COVID-19 a pandemic on March 11, 2020.",
     [("The World Health Organization", "ORG"), ("March 11, 2020", "DATE")]),
    ("More than 20 people died in El Paso, Texas, after the G7 summit.",
     [("More than 20", "CARDINAL"), ("El Paso", "GPE"), ("Texas", "GPE"), ("G7", "EVENT")]),
]


def style_at(text, offset: int) -> Style:
    return text.get_style_at_offset(Console(), offset)


@pytest.mark.parametrize(("sentence", "found"), SENTENCES)
def test_each_mention_takes_its_layer_style_and_nothing_else_is_styled(sentence, found):
    ms = mentions(sentence, *found)
    text = highlight_text(sentence, ms, styles=STYLES)
    assert text.plain == sentence
    styled = set()
    for m in ms:
        layer_style = STYLES[{"PERSON": "people", "NORP": "groups", "TIME": "dates", "GPE": "places", "ORG": "orgs",
                              "DATE": "dates", "CARDINAL": "numbers", "EVENT": "events"}[m.label]]
        for i in range(m.start, m.end):
            assert style_at(text, i).bgcolor == layer_style.bgcolor
            styled.add(i)
    for i in set(range(len(sentence))) - styled:
        assert style_at(text, i).bgcolor is None


@pytest.mark.parametrize(("sentence", "found"), SENTENCES)
def test_a_layer_switched_off_leaves_its_mentions_plain(sentence, found):
    ms = mentions(sentence, *found)
    text = highlight_text(sentence, ms, styles=STYLES, on=frozenset(LAYER_IDS) - {"places", "people"})
    for m in ms:
        plain = m.label in ("GPE", "PERSON")
        assert (style_at(text, m.start).bgcolor is None) == plain


def test_tags_go_before_mentions_and_marks_still_cover_the_right_words():
    sentence, found = SENTENCES[1]
    ms = mentions(sentence, *found)
    start = sentence.index("Azerbaijan")
    text = highlight_text(sentence, ms, styles=MONO, tags=True, marks=[(start, start + 10, Style(reverse=True))])
    assert text.plain == "\u27e8GRP\u27e9Turkish officials met \u27e8DAT\u27e9the previous night in \u27e8LOC\u27e9Azerbaijan."
    shown = text.plain.index("Azerbaijan")
    assert all(style_at(text, i).reverse for i in range(shown, shown + 10))
    assert not style_at(text, shown - 1).reverse and not style_at(text, shown + 10).reverse


def test_mono_styles_differ_for_every_layer_without_colour():
    looks = {str(style) for style in MONO.values()}
    assert len(looks) == len(LAYER_IDS)
    assert all(style.color is None and style.bgcolor is None for style in MONO.values())


def test_a_line_renders_only_its_own_mentions():
    article = "Ankara and Jerusalem talked.\n\nNetanyahu spoke in Baku."
    ms = mentions(article, ("Ankara", "GPE"), ("Jerusalem", "GPE"), ("Netanyahu", "PERSON"), ("Baku", "GPE"))
    lines = line_ranges(article)
    assert lines == [(0, 28), (29, 29), (30, 54)]
    hl = Highlighter.of(ms, on=frozenset(LAYER_IDS), styles=STYLES)
    assert [m.text for m in hl.visible(*lines[2])] == ["Netanyahu", "Baku"]
    assert hl.render(article, *lines[2]).plain == "Netanyahu spoke in Baku."


def test_a_name_inside_a_name_shows_when_the_outer_layer_is_off():
    from dataclasses import replace

    from tui.render.layers import layer_of

    article = "She studied at the University of Southern Indiana."
    outer = Mention(19, 49, "University of Southern Indiana", "ORG", "org:usi")
    inner = Mention(33, 49, "Southern Indiana", "LOC", "loc:southern-indiana", nested=True)
    org, place = layer_of(outer), layer_of(inner)
    assert org is not None and place is not None and org.id != place.id
    hl = Highlighter.of([outer, inner], on=frozenset(LAYER_IDS), styles=STYLES)
    assert [m.text for m in hl.visible(0, len(article))] == ["University of Southern Indiana"]
    places_only = replace(hl, on=frozenset({place.id}))
    assert [m.text for m in places_only.visible(0, len(article))] == ["Southern Indiana"]
    assert places_only.render(article, 0, len(article)).plain == article
    # The layer counts are what a reader sees with every layer on.
    from tui.render.layers import counts_by_layer

    class _Analysis:
        mentions = (outer, inner)

    counts = counts_by_layer(_Analysis())  # type: ignore[arg-type]
    assert counts[org.id] == 1 and counts[place.id] == 0


_SGR = re.compile(r"\x1b\[[0-9;]*m")
_pieces = st.sampled_from(list("ab [/]@=.click\x1b\x07\x00\x9b\u202e\r\n\t") + ["[@click=app.bell]", "[/]", "\x1b[2J"])
_hostile = st.one_of(st.lists(_pieces, max_size=30).map("".join), st.text(max_size=40))


@settings(max_examples=200, deadline=None)
@given(_hostile, st.data())
def test_any_text_renders_literally_with_no_control_byte(text, data):
    spans = sorted(data.draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 8)), max_size=4)))
    ms, last = [], 0
    for start, length in spans:
        start, end = max(start, last), min(max(start, last) + length, len(text))
        if end > start:
            ms.append(Mention(start, end, text[start:end], "PERSON", "p"))
            last = end
    tags = data.draw(st.booleans())
    highlighted = highlight_text(text, ms, styles=STYLES, tags=tags)
    hl = Highlighter.of(ms, on=frozenset(LAYER_IDS), styles=STYLES, tags=tags)
    assert hl.plain(sanitize(text), 0, len(text)) == highlighted.plain
    console = Console(force_terminal=True, color_system="truecolor", width=60, legacy_windows=False)
    with console.capture() as capture:
        console.print(highlighted, soft_wrap=True)
    out = _SGR.sub("", capture.get())
    assert not any((ord(c) < 32 and c not in "\n") or 0x7F <= ord(c) <= 0x9F for c in out)
    assert "".join(out.replace("\u27e8PER\u27e9", "").split()) == "".join(sanitize(text).split())
