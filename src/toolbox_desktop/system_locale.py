"""The user's locale as the command line sees it (no Qt): LC_ALL, LC_NUMERIC or LANG; on
Windows, which sets none of them, the user's formats ("sv-SE", as the window's Qt reads them).

``core.formatting`` takes its name ("de_DE"); "C", "POSIX" and nothing at all mean English.
The command line writes numbers and dates in ``cli.translation.formats_locale()``, which
combines it with ``--lang`` (``core.format_locale``: English on "sv_SE" is "en_SE").
"""

from __future__ import annotations

import os
import sys


def system_locale() -> str:
    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "").split(".")[0].split("@")[0]
        if value:
            return "en" if value in ("C", "POSIX") else value
    return _windows_formats() or "en"


def _windows_formats() -> str:
    """The Windows user's "Regional format" ("sv_SE"), "" elsewhere or when Windows says
    nothing: without it English on a Swedish Windows would write 12/7/2026 here but
    2026-12-07 in the window."""
    if sys.platform != "win32":
        return ""
    import ctypes

    buffer = ctypes.create_unicode_buffer(85)  # LOCALE_NAME_MAX_LENGTH
    if not ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer)):
        return ""
    return buffer.value.replace("-", "_")
