"""Going through every area, tab, editor and dialog of a window that shows user text, reading
what each one shows at every step (see ``screen_text.Reading``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QTimer
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QToolTip, QWidget
from screen_text import Reading, tooltip_as_shown

from toolbox_desktop.ui.assessment.assessment_area import (
    COMPARE_TAB,
    DASHBOARD_TAB,
    PEERS_TAB,
    RATE_TAB,
    WORKSHOP_TAB,
)
from toolbox_desktop.ui.main_window import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, REPORTS_ROW
from toolbox_desktop.ui.plan.plan_area import TABLE_TAB, TIMELINE_TAB

HOVER_STEP = 12  # pixels between the points where a drawn chart is asked for its tooltip


class Visitor:
    """Shows each place in turn and reads every window that is open."""

    def __init__(self, window, qtbot, monkeypatch, typed: dict[str, str]) -> None:
        self.window = window
        self.qtbot = qtbot
        self.monkeypatch = monkeypatch
        self.reading = Reading(typed)
        self._tips: list[str] = []
        monkeypatch.setattr(
            QToolTip, "showText", staticmethod(lambda _pos, text, *_rest: self._tips.append(text))
        )
        for name in ("warning", "question", "information"):
            monkeypatch.setattr(QMessageBox, name, staticmethod(self._answer_box))

    def _answer_box(self, _parent, title: str, text: str, *_buttons):
        """Stands in for QMessageBox's static functions: reads the text as the box would
        show it (it guesses its format like a tooltip) and answers No."""
        self.reading.add(f"message box {title!r}", tooltip_as_shown(text))
        return QMessageBox.StandardButton.No

    def read(self) -> None:
        QApplication.processEvents()
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.reading.walk(widget)

    def hover(self, widget: QWidget, where: str) -> None:
        """Ask a drawn chart for its tooltip all over its surface."""
        target = widget.viewport() if hasattr(widget, "viewport") else widget
        self._tips.clear()
        for x in range(0, target.width(), HOVER_STEP):
            for y in range(0, target.height(), HOVER_STEP):
                position = QPoint(x, y)
                event = QHelpEvent(QEvent.Type.ToolTip, position, target.mapToGlobal(position))
                QApplication.sendEvent(target, event)
        for text in dict.fromkeys(self._tips):
            self.reading.add(f"{where} (hover tooltip)", tooltip_as_shown(text))

    def in_modal(self, run: Callable[[], object], attempts: int = 200) -> None:
        """Run something that opens a modal dialog: read it, then close it unanswered."""

        def look(left: int = attempts) -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                if left:
                    QTimer.singleShot(10, lambda: look(left - 1))
                return
            self.read()
            dialog.done(0)

        QTimer.singleShot(0, look)
        run()

    def in_dialog(self, owner, open_it: Callable[[], object]) -> None:
        """Run something that opens a dialog through ``owner.open_dialog``: read it, cancel."""
        original = owner.open_dialog

        def look(dialog: QDialog) -> bool:
            dialog.show()
            self.qtbot.waitExposed(dialog)
            self.read()
            dialog.close()
            return False

        owner.open_dialog = look
        try:
            open_it()
        finally:
            owner.open_dialog = original


def visit_library(visitor: Visitor) -> None:
    window = visitor.window
    library = window.library
    window.show_area(LIBRARY_ROW)
    content = library.content
    for code in (
        content.dimensions[0].code,
        content.benchmarks[0].code,
        content.practices[0].code,
        content.guide[0].code,
    ):
        library.select_code(code)
        visitor.read()
    for tab in range(library.tabs.count()):
        library.tabs.setCurrentIndex(tab)
        visitor.read()
    library.search_edit.setText("HOSTILE")
    visitor.read()
    library.search_edit.clear()


def visit_assessment(visitor: Visitor) -> None:
    window = visitor.window
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    session = area.session
    content = window.content
    page = area.page
    for assessment in session.assessments():
        session.select_assessment(assessment.id)
        for code in (content.benchmarks[0].code, content.benchmarks[5].code):
            session.select_benchmark(code)
            visitor.read()
        for tab in range(area.tabs.count()):
            area.tabs.setCurrentIndex(tab)
            visitor.read()
        area.tabs.setCurrentIndex(RATE_TAB)
    visitor.in_dialog(page, page.edit_profile)
    visitor.in_dialog(page, page.edit_assessment)
    visitor.in_dialog(page, lambda: page.new_assessment(copy=True))


def visit_charts(visitor: Visitor) -> None:
    area = visitor.window.assessment_area
    for tab, chart in (
        (DASHBOARD_TAB, area.dashboard.radar),
        (COMPARE_TAB, area.comparison.radar),
        (PEERS_TAB, area.peers.radar),
    ):
        area.tabs.setCurrentIndex(tab)
        QApplication.processEvents()
        visitor.hover(chart, type(chart).__name__)
    area.tabs.setCurrentIndex(RATE_TAB)


def visit_plan(visitor: Visitor) -> None:
    window = visitor.window
    window.show_area(PLAN_ROW)
    area = window.plan_area
    actions = area.session.actions()
    for action in actions[:3]:
        area.open_action(action.id)
        tabs = area.page.editor.form.tabs
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            visitor.read()
        tabs.setCurrentIndex(0)
    for tab in range(area.tabs.count()):
        area.tabs.setCurrentIndex(tab)
        visitor.read()
    area.tabs.setCurrentIndex(TIMELINE_TAB)
    QApplication.processEvents()
    visitor.hover(area.timeline.chart, "timeline")
    area.tabs.setCurrentIndex(TABLE_TAB)


def visit_reports(visitor: Visitor) -> None:
    window = visitor.window
    window.show_area(REPORTS_ROW)
    page = window.reports_page
    for button in page.kind_group.buttons():
        button.setChecked(True)
        visitor.read()


def visit_presentation(visitor: Visitor) -> None:
    from toolbox_desktop.ui.workshop.presenting import open_presentation

    area = visitor.window.assessment_area
    for assessment in area.session.assessments():
        area.session.select_assessment(assessment.id)
        presentation = open_presentation(area, visitor.window.content, full_screen=False)
        visitor.qtbot.waitExposed(presentation)
        visitor.read()
        presentation.close()


def visit_workshop(visitor: Visitor) -> None:
    """The workshop's participants, a participant's paper ratings, removing one."""
    area = visitor.window.assessment_area
    workshop = area.workshop
    for assessment in area.session.assessments():
        if workshop.repository.mode(assessment.id):
            area.session.select_assessment(assessment.id)
    area.tabs.setCurrentIndex(WORKSHOP_TAB)
    workshop.participant_list.setCurrentRow(0)
    visitor.read()
    dialog = workshop.enter_paper_ratings()
    visitor.qtbot.waitExposed(dialog)
    visitor.read()
    dialog.close()
    workshop.remove_participant()
    area.tabs.setCurrentIndex(RATE_TAB)


def visit_questions(visitor: Visitor) -> None:
    """The questions and warnings that quote user text."""
    from toolbox_desktop.ui.assessment.problems import conflict_box
    from toolbox_desktop.ui.plan.dialogs import confirm_delete

    window = visitor.window
    area = window.assessment_area
    area.page.delete_assessment()
    area.tabs.setCurrentIndex(PEERS_TAB)
    area.peers.peer_list.setCurrentRow(0)
    area.peers.remove_current()
    area.tabs.setCurrentIndex(RATE_TAB)
    titles = [action.title for action in window.plan_area.session.actions()[:2]]
    visitor.in_modal(lambda: confirm_delete(window, titles))
    box = conflict_box(window, window.content.benchmarks[0].title)
    box.show()
    visitor.read()
    box.done(0)


def visit_import_preview(visitor: Visitor, packages: list[Path], conn) -> None:
    """File → Import package… on another laptop: the preview of what would change."""
    from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages

    dialog = ImportDialog(conn, check_packages(conn, packages), visitor.window)
    dialog.show()
    visitor.qtbot.waitExposed(dialog)
    visitor.read()
    dialog.close()


def visit_saved_report(visitor: Visitor, target: Path) -> None:
    """A report saved under a name with markup in it: the page says where it went."""
    window = visitor.window
    window.show_area(REPORTS_ROW)
    page = window.reports_page
    visitor.monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *_a, **_k: (str(target), ""))
    )
    # The first report (the visit of the Reports area left the last one chosen, the region
    # report, which needs a region file first).
    page.kind_group.buttons()[0].setChecked(True)
    with visitor.qtbot.waitSignal(page.report_saved, timeout=60_000):
        page.save_button.click()
    visitor.read()


def visit_everything(visitor: Visitor, packages: list[Path], other_conn, report: Path) -> None:
    """Every area, tab, editor, dialog and question that shows user or package text."""
    for visit in (
        visit_library,
        visit_assessment,
        visit_charts,
        visit_plan,
        visit_reports,
        visit_presentation,
        visit_workshop,
        visit_questions,
    ):
        visit(visitor)
    visit_import_preview(visitor, packages, other_conn)
    visit_saved_report(visitor, report)
