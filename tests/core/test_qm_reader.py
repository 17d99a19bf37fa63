"""The .qm catalogues read without Qt (``toolbox_desktop.catalogues``): the same words Qt's
own translator finds, and nothing (never a crash) from a file that is not one."""

from __future__ import annotations

import pytest

from toolbox_desktop.catalogues import CatalogueError, catalogue, read_qm, translate_in
from toolbox_desktop.languages import shipped_languages, translations_dir


@pytest.mark.parametrize("code", [c for c in shipped_languages() if c != "en"])
def test_every_message_reads_as_qt_reads_it(code, qapp):
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(f"toolbox_{code}", str(translations_dir()))
    ours = catalogue(code)
    assert len(ours) > 1000
    for (context, source), translation in list(ours.items())[::7]:
        assert qt.translate(context, source) == translation


def test_the_plan_s_words_in_german_and_dutch():
    assert translate_in("de")("Plan", "In progress") == "In Arbeit"
    assert translate_in("nl")("Plan", "Municipal budget") != "Municipal budget"
    assert translate_in("en")("Plan", "In progress") == "In progress"
    assert translate_in("de")("Plan", "no such text") == "no such text"


def test_a_file_that_is_not_a_catalogue_is_refused_or_gives_nothing(tmp_path):
    with pytest.raises(CatalogueError):
        read_qm(b"PK\x03\x04 a zip, not a catalogue")
    good = (translations_dir() / "toolbox_de.qm").read_bytes()
    with pytest.raises(CatalogueError):
        read_qm(good[: len(good) // 2])  # cut inside its messages
    assert catalogue("xx", tmp_path) == {}  # none shipped: no words, no error


def test_an_obsolete_item_is_skipped_as_qt_skips_it():
    import struct

    from toolbox_desktop.catalogues import (
        CONTEXT,
        END,
        MAGIC,
        MESSAGES,
        OBSOLETE,
        SOURCE,
        TRANSLATION,
    )

    def item(tag: int, blob: bytes) -> bytes:
        return bytes([tag]) + struct.pack(">I", len(blob)) + blob

    message = (
        bytes([OBSOLETE])
        + b"\x00\x00\x00\x07"  # its four bytes
        + item(TRANSLATION, "In Arbeit".encode("utf-16-be"))
        + item(SOURCE, b"In progress")
        + item(CONTEXT, b"Plan")
        + bytes([END])
    )
    data = MAGIC + bytes([MESSAGES]) + struct.pack(">I", len(message)) + message
    assert read_qm(data) == {("Plan", "In progress"): "In Arbeit"}
