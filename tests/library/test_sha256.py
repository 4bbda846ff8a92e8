"""The library's SHA-256 (without OpenSSL at start-up) gives hashlib's digests."""

from __future__ import annotations

import hashlib

from tui.library.sha256 import sha256
from tui.library.store import content_hash, file_digest


def test_digests_are_hashlibs(tmp_path) -> None:
    for data in (b"", b"abc", "Türkiye \u202e\udcff".encode("utf-8", "surrogatepass"), bytes(range(256)) * 5000):
        assert sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
    body = "An article \u00e9 \U0001f600"
    assert content_hash(body) == hashlib.sha256(body.encode("utf-8")).hexdigest()
    path = tmp_path / "a.txt"
    path.write_bytes(b"x" * (3 << 20))
    assert file_digest(path) == hashlib.sha256(path.read_bytes()).hexdigest()
