"""The Assessment area in the main window, end to end: rate with the keyboard, undo with
Ctrl+Z, read the dashboard, open a gap in the rating screen, compare two assessments."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from ui_helpers import focused

from toolbox_desktop.core.assessment import Rating
from toolbox_desktop.storage.assessment_repository import AssessmentRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.ui.assessment.assessment_area import COMPARE_TAB, DASHBOARD_TAB, RATE_TAB
from toolbox_desktop.ui.common.roles import CODE_ROLE
from toolbox_desktop.ui.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, workspace, ui_state):
    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def other(workspace):
    """What another program reading the file sees."""
    conn = connect(workspace.path)
    yield AssessmentRepository(conn)
    conn.close()


def press(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def test_assessment_area_opens_from_the_keyboard(window):
    assert window.assessment_area is None, "built only when first shown"
    QTest.keyClick(window, Qt.Key.Key_2, CTRL)
    area = window.assessment_area
    assert area is not None and area.isVisible()
    assert window.pages.currentWidget() is area


def test_rate_undo_and_read_the_dashboard(window, workspace, other):
    window.show_area(1)
    area = window.assessment_area
    session = area.session
    created = session.create_assessment("Review 2026", "2026-03-01", "Ayşe, Пётр")
    screen = area.page.rating_screen
    codes = [b.code for b in workspace.content.benchmarks]
    screen.select_code(codes[0])
    screen.table.setFocus()
    press(Qt.Key.Key_1)
    press(Qt.Key.Key_Down, ALT)
    press(Qt.Key.Key_3)
    press(Qt.Key.Key_Down, ALT)
    press(Qt.Key.Key_4)
    assert {c: r.level for c, r in other.ratings(created.id).items()} == {
        codes[0]: 1,
        codes[1]: 3,
        codes[2]: 4,
    }
    assert screen.progress_label.text() == "3 of 68 rated"

    QTest.keyClick(window, Qt.Key.Key_Z, CTRL)  # Edit → Undo
    assert {c: r.level for c, r in other.ratings(created.id).items()} == {codes[0]: 1, codes[1]: 3}
    assert screen.progress_label.text() == "2 of 68 rated"
    QTest.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Redo
    assert other.rating(created.id, codes[2]).level == 4

    # a target for the first benchmark, then the dashboard: (1 + 3 + 4) / 12 = 67 %
    session.write_rating(
        created.id,
        codes[0],
        Rating(codes[0], level=1, target=3, priority=3),
        expected=session.rating(codes[0]),
    )
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    dashboard = area.dashboard
    assert dashboard.overall_label.text().endswith("67 %")
    assert "3 of 68" in dashboard.overall_detail_label.text()
    gap_codes = [
        dashboard.gap_model.index(r, 0).data(CODE_ROLE)
        for r in range(dashboard.gap_model.rowCount())
    ]
    assert gap_codes == [codes[0]]

    # a gap opens its benchmark in the rating screen
    dashboard.benchmark_activated.emit(codes[0])
    assert area.tabs.currentIndex() == RATE_TAB
    assert screen.current_code() == codes[0]


def test_dashboard_follows_edits_made_while_it_is_hidden(window, workspace):
    window.show_area(1)
    area = window.assessment_area
    session = area.session
    created = session.create_assessment("2026", "2026-03-01")
    code = workspace.content.benchmarks[0].code
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    assert area.dashboard.overall_label.text() == "Overall score: not rated yet"
    assert area.dashboard.overall_detail_label.text() == "0 of 68 rated"
    area.tabs.setCurrentIndex(RATE_TAB)
    session.write_rating(created.id, code, Rating(code, level=2), expected=None)
    area.tabs.setCurrentIndex(DASHBOARD_TAB)
    assert area.dashboard.overall_label.text().endswith("50 %")


def test_compare_two_assessments(window, workspace):
    window.show_area(1)
    area = window.assessment_area
    session = area.session
    code = workspace.content.benchmarks[0].code
    first = session.create_assessment("2025", "2025-03-01")
    session.write_rating(first.id, code, Rating(code, level=1), expected=None)
    second = session.create_assessment("2026", "2026-03-01", copy_from=first.id)
    session.write_rating(second.id, code, Rating(code, level=3), expected=session.rating(code))
    area.tabs.setCurrentIndex(COMPARE_TAB)
    comparison = area.comparison.comparison()
    assert [c.delta for c in comparison.changes if c.benchmark == code] == [2]
    assert comparison.dimension_change("gov") == pytest.approx(50.0)


def test_typed_text_is_stored_when_the_window_closes(window, workspace, other):
    window.show_area(1)
    area = window.assessment_area
    created = area.session.create_assessment("2026", "2026-03-01")
    screen = area.page.rating_screen
    code = workspace.content.benchmarks[0].code
    screen.select_code(code)
    screen.table.setFocus()
    press(Qt.Key.Key_2)
    evidence = screen.editor.evidence
    evidence.setFocus()
    QTest.keyClicks(evidence, "Council decision 12/2025")
    window.close()
    assert other.rating(created.id, code).evidence == "Council decision 12/2025"


def test_the_comparison_keeps_the_chosen_pair_after_an_edit(window, workspace):
    window.show_area(1)
    area = window.assessment_area
    session = area.session
    code = workspace.content.benchmarks[0].code
    first = session.create_assessment("2024", "2024-03-01")
    second = session.create_assessment("2025", "2025-03-01")
    third = session.create_assessment("2026", "2026-03-01")
    area.tabs.setCurrentIndex(COMPARE_TAB)
    view = area.comparison
    view.earlier_combo.setCurrentIndex(view.earlier_combo.findData(first.id))
    view.later_combo.setCurrentIndex(view.later_combo.findData(second.id))
    session.write_rating(third.id, code, Rating(code, level=2), expected=None)
    assert (view.earlier_combo.currentData(), view.later_combo.currentData()) == (
        first.id,
        second.id,
    )


def test_area_tabs_switch_with_ctrl_tab(window):
    window.show_area(1)
    area = window.assessment_area
    area.tabs.setFocus()
    QTest.keyClick(area.tabs, Qt.Key.Key_Tab, CTRL)
    assert area.tabs.currentIndex() == DASHBOARD_TAB
    QTest.keyClick(area.tabs, Qt.Key.Key_Tab, CTRL)
    assert area.tabs.currentIndex() == COMPARE_TAB


def test_closing_with_text_that_cannot_be_stored_asks_first(window, workspace, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from toolbox_desktop.ui.window import closing

    window.show_area(1)
    area = window.assessment_area
    created = area.session.create_assessment("2026", "2026-03-01")
    code = workspace.content.benchmarks[0].code
    area.page.rating_screen.select_code(code)
    editor = area.page.rating_screen.editor
    other_conn = connect(workspace.path)
    AssessmentRepository(other_conn).update(created.id, status="final")  # in another window
    other_conn.close()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    editor.evidence.setFocus()
    QTest.keyClicks(editor.evidence, "Minutes of 3 March")
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda *a, **k: asked.append(a[1]) or QMessageBox.StandardButton.Cancel,
    )
    monkeypatch.setattr(
        closing,
        "ask_close_anyway",
        lambda box: asked.append(box.windowTitle()) or False,
    )
    assert window.close() is False
    assert asked == ["Assessment is final", "Text not saved yet"]  # why, then the question
    assert editor.evidence.toPlainText() == "Minutes of 3 March"
