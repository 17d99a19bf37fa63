"""The app's translations read without Qt: what a word of the plan is called in every language
the app ships.

A spreadsheet exported in German and imported by a colleague whose app speaks English (or
Dutch, or from the command line, which speaks English without ``--lang``) holds "In Arbeit"
and "Kommunaler Haushalt": the import must know them as the status "in progress" and the
funding source "municipal budget" whatever language it runs in. The words are the .qm
catalogues' (the files the window's translators load), read here in Python so that the
command line needs no Qt for them.

The .qm format (Qt's ``QTranslator``): a 16-byte magic number, then blocks of tag, big-endian
length and data; the messages block holds, per message, items of tag and length: the
translation (UTF-16, big-endian; one per plural form), the source text, the context and the
comment (UTF-8), and an end tag. Only what is needed here is read; a file that does not parse
gives no words (the import then knows the English and the user's own words, as before).
"""

from __future__ import annotations

import struct
from collections.abc import Callable
from functools import cache
from pathlib import Path

from toolbox_desktop.languages import (
    CATALOGUE_PREFIX,
    SOURCE_LANGUAGE,
    shipped_languages,
    translations_dir,
)

Translate = Callable[[str, str], str]

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES = 0x69
END, TRANSLATION, OBSOLETE, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
NULL = 0xFFFFFFFF


class CatalogueError(ValueError):
    """Not a .qm file this reader understands."""


def read_qm(data: bytes) -> dict[tuple[str, str], str]:
    """(context, source text) -> translation (the first form of a plural message)."""
    if not data.startswith(MAGIC):
        raise CatalogueError("not a Qt translation file")
    messages = b""
    position = len(MAGIC)
    while position + 5 <= len(data):
        tag = data[position]
        (length,) = struct.unpack(">I", data[position + 1 : position + 5])
        if position + 5 + length > len(data):
            raise CatalogueError("the file is cut short")
        if tag == MESSAGES:
            messages = data[position + 5 : position + 5 + length]
        position += 5 + length
    found: dict[tuple[str, str], str] = {}
    message: dict[int, object] = {}
    position = 0
    while position < len(messages):
        tag = messages[position]
        position += 1
        if tag == END:
            translations = message.get(TRANSLATION) or []
            if translations and translations[0] and SOURCE in message and CONTEXT in message:
                found.setdefault((message[CONTEXT], message[SOURCE]), translations[0])
            message = {}
        elif tag == OBSOLETE:  # as Qt reads it: four bytes that mean nothing any more
            position += 4
        elif tag in (TRANSLATION, SOURCE, CONTEXT, COMMENT):
            if position + 4 > len(messages):
                raise CatalogueError("a message is cut short")
            (length,) = struct.unpack(">I", messages[position : position + 4])
            position += 4
            blob = b"" if length == NULL else messages[position : position + length]
            position += 0 if length == NULL else length
            if tag == TRANSLATION:
                text = None if length == NULL else blob.decode("utf-16-be", "replace")
                message.setdefault(TRANSLATION, []).append(text)
            else:
                message[tag] = blob.decode("utf-8", "replace")
        else:
            raise CatalogueError(f"unknown item {tag} in a message")
    return found


@cache
def catalogue(code: str, folder: Path | None = None) -> dict[tuple[str, str], str]:
    """The shipped catalogue of language ``code`` (empty for English, the source, and for a
    catalogue that cannot be read)."""
    if code == SOURCE_LANGUAGE:
        return {}
    path = (folder or translations_dir()) / f"{CATALOGUE_PREFIX}{code}.qm"
    try:
        return read_qm(path.read_bytes())
    except (OSError, CatalogueError):
        return {}


def translate_in(code: str) -> Translate:
    """A translate(context, text) function for language ``code`` from its catalogue."""
    found = catalogue(code)

    def translate(context: str, text: str) -> str:
        return found.get((context, text), text)

    return translate


def every_language() -> list[Translate]:
    """A translate function for each shipped language, English (the source) first."""
    return [translate_in(code) for code in shipped_languages()]
