"""No Alt+letter leads to two things: at every area, tab and main dialog of the window (the
training town, so every screen is full), in every shipped language, the menu bar's menus and
the visible tabs, buttons, checkable group boxes and buddy labels have different mnemonics.
Two owners of one letter make Qt cycle between them instead of doing either (issue 15: Alt+B
and Alt+A each opened two different things in the Action plan).

Walking every screen takes seconds, so the walks that are made anyway check the letters: the
English one in ``test_accessibility``, each translation's in ``test_pseudo_translation``
(at 1280 x 720). Here: the check itself."""

from __future__ import annotations

from accessibility_checks import mnemonic, mnemonic_clashes
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)


def test_the_check_finds_a_clash_and_reads_ampersands_as_qt_does(qtbot):
    assert mnemonic("&Save") == "s"
    assert mnemonic("Dates && &milestones") == "m"
    assert mnemonic("Fish && chips") is None
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "&Budget")
    layout.addWidget(tabs)
    layout.addWidget(QPushButton("&Back"))
    layout.addWidget(QCheckBox("&Other"))
    top.show()
    qtbot.waitExposed(top)
    (clash,) = mnemonic_clashes(top, "here")
    assert clash.widget == "Alt+B"
    assert "'&Budget'" in clash.what and "'&Back'" in clash.what


def menu_clashes(menu_bar) -> list[str]:
    """Each menu's entries with the same Alt+letter, in the menu bar's menus and in their
    submenus (File → Open recent): the letter then only highlights the
    first, and another Enter is needed ("&Sneltoetsen" and "Zo worden &scores berekend")."""
    found = []
    menus = [(top.text(), top.menu()) for top in menu_bar.actions() if top.menu() is not None]
    while menus:
        path, menu = menus.pop(0)
        letters: dict[str, list[str]] = {}
        for action in menu.actions():
            letter = mnemonic(action.text()) if action.isVisible() else None
            if letter and not action.isSeparator():
                letters.setdefault(letter, []).append(action.text())
            if action.menu() is not None and action.isVisible():
                menus.append((f"{path} → {action.text()}", action.menu()))
        found += [
            f"{path}: Alt+{letter.upper()} {texts}"
            for letter, texts in sorted(letters.items())
            if len(texts) > 1
        ]
    return found


def test_the_check_looks_into_submenus(qtbot):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    export = window.menuBar().addMenu("&File").addMenu("&Export")
    export.addAction("&Plan as CSV")
    export.addAction("&Peers as CSV")
    export.addAction("&Timeline as ICS")
    assert menu_clashes(window.menuBar()) == [
        "&File → &Export: Alt+P ['&Plan as CSV', '&Peers as CSV']"
    ]


def test_the_entries_of_each_menu_have_their_own_letters_in_every_language(main_window):
    from language_helpers import LanguageState

    from toolbox_desktop.languages import shipped_languages
    from toolbox_desktop.ui.common.language import apply_language

    state = LanguageState()
    clashes = []
    try:
        for code in shipped_languages():
            apply_language(code)
            QApplication.processEvents()  # the window retranslates on the language change
            clashes += [f"{code} {clash}" for clash in menu_clashes(main_window.menuBar())]
    finally:
        state.restore()
    assert clashes == [], "\n".join(clashes)
