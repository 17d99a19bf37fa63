"""The questions the plan asks: delete these actions? who is responsible for all of them?

Module functions, looked up at call time, so that tests can answer them without a modal box.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from toolbox_desktop.core import limits
from toolbox_desktop.ui.common.message_boxes import plain_box
from toolbox_desktop.ui.common.plain_text import PlainLabel
from toolbox_desktop.ui.common.text_limits import limit_line
from toolbox_desktop.ui.plan.texts import one_line

SHOWN_TITLES = 8


class PlanDialogs(QObject):
    """The translation context of these questions: ``PlanDialogs.tr`` is a call lupdate reads
    as a plural message (``QCoreApplication.translate`` with a count it reads as singular)."""


def confirm_delete(parent: QWidget | None, titles: list[str]) -> bool:
    """True when the user confirms deleting the actions named ``titles``."""
    box = plain_box(parent)
    box.setIcon(QMessageBox.Icon.Question)
    count = len(titles)
    box.setWindowTitle(PlanDialogs.tr("Delete action(s)", "", count))
    box.setText(PlanDialogs.tr("Delete %n action(s)?", "", count))
    shown = [f"• {one_line(t)}" for t in titles[:SHOWN_TITLES]]
    if len(titles) > SHOWN_TITLES:
        shown.append(
            QCoreApplication.translate("PlanDialogs", "… and {count} more").format(
                count=len(titles) - SHOWN_TITLES
            )
        )
    box.setInformativeText(
        "\n".join(shown)
        + "\n\n"
        + QCoreApplication.translate(
            "PlanDialogs", "Their milestones and indicators go with them. Undo brings them back."
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_owner(parent: QWidget | None, role: str, person: str, count: int) -> tuple[str, str] | None:
    """The role and person to make responsible for ``count`` actions, or None (cancelled)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("PlanDialogs", "Set who is responsible"))
    role_edit = limit_line(QLineEdit(role), limits.ACTION["responsible_role"])
    role_edit.setCursorPosition(0)  # a long role shows its start, not its end
    role_edit.setAccessibleName(QCoreApplication.translate("PlanDialogs", "Responsible role"))
    person_edit = limit_line(QLineEdit(person), limits.ACTION["responsible_person"])
    person_edit.setCursorPosition(0)
    person_edit.setAccessibleName(QCoreApplication.translate("PlanDialogs", "Responsible person"))
    form = QFormLayout()
    form.addRow(QCoreApplication.translate("PlanDialogs", "&Role:"), role_edit)
    form.addRow(QCoreApplication.translate("PlanDialogs", "&Person:"), person_edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(
        PlainLabel(PlanDialogs.tr("Make them responsible for %n action(s):", "", count))
    )
    layout.addLayout(form)
    layout.addWidget(buttons)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return role_edit.text().strip(), person_edit.text().strip()
