"""The shipped German translation: complete, compiled from its catalogue, and what the user
reads in the window and in the PDF reports when German is chosen."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from test_translations import extracted, messages, tool  # noqa: F401  (the lupdate fixture)

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
CATALOGUE = TRANSLATIONS / "toolbox_de.ts"
COMPILED = TRANSLATIONS / "toolbox_de.qm"


def finished(ts: Path) -> dict[str, set[str]]:
    done: dict[str, set[str]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            has_text = (translation.text or "").strip() or translation.findall("numerusform")
            if translation.get("type") is None and has_text:
                done.setdefault(name, set()).add(message.findtext("source"))
    return done


def test_every_string_of_the_app_has_a_german_translation(extracted):  # noqa: F811
    translated = finished(CATALOGUE)
    missing = [
        f"{context}: {source}"
        for context, sources in messages(extracted).items()
        for source in sources
        if source not in translated.get(context, set())
    ]
    assert missing == [], "run pyside6-lupdate and translate (resources/translations/README.md)"


def test_the_compiled_catalogue_is_up_to_date(tmp_path):
    fresh = tmp_path / "toolbox_de.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), str(CATALOGUE), "-qm", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert fresh.read_bytes() == COMPILED.read_bytes(), "run pyside6-lrelease (see README)"


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


def test_reports_in_german_from_the_command_line(tmp_path):
    from pypdf import PdfReader

    from toolbox_desktop.cli import main

    target = tmp_path / "arbeitsblatt.pdf"
    database = str(tmp_path / "t.sqlite3")
    code = main(["report", "worksheet", "--db", database, "-o", str(target), "--lang", "de"])
    assert code == 0
    text = PdfReader(str(target)).pages[0].extract_text()
    assert "Arbeitsblatt" in text or "Selbstbewertung" in text
