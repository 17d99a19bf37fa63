"""Remove control characters from text that came from outside: nobody types them.

A package from another laptop, or a database another program wrote to, may hold ESC (which
starts a terminal's escape sequences: colours, a changed window title, a hidden line), BEL,
NUL (which ends a string for many C programs, spreadsheets among them) and the other C0 and
C1 controls. Shown in a terminal, a CSV file or a calendar, they can hide or fake text. This
is the one place that decides what goes: every control character, except that a multi-line
field keeps its line breaks (all written as "\\n") and tabs; in a one-line field, a line break
or a tab becomes a space, so that words do not run together.
"""

from __future__ import annotations

import re

# Line breaks as people's programs write them: Windows, old Macs, Word's manual line break
# (vertical tab) and page break (form feed), NEL, and Unicode's line and paragraph separators.
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
# C0 controls except tab and line feed, DEL, and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str, multiline: bool = False) -> str:
    """``text`` without control characters (see the module's docstring)."""
    if multiline:
        return _CONTROL.sub("", _LINE_BREAK.sub("\n", text))
    return _CONTROL.sub("", _LINE_BREAK.sub(" ", text).replace("\t", " "))
