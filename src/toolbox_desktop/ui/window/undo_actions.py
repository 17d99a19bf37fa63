"""The Edit menu's Undo and Redo: "Undo" alone when there is nothing to undo, "Undo Rename …"
when there is, each language with its own punctuation ("Rückgängig: …").

Qt's ``QUndoStack.createUndoAction`` puts its prefix before the step's name and shows the
prefix alone when the stack is empty: a German prefix written "Rückgängig:" (for
"Rückgängig: Umbenennen") left "Rückgängig:" with a dangling colon in the menu and in the
list of shortcuts. Here the whole text is one translated message with a ``{step}`` placeholder.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction, QUndoStack


class UndoRedoText(QObject):
    """Keeps ``action``'s text and enabled state in step with ``stack`` (a child of the
    action: it goes with it, connections included, when the menus are built again). It keeps
    what the stack's signals said rather than asking the stack: a stack being destroyed with
    its window still signals, when it can no longer be asked."""

    def __init__(self, action: QAction, stack: QUndoStack, redo: bool) -> None:
        super().__init__(action)
        self._action, self._redo = action, redo
        if redo:
            self._step, self._able = stack.redoText(), stack.canRedo()
            stack.redoTextChanged.connect(self._step_changed)
            stack.canRedoChanged.connect(self._able_changed)
        else:
            self._step, self._able = stack.undoText(), stack.canUndo()
            stack.undoTextChanged.connect(self._step_changed)
            stack.canUndoChanged.connect(self._able_changed)
        self._show()

    @Slot(str)
    def _step_changed(self, step: str) -> None:
        self._step = step
        self._show()

    @Slot(bool)
    def _able_changed(self, able: bool) -> None:
        self._able = able
        self._show()

    def _show(self) -> None:
        if self._redo:
            alone = QCoreApplication.translate("MainWindow", "&Redo")
            named = QCoreApplication.translate("MainWindow", "&Redo {step}")
        else:
            alone = QCoreApplication.translate("MainWindow", "&Undo")
            named = QCoreApplication.translate("MainWindow", "&Undo {step}")
        self._action.setText(named.format(step=self._step) if self._able and self._step else alone)
        self._action.setEnabled(self._able)


def undo_redo_actions(stack: QUndoStack, parent: QObject) -> tuple[QAction, QAction]:
    """The Undo and Redo actions of ``stack``, triggering its undo and redo."""
    undo, redo = QAction(parent), QAction(parent)
    undo.triggered.connect(stack.undo)
    redo.triggered.connect(stack.redo)
    UndoRedoText(undo, stack, redo=False)
    UndoRedoText(redo, stack, redo=True)
    return undo, redo
