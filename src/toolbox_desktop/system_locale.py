"""The user's locale as the command line sees it (no Qt): LC_ALL, LC_NUMERIC or LANG.

``core.formatting`` takes its name ("de_DE"); "C", "POSIX" and nothing at all mean English.
"""

from __future__ import annotations

import os


def system_locale() -> str:
    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        value = os.environ.get(variable, "").split(".")[0].split("@")[0]
        if value:
            return "en" if value in ("C", "POSIX") else value
    return "en"
