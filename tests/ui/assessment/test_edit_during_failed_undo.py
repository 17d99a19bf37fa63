"""Text typed while an Undo fails is offered for Undo, not Redo: a rating Undo switches the
assessment, the notes being typed are stored, the write fails (final) and a warning box runs
its own event loop. The Edit menu must then match the file."""

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.core.assessment import FINAL


def run_a_modal_loop(ms: int = 30) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def test_notes_flushed_by_a_failed_undo_are_offered_for_undo(
    page, workspace, other, undo_stack, monkeypatch
):
    shown = []

    def modal_warning(_parent, title, _text):
        shown.append(title)
        run_a_modal_loop()  # as QMessageBox.warning's exec does

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(modal_warning))
    code = workspace.content.benchmarks[0].code
    first = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    page.rating_screen.set_level(3)
    page.session.create_assessment("Second", "2025-04-01", "")
    second = page.session.current_assessment().id
    page.rating_screen.select_code(code)
    page.rating_screen.editor.notes.setPlainText("typed in second")
    other.update(first, status=FINAL)
    undo_action = undo_stack.createUndoAction(undo_stack)
    redo_action = undo_stack.createRedoAction(undo_stack)

    undo_stack.undo()
    run_a_modal_loop(50)

    assert shown == ["Assessment is final"]
    assert other.rating(second, code).notes == "typed in second"
    assert undo_action.text().startswith("Undo Edit notes")
    assert not redo_action.isEnabled()
