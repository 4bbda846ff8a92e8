"""Bytes to text for every source: declared encodings first, then detection, and a warning when it looks wrong.

The order is the one a browser and a feed reader agree on for our inputs: the HTTP
``charset``, a byte-order mark, the XML declaration, the HTML ``<meta charset>``;
a declaration that does not decode the bytes is passed over. Undeclared bytes that
are not UTF-8 are detected with charset-normalizer. A decode that leaves many
replacement characters or typical mojibake ("Ã©", "â€™") gives a warning naming the file.
"""

from __future__ import annotations

import codecs
import re
from functools import cache

from tui.extract.records import record

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# The patterns a plain UTF-8 article never needs are compiled when first needed, behind a test
# any match implies (compiling them all came to ~1% of the reader's first paint).


@cache
def _xml_decl() -> re.Pattern[bytes]:
    return re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")


@cache
def _html_meta() -> re.Pattern[bytes]:
    return re.compile(rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


_CHARSET_PARAM = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)


@cache
def _mojibake_pattern() -> re.Pattern[str]:
    #: UTF-8 read as Latin-1/cp1252: "Ã©", "â€™", "Ã¼" ... A real text almost never has these pairs.
    return re.compile("[ÃÂ][\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d˜“”]|Ã[©¨¼¶¤§ ]")


def _mojibake(text: str) -> list[str]:
    """The mojibake pairs in ``text`` (each starts with Ã, Â or â)."""
    if "Ã" not in text and "Â" not in text and "â" not in text:
        return []
    return _mojibake_pattern().findall(text)
#: Undeclared 16/32-bit text: where the first "<" lands tells the byte order (XML spec, appendix F).
_SNIFF_UTF = (
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00<\x00", "utf-16-be"),
    (b"<\x00", "utf-16-le"),
)


class BinaryData(ValueError):
    """Bytes that are not text at all (an image, an archive)."""


@record
class Decoded:
    """Decoded bytes: the text, the codec that read it, why that one, and what the reader should know."""

    text: str
    #: The Python codec name used, e.g. "utf-8", "koi8-r", "shift_jis".
    encoding: str
    #: Where it came from: "http", "bom", "xml", "html", "utf-8", "detected", "fallback".
    how: str
    warnings: tuple[str, ...] = ()


def charset_from_content_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = _CHARSET_PARAM.search(content_type)
    return m.group(1) if m else None


def _codec(name: str | bytes | None) -> str | None:
    """The codec for a declared name; None when Python does not know it."""
    if not name:
        return None
    label = name.decode("ascii", "ignore") if isinstance(name, bytes) else name
    label = label.strip().lower()
    # Documents declare these when they mean the superset browsers use.
    label = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "us-ascii": "cp1252",
             "ascii": "cp1252", "gb2312": "gb18030", "gbk": "gb18030", "x-sjis": "shift_jis",
             "shift-jis": "shift_jis", "tis-620": "cp874"}.get(label, label)
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    if info.name in ("utf-16", "utf-32"):
        return None  # without a BOM the byte order is sniffed instead
    return info.name


#: C0 control bytes other than tab, newline, form feed, carriage return and escape.
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def _wide_text(head: bytes) -> str | None:
    """UTF-16 or UTF-32 without a byte-order mark (as some Windows tools save text): in mostly Latin text
    each unit has its zero bytes on one side and its letter on the other; None when the bytes are not so."""
    for width, little, big in ((4, "utf-32-le", "utf-32-be"), (2, "utf-16-le", "utf-16-be")):
        units = len(head) // width
        if units < 8:
            continue
        lanes = [head[i:units * width:width].count(0) for i in range(width)]
        low, high = lanes[0], lanes[-1]  # zeros in each unit's first and last byte
        inner = sum(lanes[1:-1])
        if width == 4 and inner < units * 2:
            continue  # a UTF-32 unit of a letter below U+10000 has two zero bytes in the middle
        codec = little if high >= units * 0.3 and low <= units * 0.02 else (
            big if low >= units * 0.3 and high <= units * 0.02 else None)
        if codec is not None:
            # Numbers stored 16 bits apiece (a sample dump) have the same zeros but read as control characters.
            text = head[:units * width].decode(codec, errors="replace")
            odd = sum(1 for ch in text if (ch < " " and ch not in "\t\n\r\f") or "\x7f" <= ch <= "\x9f" or ch == "\ufffd")
            return codec if odd <= len(text) * 0.02 else None
    return None


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if not head or head.startswith(tuple(b for b, _ in _BOMS)) or head.startswith(tuple(p for p, _ in _SNIFF_UTF)):
        return False
    if b"\x00" in head and _wide_text(head) is not None:
        return False
    if b"\x00" in head:
        return True
    # Counted in C (what translate deletes): a byte-by-byte loop was ~0.2 ms a file at the reader's start.
    controls = len(head) - len(head.translate(None, _CONTROLS))
    return controls > len(head) * 0.1


