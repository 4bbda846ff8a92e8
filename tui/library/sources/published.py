"""The date a file gives its article (front matter, a JSON or CSV field), kept only when it is a date.

In ISO 8601, as the library keeps every date and orders its list by it: an ISO date or time as
written ("2025-02-05", "2025-02-05T10:00:00+01:00", "2025-02"); a mail or feed date with its time and
zone ("Tue, 04 Feb 2025 10:00:00 GMT" -> "2025-02-04T10:00:00+00:00"); a written day as that day
("February 4, 2025" -> "2025-02-04": kept as written, it sorted above every ISO date, so a 2025 story
led a list of 2026 ones); a Unix time (a news API's 1700000000, or milliseconds) in UTC. Anything
else ("sometime soon", "TBD") is no date: stored as text it was listed as the newest article and
shown as its date. The reader is told which value was left out.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

#: A year, or a year and month: dates too, though no day can be told from them.
_PARTIAL = re.compile(r"\d{4}(?:-\d{2})?")
#: Seconds since 1970 from 1973 on (10 digits), or milliseconds (13 digits).
_EPOCH = re.compile(r"\d{10}(?:\d{3})?(?:\.\d+)?")


def published_value(value: object) -> tuple[str | None, str | None]:
    """(the date to store or None, the value given when it was no date)."""
    if value is None or value == "" or isinstance(value, bool):
        return None, None
    text = str(value).strip()
    if not text:
        return None, None
    if isinstance(value, (int, float)) or _EPOCH.fullmatch(text):
        seconds = float(text)
        seconds = seconds / 1000 if seconds >= 1e11 else seconds
        try:
            return datetime.fromtimestamp(seconds, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), None
        except (OverflowError, OSError, ValueError):
            return None, text
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        text = text[1:-1].strip()  # a converter's quotes ("date: '2013-03-22T10:15'")
    if _PARTIAL.fullmatch(text) or _iso_day(text):
        return text, None
    mailed = _mail_date(text)
    if mailed is not None:
        return mailed, None
    # Other forms ("February 4, 2025") as the engine reads them; the reader's first frame, which reads
    # ISO front matter, never loads the engine for it.
    from tui.extract.pipeline import parse_published

    day = parse_published(text)
    return (day.isoformat(), None) if day is not None else (None, text)


def _mail_date(text: str) -> str | None:
    """An RFC 2822 date ("Tue, 04 Feb 2025 10:00:00 GMT") in ISO 8601 with its zone, or None."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _iso_day(text: str) -> bool:
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def refused_message(name: str, given: str) -> str:
    return f"{name}: the date {given[:60]!r} is no date the reader knows; the article is left undated"
