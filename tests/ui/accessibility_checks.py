"""What a screen reader and a keyboard user meet at one place of the window: the interactive
controls without an accessible name (``unnamed_controls``) and the Alt+letters that lead to
two different things (``mnemonic_clashes``). ``CheckingWalk`` looks for both at every place
``window_walk.walk_everything`` visits.

Names are read as a screen reader reads them, through Qt's accessibility interface
(``QAccessible.queryAccessibleInterface``): a button's text, a field's buddy label, an
accessible name set in code all count; a control Qt cannot name is a control a blind user
meets as "edit" or "graphic".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTableView,
    QTextEdit,
    QWidget,
)
from window_walk import Walk

from toolbox_desktop.ui.common.cell_entry import CELL_ENTRY

SCREEN = (1366, 768)
INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QAbstractSlider,
)


@dataclass(frozen=True)
class Finding:
    place: str
    widget: str
    what: str

    def __str__(self) -> str:
        return f"{self.place}: {self.widget}: {self.what}"


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Parts Qt names through their owner: a combo box's or spin box's own line edit, an item
    view's editors and scroll bars, a tab bar's scroll buttons, a line edit's clear button."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit)):
            return True
        if isinstance(parent, QAbstractItemView) and widget is not parent:
            return True
        parent = parent.parentWidget()
    return isinstance(widget, QScrollBar)


def is_interactive(widget: QWidget) -> bool:
    """A control the user works with: one of the standard kinds, or any other widget reached
    with Tab (a custom chart or timeline that takes the focus)."""
    if _is_part_of_another_control(widget):
        return False
    if isinstance(widget, INTERACTIVE):
        return True
    if isinstance(widget, (QLabel, QTabBar, QGroupBox)) or widget.isWindow():
        return False
    takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    is_plumbing = type(widget).__module__.startswith("PySide6")
    return takes_tab and not is_plumbing


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QAbstractButton):
        text = widget.text() or widget.toolTip()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    owners = []
    parent = widget.parentWidget()
    while parent is not None and len(owners) < 3:
        if not type(parent).__module__.startswith("PySide6"):
            owners.append(type(parent).__name__)
        parent = parent.parentWidget()
    where = f" in {' < '.join(owners)}" if owners else ""
    name = widget.objectName()
    return (
        f"{type(widget).__name__}"
        + (f" {name!r}" if name else "")
        + (f" ({text!r})" if text else "")
        + where
    )


def unnamed_controls(top: QWidget, place: str) -> list[Finding]:
    """Every visible interactive control under ``top`` that a screen reader cannot name."""
    found = []
    for widget in top.findChildren(QWidget):
        if widget.isVisible() and is_interactive(widget) and not accessible_name(widget):
            found.append(Finding(place, describe(widget), "no accessible name"))
    return found


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The letter after the one single "&" of ``text`` ("&&" is a literal ampersand)."""
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def mnemonic_owners(top: QWidget) -> list[tuple[str, str]]:
    """(letter, what it opens) for every Alt+letter working at ``top`` now: the menu bar's
    menus, visible tabs, buttons, group boxes and buddy labels."""
    owners = []
    if isinstance(top, QMainWindow) and top.menuBar() is not None:
        for action in top.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                owners.append((letter, f"menu {action.text()!r}"))
    for widget in top.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not top:
            continue
        if isinstance(widget, QTabBar):
            texts = [
                ("tab", widget.tabText(index))
                for index in range(widget.count())
                if widget.isTabVisible(index)
            ]
        elif isinstance(widget, QAbstractButton):
            texts = [(type(widget).__name__, widget.text())]
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            texts = [("group", widget.title())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts = [("label", widget.text())]
        else:
            texts = []
        owners += [
            (letter, f"{kind} {text!r}") for kind, text in texts if (letter := mnemonic(text))
        ]
    return owners


def mnemonic_clashes(top: QWidget, place: str) -> list[Finding]:
    by_letter: dict[str, list[str]] = {}
    for letter, owner in mnemonic_owners(top):
        by_letter.setdefault(letter, []).append(owner)
    return [
        Finding(place, f"Alt+{letter.upper()}", " and ".join(owners))
        for letter, owners in sorted(by_letter.items())
        if len(owners) > 1
    ]


def tab_traps(top: QWidget, place: str) -> list[Finding]:
    """Visible widgets that keep the Tab key: a text box that types a tab character (the
    evidence took one into the stored text), a table whose Tab walks its cells one by one
    (750 of them in a workshop) instead of leaving it. A table whose cells are typed in
    (milestones, measured values: ``ui/common/cell_entry``) keeps Tab, as a spreadsheet does.
    And controls no Tab reaches, in a ring of their own."""
    found = []
    out_of_reach = _outside_the_tab_chain(top)
    for widget in top.findChildren(QWidget):
        if not widget.isVisible():
            continue
        typed = isinstance(widget, QPlainTextEdit | QTextEdit) and not widget.isReadOnly()
        if typed and not widget.tabChangesFocus():
            found.append(Finding(place, describe(widget), "Tab types a tab character"))
        if widget in out_of_reach:
            found.append(Finding(place, describe(widget), "Tab never comes here"))
        # A grid typed in cell by cell may keep it.
        walks = isinstance(widget, QTableView) and widget.tabKeyNavigation()
        if walks and not widget.property(CELL_ENTRY):
            found.append(Finding(place, describe(widget), "Tab walks every cell"))
    return found


def _outside_the_tab_chain(top: QWidget) -> set:
    """Visible controls Tab reaches from no other: Qt's Tab chain of ``top`` closed into a
    separate ring (a date field whose focus proxy was its own child kept Tab for ever)."""
    reached, widget = set(), top.nextInFocusChain()
    while widget is not top and widget not in reached and len(reached) < 100_000:
        reached.add(widget)
        widget = widget.nextInFocusChain()
    return {
        widget
        for widget in top.findChildren(QWidget)
        if widget.isVisible()
        and widget.isEnabled()
        and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.window() is top
        and widget not in reached
    }


class CheckingWalk(Walk):
    """A walk that also keeps, at every place, the unnamed controls and mnemonic clashes."""

    def __init__(self, window, qtbot, screen: tuple[int, int]) -> None:
        super().__init__(window, qtbot, screen)
        self.unnamed: list[Finding] = []
        self.clashes: list[Finding] = []
        self.tab_traps: list[Finding] = []
        self.letters: dict[str, list[tuple[str, str]]] = {}  # every place's owners, to choose

    def look(self, place: str, top: QWidget | None = None) -> None:
        super().look(place, top)
        top = top or self.window
        self.unnamed += unnamed_controls(top, place)
        self.clashes += mnemonic_clashes(top, place)
        self.tab_traps += tab_traps(top, place)
        self.letters[place] = sorted(mnemonic_owners(top))


def first_of_each(findings: list[Finding]) -> str:
    """Each finding once, at the first place it was seen."""
    first: dict[tuple[str, str], Finding] = {}
    for finding in findings:
        first.setdefault((finding.widget, finding.what), finding)
    return "\n".join(str(finding) for finding in first.values())


def walk_the_town(code, qtbot, ui_state, tmp_path, pack_copy, monkeypatch) -> CheckingWalk:
    """The training town in language ``code`` at 1366 x 768, every place walked and checked
    (the language put back afterwards)."""
    from language_helpers import LanguageState
    from test_pseudo_translation import make_town
    from window_walk import walk_everything

    from toolbox_desktop.ui.common.language import apply_language
    from toolbox_desktop.ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # backups in the test's folder
    monkeypatch.delenv("TOOLBOX_DESKTOP_PORTABLE", raising=False)
    state = LanguageState()
    apply_language(code)
    try:
        town = make_town(tmp_path, pack_copy.parent, code)
        window = MainWindow(town.content, ui_state, town.path, conn=town.conn)
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        walk = walk_everything(window, qtbot, town, SCREEN, CheckingWalk(window, qtbot, SCREEN))
        window.close()
        town.other.close()
        town.close()
    finally:
        state.restore()
    return walk
