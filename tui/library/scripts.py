"""Which writing system a text's letters are in, when one other than Latin dominates them.

The statistical language guess needs a few dozen letters; a feed entry whose only text is a short
title ("不归移民漫画系列：专业工作") has fewer. Its script still tells what it is not: Han, kana,
Hangul, Thai, Hebrew, Arabic, Cyrillic, Greek, Devanagari ... letters are never read by an English
pipeline. ``dominant_script`` names the script that holds most of a text's letters, with the languages
written in it; ``languages.detect_language`` picks among them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Script:
    """A writing system, the languages (ISO 639-1, as the detector names them) written in it, and the one
    most written in it (taken when the detector cannot choose among them)."""

    name: str
    languages: tuple[str, ...]

    @property
    def default(self) -> str:
        return self.languages[0]


_CYRILLIC = Script("Cyrillic", ("ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg", "tt", "ba"))
_ARABIC = Script("Arabic", ("ar", "fa", "ur", "ps", "ug", "ku", "sd"))
_HAN = Script("Han", ("zh",))
_KANA = Script("Kana", ("ja",))
_HANGUL = Script("Hangul", ("ko",))
#: (first code point, last code point, script) of each block read, in order.
_BLOCKS: tuple[tuple[int, int, Script], ...] = tuple(sorted((
    (0x0370, 0x03FF, Script("Greek", ("el",))), (0x1F00, 0x1FFF, Script("Greek", ("el",))),
    (0x0400, 0x052F, _CYRILLIC), (0x1C80, 0x1C8F, _CYRILLIC), (0x2DE0, 0x2DFF, _CYRILLIC), (0xA640, 0xA69F, _CYRILLIC),
    (0x0530, 0x058F, Script("Armenian", ("hy",))),
    (0x0590, 0x05FF, Script("Hebrew", ("he",))), (0xFB1D, 0xFB4F, Script("Hebrew", ("he",))),
    (0x0600, 0x06FF, _ARABIC), (0x0750, 0x077F, _ARABIC), (0x08A0, 0x08FF, _ARABIC),
    (0xFB50, 0xFDFF, _ARABIC), (0xFE70, 0xFEFF, _ARABIC),
    (0x0900, 0x097F, Script("Devanagari", ("hi", "mr", "ne"))),
    (0x0980, 0x09FF, Script("Bengali", ("bn", "as"))),
    (0x0A00, 0x0A7F, Script("Gurmukhi", ("pa",))),
    (0x0A80, 0x0AFF, Script("Gujarati", ("gu",))),
    (0x0B00, 0x0B7F, Script("Oriya", ("or",))),
    (0x0B80, 0x0BFF, Script("Tamil", ("ta",))),
    (0x0C00, 0x0C7F, Script("Telugu", ("te",))),
    (0x0C80, 0x0CFF, Script("Kannada", ("kn",))),
    (0x0D00, 0x0D7F, Script("Malayalam", ("ml",))),
    (0x0D80, 0x0DFF, Script("Sinhala", ("si",))),
    (0x0E00, 0x0E7F, Script("Thai", ("th",))),
    (0x0E80, 0x0EFF, Script("Lao", ("lo",))),
    (0x1000, 0x109F, Script("Myanmar", ("my",))),
    (0x10A0, 0x10FF, Script("Georgian", ("ka",))),
    (0x1100, 0x11FF, _HANGUL), (0x3130, 0x318F, _HANGUL), (0xAC00, 0xD7AF, _HANGUL),
    (0x1200, 0x139F, Script("Ethiopic", ("am",))),
    (0x1780, 0x17FF, Script("Khmer", ("km",))),
    (0x3040, 0x30FF, _KANA), (0x31F0, 0x31FF, _KANA), (0xFF66, 0xFF9D, _KANA),
    (0x3400, 0x4DBF, _HAN), (0x4E00, 0x9FFF, _HAN), (0xF900, 0xFAFF, _HAN), (0x20000, 0x2FA1F, _HAN),
), key=lambda block: block[0]))
_STARTS = [block[0] for block in _BLOCKS]
#: A script decides when it holds at least this share of the letters, and at least this many.
DOMINANT_SHARE = 0.5
MIN_SCRIPT_LETTERS = 2


def script_of(char: str) -> Script | None:
    """The non-Latin script of one character; None for Latin, digits, punctuation and blocks not read."""
    point = ord(char)
    i = bisect.bisect_right(_STARTS, point) - 1
    if i >= 0 and point <= _BLOCKS[i][1]:
        return _BLOCKS[i][2]
    return None


def dominant_script(text: str) -> Script | None:
    """The script that holds most of ``text``'s letters, when it is not Latin and holds at least half of them.

    Japanese mixes Han with kana and Korean may mix Hangul with Han: Han letters count towards
    Japanese when kana are among them, and towards Korean when Hangul outnumber them.
    """
    letters = 0
    counts: dict[Script, int] = {}
    for char in text:
        if char.isalpha():
            letters += 1
            script = script_of(char)
            if script is not None:
                counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    han = counts.pop(_HAN, 0)
    if han:
        if _KANA in counts:
            counts[_KANA] += han
        elif counts.get(_HANGUL, 0) > han:
            counts[_HANGUL] += han
        else:
            counts[_HAN] = han
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count >= MIN_SCRIPT_LETTERS and count >= DOMINANT_SHARE * letters else None


#: Languages written in a script other than Latin (a Latin text declared in one of them is not taken at its word).
_NON_LATIN = frozenset(lang for _, _, script in _BLOCKS for lang in script.languages)
#: Han is written in Japanese and Korean too: a title of Han letters alone is Japanese when its source says so.
_HAN_WRITERS = frozenset({"zh", "ja", "ko"})


def writes(script: Script | None, language: str) -> bool:
    """Whether ``language`` is written in ``script`` (None: Latin, or no script holds most of the letters)."""
    if script is None:
        return language not in _NON_LATIN
    return language in script.languages or (script is _HAN and language in _HAN_WRITERS)