def _candidates(data: bytes, http_charset: str | None) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    if (codec := _codec(http_charset)) is not None:
        out.append((codec, "http"))
    for bom, name in _BOMS:
        if data.startswith(bom):
            out.append((name if name != "utf-8" else "utf-8-sig", "bom"))
            break
    else:
        for prefix, name in _SNIFF_UTF:
            if data.startswith(prefix):
                out.append((name, "bom"))
                break
    head = data[:4096]
    if b"<?xml" in head and (m := _xml_decl().match(head)) and (codec := _codec(m.group(1))) is not None:
        out.append((codec, "xml"))
    lowered = head.lower() if b"<" in head else b""
    if b"<meta" in lowered and b"charset" in lowered and (m := _html_meta().search(head)) \
            and (codec := _codec(m.group(1))) is not None:
        out.append((codec, "html"))
    return out


def decode(data: bytes, *, name: str = "input", http_charset: str | None = None) -> Decoded:
    """Decode ``data``; raise BinaryData for bytes that are no text."""
    if looks_binary(data):
        raise BinaryData(f"{name}: binary file, not an article")
    declared = _candidates(data, http_charset)
    wide = _wide_text(data[:8192]) if not declared and b"\x00" in data[:8192] else None
    if wide is not None:
        # Its zero bytes are valid UTF-8: read as UTF-8, every letter would come with a NUL beside it.
        return _checked(data.decode(wide, errors="replace"), wide, "detected", name,
                        note=f"{name}: not UTF-8 and no encoding declared; read as {wide} (detected)")
    for codec, how in declared:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue  # a wrong declaration: try the next source of truth
        if how == "http" and codec in ("cp1252",) and _mojibake(text) and _utf8_ok(data):
            continue  # a server default of Latin-1 over UTF-8 bytes
        note = None
        if codec not in ("utf-8", "utf-8-sig") and how != "bom" and not data.isascii() and _utf8_ok(data):
            note = f"{name}: declared {codec} but its bytes read as UTF-8; the text may be garbled"
        return _checked(text.lstrip("\ufeff"), codec, how, name, force=note)
    if _utf8_ok(data):
        return _checked(data.decode("utf-8"), "utf-8", "utf-8", name)
    # A few stray bytes in a declared (or UTF-8) document: keep its encoding, as browsers do,
    # rather than let detection pick a code page that garbles every accented letter.
    for codec, how in [*declared, ("utf-8", "utf-8")]:
        text = data.decode(codec, errors="replace")
        if text.count("\ufffd") <= max(2, len(text) // 2000):
            label = "UTF-8" if codec == "utf-8" else codec
            return _checked(text.lstrip("\ufeff"), codec, how, name,
                            force=f"{name}: invalid {label} at byte {_first_error(data, codec)},"
                                  " decoded with replacement characters")
    detected = _detect(data)
    if detected is not None:
        return _checked(data.decode(detected, errors="replace"), detected, "detected", name,
                        note=f"{name}: not UTF-8 and no encoding declared; read as {detected} (detected)")
    text = data.decode("utf-8", errors="replace")
    return _checked(text, "utf-8", "fallback", name, force=f"{name}: encoding not declared and not recognised; "
                    "decoded as UTF-8 with replacement characters")


def _first_error(data: bytes, codec: str) -> int:
    try:
        data.decode(codec)
    except UnicodeDecodeError as exc:
        return exc.start
    return 0


def _utf8_ok(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None:
        return None
    # Short Latin text fits several code pages equally well: prefer the web's common one.
    if "cp1252" in best.could_be_from_charset:
        return "cp1252"
    return _codec(best.encoding) or None


def _checked(text: str, codec: str, how: str, name: str, *, force: str | None = None,
             note: str | None = None) -> Decoded:
    warnings = [force] if force else []
    if not force:
        bad = text.count("\ufffd") + len(_mojibake(text))
        if bad >= 3 and bad > len(text) / 500:
            warnings.append(f"{name}: the text looks wrongly decoded as {codec} ({bad} garbled characters);"
                            " check its encoding")
    if note and not warnings:
        warnings.append(note)
    return Decoded(text, codec, how, tuple(warnings))
