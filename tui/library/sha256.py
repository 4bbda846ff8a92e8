"""SHA-256 for the library's content hashes, without loading OpenSSL before the reader's first paint.

``hashlib`` loads OpenSSL's libcrypto as it is imported (about a millisecond of the reader's
start, which hashes every listed article to find it in the library). CPython's own SHA-256
(``_sha256``, built into the interpreter) gives the same digests; where it is absent,
hashlib's is used.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from hashlib import sha256
else:
    try:
        from _sha256 import sha256
    except ImportError:  # another interpreter: the standard way
        from hashlib import sha256

__all__ = ["sha256"]
