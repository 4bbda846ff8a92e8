"""Highlighted article text: Rich ``Text`` with entity layers, tags and marks applied by offset.

No Textual here. The article is sanitised once (``sanitize`` maps each character to
one character, so analysis offsets stay valid) and then styled line by line, so a
reader can restyle only the lines it shows.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace

from rich.style import Style
from rich.text import Text

from tui.extract.records import record
from tui.extract.types import Mention
from tui.render.layers import BY_ID, LAYERS, layer_of
from tui.render.sanitize import sanitize
from tui.render.themes import text_colour_on

#: A marked stretch of text: (start, end, style) in offsets of the article text.
Mark = tuple[int, int, Style]

TAG_OPEN, TAG_CLOSE = "\u27e8", "\u27e9"  # ⟨ ⟩


def layer_styles(colours: Mapping[str, str], *, mono: bool = False) -> dict[str, Style]:
    """Layer id -> Style: a coloured highlight, or the layer's colourless look in mono."""
    if mono:
        return {layer.id: Style.parse(layer.mono_style) for layer in LAYERS}
    return {
        layer.id: Style(color=text_colour_on(colours[layer.id]), bgcolor=colours[layer.id])
        for layer in LAYERS
    }


def _without_overlaps(mentions: Iterable[Mention]) -> list[Mention]:
    ordered: list[Mention] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.start >= last_end and m.end > m.start:
            ordered.append(m)
            last_end = m.end
    return ordered


def line_ranges(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, newline excluded; an empty text has one empty line."""
    ranges, start = [], 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            ranges.append((start, len(text)))
            return ranges
        ranges.append((start, end))
        start = end + 1


@record
class Highlighter:
    """Everything that decides how a stretch of article text looks, except the text itself."""

    mentions: tuple[Mention, ...]
    starts: tuple[int, ...]
    on: frozenset[str]
    styles: Mapping[str, Style]
    tags: bool = False
    #: Names inside names ("Southern Indiana" in "University of Southern Indiana"), shown where
    #: no flat mention of a layer that is on covers them: the places layer alone shows the place.
    nested: tuple[Mention, ...] = ()
    nested_starts: tuple[int, ...] = ()

    @classmethod
    def of(cls, mentions: Sequence[Mention], **kwargs: object) -> "Highlighter":
        # Sorted once, without overlaps, so a line finds its mentions by bisection.
        flat = _without_overlaps(m for m in mentions if not m.nested)
        nested = _without_overlaps(m for m in mentions if m.nested)
        return cls(tuple(flat), tuple(m.start for m in flat), nested=tuple(nested),
                   nested_starts=tuple(m.start for m in nested), **kwargs)  # type: ignore[arg-type]

    def but(self, **changes: object) -> "Highlighter":
        """A copy with other layers, styles or tags (the mentions stay sorted)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def visible(self, start: int, end: int) -> list[Mention]:
        """Mentions of layers that are on, overlapping [start, end)."""
        out = self._on(self.mentions, self.starts, start, end)
        if self.nested:
            inner = [m for m in self._on(self.nested, self.nested_starts, start, end)
                     if not any(f.start < m.end and m.start < f.end for f in out)]
            out = sorted(out + inner, key=lambda m: m.start) if inner else out
        return out

    def _on(self, mentions: tuple[Mention, ...], starts: tuple[int, ...], start: int, end: int) -> list[Mention]:
        lo = max(bisect_right(starts, start) - 1, 0)
        hi = bisect_left(starts, end)
        out = []
        for m in mentions[lo:hi]:
            layer = layer_of(m)
            if m.end > start and m.start < end and layer is not None and layer.id in self.on:
                out.append(m)
        return out

    def plain(self, safe: str, start: int, end: int) -> str:
        """The characters ``render`` shows for ``safe[start:end]`` (tags included), without styling them."""
        if not self.tags:
            return safe[start:end]
        parts, pos = [], start
        for m in self.visible(start, end):
            if m.start >= start:
                layer = layer_of(m)
                assert layer is not None
                parts += [safe[pos:m.start], f"{TAG_OPEN}{layer.tag}{TAG_CLOSE}"]
                pos = m.start
        parts.append(safe[pos:end])
        return "".join(parts)

    def render(self, safe: str, start: int, end: int, *, marks: Sequence[Mark] = ()) -> Text:
        """The styled Text of ``safe[start:end]``; ``safe`` must already be sanitised."""
        text = Text(no_wrap=False, end="")
        inserted: list[tuple[int, int]] = []  # (article offset, tag length) of each tag put in
        pos = start
        for m in self.visible(start, end):
            m_start, m_end = max(m.start, start), min(m.end, end)
            text.append(safe[pos:m_start])
            layer = layer_of(m)
            assert layer is not None
            style = self.styles.get(layer.id, Style())
            if self.tags and m.start >= start:
                tag = f"{TAG_OPEN}{layer.tag}{TAG_CLOSE}"
                text.append(tag, style=Style(dim=True, bold=True))
                inserted.append((m_start, len(tag)))
            text.append(safe[m_start:m_end], style=style)
            pos = m_end
        text.append(safe[pos:end])
        for m_start, m_end, style in marks:
            lo, hi = max(m_start, start), min(m_end, end)
            if lo < hi:
                text.stylize(style, _shifted(lo - start, lo, inserted), _shifted(hi - start, hi, inserted, closing=True))
        return text


def _shifted(local: int, offset: int, inserted: list[tuple[int, int]], *, closing: bool = False) -> int:
    """A position in the line's Text, counting tags put in before ``offset``."""
    shift = 0
    for at, length in inserted:
        if at < offset or (at == offset and not closing):
            shift += length
    return local + shift


def highlight_text(
    text: str,
    mentions: Sequence[Mention],
    *,
    on: frozenset[str] = frozenset(BY_ID),
    styles: Mapping[str, Style],
    tags: bool = False,
    marks: Sequence[Mark] = (),
) -> Text:
    """The whole of ``text`` (untrusted) sanitised and highlighted: one Text, lines kept."""
    safe = sanitize(text)
    return Highlighter.of(mentions, on=on, styles=styles, tags=tags).render(safe, 0, len(safe), marks=marks)
