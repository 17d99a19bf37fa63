"""Editors for the table's cells (double-click or F2): a list of statuses, a percentage, two
fields for the owner, dates typed as text. Text, not a date picker, so that any typed date
reaches the plan's rules and gets a clear message instead of being silently clamped."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.core.plan import STATUSES
from toolbox_desktop.ui.common.formatting import date_placeholder
from toolbox_desktop.ui.common.text_limits import limit_line
from toolbox_desktop.ui.plan.action_model import END, OWNER, PROGRESS, START, STATUS
from toolbox_desktop.ui.plan.texts import format_day, status_name


class OwnerEditor(QWidget):
    """Role and person side by side; Enter in either finishes the edit."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.role = limit_line(QLineEdit(), limits.ACTION["responsible_role"])
        self.role.setPlaceholderText(self.tr("Role"))
        self.role.setAccessibleName(self.tr("Responsible role"))
        self.person = limit_line(QLineEdit(), limits.ACTION["responsible_person"])
        self.person.setPlaceholderText(self.tr("Person"))
        self.person.setAccessibleName(self.tr("Responsible person"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.role)
        layout.addWidget(self.person)
        self.setFocusProxy(self.role)


class ActionDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):
        column = index.column()
        if column == STATUS:
            editor = QComboBox(parent)
            for status in STATUSES:
                editor.addItem(status_name(status), status)
            editor.setAccessibleName(self.tr("Status"))
            editor.activated.connect(lambda _i, e=editor: self._finish(e))
            return editor
        if column == PROGRESS:
            editor = QSpinBox(parent)
            editor.setRange(0, 100)
            editor.setSuffix(self.tr(" %"))
            editor.setAccessibleName(self.tr("Progress"))
            return editor
        if column == OWNER:
            editor = OwnerEditor(parent)
            for field in (editor.role, editor.person):
                field.returnPressed.connect(lambda e=editor: self._finish(e))
            return editor
        editor = QLineEdit(parent)
        if column in (START, END):
            editor.setPlaceholderText(date_placeholder())
            editor.setAccessibleName(
                self.tr("Start date") if column == START else self.tr("End date")
            )
        else:
            editor.setAccessibleName(self.tr("Title"))
            editor.setMaxLength(limits.ACTION["title"])
        return editor

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        column = index.column()
        if column == STATUS:
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif column == PROGRESS:
            editor.setValue(int(value or 0))
        elif column == OWNER:
            editor.role.setText(value[0])
            editor.person.setText(value[1])
            editor.role.selectAll()
        elif column in (START, END):
            editor.setText(format_day(value))
            editor.selectAll()
        else:
            editor.setText(value or "")
            editor.selectAll()

    def setModelData(self, editor, model, index) -> None:
        column = index.column()
        if column == STATUS:
            value = editor.currentData()
        elif column == PROGRESS:
            editor.interpretText()
            value = editor.value()
        elif column == OWNER:
            value = (editor.role.text(), editor.person.text())
        else:
            value = editor.text()
        model.setData(index, value, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor, option, index) -> None:
        rect = QRect(option.rect)
        minimum = {OWNER: 320, STATUS: 140, START: 120, END: 120}.get(index.column(), 0)
        rect.setWidth(max(rect.width(), minimum))
        editor.setGeometry(rect)
