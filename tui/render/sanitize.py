"""The one sanitiser every piece of article-derived text passes before it is shown.

Article text is hostile: ESC/CSI/OSC and C1 bytes would reach the terminal raw
(retitle it, clear it, write the clipboard), bidi overrides reorder what is shown.
Each such character becomes a visible placeholder; newlines and tabs stay.

Emoji joiners (ZWJ), the emoji presentation selector and skin-tone modifiers become a zero-width
space: terminals disagree on the width of the sequences they build (tmux 3.3 counts every emoji of
a ZWJ family, some terminals draw one glyph, Rich counts one), so a title holding one pushed the
pane's right border out of line. Unjoined, terminals and Rich count the same cells.
"""

from __future__ import annotations

import re

from rich.text import Text

# C0 controls except \t and \n, DEL, C1 controls, bidi embeddings/overrides/isolates,
# and the line/paragraph separators that some terminals treat as newlines.
# Lone surrogates (a file name's undecodable bytes, kept by surrogateescape) become U+FFFD.
# Emoji joiners and modifiers (see above) are unjoined.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff"
                     "\u200d\ufe0f\U0001f3fb-\U0001f3ff]")
_UNJOINED = "\u200b"


def _placeholder(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # U+2400 block: ␛ for ESC, ␀ for NUL ...
    if code == 0x7F:
        return "\u2421"  # ␡
    if ch == "\u200d" or ch == "\ufe0f" or 0x1F3FB <= code <= 0x1F3FF:
        return _UNJOINED
    return "\ufffd"  # C1 and bidi controls: the replacement character


def sanitize(text: str) -> str:
    """Make control and bidi-control characters visible; keep newlines and tabs.

    Every character maps to exactly one character, so entity offsets into the
    original text stay valid on the sanitised text. ``\\r\\n`` and a lone
    ``\\r`` are line ends (CRLF files are common).
    """
    if not _UNSAFE.search(text):
        return text
    text = text.replace("\r\n", " \n").replace("\r", "\n")
    return _UNSAFE.sub(_placeholder, text)


def safe_text(text: str | None, style: str = "") -> Text:
    """A Rich Text of untrusted text: sanitised, never parsed as markup."""
    return Text(sanitize(text or ""), style=style)

