"""Read the messages of a compiled Qt catalogue (.qm): which (context, source, comment) it
translates, and how. No tool of the PySide6 wheel lists them (``lconvert`` is not shipped),
and the tests need to know every word Qt's German catalogue has for a dialog, to find the
ones another language's lacks.

The format, as Qt's ``QTranslator`` reads it: a 16-byte magic number, then sections, each a
tag byte and a 32-bit length; the messages section (tag 0x69) is a run of fields, each a tag
byte then (but for the end of a message) a 32-bit length and the bytes: 3 the translation
(UTF-16 big-endian; several for a plural message), 6 the source text, 7 the context, 8 the
comment (both UTF-8), 1 the end of the message.
"""

from __future__ import annotations

import struct
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69
_END, _TRANSLATION, _OBSOLETE1, _SOURCE, _CONTEXT, _COMMENT = 1, 3, 5, 6, 7, 8


def read_messages(path: Path) -> dict[tuple[str, str, str], list[str]]:
    """(context, source, comment) -> the translation's forms, of every message in ``path``."""
    data = path.read_bytes()
    if not data.startswith(MAGIC):
        raise ValueError(f"{path} is not a Qt catalogue")
    position, messages = len(MAGIC), b""
    while position < len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        if tag == _MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: dict[tuple[str, str, str], list[str]] = {}
    fields: dict[int, bytes] = {}
    forms: list[str] = []
    position = 0
    while position < len(messages):
        tag = messages[position]
        position += 1
        if tag == _END:
            if _SOURCE in fields:
                context, source, comment = (
                    fields.get(t, b"").decode("utf-8") for t in (_CONTEXT, _SOURCE, _COMMENT)
                )
                found[(context, source, comment)] = forms
            fields, forms = {}, []
            continue
        if tag == _OBSOLETE1:  # a 32-bit hash, no length
            position += 4
            continue
        (length,) = struct.unpack(">I", messages[position : position + 4])
        position += 4
        if tag == _TRANSLATION:
            if length != 0xFFFFFFFF:  # 0xFFFFFFFF: no translation
                forms.append(messages[position : position + length].decode("utf-16-be"))
                position += length
            continue
        fields[tag] = messages[position : position + length]
        position += length
    return found
