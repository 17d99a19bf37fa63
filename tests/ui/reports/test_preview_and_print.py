"""Preview a report as it will print, print it (all pages or a range) and save it from the
preview; the progress bar shows how far the layout is. The preview fits small screens, draws
only the pages in sight, and a missing PDF renderer is explained with Save as PDF offered."""

from __future__ import annotations

import sys

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMessageBox
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas
from reports_ui_helpers import BUILD_TIMEOUT_MS, answer_save_dialog, pdf_text

from toolbox_desktop.ui.reports import build_job, pdf_output
from toolbox_desktop.ui.reports.pdf_pages import PdfPages, PdfUnavailableError
from toolbox_desktop.ui.reports.reports_page import WORKSHEET, ReportsPage


@pytest.fixture
def page(qtbot, workspace):
    page = ReportsPage(workspace.conn, workspace.content)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    page.choose(WORKSHEET)
    # A4 whatever the machine's region (its default is Letter in the US and Canada).
    page.page_size_combo.setCurrentIndex(page.page_size_combo.findData("A4"))
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
    """A printer writing a PDF file, at 96 dpi: what is printed (pages, order, orientation,
    ink) does not depend on the resolution, and a page at a real printer's resolution takes a
    second to paint and compress."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)
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
    dialog = open_preview(qtbot, page)
    view = dialog.view
    fitted = view.page_rect(0).width()
    assert view.is_fitting_width()
    assert fitted <= view.viewport().width()
    dialog.zoom_in()
    assert not view.is_fitting_width()
    bigger = view.page_rect(0).width()
    assert bigger > fitted
    dialog.zoom_out()
    dialog.zoom_out()
    assert view.page_rect(0).width() < bigger
    dialog.fit_width()
    assert view.is_fitting_width()
    assert view.page_rect(0).width() == fitted


def dark_pixels(image, rect: QRect) -> int:
    """Pixels of text or lines (dark) inside ``rect`` of a grabbed picture."""
    rect = rect.intersected(image.rect())
    return sum(
        1
        for y in range(rect.top(), rect.bottom(), 3)
        for x in range(rect.left(), rect.right(), 3)
        if QColor(image.pixel(x, y)).lightness() < 100
    )


def test_preview_draws_only_the_pages_in_sight(qtbot, page, monkeypatch):
    drawn = []
    render = PdfPages.render

    def counting(self, index, *args, **kwargs):
        drawn.append(index)
        return render(self, index, *args, **kwargs)

    monkeypatch.setattr(PdfPages, "render", counting)
    dialog = open_preview(qtbot, page)
    view = dialog.view
    first = view.page_rect_on_screen(0)
    qtbot.waitUntil(lambda: dark_pixels(view.viewport().grab().toImage(), first) > 50)
    last = dialog.page_count() - 1
    assert set(drawn) <= {0, 1}  # not every page up front
    dialog.go_to_page(last)
    qtbot.waitUntil(lambda: last in drawn, timeout=5000)
    assert dark_pixels(view.viewport().grab().toImage(), view.page_rect_on_screen(last)) > 50
    assert len(set(drawn)) < dialog.page_count()


@pytest.mark.parametrize("screen", [QRect(0, 0, 1280, 720), QRect(0, 0, 1366, 768)])
def test_preview_fits_a_small_screen_with_its_buttons_in_reach(qtbot, page, screen):
    dialog = open_preview(qtbot, page)
    qtbot.wait(10)  # the dialog's own fitting, once shown, is done
    dialog.fit_to(screen)
    QApplication.processEvents()
    assert screen.contains(dialog.frameGeometry())
    for button in (dialog.print_button, dialog.save_button, dialog.close_button):
        assert button.isVisible()
        where = QRect(button.mapTo(dialog, button.rect().topLeft()), button.size())
        assert dialog.rect().contains(where), button.text()
    assert dialog.view.height() > screen.height() // 2  # most of the room is for the pages


def test_zoomed_pages_scroll_to_both_edges_and_narrow_ones_are_centred(qtbot, page):
    dialog = open_preview(qtbot, page)
    dialog.fit_to(QRect(0, 0, 1280, 720))
    view, bar = dialog.view, dialog.view.horizontalScrollBar()
    view.set_zoom(2.0)
    QApplication.processEvents()
    shown = dialog.current_page()
    assert bar.maximum() > 0
    bar.setValue(0)
    assert view.page_rect_on_screen(shown).left() >= 0  # no part cut at the left
    bar.setValue(bar.maximum())
    right_edge = view.page_rect_on_screen(shown).right()
    assert right_edge < view.viewport().width()  # the right edge can be reached
    assert right_edge > view.viewport().width() - 40  # and no grey gap beside it
    view.set_zoom(0.5)
    QApplication.processEvents()
    assert bar.maximum() == 0
    rect = view.page_rect_on_screen(shown)
    left_gap, right_gap = rect.left(), view.viewport().width() - 1 - rect.right()
    assert abs(left_gap - right_gap) <= 1


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


@pytest.mark.parametrize(
    ("key", "modifier"),
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
    ],
)
def test_the_underlined_letter_and_ctrl_s_both_save(
    qtbot, page, tmp_path, monkeypatch, key, modifier
):
    """The buttons' own Ctrl+P and Ctrl+S had replaced their Alt+letters, which did nothing."""
    dialog = open_preview(qtbot, page)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    answer_save_dialog(monkeypatch, tmp_path / "copy")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        qtbot.keyClick(dialog, Qt.Key.Key_S, modifier)
    assert (tmp_path / "copy.pdf").exists()


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


