"""Before the window closes: text that could not be stored yet (a wrong date, an assessment
finalised in another window) is only in memory, so the user is asked before it is lost.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from toolbox_desktop.ui.common.message_boxes import plain_box


class ClosingCheck:
    """Part of ``MainWindow``: what is unsaved, and the question before closing."""

    def unsaved_work(self) -> list[str]:
        """Where typed text could not be stored (and so is only in this window), by place."""
        places = []
        if self.assessment_area is not None:
            if self.assessment_area.page.rating_screen.editor.has_unsaved_text():
                places.append(
                    QCoreApplication.translate(
                        "MainWindow", "Assessment: a rating's evidence, notes or rater"
                    )
                )
            workshop = self.assessment_area.workshop
            if workshop.agreed_panel.has_pending_note():
                places.append(QCoreApplication.translate("MainWindow", "Workshop: the agreed note"))
        if self.plan_area is not None:
            for title in self.plan_area.page.editor.unsaved_titles():
                places.append(
                    QCoreApplication.translate("MainWindow", "Action plan: “{title}”").format(
                        title=title
                    )
                )
            if self.plan_area.page.editor.indicators.has_unsaved_input():
                places.append(
                    QCoreApplication.translate(
                        "MainWindow", "Action plan: an indicator's name, unit or values"
                    )
                )
        if self.reports_page is not None:
            if self.reports_page.texts_editor.unsaved_texts():
                places.append(
                    QCoreApplication.translate("MainWindow", "Reports: the annual report texts")
                )
            if self.reports_page.sandwich_editor.unsaved():
                places.append(QCoreApplication.translate("MainWindow", "Reports: a fact sandwich"))
        return places

    def _may_close_with_unsaved_text(self) -> bool:
        """Text that could not be stored (e.g. a wrong date, or the assessment was finalised
        in another window) is only in memory: ask before closing instead of losing it."""
        places = self.unsaved_work()
        if not places:
            return True
        question = QCoreApplication.translate(
            "MainWindow",
            "Some of what you typed could not be stored yet. It is still shown with the "
            'note "not saved yet". Close anyway and lose it?',
        )
        return ask_close_anyway(unsaved_text_box(self, question, places))


def unsaved_text_box(parent, question: str, places: list[str]) -> QMessageBox:
    """The one warning before text that is only on screen would be lost (closing the window,
    switching the language): the question, then the places; Cancel is the default."""
    box = plain_box(parent)  # the places name the user's own titles
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("MainWindow", "Text not saved yet"))
    box.setText(question + "\n\n" + "\n".join(f"• {place}" for place in places))
    box.setStandardButtons(QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Discard)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_close_anyway(box: QMessageBox) -> bool:
    """True when the user chose to close and lose the text (tests answer instead)."""
    return box.exec() == QMessageBox.StandardButton.Discard
