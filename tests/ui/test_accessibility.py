"""Accessible to all (issue 15, point 5; EN 301 549): every interactive control of every area,
tab and main dialog has a name a screen reader can say, read through Qt's accessibility
interface as a screen reader reads it; and the widgets that paint themselves (the timeline,
the charts) show the keyboard focus."""

from __future__ import annotations

from datetime import date

import pytest
from accessibility_checks import first_of_each, unnamed_controls, walk_the_town
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from toolbox_desktop.ui.common.plain_text import PlainLabel


@pytest.fixture
def main_window_on_town(qtbot, workspace, ui_state):
    """The window on the training town (actions, assessments), at 1366 x 768."""
    from toolbox_desktop.services.training_town import create_training_municipality
    from toolbox_desktop.ui.main_window import MainWindow

    create_training_municipality(workspace.conn, date(2026, 11, 23), "en")
    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_every_control_of_every_area_and_dialog_has_an_accessible_name_and_its_own_alt_letter(
    qtbot, ui_state, tmp_path, pack_copy, monkeypatch
):
    """One walk of the English window for three checks: names, Alt letters (the German and
    Dutch windows are checked for Alt letters on their walk in ``test_pseudo_translation``)
    and the Tab key moving on from every text box and list of records: walking costs
    seconds."""
    walk = walk_the_town("en", qtbot, ui_state, tmp_path, pack_copy, monkeypatch)
    assert len(walk.places) > 20 and len(walk.letters) > 20  # it saw the screens
    unnamed = first_of_each(walk.unnamed)
    clashes = first_of_each(walk.clashes)
    traps = first_of_each(walk.tab_traps)
    assert not unnamed and not clashes and not traps, (
        f"controls a screen reader cannot name:\n{unnamed}\n"
        f"one Alt+letter, two things (en):\n{clashes}\n"
        f"the Tab key kept, not moving on:\n{traps}"
    )


def test_the_check_finds_a_nameless_field_and_accepts_a_buddy_label(qtbot):
    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    nameless = QLineEdit()
    layout.addWidget(nameless)
    form = QFormLayout()
    with_buddy = QLineEdit()
    label = PlainLabel("&Title:")
    label.setBuddy(with_buddy)
    form.addRow(label, with_buddy)
    layout.addLayout(form)
    named = QLineEdit()
    named.setAccessibleName("Search")
    layout.addWidget(named)
    layout.addWidget(QPushButton("Save"))
    icon_only = QPushButton()
    layout.addWidget(icon_only)
    top.show()
    qtbot.waitExposed(top)
    found = unnamed_controls(top, "here")
    assert len(found) == 2
    assert {finding.widget.split()[0] for finding in found} == {"QLineEdit", "QPushButton"}


def frame_colour(widget: QWidget) -> QColor:
    """The colour one pixel inside the widget's top left corner (where the focus frame is)."""
    image = widget.grab().toImage()
    return image.pixelColor(1, image.height() // 2)


def test_the_timeline_and_the_charts_show_the_keyboard_focus(main_window_on_town, qtbot):
    from toolbox_desktop.ui.plan.plan_area import TIMELINE_TAB
    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, PLAN_ROW

    window = main_window_on_town
    window.show_area(PLAN_ROW)
    area = window.plan_area
    area.tabs.setCurrentIndex(TIMELINE_TAB)
    window.show_area(ASSESSMENT_ROW)
    dashboard = window.assessment_area.dashboard
    charts = [area.timeline.chart, dashboard.radar, dashboard.bars]
    for chart in charts:
        assert chart.focusPolicy() & Qt.FocusPolicy.TabFocus, chart  # reached with Tab
        assert chart.accessibleName(), chart
    window.show_area(PLAN_ROW)
    chart = area.timeline.chart
    highlight = chart.palette().color(QPalette.ColorRole.Highlight)
    chart.clearFocus()
    qtbot.waitUntil(lambda: not chart.hasFocus())
    assert frame_colour(chart.viewport()) != highlight
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(chart.hasFocus)
    assert frame_colour(chart.viewport()) == highlight


def test_a_new_file_with_its_first_steps_has_named_controls_and_no_clashes(
    workspace, ui_state, qtbot
):
    from accessibility_checks import mnemonic_clashes

    from toolbox_desktop.ui.main_window import MainWindow
    from toolbox_desktop.ui.window.rows import ASSESSMENT_ROW, LIBRARY_ROW, PLAN_ROW, REPORTS_ROW

    window = MainWindow(workspace.content, ui_state, workspace.path, conn=workspace.conn)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    assert window.getting_started.isVisible()
    findings = []
    for row in (LIBRARY_ROW, ASSESSMENT_ROW, PLAN_ROW, REPORTS_ROW):
        window._ensure_area(row)  # built now, not after a loading page
        window.show_area(row)
        place = f"new file, area {row}"
        findings += unnamed_controls(window, place) + mnemonic_clashes(window, place)
    assert not findings, first_of_each(findings)
