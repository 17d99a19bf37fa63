"""Going through every area, tab and main dialog of a window, looking for text shown only in
part at each place (``cut_text.cut_texts``), as a user with a screen of a given size would see
it. Set TOOLBOX_SCREENSHOTS to a folder to keep a picture of every place.

The places: the library's tabs; the assessment's rating screen, dashboard (both tables),
comparison, workshop (running, and to start), paper ratings and peers; the assessment's
details, a copy and the municipality profile; the action plan's table with an action's every
editor tab, its timeline and budget; every report; and File's export, import preview and
restore from a backup.
"""

from __future__ import annotations

import os
from pathlib import Path

from cut_text import Cut, cut_texts
from pseudo_catalogue import unpseudo
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QTabWidget, QWidget

from toolbox_desktop.ui.assessment.assessment_area import (
    COMPARE_TAB,
    DASHBOARD_TAB,
    PEERS_TAB,
    RATE_TAB,
    WORKSHOP_TAB,
)
from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, REPORTS_ROW


class Walk:
    """Looks at each place in turn and keeps what is cut there."""

    def __init__(self, window, qtbot, screen: tuple[int, int]) -> None:
        self.window, self.qtbot, self.screen = window, qtbot, screen
        self.cuts: list[Cut] = []
        self.places: list[str] = []
        self.labels_seen = 0
        self.pictures = os.environ.get("TOOLBOX_SCREENSHOTS")

    def look(self, place: str, top: QWidget | None = None) -> None:
        top = top or self.window
        QApplication.processEvents()
        self.places.append(place)
        width, height = self.screen
        if top.width() > width or top.height() > height:
            needs = top.minimumSizeHint()
            self.cuts.append(
                Cut(
                    place,
                    type(top).__name__,
                    top.windowTitle(),
                    f"is {top.width()} x {top.height()} (needs {needs.width()} x "
                    f"{needs.height()}), more than the screen's {width} x {height}",
                )
            )
        self.cuts += cut_texts(top, place)
        self.labels_seen += sum(1 for label in top.findChildren(QLabel) if label.isVisible())
        if self.pictures:
            name = "".join(c if c.isalnum() else "-" for c in place)
            top.grab().save(str(Path(self.pictures) / f"{len(self.places):02d}-{name}.png"))

    def tabs(self, tabs: QTabWidget, place: str, inner: bool = True) -> None:
        """Every tab of ``tabs``, and every tab of the tab widgets inside each."""
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            here = f"{place} › {unpseudo(tabs.tabText(index))}"
            self.look(here)
            if inner:
                for nested in tabs.widget(index).findChildren(QTabWidget):
                    if nested.isVisible():
                        self.tabs(nested, here, inner=False)
        tabs.setCurrentIndex(0)

    def dialog(self, dialog: QDialog, place: str) -> None:
        sized_by_its_code = dialog.testAttribute(Qt.WidgetAttribute.WA_Resized)
        dialog.show()
        self.qtbot.waitExposed(dialog)
        if not sized_by_its_code:
            dialog.resize(first_size(dialog, self.screen))
        self.look(place, dialog)
        dialog.close()


