"""Properties of the escaping and fragmenting helpers over generated text."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, strategies as st
from markdown_it import MarkdownIt

from tui.exports.brat import fragments
from tui.exports.markdown import escape_line
from tui.render.sanitize import sanitize

MARKDOWN = MarkdownIt("commonmark").enable("table").enable("strikethrough")
#: Pieces of Markdown and HTML syntax that hostile text could try, among plain characters.
SYNTAX = st.sampled_from(
    [*"ab1 .)#-+=*_`[]()<>!&|~\\:/\"';\t", "&amp;", "&#65;", "http://x.y", "<b>", "1.", "    ", "\x1b[2J", "\u202e"]
)
BREAKS = st.sampled_from([*"ab \t\n\r", "\r\n", "\u2028", "\x85", "xyz"])


@given(st.lists(SYNTAX, max_size=24).map("".join))
def test_an_escaped_line_renders_as_its_own_literal_text(line):
    expected = " ".join(sanitize(line).split())
    tokens = MARKDOWN.parse(escape_line(line))
    if not expected:
        assert tokens == []
        return
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert {c.type for c in tokens[1].children} == {"text"}
    assert "".join(c.content for c in tokens[1].children) == expected


@given(st.lists(BREAKS, max_size=30).map("".join), st.data())
def test_fragments_cover_the_span_without_breaks_or_outer_spaces(text, data):
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    frags = fragments(text, start, end)
    for a, b in frags:
        piece = text[a:b]
        assert start <= a < b <= end
        assert piece == piece.strip() and not any(ch in piece for ch in "\t\n\r\u2028\x85")
    assert all(b1 < a2 for (_, b1), (a2, _) in pairwise(frags))
    # Nothing but whitespace is left out.
    assert "".join(text[a:b] for a, b in frags).replace(" ", "") == "".join(text[start:end].split())

