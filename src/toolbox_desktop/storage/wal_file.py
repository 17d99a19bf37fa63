"""Read SQLite's write-ahead log (the ``-wal`` file) the way SQLite recovers it after a crash.

A change is first written to the log; a checkpoint later copies it into the main file, page by
page. When the app is killed during a checkpoint, the main file can already hold the new first
page (whose header counts the pages of the grown database) but not yet the pages after its
old end: it looks cut short, yet the log still holds every missing page and SQLite reads them
from there. So before calling such a file damaged, ``file_check`` asks this module which pages
the log holds. Only frames SQLite itself would use count: those with the log's salt and a
valid running checksum, up to the last commit (format: https://sqlite.org/fileformat.html).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

_MAGIC_LITTLE_ENDIAN = 0x377F0682  # checksums over little-endian words
_MAGIC_BIG_ENDIAN = 0x377F0683
_VERSION = 3007000
_HEADER = 32
_FRAME_HEADER = 24
_MASK = 0xFFFFFFFF


@dataclass(frozen=True)
class WalContents:
    """What the committed part of a log holds."""

    page_size: int
    database_pages: int  # the database's size in pages after the last commit
    pages: frozenset[int]  # the page numbers written by committed transactions


def read_wal(path: Path) -> WalContents | None:
    """The committed contents of the log at ``path``; ``None`` when it holds no commit SQLite
    would use (missing, empty, damaged header, or only frames of an unfinished transaction)."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return None
    return parse_wal(data)


def parse_wal(data: bytes) -> WalContents | None:
    """``read_wal`` for a log already in memory."""
    if len(data) < _HEADER:
        return None
    magic, version, page_size, _sequence, salt1, salt2, check1, check2 = struct.unpack(
        ">8I", data[:_HEADER]
    )
    if magic not in (_MAGIC_LITTLE_ENDIAN, _MAGIC_BIG_ENDIAN) or version != _VERSION:
        return None
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return None
    word = ">" if magic == _MAGIC_BIG_ENDIAN else "<"
    sums = _checksum(data[:24], (0, 0), word)
    if sums != (check1, check2):
        return None
    database_pages, committed, pending = 0, set(), set()
    frame_size = _FRAME_HEADER + page_size
    for start in range(_HEADER, len(data) - frame_size + 1, frame_size):
        page, commit_size, frame_salt1, frame_salt2, frame_check1, frame_check2 = struct.unpack(
            ">6I", data[start : start + _FRAME_HEADER]
        )
        if page == 0 or (frame_salt1, frame_salt2) != (salt1, salt2):
            break
        sums = _checksum(data[start : start + 8], sums, word)
        sums = _checksum(data[start + _FRAME_HEADER : start + frame_size], sums, word)
        if sums != (frame_check1, frame_check2):
            break
        pending.add(page)
        if commit_size:
            committed |= pending
            pending = set()
            database_pages = commit_size
    if not database_pages:
        return None
    return WalContents(page_size, database_pages, frozenset(committed))


def _checksum(chunk: bytes, sums: tuple[int, int], word: str) -> tuple[int, int]:
    """SQLite's running checksum of the log: pairs of 32-bit words, Fibonacci-weighted."""
    first, second = sums
    words = struct.unpack(f"{word}{len(chunk) // 4}I", chunk)
    for a, b in zip(words[0::2], words[1::2], strict=True):
        first = (first + a + second) & _MASK
        second = (second + b + first) & _MASK
    return first, second
