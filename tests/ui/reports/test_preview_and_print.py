"""Preview a report as it will print, print it (all pages or a range) and save it from the
preview; the progress bar shows how far the layout is."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text

from toolbox_desktop.ui.reports import build_job, pdf_output
from toolbox_desktop.ui.reports.reports_page import WORKSHEET, ReportsPage


@pytest.fixture
def page(qtbot, workspace):
    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.choose(WORKSHEET)
    yield page
    if page.preview is not None:
        page.preview.close()
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
    QApplication.processEvents()


def open_preview(qtbot, page):
    with qtbot.waitSignal(page.preview_opened, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.preview_button.click()
    return blocker.args[0]


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_preview_shows_every_page_of_the_report_and_pages_through(qtbot, page, tmp_path):
    dialog = open_preview(qtbot, page)
    assert dialog.isVisible()
    assert "Workshop worksheet" in dialog.windowTitle()
    shown = PdfReader(str(dialog.pdf)).pages
    assert dialog.page_count() == len(shown) > 3
    assert dialog.page_label.text() == f"Page 1 of {len(shown)}"
    assert not dialog.previous_button.isEnabled()
    assert str(tmp_path) not in str(dialog.pdf)  # a private temporary file, not the user's
    dialog.next_page()
    qtbot.waitUntil(lambda: dialog.current_page() == 1, timeout=5000)
    assert dialog.page_label.text() == f"Page 2 of {len(shown)}"
    assert dialog.previous_button.isEnabled()
    dialog.go_to_page(999)
    qtbot.waitUntil(lambda: dialog.current_page() == len(shown) - 1, timeout=5000)
    assert not dialog.next_button.isEnabled()


def test_zoom_in_and_out_then_fit_width_again(qtbot, page):
    from PySide6.QtPdfWidgets import QPdfView

    dialog = open_preview(qtbot, page)
    dialog.zoom_in()
    bigger = dialog.view.zoomFactor()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    dialog.zoom_out()
    dialog.zoom_out()
    assert dialog.view.zoomFactor() < bigger
    dialog.fit_width()
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_pdf_from_the_preview_copies_the_previewed_file(qtbot, page, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, page)
    target = tmp_path / "for the council"  # no suffix: .pdf is added
    answer_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(dialog.saved, timeout=5000) as blocker:
        dialog.save_button.click()
    saved = tmp_path / "for the council.pdf"
    assert blocker.args == [str(saved)]
    assert saved.read_bytes() == dialog.pdf.read_bytes()
    assert "Self-assessment worksheet" in pdf_text(saved)
    assert "for the council.pdf" in page.status_label.text()


def test_print_from_the_preview_prints_every_page(qtbot, page, tmp_path, monkeypatch):
    dialog = open_preview(qtbot, page)
    printed = tmp_path / "printed.pdf"
    asked = []

    def fake_choose(parent, name, page_size, count):
        asked.append((name, page_size, count))
        return pdf_printer(printed)

    monkeypatch.setattr(pdf_output, "choose_printer", fake_choose)
    with qtbot.waitSignal(page.report_printed, timeout=BUILD_TIMEOUT_MS) as blocker:
        dialog.print_button.click()
    assert asked == [("Workshop worksheet", "A4", dialog.page_count())]
    assert blocker.args == [dialog.page_count()]
    assert len(PdfReader(str(printed)).pages) == dialog.page_count()
    assert "Sent" in page.status_label.text()


def test_print_button_builds_then_prints_the_chosen_page_range(qtbot, page, tmp_path, monkeypatch):
    printed = tmp_path / "pages-2-3.pdf"

    def fake_choose(parent, name, page_size, count):
        printer = pdf_printer(printed)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return printer

    monkeypatch.setattr(pdf_output, "choose_printer", fake_choose)
    with qtbot.waitSignal(page.report_printed, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.print_button.click()
    assert blocker.args == [2]
    reader = PdfReader(str(printed))
    assert len(reader.pages) == 2
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert height > width  # A4 portrait


def test_cancelling_the_print_dialog_prints_nothing(qtbot, page, monkeypatch):
    monkeypatch.setattr(pdf_output, "choose_printer", lambda *args: None)
    printed = []
    page.report_printed.connect(printed.append)
    page.print_button.click()
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: not page.is_building(), timeout=BUILD_TIMEOUT_MS)
    assert printed == []
    assert page.print_button.isEnabled()


def test_progress_bar_counts_up_while_the_report_is_made(qtbot, page):
    values = []
    page.progress.valueChanged.connect(values.append)
    open_preview(qtbot, page)
    assert values and max(values) >= 90
    assert not page.progress.isVisible()
