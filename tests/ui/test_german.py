"""The shipped German translation: what the user reads in the window and in the PDF reports
when German is chosen. That the catalogue is complete, keeps the source's placeholders and is
compiled is checked for every language in test_catalogues.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
COMPILED = TRANSLATIONS / "toolbox_de.qm"


@pytest.fixture
def german(qapp):
    translator = QTranslator()
    assert translator.load(str(COMPILED))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_window_speaks_german(german, main_window):
    from toolbox_desktop.ui.main_window import MainWindow

    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    window = MainWindow(main_window.content, main_window.state, main_window.database_path)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Datei" in menus or "Datei" in [m.replace("&", "") for m in menus]
    window.close()


def test_reports_in_german_from_the_command_line(tmp_path, database_file):
    from pypdf import PdfReader

    from toolbox_desktop.cli import main

    target = tmp_path / "arbeitsblatt.pdf"
    database = str(database_file)
    code = main(["report", "worksheet", "--db", database, "-o", str(target), "--lang", "de"])
    assert code == 0
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Arbeitsblatt" in text or "Selbstbewertung" in text


def test_undo_and_redo_read_whole_with_and_without_a_step(german, qapp):
    """With nothing to undo the German menu read "Rückgängig:", a colon left dangling."""
    from PySide6.QtGui import QUndoCommand, QUndoStack
    from PySide6.QtWidgets import QWidget

    from toolbox_desktop.ui.window.undo_actions import undo_redo_actions

    stack, owner = QUndoStack(), QWidget()
    undo, redo = undo_redo_actions(stack, owner)
    assert (undo.text(), undo.isEnabled()) == ("&Rückgängig", False)
    assert (redo.text(), redo.isEnabled()) == ("&Wiederherstellen", False)
    stack.push(QUndoCommand("Notizen bearbeiten"))
    assert (undo.text(), undo.isEnabled()) == ("&Rückgängig: Notizen bearbeiten", True)
    undo.trigger()
    assert undo.text() == "&Rückgängig"
    assert (redo.text(), redo.isEnabled()) == ("&Wiederherstellen: Notizen bearbeiten", True)
    owner.deleteLater()


def test_the_fact_sandwich_has_one_german_name():
    """The glossary's term (``data/content/glossary-de.txt``) everywhere: the reports said
    "Faktensandwich", the library's guide "Das Fact Sandwich", the next steps "Fact Sandwich"."""
    import xml.etree.ElementTree as ET

    found = [
        (message.findtext("source"), "".join(message.find("translation").itertext()))
        for message in ET.parse(TRANSLATIONS / "toolbox_de.ts").getroot().iter("message")
        if "fact sandwich" in (message.findtext("source") or "").lower()
    ]
    assert len(found) >= 5
    assert [source for source, german in found if "faktensandwich" not in german.lower()] == []
    glossary = (TRANSLATIONS.parents[1] / "data" / "content" / "glossary-de.txt").read_text("utf-8")
    assert "Fact Sandwich (the method of the leaders' guide) = Faktensandwich" in glossary


def test_an_empty_date_field_shows_an_example_date_not_pattern_letters(german, qapp):
    """Qt's "dd.MM.yyyy" reads as code to a German user ("TT.MM.JJJJ" at best)."""
    from datetime import date

    from PySide6.QtCore import QLocale

    from toolbox_desktop.ui.plan.fields import DateField

    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        field = DateField("Beginn")
        assert field.line.placeholderText() == f"z. B. 31.12.{date.today().year}"
    finally:
        QLocale.setDefault(before)
