"""Write a file whole or not at all: the one way the app replaces a file it writes (exports,
packages, reports, backups).

The new content goes into a temporary file in the target's folder (so that the rename stays on
one file system), under a name no other writer can take (``mkstemp``), is flushed to the disk,
and only then renamed over the target (``os.replace``, atomic on POSIX and Windows); the folder
is flushed too where the system allows it, so that the rename survives a power cut. On any
failure the temporary file is removed and the target is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"


def fsync_file(path: Path | str) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path | str) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to flush."""
    if os.name != "posix":
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def temporary_beside(
    target: Path | str, prefix: str | None = None, suffix: str = PART_SUFFIX
) -> Path:
    """A new empty file in ``target``'s folder with a name of its own: hidden, by default
    ``.<target name>.<random>.part`` (a caller that cleans up stale ones picks its own)."""
    target = Path(target)
    handle, name = tempfile.mkstemp(
        prefix=prefix if prefix is not None else f".{target.name}.",
        suffix=suffix,
        dir=target.parent,
    )
    os.close(handle)
    return Path(name)


def discard(temporary: Path | str | None) -> None:
    """Remove a temporary file; one already gone (or never made) is fine."""
    if temporary is not None:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def put_in_place(temporary: Path | str, target: Path | str, *, synced: bool = False) -> None:
    """Flush ``temporary`` (unless ``synced`` says that was done) and rename it over
    ``target``; the temporary file is removed when that fails."""
    target = Path(target)
    try:
        if not synced:
            fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        discard(temporary)
        raise
    with contextlib.suppress(OSError):  # the file is in place: this only adds durability
        fsync_folder(target.parent)


@contextlib.contextmanager
def replacing(
    target: Path | str, prefix: str | None = None, suffix: str = PART_SUFFIX
) -> Iterator[Path]:
    """A temporary path for the caller to write (a copy, a database, a PDF...); when the block
    ends normally it replaces ``target``, when it raises it is removed and ``target`` kept."""
    temporary = temporary_beside(target, prefix, suffix)
    try:
        yield temporary
    except BaseException:
        discard(temporary)
        raise
    put_in_place(temporary, target)


def write_atomically(target: Path | str, content: bytes | Callable[[BinaryIO], object]) -> None:
    """Replace ``target`` with ``content``: bytes, or a function that writes to the binary
    stream it is given (what it raises leaves ``target`` untouched). Flushed to the disk
    before the rename, once the stream is closed."""
    with replacing(target) as temporary, open(temporary, "wb") as stream:
        if callable(content):
            content(stream)
        else:
            stream.write(content)
