"""The name a report is offered under when it is saved: its translated stem, the date or year
it is about where it has one, and the format's extension (``.pdf``, ``.docx``, ``.xlsx``).

A translation may bring characters that some system refuses in a file name (a slash, a colon,
a question mark), or a name Windows keeps for devices; the name is made safe for Windows,
macOS and Linux here, so that the save dialog never proposes a name that cannot be saved.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable
from datetime import date

from toolbox_desktop.services.reports.choices import CTX, ReportChoices
from toolbox_desktop.services.reports.registry import report_kind

Translate = Callable[[str, str], str]
FALLBACK_STEM = "report"
MOST_CHARACTERS = 100  # far below every system's 255 bytes, even in a script of 4-byte characters
# Refused by Windows (and ``/`` everywhere, ``:`` by macOS's Finder), and control characters.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_WINDOWS_DEVICES = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}


def _no_translation(context: str, text: str) -> str:
    del context
    return text


def safe_stem(text: str) -> str:
    """``text`` as the stem of a file name every system accepts (never empty)."""
    stem = unicodedata.normalize("NFC", text)
    stem = re.sub(r"\s+", " ", stem)  # a tab or a line break too
    stem = _UNSAFE.sub("-", stem)
    stem = re.sub(r"-{2,}", "-", stem)
    stem = stem[:MOST_CHARACTERS].strip(" .-")  # Windows drops trailing dots and spaces
    if stem.split(".")[0].upper() in _WINDOWS_DEVICES:
        stem = f"{stem}-{FALLBACK_STEM}"
    return stem or FALLBACK_STEM


def default_file_name(
    key: str,
    conn: sqlite3.Connection,
    choices: ReportChoices,
    translate: Translate = _no_translation,
    today: date | None = None,
    format: str = "pdf",
) -> str:
    """E.g. ``annual-report-2026.pdf``, ``self-assessment-report-2025-10-14.pdf``,
    ``worksheet.pdf``: the stem in the user's language, then what the report is dated by."""
    kind = report_kind(key)
    stem = translate(CTX, kind.file_stem)
    if kind.dated is not None:
        dated = kind.dated(conn, choices, today or date.today())
        if dated:
            stem = f"{stem}-{dated}"
    return f"{safe_stem(stem)}.{format}"