def mixed_pdf(path):
    """A portrait, a landscape and a portrait page, each saying its number."""
    canvas = Canvas(str(path))
    for number, size in enumerate((A4, landscape(A4), A4), start=1):
        canvas.setPageSize(size)
        canvas.drawString(72, 72, f"Page {number}")
        canvas.showPage()
    canvas.save()
    return path


def test_a_landscape_page_prints_landscape(qtbot, tmp_path):
    pages = PdfPages(mixed_pdf(tmp_path / "mixed.pdf"))
    printed = tmp_path / "printed.pdf"
    try:
        assert pdf_output.print_pdf(pages, pdf_printer(printed)) == 3
    finally:
        pages.close()
    shapes = [page.mediabox.width > page.mediabox.height for page in PdfReader(printed).pages]
    assert shapes == [False, True, False]
    result = PdfPages(printed)
    try:
        for index in range(3):  # each printed page shows its text, not an empty sheet
            picture = result.render(index, 1.0)
            assert dark_pixels(picture, picture.rect()) > 0
    finally:
        result.close()


def answer_warning(monkeypatch, answer) -> list:
    """Answer the next warnings with ``answer``; returns the (title, text) of each."""
    shown: list = []

    def fake(parent, title, text, *args):
        shown.append((title, text))
        return answer

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(fake))
    return shown


def test_without_the_pdf_renderer_the_preview_says_so_and_offers_to_save(
    qtbot, page, tmp_path, monkeypatch
):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)  # as if it were not installed
    shown = answer_warning(monkeypatch, QMessageBox.StandardButton.Save)
    target = tmp_path / "instead.pdf"
    answer_save_dialog(monkeypatch, target)
    with qtbot.waitSignal(page.report_saved, timeout=BUILD_TIMEOUT_MS) as blocker:
        page.preview_button.click()
    assert blocker.args == [str(target)]
    assert page.preview is None
    [(title, text)] = shown
    assert title == "The preview cannot be shown"
    assert "pypdfium2" in text and "Save it as a PDF" in text
    assert "Self-assessment worksheet" in pdf_text(target)
    assert "instead.pdf" in page.status_label.text()
    assert page.save_button.isEnabled()


def test_without_the_pdf_renderer_printing_says_so_and_nothing_is_printed(qtbot, page, monkeypatch):
    monkeypatch.setitem(sys.modules, "pypdfium2", None)
    shown = answer_warning(monkeypatch, QMessageBox.StandardButton.Close)
    monkeypatch.setattr(pdf_output, "choose_printer", lambda *args: pytest.fail("no printing"))
    page.print_button.click()
    assert build_job.wait_for_all(BUILD_TIMEOUT_MS)
    qtbot.waitUntil(lambda: bool(shown), timeout=BUILD_TIMEOUT_MS)
    assert shown[0][0] == "The report cannot be printed from here"
    assert "print it from your PDF reader" in shown[0][1]
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_a_page_that_cannot_be_drawn_is_explained_in_the_window(qtbot, page, monkeypatch):
    def broken(self, index, *args, **kwargs):
        raise PdfUnavailableError("page 1 could not be drawn (out of memory)")

    monkeypatch.setattr(PdfPages, "render", broken)
    shown = answer_warning(monkeypatch, QMessageBox.StandardButton.Ok)
    dialog = open_preview(qtbot, page)
    dialog.view.viewport().grab()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    [(title, text)] = shown
    assert title == "A page cannot be shown"
    assert "out of memory" in text and "save it as a PDF" in text
    assert dialog.save_button.isEnabled()


def test_copies_the_printer_cannot_make_are_printed_one_after_the_other(qtbot, tmp_path):
    pages = PdfPages(mixed_pdf(tmp_path / "mixed.pdf"))
    printed = tmp_path / "copies.pdf"
    printer = pdf_printer(printed)  # a PDF file makes no copies itself
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(1, 2)
    printer.setCopyCount(2)
    try:
        assert pdf_output.print_pdf(pages, printer) == 2
    finally:
        pages.close()
    shapes = [page.mediabox.width > page.mediabox.height for page in PdfReader(printed).pages]
    assert shapes == [False, True, False, True]  # pages 1 and 2 (landscape), twice, collated
