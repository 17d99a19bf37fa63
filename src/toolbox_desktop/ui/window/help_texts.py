"""Help where the user is: F1 opens a short text for the area shown (``show_area_help``) and
Help -> Keyboard shortcuts lists every key (``show_shortcuts``): the menus' own shortcuts,
read from their actions so the list cannot fall behind, and the keys of the screens.

Short texts in a dialog rather than a manual: the app is used by people who open it a few
times a year, who need the next step, not a handbook.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from toolbox_desktop.core.i18n import QT_TRANSLATE_NOOP
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, REPORTS_ROW

_AREA_HELP = {
    LIBRARY_ROW: (
        QT_TRANSLATE_NOOP("AreaHelp", "The library"),
        QT_TRANSLATE_NOOP(
            "AreaHelp",
            "The benchmarks of the toolbox, by dimension, the good practices of other towns "
            "and the leaders' guide. Ctrl+F searches everything; the arrow keys walk the tree "
            "and the text beside it follows. On a quick win, Add to plan makes it an action.",
        ),
    ),
    ASSESSMENT_ROW: (
        QT_TRANSLATE_NOOP("AreaHelp", "The assessment"),
        QT_TRANSLATE_NOOP(
            "AreaHelp",
            "Rate: choose a benchmark on the left and its level on the right (Alt+0 to Alt+4; "
            "Alt+Down and Alt+Up go to the next and previous benchmark); every rating is "
            "stored at once. Dashboard: the scores by dimension and the gaps, with next steps. "
            "Compare: two assessments side by side. Workshop: several people rate, the group "
            "agrees. Peers: other towns' anonymised results.",
        ),
    ),
    PLAN_ROW: (
        QT_TRANSLATE_NOOP("AreaHelp", "The action plan"),
        QT_TRANSLATE_NOOP(
            "AreaHelp",
            "Actions: what will be done, by whom, when and with which money; choose an action "
            "in the table and edit it beside it (stored as you type, Ctrl+Z undoes). "
            "Timeline: the actions on a calendar; with the keyboard, the arrow keys move "
            "between actions and Alt+Left or Alt+Right moves one. Budget: the money by "
            "action and funding source.",
        ),
    ),
    REPORTS_ROW: (
        QT_TRANSLATE_NOOP("AreaHelp", "The reports"),
        QT_TRANSLATE_NOOP(
            "AreaHelp",
            "Choose a report, set its options, then Preview, Print or Save as PDF. The annual "
            "report's texts and the town's fact sandwiches are written here and stored as "
            "you type.",
        ),
    ),
}

# Keys of the screens that no menu holds: (keys, what they do); both shown through ``tr``
# (a key name without a translation stays as it is).
_SCREEN_KEYS = (
    ("Alt+0 … Alt+4", QT_TRANSLATE_NOOP("AreaHelp", "Rate the benchmark shown")),
    ("Alt+Down, Alt+Up", QT_TRANSLATE_NOOP("AreaHelp", "Next or previous benchmark")),
    (
        "Alt+Left, Alt+Right",
        QT_TRANSLATE_NOOP("AreaHelp", "Move the chosen action in the timeline"),
    ),
    ("Ctrl+Tab", QT_TRANSLATE_NOOP("AreaHelp", "Next tab")),
    ("Alt+Down, F4", QT_TRANSLATE_NOOP("AreaHelp", "In a date field: open its calendar")),
    (
        QT_TRANSLATE_NOOP("AreaHelp", "Alt+underlined letter"),
        QT_TRANSLATE_NOOP("AreaHelp", "The field, button or tab with that letter"),
    ),
    ("Escape", QT_TRANSLATE_NOOP("AreaHelp", "Close a dialog, clear a search")),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("AreaHelp", text)


def area_help(row: int) -> tuple[str, str]:
    title, text = _AREA_HELP.get(row, _AREA_HELP[LIBRARY_ROW])
    return tr(title), tr(text)


def show_area_help(window) -> QDialog:
    """A short text for the area shown in ``window``, in a dialog (Escape closes it)."""
    title, text = area_help(window.navigation.currentIndex().row())
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("AreaHelp", "Help: {area}").format(area=title))
    layout = QVBoxLayout(dialog)
    label = PlainLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByKeyboard
        | Qt.TextInteractionFlag.TextSelectableByMouse
    )
    label.setMinimumWidth(420)
    layout.addWidget(label)
    more = PlainLabel(
        QCoreApplication.translate("AreaHelp", "Help → Keyboard shortcuts lists every key.")
    )
    more.setWordWrap(True)
    layout.addWidget(more)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.help_dialog = dialog
    return dialog


def menu_shortcuts(window) -> list[tuple[str, str]]:
    """(keys, menu › entry) for every action of the menu bar that has a shortcut."""
    rows = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = [
                key.toString(QKeySequence.SequenceFormat.NativeText) for key in action.shortcuts()
            ]
            if keys:
                name = f"{_plain(menu_action.text())} › {_plain(action.text())}"
                rows.append((", ".join(keys), name))
    return rows


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic "&", "&&" as "&", no trailing "…"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")


def key_names(keys: str) -> str:
    """Keys as the computer's language names them ("Strg+Umschalt+S", "Alt+Nach unten"), as
    the menus show theirs; a description of keys ("Alt+underlined letter") translated."""
    shown = [
        QKeySequence(key.strip(), QKeySequence.SequenceFormat.PortableText).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        for key in keys.split(",")
    ]
    return ", ".join(shown) if all(shown) and "…" not in keys else tr(keys)


def all_shortcuts(window) -> list[tuple[str, str]]:
    return menu_shortcuts(window) + [(key_names(keys), tr(text)) for keys, text in _SCREEN_KEYS]


def show_shortcuts(window) -> QDialog:
    """Help -> Keyboard shortcuts: a table of every key, read from the menus and the screens."""
    dialog = QDialog(window)
    dialog.setWindowTitle(QCoreApplication.translate("AreaHelp", "Keyboard shortcuts"))
    layout = QVBoxLayout(dialog)
    rows = all_shortcuts(window)
    table = QTableWidget(len(rows), 2)
    table.setAccessibleName(QCoreApplication.translate("AreaHelp", "Keyboard shortcuts"))
    table.setHorizontalHeaderLabels(
        [
            QCoreApplication.translate("AreaHelp", "Keys"),
            QCoreApplication.translate("AreaHelp", "What they do"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    for number, (keys, text) in enumerate(rows):
        table.setItem(number, 0, QTableWidgetItem(keys))
        table.setItem(number, 1, QTableWidgetItem(text))
    table.resizeRowsToContents()
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    layout.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    dialog.resize(620, 480)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    window.shortcuts_dialog = dialog
    return dialog
