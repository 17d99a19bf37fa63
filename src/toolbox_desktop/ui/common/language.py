"""The language the app speaks, set in one place for the whole process.

``apply_language`` installs the app's catalogue and Qt's own (standard buttons and dialogs),
sets the locale that numbers, amounts and dates are written in (``QLocale.setDefault``, which
``ui/common/formatting.py`` and the other adapters read), and tells every window with a
LanguageChange event; each window then builds its menus and areas again in that language,
with the content read again in it (``ui/window/language.py``). The choice is remembered in
the settings; the first start follows the computer's language when the app ships it, else
English. Which languages there are is ``toolbox_desktop.languages``' one list.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from toolbox_desktop.languages import (
    CATALOGUE_PREFIX,
    SOURCE_LANGUAGE,
    shipped_language,
    translations_dir,
)
from toolbox_desktop.ui.common.settings import UiState

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language the window speaks now ("en", "de", "nl")."""
    return _current


def system_locale_name() -> str:
    """The computer's locale ("de_DE"); a function of its own so tests can stand in for it."""
    return QLocale.system().name()


def formats_system_name() -> str:
    """The computer's locale for numbers and dates. On Linux Qt names its system locale after
    the language of the menus (LC_MESSAGES, LANGUAGE) but writes numbers and dates in
    LC_NUMERIC's and LC_TIME's: English menus with "Formats: Sweden" (LANG=en_US,
    LC_NUMERIC=sv_SE) name "en_US" where Qt itself writes "12 500,5". The formats' locale
    wins then, read as the command line reads it (``system_locale``). Windows and macOS name
    the system locale after the formats already."""
    name = system_locale_name()
    if sys.platform in ("win32", "darwin"):
        return name
    from toolbox_desktop.core.format_locale import plain_name

    for variable in ("LC_ALL", "LC_NUMERIC", "LC_TIME", "LANG"):
        formats = plain_name(os.environ.get(variable))
        if formats:
            return formats if formats != QLocale.system().name() else name
    return name


def remembered_language(state: UiState) -> str:
    """The language chosen last time; at the first start the computer's language if the app
    ships it, else English."""
    chosen = shipped_language(state.text(UiState.LANGUAGE))
    return chosen or shipped_language(system_locale_name()) or SOURCE_LANGUAGE


def remember_language(state: UiState, language: str) -> None:
    state.set(UiState.LANGUAGE, language)
    state.sync()


def locale_for(language: str) -> QLocale:
    """The locale for numbers and dates (``core.format_locale.formats_locale``): the computer's
    own when it is of the same language (an Austrian keeps "de_AT"; a computer set to "C"
    counts as English); English on a computer of another language as written in that country
    ("en_SE": 2026-12-07, "12 500,5"; else "en_150" in Europe); otherwise the language's main
    one (German: "de_DE", English: "en_US")."""
    from toolbox_desktop.core.format_locale import formats_locale

    name = formats_locale(language, formats_system_name())
    system = QLocale.system()
    return system if name == system.name() else QLocale(name)  # the computer's own, as set


def apply_language(language: str) -> str:
    """Speak ``language`` from now on, in every window; returns it.

    Windows rebuild on the LanguageChange event that installing a catalogue sends; one is sent
    in any case, since a language without a catalogue of its own (or Qt's) still changes the
    content and the formats."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language != SOURCE_LANGUAGE:
        qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_own = QTranslator(app)
        if qt_own.load(QLocale(language), "qtbase", "_", qt_translations):
            _installed.append(qt_own)
    ours = QTranslator(app)
    folder = str(translations_dir())
    # English has a catalogue too (only its plural forms: "1 action", "2 actions"), and it
    # stands in for a language without one (yet), whose window reads English.
    if ours.load(f"{CATALOGUE_PREFIX}{language}", folder) or ours.load(
        f"{CATALOGUE_PREFIX}{SOURCE_LANGUAGE}", folder
    ):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    QLocale.setDefault(locale_for(language))
    _current = language
    QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return language