def first_size(dialog: QWidget, screen: tuple[int, int]) -> QSize:
    """The size Qt gives a window shown without a size of its own on a screen of ``screen``
    (``QWidget::adjustSize``: its size hint, its height for that width, at most two thirds of
    the screen). The headless screen is 800 x 600; this is what the user's screen gives."""
    hint = dialog.sizeHint()
    layout = dialog.layout()
    if layout is not None and layout.hasHeightForWidth():
        hint.setHeight(layout.totalHeightForWidth(hint.width()))
    width, height = screen
    return QSize(min(hint.width(), width * 2 // 3), min(hint.height(), height * 2 // 3)).expandedTo(
        dialog.minimumSize()
    )


def visit_library(walk: Walk) -> None:
    window = walk.window
    window.show_area(LIBRARY_ROW)
    library = window.library
    library.select_code(window.content.benchmarks[0].code)
    walk.tabs(library.tabs, "Library")


def visit_assessment(walk: Walk) -> None:
    window = walk.window
    window.show_area(ASSESSMENT_ROW)
    area = window.assessment_area
    session = area.session
    for assessment in session.assessments():
        if area.workshop.repository.mode(assessment.id):
            session.select_assessment(assessment.id)
    session.select_benchmark(window.content.benchmarks[1].code)
    area.tabs.setCurrentIndex(RATE_TAB)
    walk.look("Assessment › Rate")
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    walk.tabs(area.dashboard.findChild(QTabWidget), "Assessment › Dashboard")
    area.tabs.setCurrentIndex(COMPARE_TAB)
    walk.look("Assessment › Compare")
    area.tabs.setCurrentIndex(WORKSHOP_TAB)
    area.workshop.participant_list.setCurrentRow(0)
    walk.look("Assessment › Workshop")
    paper = area.workshop.enter_paper_ratings()
    walk.qtbot.waitExposed(paper)
    walk.look("Workshop › paper ratings", paper)
    paper.close()
    workshop = area.workshop.repository.mode
    session.select_assessment(next(a.id for a in session.assessments() if not workshop(a.id)))
    walk.look("Assessment › Workshop (to start)")
    area.tabs.setCurrentIndex(PEERS_TAB)
    area.peers.peer_list.setCurrentRow(0)
    walk.look("Assessment › Peers")
    area.tabs.setCurrentIndex(RATE_TAB)


def visit_assessment_dialogs(walk: Walk) -> None:
    page = walk.window.assessment_area.page
    original = page.open_dialog

    def look(dialog: QDialog) -> bool:
        walk.dialog(dialog, f"dialog {type(dialog).__name__}")
        return False

    page.open_dialog = look
    try:
        page.edit_assessment()
        page.new_assessment(copy=True)
        page.edit_profile()
    finally:
        page.open_dialog = original


def visit_plan(walk: Walk) -> None:
    window = walk.window
    window.show_area(PLAN_ROW)
    area = window.plan_area
    session = area.session
    # the action with the most to show: indicators, milestones, a budget
    action = next(a for a in session.actions() if session.indicators(a.id) and a.budget_cents)
    area.open_action(action.id)
    walk.tabs(area.tabs, "Action plan")


def visit_reports(walk: Walk) -> None:
    window = walk.window
    window.show_area(REPORTS_ROW)
    page = window.reports_page
    for number, button in enumerate(page.kind_group.buttons(), 1):
        button.setChecked(True)
        walk.look(f"Reports › report {number}")


def visit_file_dialogs(walk: Walk, town) -> None:
    from toolbox_desktop.ui.backups.restore_dialog import RestoreDialog
    from toolbox_desktop.ui.exchange.export_dialog import ExportDialog
    from toolbox_desktop.ui.exchange.import_dialog import ImportDialog, check_packages

    window = walk.window
    assessment = window.assessment_area.session.current_assessment()
    walk.dialog(ExportDialog(assessment, window), "File › Export package")
    other = town.other.conn
    walk.dialog(
        ImportDialog(other, check_packages(other, [town.package]), window),
        "File › Import package (preview)",
    )
    walk.dialog(RestoreDialog(town.conn, town.path, window), "File › Restore from a backup")


def walk_everything(window, qtbot, town, screen: tuple[int, int], walk: Walk | None = None) -> Walk:
    """Every place, seen by ``walk`` (a plain ``Walk`` unless another kind is given)."""
    walk = walk or Walk(window, qtbot, screen)
    visit_library(walk)
    visit_assessment(walk)
    visit_assessment_dialogs(walk)
    visit_plan(walk)
    visit_reports(walk)
    visit_file_dialogs(walk, town)
    return walk


def assert_nothing_cut(walk: Walk) -> None:
    """Every cut text once, at the first place it was seen."""
    first = {(cut.widget, cut.text, cut.why): cut for cut in reversed(walk.cuts)}
    cuts = "\n".join(str(cut) for cut in reversed(first.values()))
    width, height = walk.screen
    assert not cuts, f"text cut off at {width} x {height}:\n{cuts}"
