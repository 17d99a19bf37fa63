"""Write a file whole or not at all: the one way the app replaces a file it writes (exports,
packages, reports, backups).

The new content goes into a temporary file in the target's folder (so that the rename stays on
one file system), under a name no other writer can take (``mkstemp``), is flushed to the disk,
and only then renamed over the target (``os.replace``, atomic on POSIX and Windows); the folder
is flushed too where the system allows it, so that the rename survives a power cut. On any
failure the temporary file is removed and the target is left as it was.

As a user expects of any program that saves a file: a file made read-only (no write
permission for anyone, or none for this user) is not replaced but refused as any program
refuses it (``os.replace`` would have replaced it: only the folder's permission counts); the
new file keeps the permissions of the one it replaces, and a new one gets the usual ones
(the umask's; ``mkstemp`` gave every report and package the owner's alone); a target that is
a symbolic link keeps the link, and the file it points to is replaced.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
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


def written_path(target: Path | str) -> Path:
    """Where writing ``target`` must go: the file a symbolic link points to (the link stays)."""
    target = Path(target)
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def refuse_read_only(target: Path | str) -> None:
    """Raise ``PermissionError`` (as the system says it: "Permission denied") if ``target``
    exists and may not be changed: no write permission for anyone, or none for this user."""
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return  # not there (yet): the folder decides
    if stat.S_ISREG(mode) and (not mode & 0o222 or not os.access(target, os.W_OK)):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))


def temporary_beside(
    target: Path | str, prefix: str | None = None, suffix: str = PART_SUFFIX
) -> Path:
    """A new empty file in ``target``'s folder with a name of its own: hidden, by default
    ``.<target name>.<random>.part`` (a caller that cleans up stale ones picks its own).
    Refuses a read-only ``target`` before anything is written; follows a symbolic link."""
    target = written_path(target)
    refuse_read_only(target)
    start = prefix if prefix is not None else f".{target.name}."
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        # A name O_EXCL claims; os.urandom, since ``secrets`` would load hashlib (OpenSSL).
        name = target.parent / f"{start}{os.urandom(6).hex()}{suffix}"
        try:
            handle = os.open(name, flags, 0o666)  # the umask's permissions, as any new file
        except FileExistsError:
            continue
        os.close(handle)
        return name
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(target.parent))


def discard(temporary: Path | str | None) -> None:
    """Remove a temporary file; one already gone (or never made) is fine."""
    if temporary is not None:
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def put_in_place(temporary: Path | str, target: Path | str, *, synced: bool = False) -> None:
    """Flush ``temporary`` (unless ``synced`` says that was done) and rename it over
    ``target``; the temporary file is removed when that fails."""
    target = written_path(target)
    try:
        refuse_read_only(target)
        _keep_permissions(target, temporary)
        if not synced:
            fsync_file(temporary)
        os.replace(temporary, target)
    except BaseException:
        discard(temporary)
        raise
    with contextlib.suppress(OSError):  # the file is in place: this only adds durability
        fsync_folder(target.parent)


def _keep_permissions(target: Path, temporary: Path | str) -> None:
    """The replaced file's permissions for the new one (a file shared with the group stays
    shared); a new file keeps the ones it was created with."""
    try:
        mode = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        return
    os.chmod(temporary, mode)


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
