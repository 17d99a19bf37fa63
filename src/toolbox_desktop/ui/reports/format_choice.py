"""The choice of the saved file's format, for reports made in more than one (PDF, Word,
spreadsheet), and the words that go with each format.

Preview and Print always show the PDF, what is printed; only "Save as …" writes the chosen
format, so the choice sits beside that button and names it ("Save as Word document…"). With
one format (most reports), the choice is hidden. The formats a report is made in, and their
names, come from the report registry (``ReportKind.formats``, ``FORMAT_NAMES``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QWidget

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.services.reports import DOCX, FORMAT_NAMES, PDF, XLSX
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.reports.kind_chooser import registry_text

CTX = "ReportFormats"
# Per format: the save button, its accessible name, the save dialog's title and filter, and
# the button that opens the saved file in the system's program for it.
SAVE_BUTTON = {
    PDF: QT_TRANSLATE_NOOP("ReportFormats", "&Save as PDF…"),
    DOCX: QT_TRANSLATE_NOOP("ReportFormats", "&Save as Word document…"),
    XLSX: QT_TRANSLATE_NOOP("ReportFormats", "&Save as spreadsheet…"),
}
SAVE_NAME = {
    PDF: QT_TRANSLATE_NOOP("ReportFormats", "Save as PDF"),
    DOCX: QT_TRANSLATE_NOOP("ReportFormats", "Save as Word document"),
    XLSX: QT_TRANSLATE_NOOP("ReportFormats", "Save as spreadsheet"),
}
DIALOG_TITLE = {
    PDF: QT_TRANSLATE_NOOP("ReportFormats", "Save the report as PDF"),
    DOCX: QT_TRANSLATE_NOOP("ReportFormats", "Save the report as a Word document"),
    XLSX: QT_TRANSLATE_NOOP("ReportFormats", "Save the report as a spreadsheet"),
}
FILE_FILTER = {
    PDF: QT_TRANSLATE_NOOP("ReportFormats", "PDF documents (*.pdf)"),
    DOCX: QT_TRANSLATE_NOOP("ReportFormats", "Word documents (*.docx)"),
    XLSX: QT_TRANSLATE_NOOP("ReportFormats", "Spreadsheets (*.xlsx)"),
}
OPEN_BUTTON = {
    PDF: QT_TRANSLATE_NOOP("ReportFormats", "&Open PDF"),
    DOCX: QT_TRANSLATE_NOOP("ReportFormats", "&Open document"),
    XLSX: QT_TRANSLATE_NOOP("ReportFormats", "&Open spreadsheet"),
}
LABEL = QT_TRANSLATE_NOOP("ReportFormats", "O&utput format:")
COMBO_NAME = QT_TRANSLATE_NOOP("ReportFormats", "Format of the saved file")
COMBO_TIP = QT_TRANSLATE_NOOP(
    "ReportFormats", "Preview and Print always show the PDF; Save writes the format chosen here."
)


def _text(texts: dict[str, str], format: str) -> str:
    return QCoreApplication.translate(CTX, texts.get(format, texts[PDF]))


def save_button_text(format: str) -> str:
    return _text(SAVE_BUTTON, format)


def save_accessible_name(format: str) -> str:
    return _text(SAVE_NAME, format)


def dialog_title(format: str) -> str:
    return _text(DIALOG_TITLE, format)


def file_filter(format: str) -> str:
    return _text(FILE_FILTER, format)


def open_button_text(format: str) -> str:
    return _text(OPEN_BUTTON, format)


def format_of(path) -> str:
    """The format a saved file is in, by its extension."""
    suffix = str(path).rsplit(".", 1)[-1].lower()
    return suffix if suffix in (DOCX, XLSX) else PDF


class FormatChoice(QWidget):
    """ "Format: [PDF (to print) ▾]", shown for a report made in more than one format."""

    changed = Signal(str)  # the format chosen now

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = PlainLabel(QCoreApplication.translate(CTX, LABEL))
        self.combo = QComboBox()
        self.combo.setAccessibleName(QCoreApplication.translate(CTX, COMBO_NAME))
        self.combo.setToolTip(QCoreApplication.translate(CTX, COMBO_TIP))
        self.label.setBuddy(self.combo)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(lambda _index: self.changed.emit(self.format()))
        self.set_formats((PDF,))

    def set_formats(self, formats: tuple[str, ...]) -> None:
        """Offer ``formats`` (the PDF first); the format chosen before stays chosen when the
        new report is made in it too."""
        before = self.format() if self.combo.count() else PDF
        self.combo.blockSignals(True)
        self.combo.clear()
        for format in formats:
            self.combo.addItem(registry_text(FORMAT_NAMES[format]), format)
        index = self.combo.findData(before)
        self.combo.setCurrentIndex(max(index, 0))
        self.combo.blockSignals(False)
        self.setVisible(len(formats) > 1)
        if self.format() != before:
            self.changed.emit(self.format())

    def format(self) -> str:
        return self.combo.currentData() or PDF

    def choose(self, format: str) -> None:
        index = self.combo.findData(format)
        if index >= 0:
            self.combo.setCurrentIndex(index)
