"""The Reports area in the main window: Ctrl+4, a report saved as PDF, texts kept on close."""

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from toolbox_desktop.storage.annual_texts import AnnualTextRepository
from toolbox_desktop.storage.database import connect
from toolbox_desktop.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, workspace, ui_state):
    window = MainWindow(
        workspace.content, ui_state, workspace.path, workspace.failed_packs, conn=workspace.conn
    )
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window
    if window.reports_page is not None:
        window.reports_page.wait_for_builds(30_000)


def test_ctrl_4_opens_reports_and_saves_a_worksheet(window, tmp_path, monkeypatch, qtbot):
    QTest.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.reports_page
    assert page is not None and window.pages.currentWidget() is page
    target = tmp_path / "worksheet.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.choose("worksheet")
    page.save_pdf()
    qtbot.waitUntil(lambda: target.exists() and not page.is_building(), timeout=30_000)
    assert "Self-assessment worksheet" in PdfReader(target).pages[0].extract_text()


def test_annual_texts_are_stored_when_the_window_closes(window, workspace):
    window.show_area(3)
    page = window.reports_page
    page.choose("annual")
    page.year_spin.setValue(2026)
    page.summary_edit.setPlainText("Ein gutes Jahr · İyi bir yıl · مریم")
    window.close()  # before the short save delay has passed
    other = connect(workspace.path)
    try:
        assert AnnualTextRepository(other).texts(2026).summary == (
            "Ein gutes Jahr · İyi bir yıl · مریم"
        )
    finally:
        other.close()
