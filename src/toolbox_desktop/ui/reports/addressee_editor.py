"""Who the advocacy letters go to, set once per dimension, shown when the letters are chosen.

There is no Save button: what is typed is stored after a pause in typing, when a field loses
the focus, when another dimension is chosen and when the editor is hidden; each change is an
undo step (``addressee_commands``). The "Other dimensions" row is the addressee of every
dimension without its own; benchmarks of a dimension with neither go into a letter "To whom
it may concern" (the note says so).
"""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core.content import Content
from toolbox_desktop.core.limits import LimitError
from toolbox_desktop.storage.advocacy_addressees import (
    LEVEL_NAMES,
    LEVELS,
    LIMITS,
    OTHER,
    Addressee,
    AdvocacyAddresseeRepository,
)
from toolbox_desktop.ui.common import undo
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line, limit_text
from toolbox_desktop.ui.common.typing_pause import TypingPause
from toolbox_desktop.ui.reports.addressee_commands import (
    EDITORS,
    EditAddresseeCommand,
    error_text,
)


class AddresseeEditor(QWidget):
    problem = Signal(str)  # an addressee that could not be stored: the message to show

    def __init__(
        self,
        repository: AdvocacyAddresseeRepository,
        content: Content,
        undo_stack: QUndoStack | None = None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.repository = repository
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self._shown = Addressee(OTHER)  # as stored, for the dimension shown
        self._dirty = False
        self._loading = False
        self._pause = TypingPause(self)
        self._pause.due.connect(self.save_now)
        EDITORS.add(self)

        note = PlainLabel(
            self.tr(
                "Each letter goes to the level that holds the competence. Set it once per "
                "dimension; “Other dimensions” is used for every dimension without its own. "
                "Benchmarks of a dimension without any addressee go into a letter “To whom "
                "it may concern”. Saved as you type."
            )
        )
        note.setWordWrap(True)
        self.dimension_combo = QComboBox()
        self.dimension_combo.setAccessibleName(self.tr("Dimension of the addressee"))
        for dimension in content.dimensions:
            label = self.tr("{number}. {title}").format(
                number=dimension.number, title=dimension.title
            )
            self.dimension_combo.addItem(label, dimension.code)
        self.dimension_combo.addItem(self.tr("Other dimensions"), OTHER)
        self.dimension_combo.currentIndexChanged.connect(self._dimension_chosen)
        self.level_combo = QComboBox()
        self.level_combo.setAccessibleName(self.tr("Level that holds the competence"))
        self.level_combo.addItem(self.tr("(not set)"), "")
        for level in LEVELS:
            self.level_combo.addItem(
                QCoreApplication.translate("Advocacy", LEVEL_NAMES[level]), level
            )
        self.level_combo.currentIndexChanged.connect(self._edited)
        self.name_edit = self._line(self.tr("Addressee"), "name")
        self.address_edit = QPlainTextEdit()
        self.address_edit.setAccessibleName(self.tr("Postal address"))
        self.address_edit.setTabChangesFocus(True)
        self.address_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        limit_text(self.address_edit, LIMITS["address"])
        self.address_edit.textChanged.connect(self._edited)
        self.address_edit.installEventFilter(self)
        self.sender_edit = self._line(self.tr("Signed by"), "sender_name")
        self.role_edit = self._line(self.tr("Role of the signatory"), "sender_role")

        form = QFormLayout()
        form.addRow(self.tr("&Dimension:"), self.dimension_combo)
        form.addRow(self.tr("Holds the &competence:"), self.level_combo)
        form.addRow(self.tr("Addressee &name:"), self.name_edit)
        form.addRow(self.tr("Pos&tal address:"), self.address_edit)
        form.addRow(self.tr("Signed &by:"), self.sender_edit)
        form.addRow(self.tr("S&igner's role:"), self.role_edit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(form)
        self.show_dimension(self.dimension_combo.currentData())

    def _line(self, name: str, field: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(name)
        limit_line(edit, LIMITS[field])
        edit.textEdited.connect(self._edited)
        edit.installEventFilter(self)
        return edit

    # -- showing -------------------------------------------------------------------------------
    def dimension(self) -> str:
        return self.dimension_combo.currentData()

    def show_dimension(self, dimension: str) -> None:
        """Show ``dimension``'s addressee as stored now (what is typed is stored first)."""
        self.save_now()
        index = self.dimension_combo.findData(dimension)
        if index >= 0 and index != self.dimension_combo.currentIndex():
            self.dimension_combo.blockSignals(True)
            self.dimension_combo.setCurrentIndex(index)
            self.dimension_combo.blockSignals(False)
        self._show(self.repository.addressee(self.dimension()))

    def _show(self, addressee: Addressee) -> None:
        self._shown = addressee
        self._loading = True
        try:
            self.level_combo.setCurrentIndex(max(self.level_combo.findData(addressee.level), 0))
            self.name_edit.setText(addressee.name)
            if self.address_edit.toPlainText() != addressee.address:
                self.address_edit.setPlainText(addressee.address)
            self.sender_edit.setText(addressee.sender_name)
            self.role_edit.setText(addressee.sender_role)
        finally:
            self._loading = False
        self._dirty = False

    def _typed(self) -> Addressee:
        return replace(
            self._shown,
            level=self.level_combo.currentData() or "",
            name=self.name_edit.text(),
            address=self.address_edit.toPlainText(),
            sender_name=self.sender_edit.text(),
            sender_role=self.role_edit.text(),
        )

    def _dimension_chosen(self) -> None:
        dimension = self.dimension()
        self.save_now()
        self._show(self.repository.addressee(dimension))

    # -- storing -------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._loading:
            self._dirty = True
            self._pause.typed()

    def unsaved(self) -> bool:
        return self._dirty

    def save_now(self) -> None:
        """Store what is shown, if it changed, as one undo step."""
        self._pause.stop()
        if not self._dirty:
            return
        before, typed = self._shown, self._typed()
        try:
            stored = self.repository.save(typed)
        except (LimitError, ValueError, sqlite3.Error) as error:
            self.problem.emit(error_text(error))
            return
        self._dirty = False
        self._shown = typed if not stored.is_empty else stored
        if before != self._shown:
            undo.push(self.undo_stack, EditAddresseeCommand(self.repository, before, self._shown))

    def reload(self) -> None:
        """Show what is stored now (after an import or a restore), unless typed text could
        not be stored."""
        if not self._dirty:
            self._show(self.repository.addressee(self.dimension()))

    # -- editing finished ----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def hideEvent(self, event) -> None:
        self.save_now()
        super().hideEvent(event)
