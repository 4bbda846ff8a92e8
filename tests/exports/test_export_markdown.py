"""Markdown dossier, read back with markdown-it (CommonMark): evidence quoted literally, no injected syntax."""

from __future__ import annotations

import pytest
from markdown_it import MarkdownIt

from tui.exports import export_analysis
from tui.exports.markdown import escape_line, to_markdown_many
from tui.render.sanitize import sanitize

#: Tokens that article text must never produce.
INJECTED = {"html_block", "html_inline", "link_open", "image", "em_open", "strong_open", "code_inline",
            "bullet_list_open", "ordered_list_open", "heading_open", "table_open", "s_open"}


def _tokens(markdown: str):  # type: ignore[no-untyped-def]
    return MarkdownIt("commonmark").enable("table").enable("strikethrough").parse(markdown)


def _blockquotes(markdown: str) -> list[tuple[str, set[str]]]:
    """The plain text of each blockquote and the token types found inside it."""
    quotes: list[tuple[str, set[str]]] = []
    depth, text, kinds = 0, [], set()
    for tok in _tokens(markdown):
        if tok.type == "blockquote_open":
            depth, text, kinds = depth + 1, [], set()
        elif tok.type == "blockquote_close":
            depth -= 1
            quotes.append(("".join(text), kinds))
        elif depth:
            kinds.add(tok.type)
            for child in tok.children or ():
                kinds.add(child.type)
                text.append("\n" if child.type == "softbreak" else child.content)
    return quotes


def _expected_quote(raw: str) -> str:
    lines = (" ".join(line.split()) for line in sanitize(raw).splitlines())
    return "\n".join(line for line in lines if line)


def test_every_fact_has_its_evidence_quoted_with_offsets(hostile_analysis):
    markdown = export_analysis(hostile_analysis, "markdown")
    assert isinstance(markdown, str)
    quoted = [text for text, _ in _blockquotes(markdown)]
    for fact in hostile_analysis.facts:
        for start, end in fact.evidence:
            assert _expected_quote(hostile_analysis.text[start:end]) in quoted, fact.kind
            assert f"characters {start}–{end}" in markdown


def test_article_text_injects_no_markdown_or_html(hostile_analysis):
    markdown = export_analysis(hostile_analysis, "markdown")
    for text, kinds in _blockquotes(markdown):
        assert not kinds & INJECTED, (text, kinds & INJECTED)
    headings = [t for t in _tokens(markdown) if t.type == "heading_open"]
    assert [h.tag for h in headings] == ["h1", "h2", "h2", "h2", "h2", "h2"]
    rendered = MarkdownIt("commonmark").render(markdown)
    assert "<script>" not in rendered and "<a " not in rendered and "<b>" not in rendered
    assert "&lt;script&gt;alert('title')&lt;/script&gt;" in rendered


def test_control_bytes_are_made_visible(hostile_analysis):
    markdown = export_analysis(hostile_analysis, "markdown")
    assert "\x1b" not in markdown and "\u2028" not in markdown
    assert "\u241b\\[31mred" in markdown  # ESC shown as ␛ (and the bracket escaped)


def test_sections_and_metadata(hostile_analysis):
    markdown = export_analysis(hostile_analysis, "markdown")
    for heading in ("## People and roles", "## Events", "## Quotes", "## Dates", "## Key entities"):
        assert heading in markdown
    assert "hostile.txt · 2025-02-05" in markdown
    assert "**Aliyev** (“said”; direct;" in markdown and "**unattributed** (indirect;" in markdown
    assert "2025-02-04, day" in markdown
    table = [t for t in _tokens(markdown) if t.type == "tr_open"]
    # named entities only: the date is in the Dates section with its value
    named = [e for e in hostile_analysis.entities if e.label not in {"DATE", "TIME"}]
    assert len(table) == 1 + len(named) and len(named) < len(hostile_analysis.entities)


def test_seed_dossier_quotes_every_fact(seed_analysis):
    markdown = export_analysis(seed_analysis, "markdown")
    quoted = [text for text, _ in _blockquotes(markdown)]
    for fact in seed_analysis.facts:
        start, end = fact.evidence[0]
        assert _expected_quote(seed_analysis.text[start:end]) in quoted


def test_several_dossiers_are_separated(hostile_analysis, seed_analysis):
    tokens = _tokens(to_markdown_many([hostile_analysis, seed_analysis]))
    assert [t.tag for t in tokens if t.type == "heading_open"].count("h1") == 2
    assert any(t.type == "hr" for t in tokens)


@pytest.mark.parametrize(
    "line",
    ["# not a heading", "- not a list", "+ not a list", "1. not a list", "2025) not a list", "=== not a rule",
     "> not a quote", "*emphasis* and _more_", "`code`", "[link](http://x)", "![img](x.png)", "<b>bold</b>",
     "&amp; entity", "a | table | row"],
)
def test_escaped_line_renders_literally(line):
    tokens = _tokens(escape_line(line))
    assert [t.type for t in tokens] == ["paragraph_open", "inline", "paragraph_close"]
    assert [c.type for c in tokens[1].children] == ["text"]
    assert tokens[1].content and "".join(c.content for c in tokens[1].children) == line
