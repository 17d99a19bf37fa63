"""The Help menu explains the scoring; the Edit menu offers Undo/Redo on the shared stack."""

from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QApplication, QDialog, QTextBrowser


def menu_action(window, menu_title: str, text: str):
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == menu_title:
            for action in menu_action.menu().actions():
                if action.text().replace("&", "").startswith(text):
                    return action
    raise AssertionError(f"{menu_title} → {text} not found")


def test_scoring_help_states_the_formula(main_window, qtbot):
    menu_action(main_window, "Help", "How scores are computed").trigger()
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
    ]
    assert len(dialogs) == 1
    text = dialogs[0].findChild(QTextBrowser).toPlainText()
    assert "sum of the levels ÷ (4 × number of counted benchmarks) × 100 %" in text
    assert "(4 + 1 + 2) ÷ (3 × 4) = 7 ÷ 12 = 58 %" in text
    assert "Not applicable" in text or "not applicable" in text
    dialogs[0].close()


class Append(QUndoCommand):
    def __init__(self, target: list, value: str) -> None:
        super().__init__(f"add {value}")
        self.target, self.value = target, value

    def redo(self) -> None:
        self.target.append(self.value)

    def undo(self) -> None:
        self.target.remove(self.value)


def test_edit_menu_undo_and_redo_use_the_shared_stack(main_window):
    undo = menu_action(main_window, "Edit", "Undo")
    redo = menu_action(main_window, "Edit", "Redo")
    assert QKeySequence("Ctrl+Z") in undo.shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in redo.shortcuts()
    assert not undo.isEnabled()
    values: list[str] = []
    main_window.undo_stack.push(Append(values, "rating"))
    assert values == ["rating"] and undo.isEnabled()
    assert "add rating" in undo.text()
    undo.trigger()
    assert values == []
    redo.trigger()
    assert values == ["rating"]
