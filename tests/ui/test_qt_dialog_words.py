"""Qt's own dialogs speak every shipped language whole: each word Qt's German catalogue has
for the file dialog, the print dialog, message and input boxes, text fields' menus and the
date picker is translated in every language the app ships, by Qt's catalogue or, where that
lacks it, the app's (``ui/common/qt_dialog_words.py``). A Dutch file dialog asked "Look in:"
and named folders "Folder" until the app's catalogue carried those words."""

from __future__ import annotations

from pathlib import Path

import pytest
from language_helpers import TRANSLATIONS, LanguageState
from PySide6.QtCore import QLibraryInfo, QTranslator
from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QTreeView
from qt_catalogue import read_messages

QT_TRANSLATIONS = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
SHIPPED = sorted(
    path.stem.removeprefix("toolbox_")
    for path in TRANSLATIONS.glob("toolbox_*.qm")
    if path.stem != "toolbox_en"  # the source language: Qt speaks it already
)
# The contexts of the Qt dialogs and widgets the app shows.
DIALOG_CONTEXTS = {
    "QFileDialog",
    "QFileSystemModel",
    "QAbstractFileIconProvider",
    "QPrintDialog",
    "QPrintWidget",
    "QPageSetupWidget",
    "QPrintSettingsOutput",
    "QPrintPropertiesWidget",
    "QPrintPropertiesDialog",
    "QCupsJobWidget",
    "QPageSize",
    "QPlatformTheme",
    "QDialogButtonBox",
    "QMessageBox",
    "QInputDialog",
    "QLineEdit",
    "QWidgetTextControl",
    "QUnicodeControlCharacterMenu",
    "QAbstractSpinBox",
    "QScrollBar",
    "QCalendarWidget",
    "QShortcut",
}


def not_shown(context: str, source: str) -> bool:
    """Qt's "About Qt" box: the app has no menu entry that opens it."""
    return context == "QMessageBox" and (
        source == "About Qt" or source.startswith(("<h3>About Qt", "<p>Qt is a C++ toolkit"))
    )


def dialog_words() -> list[tuple[str, str, str]]:
    """Every message Qt's German catalogue translates in the dialogs' contexts."""
    german = read_messages(QT_TRANSLATIONS / "qtbase_de.qm")
    return [
        key
        for key, forms in german.items()
        if key[0] in DIALOG_CONTEXTS and any(forms) and not not_shown(key[0], key[1])
    ]


def translators(language: str) -> list[QTranslator]:
    """The catalogues the app installs for ``language``: Qt's, and its own."""
    found = []
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{language}", str(QT_TRANSLATIONS)):
        found.append(qt_own)
    ours = QTranslator()
    assert ours.load(f"toolbox_{language}", str(TRANSLATIONS))
    return [*found, ours]


def test_the_catalogue_reader_finds_qts_words():
    """The reader must read what QTranslator reads (else the check below checks nothing)."""
    words = dialog_words()
    assert len(words) > 300
    german = translators("de")[0]
    assert german.translate("QFileDialog", "File &name:") == "Datei&name:"
    read = read_messages(QT_TRANSLATIONS / "qtbase_de.qm")
    assert read[("QFileDialog", "File &name:", "")] == ["Datei&name:"]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_word_of_qts_dialogs_is_translated(qapp, language):
    catalogues = translators(language)
    missing = [
        f"{context}: {source!r}"
        for context, source, comment in dialog_words()
        if not any(
            catalogue.translate(context, source, comment or None, 1 if "%n" in source else -1)
            for catalogue in catalogues
        )
    ]
    assert missing == [], f"add them to ui/common/qt_dialog_words.py and translate ({language})"


def test_the_german_words_are_qts_own(qapp):
    """Where Qt's German catalogue has a word the app's catalogue also carries (for a
    language whose Qt catalogue lacks it), both say the same: one term, one rendering."""
    from toolbox_desktop.ui.common.qt_dialog_words import WORDS

    qt_german, ours = translators("de")
    carried = [key for key in dialog_words() if key[1] in WORDS]
    assert len(carried) == len(WORDS)
    different = [
        (source, ours.translate(context, source), qt_german.translate(context, source))
        for context, source, _comment in carried
        if ours.translate(context, source) != qt_german.translate(context, source)
    ]
    assert different == []


@pytest.fixture
def dutch(qapp):
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    apply_language("nl")
    yield
    state.restore()


def test_the_dutch_file_dialog_is_dutch_whole(qtbot, dutch, tmp_path):
    """The dialog as the app opens it on Linux (Qt's own): its labels, and the kind of a
    folder in its detail view."""
    (tmp_path / "Verslagen").mkdir()
    dialog = QFileDialog(None, "Pakket openen", str(tmp_path), "Pakketten (*.toolbox)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestanden van &type:", "Bestands&naam:"} <= labels
    tree = dialog.findChild(QTreeView)
    model = tree.model()

    def folder_kind() -> str:
        index = model.index(str(tmp_path / "Verslagen"))
        return model.data(index.siblingAtColumn(2)) if index.isValid() else ""

    qtbot.waitUntil(lambda: folder_kind() != "")
    assert folder_kind() == "Map"
    assert dialog.findChild(QComboBox, "fileTypeCombo").currentText() == "Pakketten (*.toolbox)"
