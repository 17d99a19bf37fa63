"""Words of Qt's own dialogs that Qt's catalogue of a shipped language lacks.

Why: the file dialog (open, save, export) and the print dialog are Qt's, translated by Qt's
catalogues (``qtbase_<language>.qm``, installed by ``language.apply_language``). Qt's Dutch
one lacks a few of their words, so a Dutch file dialog asked "Look in:" and "Files of type:",
named folders "Folder", and the print dialog's page order, pages per sheet, two-sided
printing and print job options were English. The app's own catalogues carry these words, in
Qt's contexts, for every shipped language (German as Qt's German catalogue says them); the
app's catalogue is consulted before Qt's, so it fills the gaps and changes nothing else.

Nothing calls this module: ``pyside6-lupdate`` reads the words from it into the app's
catalogues, and ``tests/ui/test_qt_dialog_words.py`` checks, against Qt's German catalogue,
that no word of these dialogs is left untranslated in any shipped language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

WORDS = (
    # The file dialog, and the kinds of entry in its "Type" column.
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Alias"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Shortcut"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    # The print dialog (on Linux: Qt's own, with the options of the print system, CUPS).
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Page &order:"),
    QT_TRANSLATE_NOOP("QPageSetupWidget", "Pages &per sheet:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Double Sided Printing"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Long side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Short side binding"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Off"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Scheduled &printing:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Billing information:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "Job &priority:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&Start:"),
    QT_TRANSLATE_NOOP("QCupsJobWidget", "&End:"),
    # Names of keys, as a shortcut may show them.
    QT_TRANSLATE_NOOP("QShortcut", "Control"),
    QT_TRANSLATE_NOOP("QShortcut", "Keyboard"),
)
