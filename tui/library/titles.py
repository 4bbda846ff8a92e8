"""The title an article is shown by when it has none of its own (a feed entry without a title, a text
file without a ``title:`` line). No Textual.

One function for every way an article is listed: opened from its file, or from the library alone
(where only the stored body's first ``LEAD_CHARS`` characters are read), so both give the same title.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

from tui.extract.preprocess import guess_title

#: How much of the body the title is looked for in: the library reads no more of a stored body.
LEAD_CHARS = 2000
#: A title made of the text's first words stops near here, at a word's end, with "…".
TITLE_CHARS = 90


def shown_title(title: str | None, lead: str | None, location: str | None = None) -> str:
    """``title`` when it says something; else the headline or first words of ``lead`` (the body's start);
    else the last part of ``location`` (a link's path, a file's name), words spaced; else "(untitled)"."""
    if title and title.strip():
        return title
    guessed = guess_title(lead[:LEAD_CHARS]) if lead else None
    if guessed and guessed.strip():
        return first_words(guessed)
    return name_of(location) or "(untitled)"


def first_words(line: str, *, limit: int = TITLE_CHARS) -> str:
    """``line`` with its spaces made single, cut after the last whole word that fits ``limit``, with "…"."""
    words = line.split()
    text = " ".join(words)
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] if " " in text[:limit] else text[:limit]
    return cut.rstrip(" ,;:-–—") + "…"


def name_of(location: str | None) -> str | None:
    """"https://example.org/news/big-storm-hits.html" → "Big storm hits"; a file's path → its name, likewise."""
    if not location:
        return None
    try:
        parts = urlsplit(location)
    except ValueError:  # an entry's link with an unclosed IPv6 bracket ("http://[oops/story"): read as a path
        parts = urlsplit("")
    path = unquote(parts.path if parts.scheme and parts.netloc else location.split("#", 1)[0])
    last = next((p for p in reversed(PurePosixPath(path.replace("\\", "/")).parts) if p.strip("/")), "")
    words = PurePosixPath(last).stem.replace("_", " ").replace("-", " ").split()
    name = " ".join(words) or (parts.netloc if parts.scheme else "")
    return (name[:1].upper() + name[1:]) or None
