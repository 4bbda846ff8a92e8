"""Every file Newsloupe writes (exports, OPML, screenshots) goes through here.

A destination is refused in one line when it is the library (or its -wal/-shm,
or a backup), one of the inputs being read, or not a regular file (a folder,
pipe or device). The content is written to a temporary file beside the target
and renamed over it, so a failure (a full disk) never leaves half a file and
never truncates what was there.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputRefused(ValueError):
    """A destination that must not be written; a one-line reason (exit 2)."""


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def protected_paths(library: str | os.PathLike[str] | None) -> list[Path]:
    """The library file and every file SQLite keeps beside it."""
    if library is None:
        return []
    lib = Path(library)
    sides = [lib.with_name(lib.name + s) for s in ("-wal", "-shm", "-journal", ".lock")]
    return [lib, *sides]


def check_output(
    path: str | os.PathLike[str],
    *,
    library: str | os.PathLike[str] | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """The destination as a Path, or OutputRefused naming why it may not be written."""
    from tui.render.sanitize import sanitize

    target = Path(path)
    shown = sanitize(os.fspath(target))
    try:
        st = os.stat(target)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise OutputRefused(f"{shown}: cannot write ({exc.strerror or exc})") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = "a folder" if stat.S_ISDIR(st.st_mode) else "not a regular file (a pipe, socket or device)"
        raise OutputRefused(f"{shown}: is {kind}; name a new file to write")
    for protected in protected_paths(library):
        if st is not None and protected.exists():
            hit = _same(target, protected)
        else:
            hit = os.path.realpath(target) == os.path.realpath(protected)
        if hit:
            raise OutputRefused(f"{shown}: is the library; Newsloupe never writes over it")
    name = target.name
    if library is not None and name.startswith(Path(library).name + ".") and (
        ".backup-" in name or ".corrupt-" in name or ".damaged-" in name
    ):
        raise OutputRefused(f"{shown}: is a copy of the library; Newsloupe never writes over it")
    if st is not None:
        for source in inputs:
            if Path(source).exists() and _same(target, Path(source)):
                raise OutputRefused(f"{shown}: is one of the inputs; name another file to write")
    return target


def atomic_write(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to a temporary file beside ``path`` and rename it over; OSError on failure."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            mode = stat.S_IMODE(os.stat(target).st_mode)
        except OSError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_output(
    path: str | os.PathLike[str],
    content: str | bytes,
    *,
    library: str | os.PathLike[str] | None = None,
    inputs: Iterable[str | os.PathLike[str]] = (),
) -> Path:
    """check_output, then atomic_write; CliError-ready exceptions: OutputRefused, OSError."""
    target = check_output(path, library=library, inputs=inputs)
    atomic_write(target, content)
    return target
