"""Who an article comes from when it does not say: the site of an address ("bbc.com"), else a
file's name; never the path it was read from, which names the user's folders, not a publisher."""

from __future__ import annotations

from pathlib import PurePath
from urllib.parse import urlsplit


def site_of(address: object) -> str | None:
    """The host of an http(s) address, without "www." ("https://www.bbc.com/news/1" -> "bbc.com")."""
    if not isinstance(address, str) or not address.strip().lower().startswith(("http://", "https://")):
        return None
    try:
        host = urlsplit(address.strip()).hostname or ""
    except ValueError:  # a malformed address (an unclosed IPv6 bracket) names no site
        return None
    return host.removeprefix("www.") or None


def fallback_source(*addresses: object, name: str) -> str:
    """The site of the first address that has one; else ``name``'s last part (a file's name)."""
    for address in addresses:
        site = site_of(address)
        if site:
            return site
    return site_of(name) or PurePath(name).name or name
